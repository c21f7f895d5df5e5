import type { ChatRequest } from "../core/chat-request.js";
import type { ChatResponse } from "../core/chat-response.js";
import { GatewayError } from "../core/gateway-error.js";
import type { UpstreamError } from "../core/upstream-error.js";
import type { TextAnnotation } from "../core/text-annotation.js";
import type { Warning } from "../core/warning.js";
import type { PassthroughFrame, RelayedDocument } from "../core/passthrough-frame.js";
import type { CallerIdentity, InboundDialect, StreamRenderer } from "../dialects/dialect.js";
import type { ConversationItem, LocatedItem } from "../dialects/openai-responses/convert-responses-items.js";
import { inputItemsOf, toChatRequest, validateResponsesRequest } from "../dialects/openai-responses/parse-responses-request.js";
import { renderResponsesResponse } from "../dialects/openai-responses/render-responses-response.js";
import { newResponsesId } from "../dialects/openai-responses/responses-ids.js";
import type { ResponseIdentity } from "../dialects/openai-responses/responses-shell.js";
import { ResponsesStreamRenderer } from "../dialects/openai-responses/responses-stream-renderer.js";
import { renderOpenAIError } from "../dialects/openai-chat/render-openai-error.js";
import { decodeReasoningCarrier } from "../dialects/openai-responses/reasoning-carrier.js";
import type { ResponsesObject } from "../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem, ResponsesRequest } from "../protocols/openai-responses/responses-request.js";
import type { ResponseStore, StoredResponse } from "../responses-store/response-store.js";
import type { Logger } from "../shared/logger.js";

/** Longest `previous_response_id` chain followed; a guard against a corrupted store, far beyond any real conversation. */
const maxChainLength = 10_000;

/**
 * One `POST /v1/responses` call as an inbound dialect. The Responses API has
 * server-side state, so unlike the stateless dialects this object lives for one
 * request: parsing reads earlier responses from the store, and the finished
 * Response is written back before the client sees its last byte.
 */
export class ResponsesExchange implements InboundDialect {
  readonly protocol = "openai-responses" as const;
  /** A translated answer's citations become `output_text.annotations` (a Chat upstream's `message.annotations`). */
  readonly carriedAnnotations: ReadonlySet<TextAnnotation["type"]> = carriedAnnotations;
  private identity: ResponseIdentity | undefined;
  private warnings: readonly Warning[] = [];
  private owner: string | undefined;
  private inputItems: readonly ResponsesInputItem[] = [];
  private rendered: ResponsesObject | undefined;
  private renderer: ResponsesStreamRenderer | undefined;
  /** The Response a same-protocol upstream answered with, as relayed. */
  private relayed: ResponsesObject | undefined;
  /** A whole relayed answer's text, stored as sent. */
  private relayedJson: string | undefined;
  /** A relayed stream's final frame as sent (`response.completed` / `.incomplete`): stored from its text, so the Response crosses to the store's thread as a string. */
  private relayedFinalFrame: string | undefined;
  /** The caller's model as JSON bytes, swapped into relayed Response frames. */
  private modelJson: Buffer | undefined;
  /** The conversation a Responses upstream is sent instead of `previous_response_id` and item references; undefined when the input needs no expanding. */
  private expandedInput: Readonly<Record<string, unknown>>[] | undefined;
  private readonly relay: RelayState = { events: 0, eventsAfterSnapshot: 0 };

  constructor(
    private readonly options: {
      /** Undefined when `responses.store` is off. */
      readonly store: ResponseStore | undefined;
      readonly logger: Logger;
    },
  ) {}

  /**
   * Synchronous unless the request needs the store (`previous_response_id`, an item
   * reference): the common request takes no promise and no microtask turn here, as the
   * stateless dialects' parse does not. `caller` is the key the handler authenticated
   * from the headers (once per request): it scopes what is read and stored.
   */
  parseRequest(body: unknown, caller?: CallerIdentity): ChatRequest | Promise<ChatRequest> {
    // The owner scopes stored state: a virtual key reads only what it created.
    this.owner = caller?.keyId;
    const wire = validateResponsesRequest(body);
    const given = inputItemsOf(wire);
    if (wire.previous_response_id || given.some(isReference)) return this.parseStateful(wire, given);
    return this.toRequest(wire, wire.model, [], given, given);
  }

