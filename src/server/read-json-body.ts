import type { IncomingMessage } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import { exceedsJsonDepth, maxJsonDepth } from "./json-depth.js";

/**
 * Reads and parses a JSON request body, refusing more than `limit` bytes: early
 * from Content-Length when the client sent one, otherwise as the bytes arrive.
 * The body must be declared `application/json`: a web page can send `text/plain`
 * anywhere without a CORS preflight, so accepting it would let any page drive
 * the gateway. Nesting deeper than {@link maxJsonDepth} is refused before parsing,
 * because code that walks the value recursively (JSON.stringify) would overflow.
 * Plain stream events rather than `for await`: the async iterator costs a few
 * microseconds per request, which matters on the gateway's hot path.
 */
export function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = request.headers["content-type"];
  if (!isJson(type)) {
    return Promise.reject(
      new GatewayError("unsupported-media-type", `Unsupported Content-Type ${type === undefined ? "(none sent)" : `"${type}"`}: send the body as application/json`),
    );
  }
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        request.resume(); // discard the rest so the 413 can be sent on this connection
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") return reject(new GatewayError("invalid-request", "Invalid request: the body is empty; expected a JSON object"));
      if (exceedsJsonDepth(text, maxJsonDepth)) {
        return reject(new GatewayError("invalid-request", `Invalid request: JSON nested deeper than ${maxJsonDepth} levels (the gateway's limit)`));
      }
      try {
        resolve(JSON.parse(text) as unknown);
      } catch (error) {
        reject(new GatewayError("invalid-request", `Invalid request: the body is not valid JSON (${(error as Error).message})`));
      }
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      request.off("data", onData).off("end", onEnd).off("error", onError);
    };
    request.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
function isJson(type: string | undefined): boolean {
  if (type === undefined) return false;
  const semicolon = type.indexOf(";");
  return (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase() === "application/json";
}

function tooLarge(limit: number): GatewayError {
  return new GatewayError("payload-too-large", `Request body exceeds the limit of ${limit} bytes (server.max_body_bytes)`);
}
