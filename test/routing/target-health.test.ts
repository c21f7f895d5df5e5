import { describe, expect, it } from "vitest";
import { TargetHealth } from "../../src/routing/target-health.js";
import { planRoute } from "../../src/routing/plan-route.js";
import { retryDelay } from "../../src/routing/retry-delay.js";
import { UpstreamError } from "../../src/core/upstream-error.js";
import type { RouteConfig } from "../../src/config/gateway-config.js";

const breaker = { failures: 2, cooldownMs: 1000 };

describe("circuit breaker", () => {
  it("opens after consecutive failures, lets one probe through after the cooldown, and closes on its success", () => {
    let now = 0;
    const health = new TargetHealth(() => now);
    health.recordFailure("t", breaker, "500");
    expect(health.tryAcquire("t", breaker)).toBe(true);
    health.recordFailure("t", breaker, "500");
    expect(health.snapshot("t", breaker)).toMatchObject({ state: "open", retryAt: 1000 });
    expect(health.tryAcquire("t", breaker)).toBe(false);
    now = 1000;
    expect(health.tryAcquire("t", breaker)).toBe(true);
    expect(health.snapshot("t", breaker).state).toBe("half-open");
    expect(health.tryAcquire("t", breaker)).toBe(false); // one probe at a time
    health.recordSuccess("t", 12);
    expect(health.snapshot("t", breaker)).toMatchObject({ state: "closed", consecutiveFailures: 0, latencyEwmaMs: 12 });
  });

  it("reopens when the half-open probe fails", () => {
    let now = 0;
    const health = new TargetHealth(() => now);
    health.recordFailure("t", breaker, "x");
    health.recordFailure("t", breaker, "x");
    now = 1500;
    health.tryAcquire("t", breaker);
    health.recordFailure("t", breaker, "still down");
    expect(health.snapshot("t", breaker)).toMatchObject({ state: "open", retryAt: 2500, lastError: "still down" });
  });

  it("makes planning skip open targets and explain when none is left", () => {
    const health = new TargetHealth(() => 0);
    const route: RouteConfig = {
      alias: "chat",
      strategy: "fallback",
      targets: [
        { provider: "a", model: "m", weight: 1, key: "a/m" },
        { provider: "b", model: "m", weight: 1, key: "b/m" },
      ],
      retry: { attempts: 1, backoffMs: 0, maxBackoffMs: 0 },
      timeout: { firstTokenMs: 1000, totalMs: 1000 },
      breaker,
      shadow: [],
    };
    health.recordFailure("a/m", breaker, "boom");
    health.recordFailure("a/m", breaker, "boom");
    expect(planRoute({ route, health, strategyState: new Map() }).targets.map((target) => target.key)).toEqual(["b/m"]);
    health.recordFailure("b/m", breaker, "down");
    health.recordFailure("b/m", breaker, "down");
    expect(() => planRoute({ route, health, strategyState: new Map(), now: 0 })).toThrow(
      'No target available for "chat": a/m circuit open after 2 consecutive failures (last: boom; retry in 1s); b/m circuit open after 2 consecutive failures (last: down; retry in 1s)',
    );
  });
});

describe("retry delay", () => {
  const config = { attempts: 3, backoffMs: 200, maxBackoffMs: 1000 };
  const error = (retryAfterMs?: number) => new UpstreamError({ kind: "http", status: 503, message: "x", retryAfterMs });

  it("honours Retry-After up to a minute, and gives up on longer waits", () => {
    expect(retryDelay({ retry: 1, config, error: error(1500) })).toBe(1500);
    expect(retryDelay({ retry: 1, config, error: error(120_000) })).toBeUndefined();
  });

  it("backs off exponentially with at most 25% jitter, capped", () => {
    expect(retryDelay({ retry: 1, config, error: error(), random: () => 0 })).toBe(200);
    expect(retryDelay({ retry: 2, config, error: error(), random: () => 0 })).toBe(400);
    expect(retryDelay({ retry: 2, config, error: error(), random: () => 1 })).toBe(300);
    expect(retryDelay({ retry: 5, config, error: error(), random: () => 0 })).toBe(1000);
  });

  it("classifies retryable failures as DESIGN.md says", () => {
    const status = (code: number) => new UpstreamError({ kind: "http", status: code, message: "" }).isRetryable;
    expect([408, 409, 429, 500, 502, 503, 529].map(status)).toEqual([true, true, true, true, true, true, true]);
    expect([400, 401, 403, 404, 413, 422].map(status)).toEqual([false, false, false, false, false, false]);
    expect(new UpstreamError({ kind: "connection", message: "" }).isRetryable).toBe(true);
  });
});
