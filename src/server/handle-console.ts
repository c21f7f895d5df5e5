import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import type { ConsoleAsset } from "../console/console-assets.js";
import type { ConsoleEvents, LiveRequestEvent } from "../console/console-events.js";
import type { ConsoleSessions } from "../console/console-sessions.js";
import type { ConsoleSources } from "../console/console-sources.js";
import type { LoginAttempts } from "../console/login-attempts.js";
import { latencyPercentile } from "../console/latency-percentile.js";
import { clientKeyDigestMatches } from "./handle-admin.js";
import { answerKeyRequest } from "./handle-admin-keys.js";
import { readJsonBody } from "./read-json-body.js";
import { sendJson } from "./send-json.js";
import { configSecrets, scrubSecrets } from "./scrub-secrets.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import type { KeyAdministration } from "../governance/key-registry.js";
import type { Logger } from "../shared/logger.js";
import { explorerMaxLimit, latencyBinBoundsMs, type ConsoleQueries, type ConsoleSeriesRow } from "../ledger/stores/console-queries-sql.js";

export interface ConsoleContext {
  readonly runtime: GatewayRuntime;
  readonly logger: Logger;
  readonly assets: ReadonlyMap<string, ConsoleAsset> | undefined;
  readonly sessions: ConsoleSessions;
  readonly loginAttempts: LoginAttempts;
  readonly events: ConsoleEvents;
  readonly keys: KeyAdministration | undefined;
  readonly ledger: ConsoleQueries | undefined;
  readonly sources: ConsoleSources;
}

/** The time ranges the overview offers, with their bucket widths (24 to 60 points each; whole hours from 24 h up, so the hourly rollup answers them). */
const ranges: Readonly<Record<string, { readonly spanMs: number; readonly bucketMs: number }>> = {
  "1h": { spanMs: 3_600_000, bucketMs: 60_000 },
  "24h": { spanMs: 86_400_000, bucketMs: 3_600_000 },
  "7d": { spanMs: 7 * 86_400_000, bucketMs: 6 * 3_600_000 },
  "30d": { spanMs: 30 * 86_400_000, bucketMs: 86_400_000 },
};

/** Uploaded audits can be large (one finding per line of a big monorepo), but not unbounded. */
const maxAuditBytes = 32 * 1024 * 1024;

/**
 * Everything under `/ui`: the built assets, login, and the JSON the pages read.
 * Without `server.admin_token` the console answers on loopback only (as the admin
 * API does); with one, `/ui/api/*` needs the session cookie set by logging in
 * with the token. Every state change must come from the console's own origin.
 */
