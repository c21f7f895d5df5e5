import type { ResponsesObject, ResponsesOutputItem } from "../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";

/** One stored response: the Response object as sent, and the input items that produced it. */
export interface StoredResponse {
  readonly id: string;
  /** The virtual key that created it; undefined for anonymous or static-key callers. */
  readonly owner: string | undefined;
  readonly createdAtMs: number;
  readonly previousResponseId: string | undefined;
  readonly response: ResponsesObject;
  /** `response` as JSON text, when the gateway holds that already (a relayed answer's own bytes): stored as is, not serialised again. */
  readonly responseJson?: string;
  /**
   * The JSON text of the stream event whose `response` member is `response` (a relayed
   * stream's final frame, as sent), when the gateway holds that instead: a store on
   * another thread is sent this text, not the object, and reads the Response from it there.
   */
  readonly responseEventJson?: string;
  /** This request's own input items as the client sent them (not those of earlier responses); one without an id is listed under a derived one (listedInputItemId). */
  readonly inputItems: readonly ResponsesInputItem[];
}

/** An output item found by id (for `item_reference`), with the response it belongs to. */
export interface StoredItem {
  readonly responseId: string;
  readonly owner: string | undefined;
  readonly item: ResponsesOutputItem;
}

export interface PruneLimits {
  /** Responses created before this time (ms since the epoch) are deleted. */
  readonly createdBeforeMs: number;
  /** Oldest responses are deleted until the stored JSON totals at most this many bytes. */
  readonly maxTotalBytes: number;
}

export interface ResponseStore {
  readonly kind: "sqlite" | "postgres";
  migrate(): Promise<void>;
  /**
   * Stores (or replaces) one response and indexes its output items. Resolves once a
   * `get` through this store would find it; where the commit is still under way then
   * (SQLite's writer thread), the store reports a failed write itself.
   */
  put(stored: StoredResponse): Promise<void>;
  get(id: string): Promise<StoredResponse | undefined>;
  /** True when it existed. */
  delete(id: string): Promise<boolean>;
  findOutputItem(itemId: string): Promise<StoredItem | undefined>;
  /** Returns how many responses were deleted. */
  prune(limits: PruneLimits): Promise<number>;
  close(): Promise<void>;
}

/**
 * A response as a store writes it: a StoredResponse, or, crossing to the store's
 * thread when the gateway holds the Response as text, that text without the object
 * and the ids of its output items (read on the gateway's thread, which parsed the
 * Response already), so the writer neither parses nor re-encodes it.
 */
export type WrittenResponse = StoredResponse | (Omit<StoredResponse, "response"> & { readonly response?: undefined; readonly outputItemIds: readonly string[] });

/**
 * What the `response` column holds: the Response's JSON, or (`inEvent`) a relayed
 * stream's final event as sent, whose `response` member is the Response. Storing the
 * event's text as is spares the writer a parse and an encode of each streamed answer.
 */
export interface ResponseText {
  readonly text: string;
  readonly inEvent: boolean;
}

export function responseTextOf(written: WrittenResponse): ResponseText {
  if (written.responseJson !== undefined) return { text: written.responseJson, inEvent: false };
  if (written.responseEventJson !== undefined) return { text: written.responseEventJson, inEvent: true };
  return { text: JSON.stringify(written.response), inEvent: false };
}

/** The ids of a written response's output items, for `item_reference` lookups (an item without an id cannot be referenced). */
export function outputItemIdsOf(written: WrittenResponse): readonly string[] {
  const ids = written.response ? written.response.output.map((item) => item.id) : written.outputItemIds;
  return [...new Set(ids.filter((id) => typeof id === "string" && id !== ""))];
}

/** The Response a stored `response` column holds (see ResponseText). */
export function parseStoredResponse(text: string, inEvent: boolean): ResponsesObject {
  const parsed = JSON.parse(text) as ResponsesObject & { response?: ResponsesObject };
  if (!inEvent) return parsed;
  if (typeof parsed.response !== "object" || parsed.response === null) throw new Error("stored stream event has no response");
  return parsed.response;
}

/** Bytes a stored response occupies, as the size cap counts them. */
export function storedSize(responseJson: string, inputJson: string): number {
  return Buffer.byteLength(responseJson) + Buffer.byteLength(inputJson);
}
