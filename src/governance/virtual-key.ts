/** A calendar period a budget resets on, in UTC. */
export type BudgetPeriod = "day" | "week" | "month";

export interface KeyBudget {
  readonly usd: number;
  readonly period: BudgetPeriod;
}

/**
 * One virtual key as stored. The secret itself is never stored: only its
 * SHA-256 (`secretHash`) and a short non-secret hint for people to recognise it.
 */
export interface VirtualKey {
  readonly id: string;
  readonly name: string;
  readonly secretHash: string;
  /** `sk-sy-AbCd…`: enough to tell keys apart in a list, useless to an attacker. */
  readonly secretHint: string;
  /** Route aliases the key may use; empty means every alias. */
  readonly models: readonly string[];
  readonly budget: KeyBudget | undefined;
  /** Requests per minute; undefined is unlimited. */
  readonly rpm: number | undefined;
  /** Tokens (input + output) per minute; undefined is unlimited. */
  readonly tpm: number | undefined;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly revokedAt: string | undefined;
}
