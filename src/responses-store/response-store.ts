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
  /** This request's own input items, each with an id (not those of earlier responses). */
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

/** Bytes a stored response occupies, as the size cap counts them. */
export function storedSize(responseJson: string, inputJson: string): number {
  return Buffer.byteLength(responseJson) + Buffer.byteLength(inputJson);
}
