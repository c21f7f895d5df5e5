import type { BudgetPeriod, KeyBudget } from "./virtual-key.js";

/** What a caller asks for when creating a key (CLI flags or admin API body), before validation. */
export interface KeySpecInput {
  readonly name: unknown;
  readonly models?: unknown;
  readonly budget?: unknown;
  readonly rpm?: unknown;
  readonly tpm?: unknown;
}

/** A validated request for a new key. */
export interface KeySpec {
  readonly name: string;
  readonly models: readonly string[];
  readonly budget: KeyBudget | undefined;
  readonly rpm: number | undefined;
  readonly tpm: number | undefined;
}

/** Bad key settings; the CLI turns it into exit 2, the admin API into a 400. The message starts with the field. */
export class KeySpecError extends Error {
  override readonly name = "KeySpecError";
}

const periods: ReadonlySet<string> = new Set<BudgetPeriod>(["day", "week", "month"]);

/**
 * One validator for the CLI and the admin API, so both accept exactly the same
 * things. Models may be given as `a,b` or as a list; budget as `50/month`.
 */
export function parseKeySpec(input: KeySpecInput): KeySpec {
  if (typeof input.name !== "string" || !/^[\w.@:-]{1,100}$/.test(input.name)) {
    throw new KeySpecError("name: required; 1-100 letters, digits or . _ - @ :");
  }
  return {
    name: input.name,
    models: parseModels(input.models),
    budget: input.budget === undefined || input.budget === null ? undefined : parseBudget(input.budget),
    rpm: parseLimit("rpm", input.rpm),
    tpm: parseLimit("tpm", input.tpm),
  };
}

/** `50/month`, `12.5/day`, `$100/week`. */
export function parseBudget(value: unknown): KeyBudget {
  const match = typeof value === "string" ? /^\$?(\d+(?:\.\d+)?)\s*\/\s*(\w+)$/.exec(value.trim()) : null;
  if (!match || !periods.has(match[2]!)) throw new KeySpecError(`budget: expected USD per day, week or month, like 50/month (got ${JSON.stringify(value)})`);
  const usd = Number(match[1]);
  if (!(usd > 0)) throw new KeySpecError("budget: must be more than 0");
  return { usd, period: match[2] as BudgetPeriod };
}

function parseModels(value: unknown): readonly string[] {
  if (value === undefined || value === null) return [];
  const list = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : undefined;
  if (!list || !list.every((item): item is string => typeof item === "string")) throw new KeySpecError("models: expected a list of route aliases");
  const models = list.map((item) => item.trim()).filter((item) => item !== "");
  return [...new Set(models)];
}

function parseLimit(field: "rpm" | "tpm", value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) throw new KeySpecError(`${field}: expected a whole number of at least 1 (got ${JSON.stringify(value)})`);
  return number;
}
