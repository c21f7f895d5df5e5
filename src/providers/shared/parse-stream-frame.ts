import { UpstreamError } from "../../core/upstream-error.js";

/**
 * One SSE frame's data as a JSON object. Anything else is a `malformed` upstream failure: before
 * the first byte it falls back to the next target, after it the stream ends with an error event.
 * Callers narrow the object to their wire type; the shape of each event is theirs to check.
 */
export function parseStreamFrame(data: string): Readonly<Record<string, unknown>> {
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    throw new UpstreamError({ kind: "malformed", message: `upstream sent malformed JSON in its stream: ${data.slice(0, 200)}` });
  }
  if (typeof frame !== "object" || frame === null || Array.isArray(frame)) {
    throw new UpstreamError({ kind: "malformed", message: `upstream stream frame is not a JSON object: ${data.slice(0, 200)}` });
  }
  return frame as Readonly<Record<string, unknown>>;
}
