import type { IncomingHttpHeaders } from "node:http";
import { upstreamTraceHeaders } from "../../shared/upstream-trace-headers.js";
import { Agent, errors as undiciErrors, type Dispatcher } from "undici";
import { UpstreamError } from "../../core/upstream-error.js";
import type { CancelSignal } from "../../shared/cancellation.js";

export type UpstreamBody = Dispatcher.ResponseData["body"];

export interface UpstreamResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: UpstreamBody;
}

/** Turns a non-2xx answer into the protocol's UpstreamError (each provider parses its own error body). */
export type ErrorBodyParser = (status: number, headers: IncomingHttpHeaders, bodyText: string) => UpstreamError;

/** Error bodies are read for the message, not relayed wholesale; cap what we buffer. */
const maxErrorBodyBytes = 64 * 1024;

/**
 * One connection pool per provider: keep-alive sockets are the cheapest upstream
 * latency win there is, and undici's pool avoids `node:http` Agent overhead.
 */
export function createUpstreamDispatcher(options: { connections?: number } = {}): Dispatcher {
  return new Agent({
    // No cap by default: an LLM stream holds its connection for its whole answer, so
    // a cap would queue the next streams behind it and inflate their first token.
    connections: options.connections ?? null,
    keepAliveTimeout: 30_000,
    // Our own first-token and total timeouts govern; undici's defaults (300 s) would fire differently.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
}

/**
 * POSTs JSON and returns the response once headers arrive. Non-2xx answers,
 * connection failures and aborts all become UpstreamError; an abort rethrows the
 * signal's reason so a timeout stays a timeout and a client disconnect stays one.
 */
export async function postUpstream(options: {
  readonly dispatcher: Dispatcher;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly signal: CancelSignal;
  readonly parseError: ErrorBodyParser;
}): Promise<UpstreamResponse> {
  let response: Dispatcher.ResponseData;
  try {
    const { origin, path } = splitUrl(options.url);
    // dispatcher.request with a pre-split origin skips the URL parsing of undici's top-level request().
    response = await options.dispatcher.request({
      origin,
      path,
      method: "POST",
      headers: { "content-type": "application/json", ...options.headers, ...upstreamTraceHeaders.getStore() },
      body: options.body,
      signal: options.signal,
    });
  } catch (error) {
    throw toUpstreamError(error, options.signal);
  }
  if (response.statusCode >= 200 && response.statusCode < 300) {
    return { status: response.statusCode, headers: response.headers, body: response.body };
  }
  const text = await readCapped(response.body, options.signal);
  throw options.parseError(response.statusCode, response.headers, text);
}

const splitUrls = new Map<string, { origin: string; path: string }>();

/** Origin and path of an upstream URL; providers use a handful of URLs, so they are parsed once. */
function splitUrl(url: string): { origin: string; path: string } {
  let split = splitUrls.get(url);
  if (!split) {
    const parsed = new URL(url);
    split = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (splitUrls.size < 1000) splitUrls.set(url, split);
  }
  return split;
}

/** Maps whatever a request or body read threw into the one error type. */
export function toUpstreamError(error: unknown, signal: CancelSignal): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof UpstreamError) return error;
  if (error instanceof undiciErrors.UndiciError || isNodeSystemError(error)) {
    const code = isNodeSystemError(error) ? error.code : (error as { code?: string }).code;
    return new UpstreamError({ kind: "connection", message: `upstream connection failed: ${(error as Error).message}${code ? ` (${code})` : ""}`, code, cause: error });
  }
  return new UpstreamError({ kind: "connection", message: `upstream request failed: ${(error as Error)?.message ?? String(error)}`, cause: error });
}

async function readCapped(body: UpstreamBody, signal: CancelSignal): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      if (size + buffer.length > maxErrorBodyBytes) {
        chunks.push(buffer.subarray(0, maxErrorBodyBytes - size));
        body.destroy();
        break;
      }
      chunks.push(buffer);
      size += buffer.length;
    }
  } catch {
    if (signal.aborted) throw signal.reason;
    // A broken error body still leaves us the status; parse what arrived.
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isNodeSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && "syscall" in error;
}

/** Reads a whole 2xx body (non-streaming answers). */
export async function readBody(body: UpstreamBody, signal: CancelSignal): Promise<Buffer> {
  try {
    return Buffer.from(await body.arrayBuffer());
  } catch (error) {
    throw toUpstreamError(error, signal);
  }
}