  private async parseStateful(wire: ResponsesRequest, given: readonly ResponsesInputItem[]): Promise<ChatRequest> {
    const { store } = this.options;
    let model = wire.model;
    const history: LocatedItem[] = [];
    if (wire.previous_response_id) {
      if (!store) throw new GatewayError("invalid-request", "Invalid request: previous_response_id: this gateway is not keeping responses (responses.store is false, or its database was unavailable at startup)", { param: "previous_response_id" });
      const chain = await this.loadChain(store, wire.previous_response_id);
      model ??= chain.at(-1)?.model;
      for (const entry of chain) history.push(...entry.items);
    }
    // Checked before the references are resolved, as the order of errors has always been.
    if (!model) throw modelRequired();
    return this.toRequest(wire, model, history, given, await this.resolveReferences(given));
  }

  /** The canonical request, once earlier responses (`history`) and item references (`input`, resolved) are read. */
  private toRequest(wire: ResponsesRequest, model: string | undefined, history: readonly LocatedItem[], given: readonly ResponsesInputItem[], input: readonly ResponsesInputItem[]): ChatRequest {
    if (!model) throw modelRequired();
    const storing = this.options.store !== undefined && wire.store !== false;
    // Stored as given: an item without an id is listed under one derived when read (listedInputItemId), none is minted here.
    this.inputItems = input;
    if (history.length > 0 || given.some(isReference)) {
      this.expandedInput = [...history.flatMap(({ item }) => forUpstream(item)), ...input];
    }
    const { request, warnings } = toChatRequest({ wire, model, conversation: [...history, ...input.map((item, index) => ({ item, path: `input.${index}` }))] });
    this.warnings = warnings;
    this.identity = new LazyIdentity(Math.floor(Date.now() / 1000), model, wire, storing);
    return request;
  }

  renderResponse(response: ChatResponse): ResponsesObject {
    this.rendered = renderResponsesResponse(this.requireIdentity(), response);
    return this.rendered;
  }

  createStreamRenderer(): StreamRenderer {
    const renderer = new ResponsesStreamRenderer(this.requireIdentity());
    this.renderer = renderer;
    // A stream that fails is stored as the client saw it end (`failed`, its output so far), like one that finishes.
    return {
      render: (event) => {
        const text = renderer.render(event);
        if (event.type === "error") void this.beforeEnd();
        return text;
      },
      error: (error) => {
        const text = renderer.error(error);
        void this.beforeEnd();
        return text;
      },
    };
  }

  renderError(error: GatewayError): unknown {
    return renderOpenAIError(error);
  }

  errorStatus(error: GatewayError): number {
    return error.status;
  }

  /** The end of a relayed stream that broke; the failed Response is stored as the client saw it. */
  renderStreamError(error: UpstreamError): string {
    const snapshot = this.relay.snapshot && readSnapshot(this.relay.snapshot);
    if (!snapshot?.response) {
      const renderer = new ResponsesStreamRenderer(this.requireIdentity());
      const text = renderer.error(error);
      this.relayed = renderer.result();
      void this.beforeEnd();
      return text;
    }
    // A relayed stream ends under the upstream's response id, numbered on from its last event.
    const response: ResponsesObject = { ...snapshot.response, status: "failed", error: { code: error.code ?? "server_error", message: `upstream failed mid-stream: ${error.message}` } };
    this.restorePrevious(response);
    this.restoreAlias(response);
    const sequence = typeof snapshot.sequence_number === "number" ? snapshot.sequence_number + 1 + this.relay.eventsAfterSnapshot : this.relay.events;
    this.relayed = response;
    void this.beforeEnd();
    return `event: response.failed\ndata: ${JSON.stringify({ type: "response.failed", sequence_number: sequence, response })}\n\n`;
  }

