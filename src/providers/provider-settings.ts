/**
 * What a provider needs to be built, as plain values. Providers take this rather
 * than config's `ProviderConfig` so the arrow runs one way: config knows the
 * provider registry (to validate `type:`), providers know nothing of config.
 */
export interface ProviderSettings {
  /** The provider's name in the config (`local-vllm`). */
  readonly name: string;
  /** Undefined when the config gave none; the provider type's default applies. */
  readonly baseUrl: string | undefined;
  readonly apiKey: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** Request parameters this upstream rejects; dropped with a warning. */
  readonly unsupportedParameters: readonly string[];
}
