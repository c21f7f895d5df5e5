import { describe, expect, it } from "vitest";
import type { TargetConfig } from "../../src/config/gateway-config.js";
import { latencyStrategy } from "../../src/routing/strategies/latency-strategy.js";
import { weightedStrategy } from "../../src/routing/strategies/weighted-strategy.js";

const target = (key: string, weight = 1): TargetConfig => ({ provider: key, model: "m", weight, key });

describe("weighted strategy (smooth weighted round robin)", () => {
  it("splits picks exactly by weight and interleaves them", () => {
    const targets = [target("a", 5), target("b", 1), target("c", 1)];
    const state = new Map<string, unknown>();
    const picks = Array.from({ length: 7 }, () => weightedStrategy(targets, { alias: "r", state, random: Math.random, latencyOf: () => undefined })[0]!.key);
    expect(picks).toEqual(["a", "a", "b", "a", "c", "a", "a"]);
    const many = Array.from({ length: 700 }, () => weightedStrategy(targets, { alias: "r", state, random: Math.random, latencyOf: () => undefined })[0]!.key);
    expect(many.filter((key) => key === "a")).toHaveLength(500);
  });

  it("lists every other target as a fallback, heaviest first", () => {
    const order = weightedStrategy([target("a", 1), target("b", 3), target("c", 2)], { alias: "r", state: new Map(), random: Math.random, latencyOf: () => undefined });
    expect(order.map((item) => item.key)).toEqual(["b", "c", "a"]);
  });
});

describe("latency strategy (power of two choices over EWMA)", () => {
  it("tries the faster of the two sampled targets first, then the rest by latency", () => {
    const latencies: Record<string, number> = { a: 50, b: 10, c: 30 };
    const randoms = [0.0, 0.5]; // samples a (index 0) and c (index 2 after skipping a)
    const order = latencyStrategy([target("a"), target("b"), target("c")], {
      alias: "r",
      state: new Map(),
      random: () => randoms.shift()!,
      latencyOf: (key) => latencies[key],
    });
    expect(order.map((item) => item.key)).toEqual(["c", "b", "a"]);
  });

  it("prefers an unmeasured target so it gets measured", () => {
    const order = latencyStrategy([target("a"), target("b")], { alias: "r", state: new Map(), random: () => 0, latencyOf: (key) => (key === "a" ? 20 : undefined) });
    expect(order[0]!.key).toBe("b");
  });
});
