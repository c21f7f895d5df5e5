import type { ServerResponse } from "node:http";
import { ResponseHead } from "./response-head.js";

/** Ends a response with `body` as JSON, for handlers that set no other headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  new ResponseHead().endJson(response, status, JSON.stringify(body));
}
