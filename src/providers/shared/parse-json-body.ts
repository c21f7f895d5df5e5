import { UpstreamError } from "../../core/upstream-error.js";

/** A whole 2xx upstream body as JSON; anything else is a `malformed` failure (which falls back before the first byte). */
export function parseJsonBody(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new UpstreamError({ kind: "malformed", message: `upstream sent a body that is not JSON: ${bytes.toString("utf8", 0, 200)}` });
  }
}
