import { createHash, randomBytes } from "node:crypto";
import type { ResponsesInputItem } from "../../protocols/openai-responses/responses-request.js";

/**
 * Ids in OpenAI's style (`resp_…`, `msg_…`, `fc_…`, `rs_…`): a prefix naming the
 * kind, then 48 hex digits: the time in milliseconds (12 digits) and 18 random
 * bytes, so ids from many gateway replicas never collide.
 *
 * The time comes first, as in OpenAI's own ids, so that ids minted one after another
 * sort together: the response store indexes responses and their items by id, and
 * random ids land each insert on a different page of those B-trees. With wholly
 * random ids a stored response cost the store's thread 40-70 µs of CPU (more as the
 * store grew past its page cache), against 13 µs for time-ordered ones
 * (bench/results/responses-profile.md, 2026-12-07 afternoon).
 */
export type ResponsesIdPrefix = "resp" | "msg" | "fc" | "rs" | "fco" | "item";
type ResponsesInputItemType = ResponsesInputItem["type"];

const randomIdBytes = 18;
/** Random bytes drawn 256 ids at a time: one `randomBytes` call per id was 2% of a Responses request's CPU (as `randomUUID` does, the pool is never reused). */
const poolBytes = randomIdBytes * 256;
let pool = Buffer.alloc(0);
let offset = 0;

export function newResponsesId(prefix: ResponsesIdPrefix): string {
  if (offset + randomIdBytes > pool.length) {
    pool = randomBytes(poolBytes);
    offset = 0;
  }
  const id = `${prefix}_${Date.now().toString(16).padStart(12, "0")}${pool.toString("hex", offset, offset + randomIdBytes)}`;
  offset += randomIdBytes;
  return id;
}

const prefixByInputType: Readonly<Record<ResponsesInputItemType, ResponsesIdPrefix>> = {
  message: "msg",
  function_call: "fc",
  function_call_output: "fco",
  reasoning: "rs",
  item_reference: "item",
};

/**
 * The id an input item the client sent without one is listed under
 * (`GET /v1/responses/{id}/input_items`): the kind's prefix and 48 hex digits of a
 * hash of its response's id and its position in that request's input. Derived when
 * read, not minted when stored: every read and every replica lists the same id (so an
 * `after` cursor holds), and a stored response costs no id per input item. Items
 * stored before 2026-12-07 (night) carry a minted id, which is kept.
 */
export function listedInputItemId(responseId: string, index: number, type: ResponsesInputItemType): string {
  return `${prefixByInputType[type]}_${createHash("sha256").update(`${responseId}\0${index}`).digest("hex").slice(0, 48)}`;
}
