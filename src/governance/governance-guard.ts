import type { IncomingHttpHeaders } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import type { Usage } from "../core/usage.js";
import { clientKey, isKnownKey, keyDigest } from "./check-client-key.js";
import type { Logger } from "../shared/logger.js";
import type { Admission, Caller, RequestGuard } from "../core/request-guard.js";
import { budgetPeriodBounds } from "./budget-period.js";
import { formatUsd } from "./format-usd.js";
import { hashKeySecret } from "./key-secret.js";
import type { KeyRegistry } from "./key-registry.js";
import type { KeyLimits, LimitDecision, LimitStore } from "./limit-store.js";
import type { VirtualKey } from "./virtual-key.js";

const unlimited: Admission = { keyId: undefined, keyName: undefined, settle: () => undefined };
const unscoped: Caller = { keyId: undefined, keyName: undefined, mayUse: () => true, admit: () => Promise.resolve(unlimited) };

/**
 * Who is calling and what they may do. Accepts, in order: a virtual key (scoped,
 * limited, budgeted); a static `server.api_keys` key (unscoped, unlimited); or,
 * unless `server.require_keys` is true, a caller without a key (an open local
 * gateway). Whether keys are required is configuration only: creating or revoking
 * virtual keys never changes it, so an open gateway does not start answering 401
 * because someone made a key, and revoking keys never reopens a closed one.
 */
export class GovernanceGuard implements RequestGuard {
  private staticKeyDigests: readonly Buffer[];
  private requireKeys: boolean;

  constructor(
    private readonly options: {
      readonly registry: KeyRegistry;
      readonly limits: LimitStore;
      readonly logger: Logger;
      readonly apiKeys: readonly string[];
      /** `server.require_keys`; defaults to whether static keys are configured, as the config does. */
      readonly requireKeys?: boolean;
      readonly now?: () => number;
    },
  ) {
    this.staticKeyDigests = options.apiKeys.map(keyDigest);
    this.requireKeys = options.requireKeys ?? options.apiKeys.length > 0;
  }

  /** `server.api_keys` changed on a config reload. */
  setStaticKeys(apiKeys: readonly string[]): void {
    this.staticKeyDigests = apiKeys.map(keyDigest);
  }

  /** `server.require_keys` changed on a config reload. */
  setRequireKeys(requireKeys: boolean): void {
    this.requireKeys = requireKeys;
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Caller> {
    const key = this.identify(headers);
    if (!key) return unscoped;
    return { keyId: key.id, keyName: key.name, mayUse: (alias) => mayUse(key, alias), admit: (input) => this.admitKey(key, input.alias) };
  }

  /** Authenticates and admits in one step (for callers that have the alias already). */
  async admit(input: { readonly headers: IncomingHttpHeaders; readonly alias: string }): Promise<Admission> {
    return (await this.authenticate(input.headers)).admit({ alias: input.alias });
  }

  private async admitKey(key: VirtualKey, alias: string): Promise<Admission> {
    if (!mayUse(key, alias)) {
      throw new GatewayError("forbidden", `API key "${key.name}" may not use model "${alias}"; it is limited to: ${key.models.join(", ")}`);
    }
    const limits: KeyLimits = { rpm: key.rpm, tpm: key.tpm, budget: key.budget };
    const identity = { keyId: key.id, keyName: key.name };
    if (limits.rpm === undefined && limits.tpm === undefined && limits.budget === undefined) return { ...identity, settle: () => undefined };

    const nowMs = this.now();
    let decision: LimitDecision;
    try {
      decision = await this.options.limits.admit({ keyId: key.id, limits, nowMs });
    } catch (error) {
      // A refusal by governance.on_store_error: deny (the store applied the policy already).
      if (error instanceof GatewayError) throw error;
      // Fail open: an unreachable counter store must not take the gateway down with it.
      this.options.logger.warn({ err: error, keyId: key.id }, "limit store unavailable; admitting without checking limits");
      decision = { admitted: true };
    }
    if (!decision.admitted) {
      // An exhausted budget is OpenAI's `insufficient_quota`: SDKs must not retry it (it resets only with the period).
      const code = decision.limit === "budget" ? "insufficient-quota" : "rate-limited";
      throw new GatewayError(code, refusalMessage(key, decision, nowMs), { retryAfterSeconds: decision.retryAfterSeconds });
    }
    let settled = false;
    return {
      ...identity,
      settle: ({ usage, costUsd }) => {
        if (settled) return;
        settled = true;
        this.options.limits.charge({ keyId: key.id, limits, tokens: tokensUsed(usage), costUsd: costUsd ?? 0, nowMs: this.now() }).catch((error: unknown) => {
          this.options.logger.warn({ err: error, keyId: key.id }, "could not charge usage to the key's limits");
        });
      },
    };
  }

  /**
   * The virtual key presented, or undefined for a static key or an anonymous caller
   * of an open gateway; throws 401 otherwise. On an open gateway an unknown key is
   * anonymous (SDKs insist on sending some key), but a revoked one is refused.
   */
  private identify(headers: IncomingHttpHeaders): VirtualKey | undefined {
    const presented = clientKey(headers);
    if (presented === undefined) {
      if (!this.requireKeys) return undefined;
      throw new GatewayError("unauthenticated", "Missing API key: this gateway requires one (server.require_keys); send Authorization: Bearer KEY (or x-api-key, or x-goog-api-key)");
    }
    // A map lookup by SHA-256 reveals nothing useful through timing: learning a hash prefix does not help forge a secret.
    const key = this.options.registry.find(hashKeySecret(presented));
    if (key) {
      if (key.revokedAt !== undefined) throw new GatewayError("unauthenticated", `API key "${key.name}" was revoked`);
      return key;
    }
    if (isKnownKey(presented, this.staticKeyDigests) || !this.requireKeys) return undefined;
    throw new GatewayError("unauthenticated", "Invalid API key");
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

function mayUse(key: VirtualKey, alias: string): boolean {
  return key.models.length === 0 || key.models.includes(alias);
}

/** What a request used toward TPM. Unreported counts add nothing: we cannot charge what we were not told. */
function tokensUsed(usage: Usage | undefined): number {
  return (usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0);
}

function refusalMessage(key: VirtualKey, decision: Extract<LimitDecision, { admitted: false }>, nowMs: number): string {
  const who = `API key "${key.name}"`;
  switch (decision.limit) {
    case "rpm":
      return `Rate limit reached for ${who}: ${key.rpm} requests per minute (rpm). Retry after ${decision.retryAfterSeconds} s.`;
    case "tpm":
      return `Token rate limit reached for ${who}: ${key.tpm} tokens per minute (tpm), ${decision.used} used. Retry after ${decision.retryAfterSeconds} s.`;
    case "budget": {
      const budget = key.budget!;
      const resets = new Date(budgetPeriodBounds(budget.period, nowMs).endMs).toISOString();
      return `Budget exhausted for ${who}: ${formatUsd(budget.usd)} per ${budget.period}, ${formatUsd(decision.used)} spent. It resets at ${resets}.`;
    }
  }
}
