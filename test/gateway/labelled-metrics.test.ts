import { Counter, Histogram, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { LabelledCounter, LabelledHistogram } from "../../src/server/metrics/labelled-metrics.js";

// The reference is prom-client's own rendering of the same observations: the
// exposition text must not change when the hot path stops using its classes.
describe("labelled metrics render exactly as prom-client's own", () => {
  it("histogram: buckets are cumulative, a value equal to a bound falls in that bucket, +Inf holds the rest", async () => {
    const buckets = [0.5, 1, 2];
    const observations: [string, string, number][] = [
      ["a", "x", 0.5],
      ["a", "x", 0.7],
      ["a", "x", 2],
      ["a", "x", 9],
      ["b", "y", 0.1],
    ];
    const ours = new Registry();
    const histogram = new LabelledHistogram({ name: "latency_seconds", help: "Latency", labelNames: ["route", "target"], buckets, registry: ours });
    const theirs = new Registry();
    const reference = new Histogram({ name: "latency_seconds", help: "Latency", labelNames: ["route", "target"], buckets, registers: [theirs] });
    for (const [route, target, value] of observations) {
      histogram.observe([route, target], value);
      reference.observe({ route, target }, value);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toContain('latency_seconds_bucket{le="0.5",route="a",target="x"} 1');
  });

  it("counter: increments by one or by an amount, per label set", async () => {
    const ours = new Registry();
    const counter = new LabelledCounter({ name: "calls_total", help: "Calls", labelNames: ["route", "status"], registry: ours });
    const theirs = new Registry();
    const reference = new Counter({ name: "calls_total", help: "Calls", labelNames: ["route", "status"], registers: [theirs] });
    counter.inc(["chat", "200"]);
    counter.inc(["chat", "200"], 2.5);
    counter.inc(["chat", "500"]);
    reference.inc({ route: "chat", status: "200" });
    reference.inc({ route: "chat", status: "200" }, 2.5);
    reference.inc({ route: "chat", status: "500" });
    expect(await ours.metrics()).toBe(await theirs.metrics());
  });

  it("ignores non-finite observations instead of poisoning the sum", async () => {
    const registry = new Registry();
    const histogram = new LabelledHistogram({ name: "h", help: "h", labelNames: ["route"], buckets: [1], registry });
    histogram.observe(["chat"], Number.NaN);
    histogram.observe(["chat"], 0.5);
    expect(await registry.metrics()).toContain('h_sum{route="chat"} 0.5');
    expect(await registry.metrics()).toContain('h_count{route="chat"} 1');
  });

  it("keeps label values apart even when one contains the join character", async () => {
    const registry = new Registry();
    const counter = new LabelledCounter({ name: "c_total", help: "c", labelNames: ["a", "b"], registry });
    counter.inc(["x\u0000y", "z"]);
    counter.inc(["x", "y\u0000z"]);
    const text = await registry.metrics();
    expect(text.split("\n").filter((line) => line.startsWith("c_total{"))).toHaveLength(2);
  });
});
