import type { BudgetPeriod } from "./virtual-key.js";

export interface PeriodBounds {
  /** Stable name of this period, part of the counter's key: `month:2026-11`, `week:2026-11-16`, `day:2026-11-22`. */
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** The calendar period (UTC; weeks start on Monday, as ISO 8601 has it) that `nowMs` falls in. */
export function budgetPeriodBounds(period: BudgetPeriod, nowMs: number): PeriodBounds {
  const now = new Date(nowMs);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const day = now.getUTCDate();
  switch (period) {
    case "day": {
      const startMs = Date.UTC(year, month, day);
      return { id: `day:${isoDate(startMs)}`, startMs, endMs: Date.UTC(year, month, day + 1) };
    }
    case "week": {
      const sinceMonday = (now.getUTCDay() + 6) % 7;
      const startMs = Date.UTC(year, month, day - sinceMonday);
      return { id: `week:${isoDate(startMs)}`, startMs, endMs: Date.UTC(year, month, day - sinceMonday + 7) };
    }
    case "month": {
      const startMs = Date.UTC(year, month, 1);
      return { id: `month:${isoDate(startMs).slice(0, 7)}`, startMs, endMs: Date.UTC(year, month + 1, 1) };
    }
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
