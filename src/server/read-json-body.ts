import type { IncomingMessage } from "node:http";
import { GatewayError } from "../core/gateway-error.js";

/**
 * Reads and parses a JSON request body, refusing more than `limit` bytes: early
 * from Content-Length when the client sent one, otherwise as the bytes arrive.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new GatewayError("invalid-request", "Invalid request: the body is empty; expected a JSON object");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GatewayError("invalid-request", `Invalid request: the body is not valid JSON (${(error as Error).message})`);
  }
}

function tooLarge(limit: number): GatewayError {
  return new GatewayError("payload-too-large", `Request body exceeds the limit of ${limit} bytes (server.max_body_bytes)`);
}