export async function handleConsole(request: IncomingMessage, response: ServerResponse, path: string, context: ConsoleContext): Promise<void> {
  const { config } = context.runtime.snapshot();
  const adminToken = config.server.adminToken;
  if (adminToken === undefined && !isLoopback(request)) throw new GatewayError("forbidden", "The console answers only on loopback unless server.admin_token is set");
  const method = request.method ?? "GET";
  const changesState = method !== "GET" && method !== "HEAD";
  if (changesState) checkSameOrigin(request);

  if (path === "/ui") return redirect(response, "/ui/");
  if (!path.startsWith("/ui/api/")) return serveAsset(request, response, path, context.assets);

  const secure = isSecure(request);
  const route = path.slice("/ui/api".length);
  if (route === "/session" && method === "GET") {
    return sendJson(response, 200, { authenticated: adminToken === undefined || context.sessions.isValid(request.headers.cookie, adminToken), loginRequired: adminToken !== undefined });
  }
  if (route === "/login" && method === "POST") {
    if (adminToken === undefined) return sendJson(response, 200, { authenticated: true, loginRequired: false });
    const address = request.socket.remoteAddress ?? "unknown";
    const wait = context.loginAttempts.retryAfterSeconds(address);
    if (wait !== undefined) throw new GatewayError("rate-limited", `Too many wrong admin tokens from this address; try again in ${wait} s`, { retryAfterSeconds: wait });
    const body = await readJsonBody(request, 4096);
    const token = typeof body === "object" && body !== null && "token" in body ? (body).token : undefined;
    if (typeof token !== "string" || !clientKeyDigestMatches(token, adminToken)) {
      context.loginAttempts.failed(address);
      throw new GatewayError("unauthenticated", "Wrong admin token");
    }
    context.loginAttempts.succeeded(address);
    response.writeHead(200, { "content-type": "application/json", "set-cookie": context.sessions.create({ secure, adminToken }), "cache-control": "no-store" });
    response.end(JSON.stringify({ authenticated: true, loginRequired: true }));
    return;
  }
  if (route === "/logout" && method === "POST") {
    response.writeHead(200, { "content-type": "application/json", "set-cookie": context.sessions.destroy(request.headers.cookie, { secure }) });
    response.end(JSON.stringify({ authenticated: false, loginRequired: adminToken !== undefined }));
    return;
  }
  if (adminToken !== undefined && !context.sessions.isValid(request.headers.cookie, adminToken)) throw new GatewayError("unauthenticated", "Log in to the console with the admin token");

  const url = new URL(request.url ?? "/", "http://console");
  if (route === "/events" && method === "GET") return streamEvents(request, response, context.events);
  if (route === "/overview" && method === "GET") return sendJson(response, 200, await overview(context.ledger, url.searchParams.get("range") ?? "24h"));
  if (route === "/routes" && method === "GET") return sendJson(response, 200, await routes(context));
  if (route === "/keys" || route.startsWith("/keys/")) {
    const id = route === "/keys" ? undefined : decodeURIComponent(route.slice("/keys/".length));
    return answerKeyRequest({ request, response, id, prefix: "/ui/api/keys", requireKeys: config.server.requireKeys, keys: context.keys, logger: context.logger });
  }
  if (route === "/usage" && method === "GET") return sendJson(response, 200, await usage(context.ledger, url.searchParams));
  if (route === "/usage.csv" && method === "GET") return usageCsv(response, context.ledger, url.searchParams);
  if (route === "/decisions" && method === "GET") return sendJson(response, 200, await fromSource(() => need(context.sources.decisions, "decisions")()));
  if (route.startsWith("/decisions/") && method === "GET") {
    const id = decodeURIComponent(route.slice("/decisions/".length));
    const decision = await fromSource(() => need(context.sources.decision, "decisions")(id));
    if (!decision) throw new GatewayError("not-found", `No decision with id "${id}"`);
    return sendJson(response, 200, decision);
  }
  if (route === "/watch" && method === "GET") return sendJson(response, 200, await fromSource(() => need(context.sources.watch, "watch")()));
  if (route === "/evaluations" && method === "GET") return sendJson(response, 200, await fromSource(() => need(context.sources.evaluations, "evaluations")()));
  if (route.startsWith("/evaluations/") && route.endsWith("/report") && method === "GET") {
    const id = decodeURIComponent(route.slice("/evaluations/".length, -"/report".length));
    const html = await fromSource(() => need(context.sources.evaluationReport, "evaluations")(id));
    if (html === undefined) throw new GatewayError("not-found", `No HTML report for eval run "${id}"`);
    // The report is self-contained; it runs no script of ours, and a sandbox keeps any of its own away from the console's origin.
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:", "x-content-type-options": "nosniff" });
    response.end(html);
    return;
  }
  if (route === "/exposure" && method === "GET") return sendJson(response, 200, { exposure: (await fromSource(() => need(context.sources.exposure, "exposure")())) ?? null });
  if (route === "/exposure" && method === "POST") {
    const body = await readJsonBody(request, maxAuditBytes);
    const name = new URL(request.url ?? "/", "http://console").searchParams.get("name") ?? "audit.json";
    return sendJson(response, 200, { exposure: await fromSource(() => need(context.sources.uploadAudit, "exposure")(body, name.slice(0, 200)), "invalid-request") });
  }
  throw new GatewayError("not-found", `No console route for ${method} ${path}`);
}

