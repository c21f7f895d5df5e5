import autocannon from "autocannon";
import { Pool } from "undici";

/** One way to call a contender: where, with which headers, and a body for each mode. */
export interface Target {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: (stream: boolean) => string;
}

export interface LatencyResult {
  readonly p50Us: number;
  readonly p99Us: number;
  readonly errors: number;
}

/** Sequential requests on one keep-alive connection: the latency a single client sees, in µs. */
export async function latencyAtConcurrencyOne(target: Target, count: number): Promise<LatencyResult> {
  const url = new URL(target.url);
  const pool = new Pool(url.origin, { connections: 1 });
  const body = target.body(false);
  const samples: number[] = [];
  let errors = 0;
  for (let index = 0; index < count + 200; index++) {
    const started = process.hrtime.bigint();
    const response = await pool.request({ path: url.pathname, method: "POST", headers: target.headers, body, headersTimeout: 10_000, bodyTimeout: 10_000 });
    await response.body.text();
    const elapsed = Number(process.hrtime.bigint() - started) / 1000;
    if (response.statusCode !== 200) errors++;
    if (index >= 200) samples.push(elapsed); // the first 200 warm up the JIT and the pools
  }
  await pool.close();
  samples.sort((a, b) => a - b);
  return { p50Us: percentile(samples, 0.5), p99Us: percentile(samples, 0.99), errors };
}

/** Requests per second at 64 concurrent connections (autocannon, programmatic); streaming requests read to their end. */
export async function throughputAtSixtyFour(target: Target, seconds: number, stream = false): Promise<{ requestsPerSecond: number; requests: number; errors: number }> {
  const result = await autocannon({ url: target.url, method: "POST", headers: target.headers, body: target.body(stream), connections: 64, duration: seconds, timeout: 10 });
  return { requestsPerSecond: Math.round(result.requests.average), requests: result.requests.total, errors: result.errors + result.non2xx };
}

/** Time from sending a streaming request to its first body byte, median over `count`, in ms. */
export async function timeToFirstByte(target: Target, count: number): Promise<number> {
  const url = new URL(target.url);
  const pool = new Pool(url.origin, { connections: 1 });
  const samples: number[] = [];
  for (let index = 0; index < count + 50; index++) {
    const started = process.hrtime.bigint();
    const response = await pool.request({ path: url.pathname, method: "POST", headers: target.headers, body: target.body(true), headersTimeout: 10_000, bodyTimeout: 10_000 });
    let first = true;
    for await (const _chunk of response.body) {
      if (first && index >= 50) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      first = false;
    }
  }
  await pool.close();
  samples.sort((a, b) => a - b);
  return Math.round(percentile(samples, 0.5) * 1000) / 1000;
}

/** Opens `count` streams at once against a slow upstream and counts those that complete properly. */
export async function concurrentStreams(target: Target, count: number, endMarker: string): Promise<{ completed: number; errors: number }> {
  const url = new URL(target.url);
  const pool = new Pool(url.origin, { connections: count, pipelining: 0 });
  let completed = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: count }, async () => {
      try {
        const response = await pool.request({ path: url.pathname, method: "POST", headers: target.headers, body: target.body(true), headersTimeout: 60_000, bodyTimeout: 60_000 });
        const text = await response.body.text();
        if (response.statusCode === 200 && text.includes(endMarker)) completed++;
        else errors++;
      } catch {
        errors++;
      }
    }),
  );
  await pool.close();
  return { completed, errors };
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]! * 10) / 10;
}
