import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export const llamaExitFixtures = fileURLToPath(new URL("../__fixtures__/llama-exit/", import.meta.url));

export interface FeedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly status: number;
}

export interface FakeFeedServer {
  readonly url: string;
  readonly requests: FeedRequest[];
  /** Which recorded snapshot the feeds serve: a folder under __fixtures__/llama-exit/. */
  phase: "before" | "after";
  /** Answer every request with this status instead (e.g. 503 for an outage). */
  failWith: number | undefined;
  /** URLs of the three feeds, as a user would configure them. */
  readonly sources: { readonly modelsDev: string; readonly openRouter: string; readonly huggingFace: string };
  close(): Promise<void>;
}

/**
 * The three feeds on loopback, speaking their real paths and formats: models.dev
 * `/api.json`, OpenRouter `/api/v1/models`, the Hub's `/api/models?author=meta-llama`
 * (paginated two per page with `Link: rel="next"`, as the Hub does). Every answer
 * carries a strong ETag of its body and honours `If-None-Match` with 304.
 */
export async function startFakeFeedServer(): Promise<FakeFeedServer> {
  const requests: FeedRequest[] = [];
  const state: { phase: "before" | "after"; failWith: number | undefined } = { phase: "before", failWith: undefined };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const reply = (status: number, body?: string, headers: Record<string, string> = {}): void => {
      requests.push({ path: `${url.pathname}${url.search}`, headers: request.headers, status });
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(body);
    };
    if (state.failWith !== undefined) return reply(state.failWith, JSON.stringify({ error: "unavailable" }));
    let body: unknown;
    let link: string | undefined;
    if (url.pathname === "/api.json") body = recorded(state.phase, "models-dev.json");
    else if (url.pathname === "/api/v1/models") body = recorded(state.phase, "openrouter.json");
    else if (url.pathname === "/api/models" && url.searchParams.get("author") === "meta-llama") {
      const all = recorded(state.phase, "huggingface-meta-llama.json") as unknown[];
      const page = Number(url.searchParams.get("page") ?? "0");
      body = all.slice(page * 2, page * 2 + 2);
      if ((page + 1) * 2 < all.length) {
        const next = new URL(url);
        next.searchParams.set("page", String(page + 1));
        link = `<${next.pathname}${next.search}>; rel="next"`;
      }
    } else return reply(404, JSON.stringify({ error: "not found" }));
    const text = JSON.stringify(body);
    const etag = `"${createHash("sha1").update(text).digest("hex")}"`;
    if (request.headers["if-none-match"] === etag) return reply(304, undefined, { etag });
    reply(200, text, { etag, ...(link === undefined ? {} : { link }) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    get phase() {
      return state.phase;
    },
    set phase(value) {
      state.phase = value;
    },
    get failWith() {
      return state.failWith;
    },
    set failWith(value) {
      state.failWith = value;
    },
    sources: {
      modelsDev: `${base}/api.json`,
      openRouter: `${base}/api/v1/models`,
      huggingFace: `${base}/api/models?author=meta-llama&expand[]=createdAt&expand[]=gated&expand[]=cardData&expand[]=tags&expand[]=baseModels`,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function recorded(phase: string, file: string): unknown {
  return JSON.parse(readFileSync(`${llamaExitFixtures}${phase}/${file}`, "utf8")) as unknown;
}
