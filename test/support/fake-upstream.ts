import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fixture, sseEvents } from "./fixtures.js";

/** A reply the fake upstream sends. Fixtures are recorded wire bytes under test/__fixtures__/. */
export type FakeReply =
  | { readonly json: string; readonly status?: number; readonly headers?: Record<string, string>; readonly delayMs?: number }
  | {
      readonly sse: string;
      /** Send only the first N events, then cut the connection (a mid-stream disconnect). */
      readonly cutAfterEvents?: number;
      readonly eventDelayMs?: number;
      readonly delayMs?: number;
    }
  /** Accept the request and never answer (for first-token timeouts and client disconnects). */
  | { readonly hang: true }
  /** SSE bytes built by the test (scripted models), sent whole. */
  | { readonly sseBody: string; readonly delayMs?: number };

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

export interface FakeUpstream {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Replies used in order; when the queue is empty, `fallback` answers. */
  enqueue(...replies: FakeReply[]): void;
  fallback: FakeReply;
  /** Resolves when an in-flight request's connection closes before its reply ended. */
  readonly abortedRequests: number;
  waitForAbort(): Promise<void>;
  close(): Promise<void>;
}

export const fromFixture = {
  json: (name: string, status = 200, headers: Record<string, string> = {}): FakeReply => ({ json: fixture(name), status, headers }),
  sse: (name: string, options: { cutAfterEvents?: number; eventDelayMs?: number; delayMs?: number } = {}): FakeReply => ({ sse: name, ...options }),
};

/** An OpenAI-compatible upstream on loopback that replays recorded bytes and records what it was sent. */
export async function startFakeUpstream(
  options: {
    fallback?: FakeReply;
    /** Answers that depend on the request (used when the queue is empty; undefined falls through to `fallback`). */
    respond?: (request: RecordedRequest) => FakeReply | undefined;
  } = {},
): Promise<FakeUpstream> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  let aborted = 0;
  const abortWaiters: (() => void)[] = [];
  const server: Server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const recorded: RecordedRequest = { path: request.url ?? "", headers: request.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    requests.push(recorded);
    let finished = false;
    response.on("close", () => {
      if (!finished) {
        aborted++;
        abortWaiters.splice(0).forEach((resolve) => resolve());
      }
    });
    const reply = queue.shift() ?? options.respond?.(recorded) ?? upstream.fallback;
    if ("hang" in reply) return;
    if (reply.delayMs) await sleep(reply.delayMs);
    if ("sseBody" in reply) {
      response.writeHead(200, { "content-type": "text/event-stream" });
      finished = true;
      response.end(reply.sseBody);
      return;
    }
    if ("json" in reply) {
      response.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      finished = true;
      response.end(reply.json);
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream" });
    const events = sseEvents(reply.sse);
    const limit = reply.cutAfterEvents ?? events.length;
    for (const event of events.slice(0, limit)) {
      response.write(event);
      if (reply.eventDelayMs) await sleep(reply.eventDelayMs);
    }
    if (reply.cutAfterEvents !== undefined) {
      finished = true;
      response.socket?.destroy();
      return;
    }
    finished = true;
    response.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const upstream: FakeUpstream = {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    fallback: options.fallback ?? fromFixture.json("openai-chat/text.json"),
    enqueue: (...replies) => queue.push(...replies),
    get abortedRequests() {
      return aborted;
    },
    waitForAbort: () => new Promise((resolve) => abortWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return upstream;
}
