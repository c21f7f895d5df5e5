import type { ResponsesObject } from "../protocols/openai-responses/responses-object.js";
import { outputItemIdsOf, type WrittenResponse } from "./response-store.js";

/**
 * A response as it crosses to the writer's thread: its row's values, then its output
 * items' ids. An array, not an object: a structured clone writes each key of each
 * object it copies. The input items are JSON already (encoding them costs less than
 * cloning them); the Response is its text when the gateway holds that (a relayed
 * answer), else the object, which the writer encodes (a translated answer: encoding it
 * on the gateway's thread would cost that thread more than the clone).
 */
export type ResponseRowValues = readonly [
  id: string,
  owner: string | null,
  createdAtMs: number,
  previousId: string | null,
  response: string | ResponsesObject,
  responseInEvent: 0 | 1,
  inputItemsJson: string,
  outputItemIds: readonly string[],
];

export function toRowValues(written: WrittenResponse): ResponseRowValues {
  const text = written.responseJson ?? written.responseEventJson;
  const response = text ?? written.response;
  if (response === undefined) throw new Error(`response ${written.id} has neither its text nor its object`);
  const inEvent = text !== undefined && written.responseJson === undefined ? 1 : 0;
  return [written.id, written.owner ?? null, written.createdAtMs, written.previousResponseId ?? null, response, inEvent, JSON.stringify(written.inputItems), outputItemIdsOf(written)];
}
