import { expect, test } from "vitest";
import { latencyPercentile } from "../../src/console/latency-percentile.js";

const bounds = [10, 20, 50, 100];

test("interpolates within the bin that holds the rank", () => {
  // 10 requests under 10 ms, 10 in [10, 20): the median is the 10th, at the top of the first bin.
  expect(latencyPercentile([10, 10, 0, 0, 0], bounds, 0.5)).toBe(10);
  expect(latencyPercentile([10, 10, 0, 0, 0], bounds, 0.75)).toBe(15);
  expect(latencyPercentile([0, 0, 4, 0, 0], bounds, 0.95)).toBeCloseTo(48.5);
});

test("answers the open bin's lower bound, and undefined for no requests", () => {
  expect(latencyPercentile([1, 0, 0, 0, 9], bounds, 0.95)).toBe(100);
  expect(latencyPercentile([0, 0, 0, 0, 0], bounds, 0.5)).toBeUndefined();
});