  /**
   * Pass-through to a Responses upstream: the gateway keeps the conversation,
   * so a `previous_response_id` (or item reference) is expanded into the stored
   * items and the upstream sees a self-contained request. This is what lets a
   * second turn land on another target than the first (fallback, weighted
   * routes) and work with upstreams that keep nothing (vLLM restarts, store off).
   */
  passthroughRequestBody(body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
    if (!this.expandedInput) return body;
    const { previous_response_id: _previous, ...rest } = body;
    return { ...rest, input: this.expandedInput };
  }

  relayPassthroughBody(body: Buffer, document: Readonly<Record<string, unknown>> | undefined): Buffer {
    let parsed = document as ResponsesObject | undefined;
    if (!parsed) {
      try {
        parsed = JSON.parse(body.toString("utf8")) as ResponsesObject;
      } catch {
        return body;
      }
    }
    this.relayed = parsed;
    // The bytes go out as the upstream sent them unless the answer must say the caller's previous_response_id or alias.
    const previousRestored = this.restorePrevious(parsed);
    const aliasRestored = this.restoreAlias(parsed);
    let sent = body;
    if (previousRestored) sent = Buffer.from(JSON.stringify(parsed));
    else if (aliasRestored) {
      const splice = withModel(body, this.callerModelJson());
      if (splice) sent = Buffer.concat([body.subarray(0, splice.start), splice.bytes, body.subarray(splice.end)]);
      else if (splice === undefined) sent = Buffer.from(JSON.stringify(parsed));
    }
    // The text is only for the store: a response not kept is never decoded.
    if (this.identity?.store) this.relayedJson = sent.toString("utf8");
    return sent;
  }

  relayPassthroughFrame(frame: PassthroughFrame): string | Buffer | Promise<string | Buffer> {
    if (frame.text.length === 0) return "";
    const documents = frame.documents;
    const events = frame.events ?? 1;
    this.relay.events += events;
    if (!documents) {
      this.relay.eventsAfterSnapshot += events;
      return frame.text;
    }
    const last = documents[documents.length - 1]!;
    this.relay.snapshot = last;
    this.relay.eventsAfterSnapshot = last.eventsAfter;
    const text = this.withResponseRestored(frame.text, documents);
    const final = documents.find((found) => found.type === "response.completed" || found.type === "response.incomplete");
    if (!final) return text;
    this.relayed = (final.document() as { response?: ResponsesObject }).response;
    if (this.relayed) this.restoreAlias(this.relayed);
    const stored = this.beforeEnd();
    return stored ? stored.then(() => text) : text;
  }

  /**
   * The frames that carry the Response, saying the caller's alias as `model` (as a
   * translated answer does) and, on a continued conversation, the caller's
   * previous_response_id. Only the model differs: its one `"model":"…"` is read and
   * swapped in the bytes, with no parse; if it is not there exactly once, the event is
   * parsed and re-encoded. The read goes out as one buffer, copied once: the bytes
   * between the changes are sliced, not copied per frame. The final frame is kept as
   * sent, for the store.
   */
  private withResponseRestored(text: string | Buffer, documents: readonly RelayedDocument[]): string | Buffer {
    const pieces: Buffer[] = [];
    const bytes = typeof text === "string" ? Buffer.from(text) : text;
    let copied = 0;
    // Bytes of the output in `pieces` so far, and where the final frame lies in the output.
    let written = 0;
    let finalStart = -1;
    let finalEnd = -1;
    for (const found of documents) {
      // Offsets in a string are characters: counted in bytes for slicing.
      const start = typeof text === "string" ? Buffer.byteLength(text.slice(0, found.start)) : found.start;
      const end = typeof text === "string" ? Buffer.byteLength(text.slice(0, found.end)) : found.end;
      const splice = this.restoredFrame(found, bytes.subarray(start, end));
      const final = found.type === "response.completed" || found.type === "response.incomplete";
      if (final) finalStart = written + (start - copied);
      if (splice) {
        pieces.push(bytes.subarray(copied, start + splice.start), splice.bytes);
        written += start + splice.start - copied + splice.bytes.length;
        copied = start + splice.end;
      }
      if (final) finalEnd = written + (end - copied);
    }
    let sent = bytes;
    if (pieces.length > 0) {
      pieces.push(bytes.subarray(copied));
      sent = Buffer.concat(pieces);
    }
    // Kept as the client is sent it, read once from the bytes going out.
    if (finalStart >= 0 && this.identity?.store) this.relayedFinalFrame = sent.toString("utf8", finalStart, finalEnd);
    return pieces.length > 0 ? sent : text;
  }

