import { describe, expect, it } from "vitest";
import { budgetPeriodBounds } from "../../src/governance/budget-period.js";
import { evaluateLimits } from "../../src/governance/evaluate-limits.js";
import { MemoryLimitStore } from "../../src/governance/memory-limit-store.js";

const none = { rpmPrevious: 0, rpmCurrent: 0, tpmPrevious: 0, tpmCurrent: 0, spentUsd: 0 };
const minute = (n: number): number => Date.UTC(2026, 10, 22, 12, n, 0);

describe("sliding-window limits", () => {
  it("admits while estimate + 1 stays within the limit, and says how long to wait when not", () => {
    const limits = { rpm: 5, tpm: undefined, budget: undefined };
    expect(evaluateLimits({ limits, counts: { ...none, rpmCurrent: 4 }, nowMs: minute(0) + 10_000 })).toEqual({ admitted: true });
    const refused = evaluateLimits({ limits, counts: { ...none, rpmCurrent: 5 }, nowMs: minute(0) + 10_000 });
    expect(refused).toMatchObject({ admitted: false, limit: "rpm", used: 5 });
    // 50 s to the end of this minute, then 5 × (1 - e/60) <= 4 needs e >= 12 s.
    expect(refused.admitted ? 0 : refused.retryAfterSeconds).toBe(62);
  });

  it("weights the previous minute by how much of it is still inside the window, so a boundary is no 2x burst", () => {
    const limits = { rpm: 10, tpm: undefined, budget: undefined };
    // 1 s into the minute, 10 requests in the previous one still weigh 9.83.
    expect(evaluateLimits({ limits, counts: { ...none, rpmPrevious: 10 }, nowMs: minute(1) + 1_000 })).toMatchObject({ admitted: false, limit: "rpm", retryAfterSeconds: 5 });
    // Half-way through, they weigh 5: five more fit.
    expect(evaluateLimits({ limits, counts: { ...none, rpmPrevious: 10, rpmCurrent: 4 }, nowMs: minute(1) + 30_000 })).toEqual({ admitted: true });
    expect(evaluateLimits({ limits, counts: { ...none, rpmPrevious: 10, rpmCurrent: 5 }, nowMs: minute(1) + 30_000 }).admitted).toBe(false);
  });

  it("refuses tokens once the minute's budget of tokens is spent, and money once the period's budget is", () => {
    expect(evaluateLimits({ limits: { rpm: undefined, tpm: 100, budget: undefined }, counts: { ...none, tpmCurrent: 100 }, nowMs: minute(2) })).toMatchObject({ admitted: false, limit: "tpm" });
    const budget = evaluateLimits({ limits: { rpm: 100, tpm: 100, budget: { usd: 5, period: "month" } }, counts: { ...none, spentUsd: 5.01 }, nowMs: Date.UTC(2026, 10, 30, 23, 59, 0) });
    expect(budget).toMatchObject({ admitted: false, limit: "budget", retryAfterSeconds: 60 });
  });

  it("uses UTC calendar periods, weeks starting on Monday", () => {
    const sunday = Date.UTC(2026, 10, 22, 18, 0, 0);
    expect(budgetPeriodBounds("day", sunday)).toMatchObject({ id: "day:2026-11-22", endMs: Date.UTC(2026, 10, 23) });
    expect(budgetPeriodBounds("week", sunday)).toMatchObject({ id: "week:2026-11-16", startMs: Date.UTC(2026, 10, 16), endMs: Date.UTC(2026, 10, 23) });
    expect(budgetPeriodBounds("month", Date.UTC(2026, 11, 31, 23))).toMatchObject({ id: "month:2026-12", endMs: Date.UTC(2027, 0, 1) });
  });

  it("the memory store counts admitted requests and charged tokens and dollars", async () => {
    const store = new MemoryLimitStore();
    const limits = { rpm: 2, tpm: 50, budget: { usd: 1, period: "day" as const } };
    const nowMs = minute(3);
    expect(await store.admit({ keyId: "k", limits, nowMs })).toEqual({ admitted: true });
    expect(await store.admit({ keyId: "k", limits, nowMs })).toEqual({ admitted: true });
    expect(await store.admit({ keyId: "k", limits, nowMs })).toMatchObject({ admitted: false, limit: "rpm" });
    // A new minute: the rpm has room again (2 × 0 weight at the very end), but tokens charged now count.
    const later = minute(5);
    await store.charge({ keyId: "k", limits, tokens: 60, costUsd: 0, nowMs: later });
    expect(await store.admit({ keyId: "k", limits, nowMs: later })).toMatchObject({ admitted: false, limit: "tpm", used: 60 });
    await store.charge({ keyId: "k", limits, tokens: 0, costUsd: 1.5, nowMs: later });
    expect(await store.admit({ keyId: "k", limits, nowMs: later })).toMatchObject({ admitted: false, limit: "budget" });
    expect(await store.admit({ keyId: "other", limits, nowMs: later })).toEqual({ admitted: true });
    await store.close();
  });
});
