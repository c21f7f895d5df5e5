import type { Caller } from "../core/request-guard.js";
import type { ChatRequest } from "../core/chat-request.js";
import type { ChatResponse } from "../core/chat-response.js";
import type { GatewayError } from "../core/gateway-error.js";
import type { StreamEvent } from "../core/stream-event.js";
import type { TextAnnotation } from "../core/text-annotation.js";
import type { UpstreamError } from "../core/upstream-error.js";
import type { Protocol } from "../core/protocol.js";
import type { Warning } from "../core/warning.js";
import type { PassthroughFrame } from "../core/passthrough-frame.js";

/** Who is calling, as far as a dialect needs to know: stored state is scoped by key. */
export type CallerIdentity = Pick<Caller, "keyId">;

/** Renders one answer's canonical events as the dialect's SSE frames. */
export interface StreamRenderer {
  render(event: StreamEvent): string;
  /** The dialect's terminal error frame(s) for an upstream that failed mid-stream. */
  error(error: UpstreamError): string;
}

/**
 * An inbound API shape. The chat handler is written once against this; each
 * dialect supplies parsing and rendering, and its protocol name lets the handler
 * pick the pass-through path when the upstream speaks the same one.
 */
export interface InboundDialect {
  readonly protocol: Protocol;
  /**
   * Text annotation types (citations) the API has a shape for; the server names every other one an
   * answer carries in a `dropped-annotation` warning (`dropped-annotation-warnings.ts`). Absent: none.
   */
  readonly carriedAnnotations?: ReadonlySet<TextAnnotation["type"]>;
  /**
   * Validates and maps a parsed JSON body; throws GatewayError("invalid-request") naming the field.
   * Dialects with server-side state (Responses: `previous_response_id`) read it here, asynchronously,
   * scoped to `caller`: the key the handler already authenticated (absent without virtual keys).
   */
  parseRequest(body: unknown, caller?: CallerIdentity): ChatRequest | Promise<ChatRequest>;
  renderResponse(response: ChatResponse): unknown;
  createStreamRenderer(request: ChatRequest): StreamRenderer;
  renderError(error: GatewayError): unknown;
  /** The HTTP status this API uses for an error (APIs differ, e.g. on an exhausted budget). */
  errorStatus(error: GatewayError): number;
  /** Error frame for a pass-through stream that broke (same shape as `StreamRenderer.error`). */
  renderStreamError(error: UpstreamError): string;
  /** Warnings the dialect raised itself while parsing (hosted tools it dropped), reported with the target's. */
  requestWarnings?(): readonly Warning[];
  /**
   * Awaited once the whole answer is rendered and before its last bytes go out,
   * so a stored answer (Responses `store`) is readable by the time the client has it.
   * Stateful dialects are never served from the response cache. Undefined when
   * there is nothing to wait for (nothing stored), so the answer goes out in the same turn.
   */
  beforeEnd?(): Promise<void> | undefined;
  /**
   * The body a same-protocol upstream is sent, when the dialect's own state changes
   * it (Responses: `previous_response_id` expanded into the stored conversation).
   */
  passthroughRequestBody?(body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>>;
  /** Sees a relayed whole answer before the client does (to store it); returns the bytes to send. `document` is the body as the provider parsed it. */
  relayPassthroughBody?(body: Buffer, document: Readonly<Record<string, unknown>> | undefined): Buffer;
  /**
   * Sees each relayed stream frame; returns the text to send, a promise for the
   * last frame when the answer must be stored first. `documents` locates the
   * frames that carry the whole answer object.
   */
  relayPassthroughFrame?(frame: PassthroughFrame): string | Buffer | Promise<string | Buffer>;
}
