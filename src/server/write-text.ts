import type { ServerResponse } from "node:http";
import { onAbort, type CancelSignal } from "../shared/cancellation.js";

/** Writes respecting backpressure: waits for `drain` when the socket buffer is full, unless the signal aborts. */
export async function writeText(response: ServerResponse, text: string | Buffer, signal: CancelSignal): Promise<void> {
  if (text.length === 0 || response.destroyed) return;
  if (response.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      response.off("drain", done);
      response.off("close", done);
      stopWatching();
      resolve();
    };
    // Aborted (client gone or deadline): the caller checks the signal next.
    const stopWatching = onAbort(signal, done);
    response.on("drain", done).on("close", done);
  });
}
