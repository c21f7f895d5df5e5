import type { Redis } from "ioredis";

/**
 * One round trip that reconciles a replica's slices of one key's limits with
 * Redis, atomically: give back unused slices, add usage beyond the slices
 * (debt), and grant new slices from what room is left. Minute buckets come
 * from Redis's own clock (TIME), never a replica's, so replicas with skewed
 * clocks still count into the same bucket.
 *
 * Counters hold what was *reserved* (granted to some replica) plus debt, never
 * less than what was served: a grant is made only while the sliding-minute
 * estimate `previous * weight + current + grant <= limit` holds (the same rule
 * as evaluate-limits.ts), and a slice of bucket m is only used before m ends.
 *
 * KEYS[1]: the key's base name (`…limit:{keyId}`); window counters are
 * `base:rpm:MINUTE` and `base:tpm:MINUTE`, built here because the minute is the
 * server's. They share KEYS[1]'s hash tag, so they live on its Redis Cluster slot.
 * KEYS[2]: the budget counter of the period the replica is in (by Redis time).
 * ARGV, per window counter (rpm at 1, tpm at 6): limit (-1: none), want,
 * give back, the minute the given-back slice was granted in, debt.
 * ARGV[11..15] for the budget: limit (-1: none), want, give back, debt, expiry (ms).
 * Reply (strings, as Lua numbers would be truncated to integers): server time ms,
 * then per counter the grant and the counts after it: rpm grant, previous,
 * current; tpm grant, previous, current; budget grant, spent.
 */
const leaseScript = `
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local minute = math.floor(nowMs / 60000)
local weight = 1 - (nowMs - minute * 60000) / 60000
local windowExpiresAt = (minute + 2) * 60000
local function count(key) return tonumber(redis.call('GET', key) or '0') end

local function window(kind, at)
  local limit = tonumber(ARGV[at])
  if limit < 0 then return { '0', '0', '0' } end
  local want, giveBack, giveBackMinute, debt = tonumber(ARGV[at + 1]), tonumber(ARGV[at + 2]), ARGV[at + 3], tonumber(ARGV[at + 4])
  local current = KEYS[1] .. ':' .. kind .. ':' .. minute
  if giveBack > 0 then
    local granted = KEYS[1] .. ':' .. kind .. ':' .. giveBackMinute
    if redis.call('EXISTS', granted) == 1 then redis.call('DECRBY', granted, giveBack) end
  end
  if debt > 0 then
    redis.call('INCRBY', current, debt)
    redis.call('PEXPIREAT', current, windowExpiresAt)
  end
  local previousCount = count(KEYS[1] .. ':' .. kind .. ':' .. (minute - 1))
  local currentCount = count(current)
  local room = math.floor(limit - previousCount * weight - currentCount)
  local grant = 0
  if want > 0 and room > 0 then grant = math.min(want, room) end
  if grant > 0 then
    currentCount = redis.call('INCRBY', current, grant)
    redis.call('PEXPIREAT', current, windowExpiresAt)
  end
  return { tostring(grant), tostring(previousCount), tostring(currentCount) }
end

local rpm = window('rpm', 1)
local tpm = window('tpm', 6)
local budgetGrant, spent = 0, 0
local budget = tonumber(ARGV[11])
if budget >= 0 then
  local want, giveBack, debt, expiresAt = tonumber(ARGV[12]), tonumber(ARGV[13]), tonumber(ARGV[14]), ARGV[15]
  if giveBack > 0 and redis.call('EXISTS', KEYS[2]) == 1 then redis.call('INCRBYFLOAT', KEYS[2], -giveBack) end
  if debt > 0 then
    redis.call('INCRBYFLOAT', KEYS[2], debt)
    redis.call('PEXPIREAT', KEYS[2], expiresAt)
  end
  spent = count(KEYS[2])
  -- Below a millionth of a dollar is rounding, not room.
  if want > 0 and budget - spent > 0.000001 then
    budgetGrant = math.min(want, budget - spent)
    spent = tonumber(redis.call('INCRBYFLOAT', KEYS[2], budgetGrant))
    redis.call('PEXPIREAT', KEYS[2], expiresAt)
  end
end
return { tostring(nowMs), rpm[1], rpm[2], rpm[3], tpm[1], tpm[2], tpm[3], tostring(budgetGrant), tostring(spent) }
`;

/** What a replica asks of one window counter (RPM or TPM). */
export interface WindowLeaseRequest {
  readonly limit: number;
  readonly want: number;
  readonly giveBack: number;
  /** The server minute the given-back slice was granted in. */
  readonly giveBackMinute: number;
  readonly debt: number;
}

export interface BudgetLeaseRequest {
  readonly limit: number;
  readonly want: number;
  readonly giveBack: number;
  readonly debt: number;
  /** The counter of the budget period the replica is in (by Redis time), and when Redis may drop it. */
  readonly counter: string;
  readonly expiresAtMs: number;
}

export interface LeaseRequest {
  /** `…limit:{keyId}`: the window counters' common base name. */
  readonly base: string;
  readonly rpm: WindowLeaseRequest | undefined;
  readonly tpm: WindowLeaseRequest | undefined;
  readonly budget: BudgetLeaseRequest | undefined;
}

export interface WindowLeaseReply {
  readonly grant: number;
  readonly previous: number;
  readonly current: number;
}

export interface LeaseReply {
  /** Redis's clock when the script ran. */
  readonly serverMs: number;
  readonly rpm: WindowLeaseReply;
  readonly tpm: WindowLeaseReply;
  readonly budget: { readonly grant: number; readonly spent: number };
}

type RawReply = [string, string, string, string, string, string, string, string, string];

interface WithLeaseCommand {
  switchyardLease(...arguments_: (string | number)[]): Promise<RawReply>;
}

const none: WindowLeaseRequest = { limit: -1, want: 0, giveBack: 0, giveBackMinute: 0, debt: 0 };

/** Registers the script on a connection (EVALSHA, falling back to EVAL once) and returns the call. */
export function defineLeaseCommand(redis: Redis): (request: LeaseRequest) => Promise<LeaseReply> {
  redis.defineCommand("switchyardLease", { numberOfKeys: 2, lua: leaseScript });
  const commands = redis as unknown as WithLeaseCommand;
  return async (request) => {
    const rpm = request.rpm ?? none;
    const tpm = request.tpm ?? none;
    const budget = request.budget;
    const raw = await commands.switchyardLease(
      request.base,
      // A name is required in its slot even without a budget; it is never touched then.
      budget?.counter ?? `${request.base}:no-budget`,
      ...windowArguments(rpm),
      ...windowArguments(tpm),
      budget?.limit ?? -1,
      budget?.want ?? 0,
      budget?.giveBack ?? 0,
      budget?.debt ?? 0,
      budget?.expiresAtMs ?? 0,
    );
    const numbers = raw.map(Number);
    return {
      serverMs: numbers[0]!,
      rpm: { grant: numbers[1]!, previous: numbers[2]!, current: numbers[3]! },
      tpm: { grant: numbers[4]!, previous: numbers[5]!, current: numbers[6]! },
      budget: { grant: numbers[7]!, spent: numbers[8]! },
    };
  };
}

function windowArguments(request: WindowLeaseRequest): (string | number)[] {
  return [request.limit, request.want, request.giveBack, request.giveBackMinute, request.debt];
}
