import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { request } from "undici";

export type FeedResponse =
  | { readonly kind: "fetched"; readonly body: unknown; readonly etag: string | null; readonly lastModified: string | null }
  /** The server answered 304 to our validators: the previous snapshot is current. */
  | { readonly kind: "not-modified" };

/** The feed could not be read (network, timeout, HTTP status, not JSON); the message says which. */
export class FeedFetchError extends Error {
  override readonly name = "FeedFetchError";
}

/** Hub listings are paginated through `Link: <…>; rel="next"`; more pages than this is a wrong URL, not an organisation. */
const maxPages = 20;

/**
 * GETs a feed with a timeout, sending the previous snapshot's validators
 * (`If-None-Match`, `If-Modified-Since`) so an unchanged feed costs a 304. Follows
 * `rel="next"` links and concatenates array pages. `file://` URLs are read from disk.
 */
export async function fetchFeed(options: { url: string; etag: string | null; lastModified: string | null; timeoutMs: number }): Promise<FeedResponse> {
  if (options.url.startsWith("file://")) return readFeedFile(options.url);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "switchyard-watch" };
  if (options.etag !== null) headers["if-none-match"] = options.etag;
  if (options.lastModified !== null) headers["if-modified-since"] = options.lastModified;
  const first = await getJson({ url: options.url, headers, timeoutMs: options.timeoutMs });
  if (first.status === 304) return { kind: "not-modified" };
  let body = first.body;
  let next = first.next;
  for (let page = 1; next !== null && Array.isArray(body); page++) {
    if (page >= maxPages) throw new FeedFetchError(`${options.url}: more than ${maxPages} pages`);
    const more = await getJson({ url: next, headers: { accept: "application/json", "user-agent": "switchyard-watch" }, timeoutMs: options.timeoutMs });
    if (!Array.isArray(more.body)) throw new FeedFetchError(`${next}: a later page is not an array`);
    body = [...(body as unknown[]), ...(more.body as unknown[])];
    next = more.next;
  }
  return { kind: "fetched", body, etag: first.etag, lastModified: first.lastModified };
}

async function getJson(options: { url: string; headers: Record<string, string>; timeoutMs: number }): Promise<{ status: number; body: unknown; etag: string | null; lastModified: string | null; next: string | null }> {
  let response;
  try {
    response = await request(options.url, {
      headers: options.headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  } catch (error) {
    throw new FeedFetchError(`${options.url}: ${describeNetworkError(error, options.timeoutMs)}`);
  }
  if (response.statusCode === 304) {
    await response.body.dump();
    return { status: 304, body: undefined, etag: null, lastModified: null, next: null };
  }
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw new FeedFetchError(`${options.url}: ${describeNetworkError(error, options.timeoutMs)}`);
  }
  if (response.statusCode < 200 || response.statusCode >= 300) throw new FeedFetchError(`${options.url}: HTTP ${response.statusCode}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new FeedFetchError(`${options.url}: the response is not JSON`);
  }
  return { status: response.statusCode, body, etag: header(response.headers.etag), lastModified: header(response.headers["last-modified"]), next: nextLink(header(response.headers.link), options.url) };
}

async function readFeedFile(url: string): Promise<FeedResponse> {
  let text: string;
  try {
    text = await readFile(fileURLToPath(url), "utf8");
  } catch (error) {
    throw new FeedFetchError(`${url}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return { kind: "fetched", body: JSON.parse(text) as unknown, etag: null, lastModified: null };
  } catch {
    throw new FeedFetchError(`${url}: not JSON`);
  }
}

function header(value: string | string[] | undefined): string | null {
  return typeof value === "string" ? value : (value?.[0] ?? null);
}

/** The `rel="next"` target of a Link header, resolved against the request URL. */
function nextLink(link: string | null, base: string): string | null {
  if (link === null) return null;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match?.[1] !== undefined) return new URL(match[1], base).toString();
  }
  return null;
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  const name = (error as Error)?.name;
  if (name === "TimeoutError" || name === "AbortError" || name === "HeadersTimeoutError" || name === "BodyTimeoutError") return `no answer within ${timeoutMs} ms`;
  const code = (error as { code?: string })?.code;
  return code ?? (error as Error)?.message ?? String(error);
}
