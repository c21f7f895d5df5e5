import { once } from "node:events";
import type { ServerResponse } from "node:http";

/** Writes respecting backpressure: waits for `drain` when the socket buffer is full, unless the signal aborts. */
export async function writeText(response: ServerResponse, text: string, signal: AbortSignal): Promise<void> {
  if (text === "" || response.destroyed) return;
  if (response.write(text)) return;
  try {
    await once(response, "drain", { signal });
  } catch {
    // Aborted (client gone or deadline): the caller checks the signal next.
  }
}
