import type { Redis } from "ioredis";
import { evaluateLimits, limitWindowMs, previousWeight } from "./evaluate-limits.js";
import { limitCounterNames } from "./limit-counter-names.js";
import { chargeWritesCounters, type KeyLimits, type LimitDecision, type LimitStore } from "./limit-store.js";

/**
 * The check and the count in one script, so replicas sharing the Redis cannot
 * interleave between them. Same comparison as evaluateLimits (estimate + 1 <= limit);
 * a limit of -1 means none. Returns the counts read, so the caller can explain a refusal.
 */
const admitScript = `
local function count(key) return tonumber(redis.call('GET', key) or '0') end
local rpmLimit, tpmLimit, budget, weight = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local rpmPrevious, rpmCurrent, tpmPrevious, tpmCurrent, spent = 0, 0, 0, 0, 0
if rpmLimit >= 0 then rpmPrevious = count(KEYS[1]); rpmCurrent = count(KEYS[2]) end
if tpmLimit >= 0 then tpmPrevious = count(KEYS[3]); tpmCurrent = count(KEYS[4]) end
if budget >= 0 then spent = count(KEYS[5]) end
local admitted = 1
if budget >= 0 and spent >= budget then admitted = 0 end
if tpmLimit >= 0 and tpmPrevious * weight + tpmCurrent + 1 > tpmLimit then admitted = 0 end
if rpmLimit >= 0 and rpmPrevious * weight + rpmCurrent + 1 > rpmLimit then admitted = 0 end
if admitted == 1 and rpmLimit >= 0 then
  redis.call('INCR', KEYS[2])
  redis.call('PEXPIREAT', KEYS[2], ARGV[5])
end
return { admitted, tostring(rpmPrevious), tostring(rpmCurrent), tostring(tpmPrevious), tostring(tpmCurrent), tostring(spent) }
`;

type AdmitReply = [number, string, string, string, string, string];

interface WithAdmitCommand {
  switchyardAdmit(...arguments_: (string | number)[]): Promise<AdmitReply>;
}

/** Limits shared by every gateway on one Redis. Counters expire on their own (PEXPIREAT), so nothing needs sweeping. */
export class RedisLimitStore implements LimitStore {
  private readonly commands: WithAdmitCommand;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    // defineCommand sends EVALSHA and falls back to EVAL once per connection when the script is not cached yet.
    redis.defineCommand("switchyardAdmit", { numberOfKeys: 5, lua: admitScript });
    this.commands = redis as unknown as WithAdmitCommand;
  }

  async admit(options: { readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): Promise<LimitDecision> {
    const { limits, nowMs } = options;
    const names = limitCounterNames({ prefix: this.prefix, ...options });
    const reply = await this.commands.switchyardAdmit(
      names.rpmPrevious,
      names.rpmCurrent,
      names.tpmPrevious,
      names.tpmCurrent,
      // A key name is required in its slot even when the key has no budget; it is never written then.
      names.budget?.name ?? `${names.rpmCurrent}:no-budget`,
      limits.rpm ?? -1,
      limits.tpm ?? -1,
      limits.budget?.usd ?? -1,
      previousWeight(nowMs % limitWindowMs),
      names.windowExpiresAtMs,
    );
    const [admitted, rpmPrevious, rpmCurrent, tpmPrevious, tpmCurrent, spentUsd] = reply;
    if (admitted === 1) return { admitted: true };
    const counts = { rpmPrevious: Number(rpmPrevious), rpmCurrent: Number(rpmCurrent), tpmPrevious: Number(tpmPrevious), tpmCurrent: Number(tpmCurrent), spentUsd: Number(spentUsd) };
    const decision = evaluateLimits({ limits, counts, nowMs });
    // Float rounding could make the two disagree at the very edge; the script's word is final.
    return decision.admitted ? { admitted: false, limit: "rpm", used: counts.rpmCurrent, retryAfterSeconds: 1 } : decision;
  }

  async charge(options: { readonly keyId: string; readonly limits: KeyLimits; readonly tokens: number; readonly costUsd: number; readonly nowMs: number }): Promise<void> {
    if (!chargeWritesCounters(options)) return;
    const names = limitCounterNames({ prefix: this.prefix, ...options });
    const chargeTokens = options.limits.tpm !== undefined && options.tokens > 0;
    const budget = options.costUsd > 0 ? names.budget : undefined;
    if (!chargeTokens && !budget) return;
    const transaction = this.redis.multi();
    if (chargeTokens) transaction.incrby(names.tpmCurrent, options.tokens).pexpireat(names.tpmCurrent, names.windowExpiresAtMs);
    if (budget) transaction.incrbyfloat(budget.name, options.costUsd).pexpireat(budget.name, budget.expiresAtMs);
    await transaction.exec();
  }

  async close(): Promise<void> {
    // The connection is shared with the cache; its owner closes it.
  }
}
