import { describe, expect, it } from "vitest";
import { mcnemarExact } from "../../src/evaluate/stats/mcnemar-exact.js";
import { normalQuantile } from "../../src/evaluate/stats/normal-quantile.js";
import { pairedBootstrap } from "../../src/evaluate/stats/paired-bootstrap.js";
import { pairedProportionDifference } from "../../src/evaluate/stats/paired-proportion-difference.js";
import { quantile } from "../../src/evaluate/stats/quantile.js";
import { nonInferiorityVerdict } from "../../src/evaluate/stats/verdict.js";
import { wilsonInterval } from "../../src/evaluate/stats/wilson-interval.js";

describe("normalQuantile", () => {
  it("matches tabulated values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
  });
});

describe("wilsonInterval", () => {
  it("8/10 at 95% is [0.4902, 0.9433]", () => {
    const interval = wilsonInterval(8, 10);
    expect(interval.estimate).toBe(0.8);
    expect(interval.lower).toBeCloseTo(0.4902, 4);
    expect(interval.upper).toBeCloseTo(0.9433, 4);
  });
  it("stays inside [0, 1] at the edges: 0/10 → [0, 0.2775], 10/10 → [0.7225, 1]", () => {
    expect(wilsonInterval(0, 10).lower).toBeCloseTo(0, 12);
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).lower).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(10, 10).upper).toBeCloseTo(1, 12);
  });
  it("81/263 at 95% is [0.2553, 0.3662] (Newcombe 1998, unpaired example)", () => {
    const interval = wilsonInterval(81, 263);
    expect(interval.lower).toBeCloseTo(0.2553, 4);
    expect(interval.upper).toBeCloseTo(0.3662, 4);
  });
});

describe("mcnemarExact", () => {
  it("b=1, c=9: two-sided p = 2·11/1024", () => {
    expect(mcnemarExact(1, 9)).toBeCloseTo(0.021484375, 12);
    expect(mcnemarExact(9, 1)).toBeCloseTo(0.021484375, 12);
  });
  it("is 1 with no or balanced discordant pairs", () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(5, 5)).toBe(1);
  });
  it("b=0, c=6: p = 2/64", () => {
    expect(mcnemarExact(0, 6)).toBeCloseTo(0.03125, 12);
  });
  it("does not underflow on large tables", () => {
    const p = mcnemarExact(4900, 5100);
    expect(p).toBeGreaterThan(0.04);
    expect(p).toBeLessThan(0.06);
  });
});

describe("pairedProportionDifference (Newcombe method 10)", () => {
  it("is centred on the difference and inside [-1, 1]", () => {
    const interval = pairedProportionDifference({ bothPass: 40, baselineOnly: 5, candidateOnly: 3, neitherPass: 2 });
    expect(interval.estimate).toBeCloseTo(-0.04, 10);
    expect(interval.lower).toBeLessThan(-0.04);
    expect(interval.upper).toBeGreaterThan(-0.04);
    expect(interval.lower).toBeGreaterThan(-1);
  });
  it("is narrower than treating the runs as independent when results are correlated", () => {
    const table = { bothPass: 70, baselineOnly: 2, candidateOnly: 3, neitherPass: 25 };
    const paired = pairedProportionDifference(table);
    const baseline = wilsonInterval(72, 100);
    const candidate = wilsonInterval(73, 100);
    const unpairedLower = 0.01 - Math.hypot(candidate.estimate - candidate.lower, baseline.upper - baseline.estimate);
    expect(paired.lower).toBeGreaterThan(unpairedLower);
  });
  it("identical results give an interval around 0 that tightens with n", () => {
    const small = pairedProportionDifference({ bothPass: 8, baselineOnly: 0, candidateOnly: 0, neitherPass: 2 });
    const large = pairedProportionDifference({ bothPass: 800, baselineOnly: 0, candidateOnly: 0, neitherPass: 200 });
    expect(small.estimate).toBe(0);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });
});

describe("pairedBootstrap", () => {
  const baseline = [0.2, 0.5, 0.9, 0.4, 0.7, 0.3, 0.8, 0.6, 0.1, 0.5];
  const candidate = [0.3, 0.6, 0.8, 0.6, 0.9, 0.3, 0.9, 0.7, 0.2, 0.6];

  it("is reproducible with a seed", () => {
    const first = pairedBootstrap({ baseline, candidate, resamples: 2000, seed: 42 });
    const second = pairedBootstrap({ baseline, candidate, resamples: 2000, seed: 42 });
    expect(second).toEqual(first);
    expect(first.estimate).toBeCloseTo(0.09, 10);
    expect(first.lower).toBeGreaterThan(0);
    expect(first.upper).toBeLessThan(0.2);
  });
  it("changes with the seed but not by much", () => {
    const a = pairedBootstrap({ baseline, candidate, resamples: 2000, seed: 1 });
    const b = pairedBootstrap({ baseline, candidate, resamples: 2000, seed: 2 });
    expect(a.lower).toBeCloseTo(b.lower, 1);
  });
  it("a constant difference has a zero-width interval and p = 0", () => {
    const result = pairedBootstrap({ baseline: [0, 0, 0, 0], candidate: [0.5, 0.5, 0.5, 0.5], resamples: 500, seed: 7 });
    expect(result).toEqual({ estimate: 0.5, lower: 0.5, upper: 0.5, pValue: 0 });
  });
});

describe("quantile", () => {
  it("interpolates like R's type 7", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBeCloseTo(95.5, 10);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

describe("nonInferiorityVerdict", () => {
  const verdict = (lower: number, upper: number, estimate: number) =>
    nonInferiorityVerdict({ candidate: "gemma-4-31b", baseline: "llama-4-maverick", difference: { estimate, lower, upper }, margin: 0.05, metric: "Δ pass rate" });
  it("prints the documented sentence", () => {
    expect(verdict(-0.04, 0.016, -0.012).text).toBe("gemma-4-31b is non-inferior to llama-4-maverick: Δ pass rate −1.2% [−4.0, +1.6], margin 5%");
  });
  it("says what the interval shows: superior, non-inferior, significantly worse, not shown", () => {
    expect(verdict(0.01, 0.1, 0.05).outcome).toBe("superior");
    expect(verdict(-0.2, -0.06, -0.13).outcome).toBe("significantly-worse");
    expect(verdict(-0.08, 0.02, -0.03).outcome).toBe("non-inferiority-not-shown");
    // The case: an interval wholly below 0 but reaching above −margin is still significantly worse.
    const wide = verdict(-0.882, -0.03, -0.6);
    expect(wide.outcome).toBe("significantly-worse");
    expect(wide.text).toBe("gemma-4-31b is significantly worse than llama-4-maverick: Δ pass rate −60.0% [−88.2, −3.0], margin 5%");
    expect(verdict(-0.08, 0.02, -0.03).text).toBe("gemma-4-31b vs llama-4-maverick: non-inferiority not shown: Δ pass rate −3.0% [−8.0, +2.0], margin 5%");
  });
});