  /** What changes in one Response frame for the caller (offsets within the frame), or undefined when it goes out unchanged. */
  private restoredFrame(found: RelayedDocument, frameBytes: Buffer): Splice | undefined {
    const restorePrevious = this.identity?.wire.previous_response_id !== undefined && this.identity.wire.previous_response_id !== null && this.expandedInput !== undefined;
    if (!restorePrevious) {
      // The common case, a frame naming one model: one search, no parse.
      const swapped = withModel(frameBytes, this.callerModelJson());
      if (swapped !== undefined) return swapped ?? undefined;
    }
    let event: { type?: string; response?: ResponsesObject };
    try {
      event = found.document();
    } catch {
      return undefined;
    }
    if (!event.response) return undefined;
    const changed = [this.restorePrevious(event.response), this.restoreAlias(event.response)].includes(true);
    return changed ? { start: 0, end: frameBytes.length, bytes: Buffer.from(`event: ${event.type ?? found.type}\ndata: ${JSON.stringify(event)}\n\n`) } : undefined;
  }

  private callerModelJson(): Buffer {
    return (this.modelJson ??= modelJsonOf(this.requireIdentity().model));
  }

  requestWarnings(): readonly Warning[] {
    return this.warnings;
  }

  /**
   * Stores the finished Response. Not an async function: the store's own promise is
   * the only one made (an async wrapper and its await cost two more and their
   * microtask turns per answer), and nothing at all when nothing is stored.
   */
  beforeEnd(): Promise<void> | undefined {
    const identity = this.requireIdentity();
    const store = this.options.store;
    if (!identity.store || !store) return undefined;
    const response = this.rendered ?? this.renderer?.result() ?? this.relayed;
    if (!response) return undefined;
    const relayedText = response === this.relayed ? this.relayedText() : undefined;
    // The client still gets its answer; only a later previous_response_id to it will fail.
    const failed = (error: unknown): void => this.options.logger.error({ err: error, responseId: response.id }, "storing the response failed");
    try {
      return store
        .put({
          // A relayed answer keeps the upstream's id: it is the one the client saw.
          id: response.id,
          owner: this.owner,
          createdAtMs: identity.createdAt * 1000,
          previousResponseId: identity.wire.previous_response_id ?? undefined,
          response,
          ...relayedText,
          inputItems: this.inputItems,
        })
        .catch(failed);
    } catch (error) {
      failed(error);
      return undefined;
    }
  }

  /** The relayed Response as the text the client was sent, when the gateway holds it: the store keeps (and its thread parses) that text. */
  private relayedText(): Pick<StoredResponse, "responseJson" | "responseEventJson"> | undefined {
    if (this.relayedJson !== undefined) return { responseJson: this.relayedJson };
    const eventJson = this.relayedFinalFrame && sseData(this.relayedFinalFrame);
    return eventJson === undefined ? undefined : { responseEventJson: eventJson };
  }

