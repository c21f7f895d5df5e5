/** The feed formats `switchyard watch` reads. A source's name is its type, or `TYPE:LABEL` for a second one. */
export const sourceTypes = ["models-dev", "openrouter", "huggingface"] as const;
export type SourceType = (typeof sourceTypes)[number];

export interface WatchSource {
  /** `models-dev`, `openrouter`, `huggingface`, or `TYPE:LABEL`; snapshots are compared per name. */
  readonly name: string;
  readonly type: SourceType;
  /** `http(s)://` or `file://`. */
  readonly url: string;
}

/** The Hugging Face fields watch reads (licence, gating, dates, lineage); the listing omits them unless asked. */
export const huggingFaceExpand = ["createdAt", "gated", "cardData", "tags", "baseModels", "lastModified", "disabled", "pipeline_tag"] as const;

export function huggingFaceListingUrl(organisation: string): string {
  const expand = huggingFaceExpand.map((field) => `expand[]=${field}`).join("&");
  return `https://huggingface.co/api/models?author=${encodeURIComponent(organisation)}&${expand}&limit=1000`;
}

/**
 * Used when neither the config (`watch.sources`) nor the command line names a source:
 * both aggregate listings, and the Hub organisations of the vendors whose open line the
 * playbook watches most closely.
 */
export const defaultSources: readonly WatchSource[] = [
  { name: "models-dev", type: "models-dev", url: "https://models.dev/api.json" },
  { name: "openrouter", type: "openrouter", url: "https://openrouter.ai/api/v1/models" },
  ...["meta-llama", "google", "mistralai", "Qwen", "deepseek-ai", "microsoft"].map((organisation) => ({
    name: `huggingface:${organisation}`,
    type: "huggingface" as const,
    url: huggingFaceListingUrl(organisation),
  })),
];

/** `NAME=URL` → source; the message of a thrown Error names what was wrong. */
export function parseSourceArgument(argument: string): WatchSource {
  const equals = argument.indexOf("=");
  if (equals <= 0) throw new Error(`--source ${argument}: expected NAME=URL, e.g. openrouter=https://openrouter.ai/api/v1/models`);
  return sourceFrom(argument.slice(0, equals), argument.slice(equals + 1), `--source ${argument}`);
}

export function sourceFrom(name: string, url: string, where: string): WatchSource {
  const type = name.split(":")[0] ?? "";
  if (!(sourceTypes as readonly string[]).includes(type) || !/^[a-z-]+(:[A-Za-z0-9._-]+)?$/.test(name)) {
    throw new Error(`${where}: unknown source "${name}" (names are ${sourceTypes.join(", ")}, or TYPE:LABEL for a second source of one type)`);
  }
  if (!/^(https?|file):\/\/\S+$/.test(url)) throw new Error(`${where}: "${url}" is not an http://, https:// or file:// URL`);
  return { name, type: type as SourceType, url };
}