/** A source's failure (an unreadable file, a bad record) becomes a one-line error for the page, never a stack trace. */
async function fromSource<T>(work: () => Promise<T>, code: "internal" | "invalid-request" = "internal"): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    throw new GatewayError(code, String((error as Error)?.message ?? error).split("\n", 1)[0]!);
  }
}

function need<T>(source: T | undefined, what: string): T {
  if (source === undefined) throw new GatewayError("not-found", `This gateway was started without ${what} for the console`);
  return source;
}

function isLoopback(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? "";
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

function isSecure(request: IncomingMessage): boolean {
  return "encrypted" in request.socket && request.socket.encrypted === true;
}

/**
 * A state change must prove it comes from the console's own page: browsers send
 * `Origin` on every POST and DELETE, and `Sec-Fetch-Site` says same-origin. A
 * request with neither is not from a browser page of ours (or is from a browser
 * too old to defend), so it is refused; scripts use the admin API with the token.
 */
function checkSameOrigin(request: IncomingMessage): void {
  const origin = request.headers.origin;
  const host = request.headers.host?.toLowerCase();
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") throw new GatewayError("forbidden", `Console changes must come from the console's own page (Sec-Fetch-Site: ${site})`);
  if (origin === undefined) throw new GatewayError("forbidden", "Console changes must come from the console's own page (no Origin header); scripts use /admin/* with the admin token");
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    originHost = undefined;
  }
  if (originHost === undefined || originHost !== host) throw new GatewayError("forbidden", `Console changes must come from the console's own page, not ${origin}`);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(308, { location, "content-length": "0" });
  response.end();
}

/** The console's pages allow scripts and styles from the gateway itself only, and no framing (clickjacking). */
const securityHeaders = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