  /** Earlier responses oldest first, each as its input items followed by its output. */
  private async loadChain(store: ResponseStore, id: string): Promise<{ model: string; items: LocatedItem[] }[]> {
    const chain: { model: string; items: LocatedItem[] }[] = [];
    const seen = new Set<string>();
    for (let next: string | undefined = id; next !== undefined; ) {
      if (seen.has(next) || seen.size >= maxChainLength) throw new GatewayError("internal", `stored conversation of ${id} is longer than ${maxChainLength} responses or loops`);
      seen.add(next);
      const stored = await store.get(next);
      if (!stored || stored.owner !== this.owner) {
        throw new GatewayError("not-found", `Previous response with id '${id}' not found.`, { param: "previous_response_id" });
      }
      const items: LocatedItem[] = [
        ...stored.inputItems.map((item) => ({ item, path: `previous_response_id (${stored.id} input)` })),
        ...stored.response.output.map((item) => ({ item, path: `previous_response_id (${stored.id} output)` })),
      ];
      chain.unshift({ model: stored.response.model, items });
      next = stored.previousResponseId;
    }
    return chain;
  }

  private async resolveReferences(items: readonly ResponsesInputItem[]): Promise<ResponsesInputItem[]> {
    const resolved: ResponsesInputItem[] = [];
    for (const [index, item] of items.entries()) {
      if (item.type !== "item_reference") {
        resolved.push(item);
        continue;
      }
      const found = this.options.store ? await this.options.store.findOutputItem(item.id) : undefined;
      if (!found || found.owner !== this.owner) throw new GatewayError("not-found", `Item with id '${item.id}' not found.`, { param: `input.${index}.id` });
      resolved.push(found.item as unknown as ResponsesInputItem);
    }
    return resolved;
  }

  /** The upstream never saw the caller's `previous_response_id` (it was expanded); the answer says it again, as OpenAI's would. True when changed. */
  private restorePrevious(response: ResponsesObject): boolean {
    const previous = this.identity?.wire.previous_response_id;
    if (!previous || !this.expandedInput || typeof response !== "object" || response === null) return false;
    response.previous_response_id = previous;
    return true;
  }

  /**
   * A relayed Response says the alias the caller asked for, as a translated one does,
   * so it is stored under that name and a continuation without `model` routes by the
   * alias, not by a name only the upstream knows. True when changed.
   */
  private restoreAlias(response: ResponsesObject): boolean {
    const alias = this.identity?.model;
    if (alias === undefined || typeof response !== "object" || response === null || response.model === alias) return false;
    response.model = alias;
    return true;
  }

  private requireIdentity(): ResponseIdentity {
    if (!this.identity) throw new GatewayError("internal", "Responses exchange used before its request was parsed");
    return this.identity;
  }
}

const isReference = (item: ResponsesInputItem): boolean => item.type === "item_reference";
const modelRequired = (): GatewayError => new GatewayError("invalid-request", "Invalid request: model: required", { param: "model" });

const carriedAnnotations: ReadonlySet<TextAnnotation["type"]> = new Set(["url-citation"]);

/**
 * The identity of one response. Its id is drawn when first read: a relayed answer
 * keeps the upstream's id, so a pass-through request never needs one of its own. A
 * class, not an object literal with a getter: such a literal cost about 1 µs a request
 * to build, and its objects outlived the young generation, so the Responses rows
 * promoted 70 KB more per scavenge than with this class (bench/results/responses-profile.md).
 */
class LazyIdentity implements ResponseIdentity {
  private drawnId: string | undefined;

  constructor(
    readonly createdAt: number,
    readonly model: string,
    readonly wire: ResponsesRequest,
    readonly store: boolean,
  ) {}

  get id(): string {
    return (this.drawnId ??= newResponsesId("resp"));
  }
}

/** The caller's model as JSON bytes, kept for the few names a gateway is called with (bounded: callers choose them). */
const modelJsonCache = new Map<string, Buffer>();
const modelJsonCacheSize = 256;

function modelJsonOf(model: string): Buffer {
  let bytes = modelJsonCache.get(model);
  if (bytes === undefined) {
    if (modelJsonCache.size >= modelJsonCacheSize) modelJsonCache.clear();
    bytes = Buffer.from(JSON.stringify(model));
    modelJsonCache.set(model, bytes);
  }
  return bytes;
}

