import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatRequest } from "../../src/core/chat-request.js";
import type { ChatProvider, PassthroughFrame } from "../../src/providers/provider.js";
import { Cancellation } from "../../src/shared/cancellation.js";

const running = new Set<Server>();

/**
 * An upstream that answers any request with an event stream sent in the given reads, a pause between
 * them so each arrives on its own: for relays that must forward one upstream read per write.
 * Returns its `/v1` base URL; `closeUpstreamsSending` (in `afterEach`) stops it.
 */
export async function upstreamSending(reads: readonly string[]): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      void (async () => {
        for (const read of reads) {
          response.write(read);
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
        response.end();
      })();
    });
  });
  running.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

export async function closeUpstreamsSending(): Promise<void> {
  await Promise.all([...running].map((server) => new Promise((resolve) => server.close(resolve))));
  running.clear();
}

/** Relays one streamed request through `provider`'s pass-through, collecting every frame it yields (and the error that ended it, if one did), then closes the provider. */
export async function collectPassthrough(provider: ChatProvider, rawBody: Readonly<Record<string, unknown>>, request: ChatRequest): Promise<{ frames: PassthroughFrame[]; text: string; error?: unknown }> {
  const frames: PassthroughFrame[] = [];
  let error: unknown;
  try {
    const outcome = await provider.passthrough!(rawBody, request, { upstreamModel: "m", signal: new Cancellation() });
    if (outcome.kind !== "stream") throw new Error("expected a stream");
    for (let next = await outcome.frames.next(); !next.done; next = await outcome.frames.next()) frames.push(next.value);
  } catch (caught) {
    error = caught;
  } finally {
    await provider.close();
  }
  return { frames, text: frames.map((frame) => frame.text.toString()).join(""), error };
}