function serveAsset(request: IncomingMessage, response: ServerResponse, path: string, assets: ReadonlyMap<string, ConsoleAsset> | undefined): void {
  if (request.method !== "GET" && request.method !== "HEAD") throw new GatewayError("method-not-allowed", `${path} accepts GET`);
  if (!assets) throw new GatewayError("not-found", "The console's assets are not built: run `npm run build` (dist/console/ui)");
  const name = path === "/ui/" ? "index.html" : path.slice("/ui/".length);
  const asset = assets.get(name);
  if (!asset) throw new GatewayError("not-found", `No console file ${path}`);
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = gzip ? asset.gzipped : asset.body;
  response.writeHead(200, {
    ...securityHeaders,
    "content-type": asset.contentType,
    "content-length": String(body.length),
    // index.html names the bundle; both are small, and revalidating keeps an upgraded gateway's console current.
    "cache-control": "no-cache",
    vary: "Accept-Encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

function streamEvents(request: IncomingMessage, response: ServerResponse, events: ConsoleEvents): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
  response.write(": connected\n\n");
  const unsubscribe = events.subscribe((event: LiveRequestEvent) => {
    response.write(`event: request\ndata: ${JSON.stringify(event)}\n\n`);
  });
  // Proxies close idle streams; a comment every 15 s keeps this one open.
  const keepAlive = setInterval(() => response.write(": keep-alive\n\n"), 15_000);
  keepAlive.unref();
  const stop = (): void => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  request.on("close", stop);
  response.on("close", stop);
}

interface SplitTotals {
  name: string;
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costUnknown: number;
}

/** Totals and series over the range, split by family, vendor, licence and openness; latency percentiles from the histogram. */
async function overview(ledger: ConsoleQueries | undefined, rangeName: string): Promise<unknown> {
  const range = ranges[rangeName];
  if (!range) throw new GatewayError("invalid-request", `range: expected one of ${Object.keys(ranges).join(", ")}, not "${rangeName}"`);
  if (!ledger) return { range: rangeName, ledger: false };
  const until = Math.ceil((Date.now() + 1) / range.bucketMs) * range.bucketMs;
  const query = { since: until - range.spanMs, until, bucketMs: range.bucketMs };
  const [series, latency] = await Promise.all([ledger.consoleSeries(query), ledger.consoleLatency(query)]);
  const buckets = new Map<number, { start: number; requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; costUnknown: number; bins: number[] }>();
  for (let start = query.since; start < until; start += range.bucketMs) buckets.set(start, { start, requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costUnknown: 0, bins: new Array<number>(latencyBinBoundsMs.length + 1).fill(0) });
  const splits = { family: new Map<string, SplitTotals>(), vendor: new Map<string, SplitTotals>(), licence: new Map<string, SplitTotals>(), openness: new Map<string, SplitTotals>() };
  for (const row of series) {
    const bucket = buckets.get(row.bucket);
    if (bucket) add(bucket, row);
    add(split(splits.family, row.family ?? "unknown"), row);
    add(split(splits.vendor, row.vendor ?? "unknown"), row);
    add(split(splits.licence, row.licence ?? "unknown"), row);
    add(split(splits.openness, row.openWeight === null ? "unknown" : row.openWeight ? "open weights" : "proprietary"), row);
  }
  const allBins = new Array<number>(latencyBinBoundsMs.length + 1).fill(0);
  for (const row of latency) {
    const bins = buckets.get(row.bucket)?.bins;
    if (bins) bins[row.bin] = (bins[row.bin] ?? 0) + row.count;
    allBins[row.bin] = (allBins[row.bin] ?? 0) + row.count;
  }
  const totals = [...buckets.values()].reduce((sum, bucket) => add(sum, bucket), { name: "total", requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costUnknown: 0 });
  const round = (value: number | undefined): number | null => (value === undefined ? null : Math.round(value * 10) / 10);
  return {
    range: rangeName,
    ledger: true,
    since: query.since,
    until,
    bucketMs: range.bucketMs,
    totals: { ...totals, p50Ms: round(latencyPercentile(allBins, latencyBinBoundsMs, 0.5)), p95Ms: round(latencyPercentile(allBins, latencyBinBoundsMs, 0.95)) },
    buckets: [...buckets.values()].map(({ bins, ...bucket }) => ({ ...bucket, p50Ms: round(latencyPercentile(bins, latencyBinBoundsMs, 0.5)), p95Ms: round(latencyPercentile(bins, latencyBinBoundsMs, 0.95)) })),
    splits: Object.fromEntries(Object.entries(splits).map(([name, map]) => [name, [...map.values()].sort((a, b) => b.requests - a.requests)])),
  };
}

function split(map: Map<string, SplitTotals>, name: string): SplitTotals {
  let totals = map.get(name);
  if (!totals) {
    totals = { name, requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costUnknown: 0 };
    map.set(name, totals);
  }
  return totals;
}

function add<T extends Omit<SplitTotals, "name">>(target: T, row: Pick<ConsoleSeriesRow, "requests" | "errors" | "inputTokens" | "outputTokens" | "costUsd" | "costUnknown">): T {
  target.requests += row.requests;
  target.errors += row.errors;
  target.inputTokens += row.inputTokens;
  target.outputTokens += row.outputTokens;
  target.costUsd += row.costUsd;
  target.costUnknown += row.costUnknown;
  return target;
}

/** Each alias with its targets' breaker state, EWMA latency and last error, its shadows with their sample rates, and its recent failures from the ledger. */
async function routes(context: ConsoleContext): Promise<unknown> {
  const { config } = context.runtime.snapshot();
  const secrets = configSecrets(config);
  const recent = context.ledger ? await context.ledger.consoleRecentErrors({ since: Date.now() - 86_400_000, limit: 200 }) : [];
  return {
    configSource: config.source,
    routes: [...config.routes.values()].map((route) => ({
      alias: route.alias,
      strategy: route.strategy,
      breaker: { failures: route.breaker.failures, cooldownMs: route.breaker.cooldownMs },
      targets: route.targets.map((target) => {
        const health = context.runtime.health.snapshot(target.key, route.breaker);
        return {
          target: target.key,
          weight: target.weight,
          state: health.state,
          consecutiveFailures: health.consecutiveFailures,
          successes: health.successes,
          failures: health.failures,
          lastError: health.lastError === undefined ? null : scrubSecrets(health.lastError, secrets),
          retryAt: health.retryAt === undefined ? null : new Date(health.retryAt).toISOString(),
          latencyEwmaMs: health.latencyEwmaMs === undefined ? null : Math.round(health.latencyEwmaMs * 10) / 10,
        };
      }),
      shadows: route.shadow.map((shadow) => ({ target: `${shadow.provider}/${shadow.model}`, sample: shadow.sample })),
      recentErrors: recent
        .filter((error) => error.alias === route.alias)
        .slice(0, 10)
        .map((error) => ({ ...error, time: new Date(error.time).toISOString() })),
    })),
  };
}

/** Filters of the usage explorer from the query string; times are ISO dates or epoch ms. */
function explorerQuery(parameters: URLSearchParams, limit: number, offset: number): Parameters<ConsoleQueries["consoleExplorer"]>[0] {
  const time = (name: string, fallback: number): number => {
    const value = parameters.get(name);
    if (value === null || value === "") return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    if (!Number.isFinite(parsed)) throw new GatewayError("invalid-request", `${name}: not a date: "${value}"`);
    return parsed;
  };
  const text = (name: string): string | undefined => {
    const value = parameters.get(name);
    return value === null || value === "" ? undefined : value;
  };
  const until = time("until", Date.now() + 1);
  return { since: time("since", until - 7 * 86_400_000), until, alias: text("alias"), keyId: text("key"), family: text("family"), licence: text("licence"), limit, offset };
}

async function usage(ledger: ConsoleQueries | undefined, parameters: URLSearchParams): Promise<unknown> {
  if (!ledger) return { ledger: false, rows: [], total: 0 };
  const pageSize = Math.min(500, Math.max(1, Number(parameters.get("limit") ?? 50) || 50));
  const offset = Math.max(0, Number(parameters.get("offset") ?? 0) || 0);
  const page = await ledger.consoleExplorer(explorerQuery(parameters, pageSize, offset));
  return { ledger: true, limit: pageSize, offset, ...page };
}

/** The explorer's filtered groups as CSV (one query, never more than 100,000 groups). */
async function usageCsv(response: ServerResponse, ledger: ConsoleQueries | undefined, parameters: URLSearchParams): Promise<void> {
  if (!ledger) throw new GatewayError("not-found", "This gateway keeps no ledger (ledger.enabled: false)");
  const header = ["day", "alias", "key_id", "key_name", "family", "vendor", "licence", "requests", "errors", "input_tokens", "output_tokens", "cost_usd", "cost_unknown_requests", "latency_avg_ms"];
  const lines = [header.join(",")];
  const page = await ledger.consoleExplorer(explorerQuery(parameters, explorerMaxLimit, 0));
  for (const row of page.rows) {
    // Spend is left empty, not 0, when every request of the group was unpriced.
    const cost = row.costUnknown === row.requests ? "" : String(row.costUsd);
    lines.push([row.day, row.alias, row.keyId, row.keyName, row.family, row.vendor, row.licence, row.requests, row.errors, row.inputTokens, row.outputTokens, cost, row.costUnknown, row.latencyAvgMs].map(csvField).join(","));
  }
  const body = `${lines.join("\r\n")}\r\n`;
  response.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="switchyard-usage.csv"', "content-length": String(Buffer.byteLength(body)) });
  response.end(body);
}

/** RFC 4180 quoting, and a leading `'` on cells a spreadsheet would run as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
