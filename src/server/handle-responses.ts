import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import type { ResponsesList } from "../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import type { ResponseStore, StoredResponse } from "../responses-store/response-store.js";
import { listedInputItemId } from "../dialects/openai-responses/responses-ids.js";
import { checkClientKey } from "../governance/check-client-key.js";
import { handleChat, type ChatHandlerContext } from "./handle-chat.js";
import { ResponsesExchange } from "./responses-exchange.js";
import { sendJson } from "./send-json.js";

export interface ResponsesHandlerContext extends ChatHandlerContext {
  /** Undefined when `responses.store` is off: nothing is kept and stored lookups are refused. */
  readonly responseStore: ResponseStore | undefined;
}

const responsePath = /^\/v1\/responses\/([A-Za-z0-9_-]{1,200})(\/input_items)?$/;

/**
 * The Responses API: `POST /v1/responses` runs through the chat handler with a
 * per-request exchange; `GET`/`DELETE /v1/responses/{id}` and
 * `GET /v1/responses/{id}/input_items` read the store. Returns false for paths
 * that are not its own. Errors are thrown as GatewayError and rendered by the caller.
 */
export async function handleResponses(path: string, request: IncomingMessage, response: ServerResponse, context: ResponsesHandlerContext): Promise<boolean> {
  if (path === "/v1/responses") {
    if (request.method !== "POST") throw new GatewayError("method-not-allowed", "/v1/responses accepts POST");
    const exchange = new ResponsesExchange({ store: context.responseStore, logger: context.logger });
    await handleChat(exchange, request, response, context);
    return true;
  }
  const match = responsePath.exec(path);
  if (!match) return false;
  const [, id, inputItems] = match as unknown as [string, string, string | undefined];
  if (inputItems ? request.method !== "GET" : request.method !== "GET" && request.method !== "DELETE") {
    throw new GatewayError("method-not-allowed", inputItems ? `${path} accepts GET` : `${path} accepts GET and DELETE`);
  }
  const stored = await findOwned(id, request, context);
  if (inputItems) {
    sendJson(response, 200, listInputItems(stored, new URL(request.url ?? "/", "http://gateway").searchParams));
  } else if (request.method === "DELETE") {
    await context.responseStore!.delete(id);
    sendJson(response, 200, { id, object: "response.deleted", deleted: true });
  } else {
    sendJson(response, 200, stored.response);
  }
  return true;
}

/** The stored response, if it exists and the caller created it; anything else is the same 404, so ids cannot be probed. */
async function findOwned(id: string, request: IncomingMessage, context: ResponsesHandlerContext): Promise<StoredResponse> {
  if (!context.guard) checkClientKey(request.headers, context.runtime.snapshot().config.server);
  const owner = context.guard ? (await context.guard.authenticate(request.headers)).keyId : undefined;
  const stored = await context.responseStore?.get(id);
  if (!stored || stored.owner !== owner) throw new GatewayError("not-found", `Response with id '${id}' not found.`);
  return stored;
}

/** OpenAI's cursor list: `limit` (1-100, default 20), `order` (`desc` default), `after` an item id. */
function listInputItems(stored: StoredResponse, query: URLSearchParams): ResponsesList<ResponsesInputItem> {
  const limitText = query.get("limit");
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new GatewayError("invalid-request", "Invalid request: limit: must be an integer from 1 to 100", { param: "limit" });
  const order = query.get("order") ?? "desc";
  if (order !== "asc" && order !== "desc") throw new GatewayError("invalid-request", 'Invalid request: order: must be "asc" or "desc"', { param: "order" });
  // An item sent without an id is listed under one derived from the response and its position (listedInputItemId).
  const listed = stored.inputItems.map((item, index) => (typeof item.id === "string" && item.id !== "" ? item : { ...item, id: listedInputItemId(stored.id, index, item.type) }));
  const ordered = order === "asc" ? listed : listed.reverse();
  const after = query.get("after");
  let start = 0;
  if (after !== null) {
    const index = ordered.findIndex((item) => item.id === after);
    if (index < 0) throw new GatewayError("invalid-request", `Invalid request: after: no input item ${after} in this response`, { param: "after" });
    start = index + 1;
  }
  const data = ordered.slice(start, start + limit);
  return { object: "list", data, first_id: (data[0]?.id as string | undefined) ?? null, last_id: (data.at(-1)?.id as string | undefined) ?? null, has_more: start + limit < ordered.length };
}