/** What the relay of a pass-through stream has seen: enough to end it properly if the upstream breaks. */
interface RelayState {
  /** SSE events relayed so far. */
  events: number;
  /** The latest frame that carried the Response object (created, in progress, …), parsed only if the stream breaks. */
  snapshot?: RelayedDocument;
  /** Events relayed after it, so our failure event continues its `sequence_number`. */
  eventsAfterSnapshot: number;
}

const modelKey = Buffer.from('"model":"');

/** Bytes to put in place of `start`…`end` of a frame or body. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly bytes: Buffer;
}

/**
 * The change that makes the one `"model":"…"` of JSON bytes name the model whose JSON
 * string is `modelJson`: null when it already does, the value's range and the new
 * value when it names another, undefined when the key is not there exactly once
 * (spaced differently, or also a metadata key): then the caller parses and re-encodes.
 * Quotes inside JSON strings are escaped, so a match is a key, and a Response always
 * names its model, so the one match is the Response's own.
 */
function withModel(bytes: Buffer, modelJson: Buffer): Splice | null | undefined {
  const at = bytes.indexOf(modelKey);
  if (at < 0 || bytes.indexOf(modelKey, at + 1) >= 0) return undefined;
  const valueStart = at + modelKey.length - 1;
  const { end: valueEnd, escaped } = stringEnd(bytes, valueStart + 1);
  if (valueEnd < 0) return undefined;
  if (bytes.compare(modelJson, 0, modelJson.length, valueStart, valueEnd) === 0) return null;
  // Without a backslash the value is its own text, and differs from the model's; with one, it may say the same differently.
  if (escaped) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(bytes.toString("utf8", valueStart, valueEnd));
    } catch {
      return undefined;
    }
    if (decoded === JSON.parse(modelJson.toString("utf8"))) return null;
  }
  return { start: valueStart, end: valueEnd, bytes: modelJson };
}

/** The offset just past the quote that closes the JSON string whose characters start at `from` (-1 if none), and whether it has an escape. */
function stringEnd(bytes: Buffer, from: number): { end: number; escaped: boolean } {
  let escaped = false;
  for (let at = from; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === 0x5c) {
      escaped = true;
      at++; // a backslash escapes the next character
    } else if (byte === 0x22) return { end: at + 1, escaped };
  }
  return { end: -1, escaped };
}

/** The data of one SSE frame as relayed (`event: …` line, one `data: ` line, blank line), or undefined in any other shape. */
function sseData(text: string): string | undefined {
  const line = text.startsWith("data: ") ? 0 : text.indexOf("\ndata: ") + 1;
  if (line === 0 && !text.startsWith("data: ")) return undefined;
  const start = line + "data: ".length;
  const end = text.length - 2;
  if (!text.endsWith("\n\n") || end < start) return undefined;
  const data = text.slice(start, end);
  // Multi-line data, joined by the SSE parser's re-emission, is still the event's JSON text.
  return data.startsWith("{") ? data : undefined;
}

function readSnapshot(found: RelayedDocument): { sequence_number?: unknown; response?: ResponsesObject } | undefined {
  try {
    return found.document();
  } catch {
    return undefined;
  }
}

/**
 * A stored item as a Responses upstream should see it in an expanded
 * conversation. Ids and statuses go: the upstream never issued them (or would
 * look them up, and demand the reasoning item that preceded a call). Reasoning
 * goes only when it is the upstream's own encrypted reasoning; text reasoning or
 * the gateway's carrier from a translated upstream means nothing to it.
 */
function forUpstream(item: ConversationItem): Readonly<Record<string, unknown>>[] {
  if (item.type === "reasoning") {
    const encrypted = item.encrypted_content;
    return encrypted && !decodeReasoningCarrier(encrypted) ? [{ ...item }] : [];
  }
  const { id: _id, status: _status, ...rest } = item as Record<string, unknown>;
  return [rest];
}
