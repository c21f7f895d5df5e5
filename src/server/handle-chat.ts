import { Cancellation } from "../shared/cancellation.js";
import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Usage } from "../core/usage.js";
import type { ChatRequest } from "../core/chat-request.js";
import type { ChatResponse } from "../core/chat-response.js";
import { GatewayError } from "../core/gateway-error.js";
import type { StreamEvent } from "../core/stream-event.js";
import { UpstreamError } from "../core/upstream-error.js";
import { describeWarning, type Warning } from "../core/warning.js";
import type { InboundDialect } from "../dialects/dialect.js";
import { droppedAnnotationWarnings } from "../dialects/dropped-annotation-warnings.js";
import type { PassthroughFrame, PassthroughOutcome, ProviderCall } from "../providers/provider.js";
import { ClientDisconnectedError, executePlan, PlanFailedError, type AttemptRecord, type ExecutionSuccess } from "../routing/execute-plan.js";
import { planRoute } from "../routing/plan-route.js";
import { applySessionAffinity } from "../routing/apply-session-affinity.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import { resolveRoute } from "../routing/resolve-route.js";
import { checkClientKey, clientKey } from "../governance/check-client-key.js";
import type { GatewayRuntime, Snapshot } from "./gateway-runtime.js";
import type { Logger } from "../shared/logger.js";
import { readJsonBody } from "./read-json-body.js";
import type { Admission, Caller, RequestGuard, ResponseCache } from "../core/request-guard.js";
import { finishRequestSummary, startRequestSummary, type CostCalculator, type RequestObserver, type RequestSummaryDraft } from "../ledger/request-summary.js";
import { configSecrets, rethrowScrubbed, scrubUpstreamError } from "./scrub-secrets.js";
import { writeText } from "./write-text.js";
import { ResponseHead } from "./response-head.js";
import { toGatewayError } from "./to-gateway-error.js";
import { OutputRecorder } from "./output-recorder.js";
import { OverheadClock } from "./overhead-clock.js";
import type { ShadowRunner, ShadowJob } from "./shadow-runner.js";
import { sampleShadowTargets } from "../routing/sample-shadow-targets.js";
import type { RequestTracer } from "./tracing/request-tracer.js";
import { operationName } from "./metrics/operation-name.js";

export interface ChatHandlerContext {
  readonly runtime: GatewayRuntime;
  readonly logger: Logger;
  readonly observers: readonly RequestObserver[];
  /** Virtual keys, limits and budgets; without one, only `server.api_keys` is checked. */
  readonly guard?: RequestGuard;
  /** Used for routes with `cache:` set. */
  readonly cache?: ResponseCache;
  readonly cost?: CostCalculator;
  /** Sends sampled copies to routes' `shadow:` targets after the answer is complete. */
  readonly shadows?: ShadowRunner;
  /** OpenTelemetry spans per request and attempt; undefined when tracing is off. */
  readonly tracer?: RequestTracer;
}

/** What a successful attempt hands back: the answer in one of four shapes, first token in hand. */
type Started =
  | { readonly mode: "canonical-complete"; readonly response: ChatResponse; readonly warnings: readonly Warning[] }
  | { readonly mode: "canonical-stream"; readonly first: StreamEvent; readonly events: AsyncIterator<StreamEvent>; readonly warnings: readonly Warning[] }
  | { readonly mode: "passthrough-complete"; readonly outcome: Extract<PassthroughOutcome, { kind: "complete" }> }
  | { readonly mode: "passthrough-stream"; readonly first: PassthroughFrame; readonly frames: AsyncIterator<PassthroughFrame>; readonly warnings: readonly Warning[] };

/**
 * One chat request, in any dialect: authenticate, parse, route, run the plan,
 * then send the answer. Headers are committed only once a target has produced its
 * first token, so every failure before that can still fall back; a failure after
 * it ends the stream with the dialect's error event.
 */
export async function handleChat(dialect: InboundDialect, request: IncomingMessage, response: ServerResponse, context: ChatHandlerContext): Promise<void> {
  const startedAt = performance.now();
  const snapshot = context.runtime.snapshot();
  const requestId = headerOrNew(request.headers["x-request-id"]);
  const head = new ResponseHead();
  head.set("x-request-id", requestId);
  const overhead = new OverheadClock(startedAt, snapshot.config.server.overheadHeader);
  const client = new Cancellation();
  response.on("close", () => {
    if (!response.writableFinished) client.abort(new ClientDisconnectedError());
  });

  const summary = startRequestSummary(requestId, dialect.protocol);
  const traced = context.tracer?.startRequest(request.headers, operationName(dialect.protocol));

  let admission: Admission | undefined;
  let shadowJob: Omit<ShadowJob, "primary"> | undefined;
  let recorder: OutputRecorder | undefined;
  const secrets = configSecrets(snapshot.config);
  const presentedKey = clientKey(request.headers);
  const scrub = (error: UpstreamError): UpstreamError => scrubUpstreamError(error, secrets, presentedKey);
  try {
    // Who is calling is settled from the headers before a byte of the body is read.
    let caller: Caller | undefined;
    if (context.guard) {
      caller = await context.guard.authenticate(request.headers);
      // Known from here on: refusals (scope, limits, budget) are recorded against the key too.
      summary.keyId = caller.keyId;
      summary.keyName = caller.keyName;
    } else checkClientKey(request.headers, snapshot.config.server);
    const body = await readJsonBody(request, snapshot.config.server.maxBodyBytes);
    const parsed = dialect.parseRequest(body, caller);
    const chatRequest = parsed instanceof Promise ? await parsed : parsed;
    summary.stream = chatRequest.stream;
    const route = resolveRoute(snapshot.config, chatRequest.model);
    summary.alias = route.alias;
    head.set("x-switchyard-route", route.alias);
    if (caller) {
      admission = await caller.admit({ alias: route.alias, request: chatRequest });
    }
    const cacheKey = route.cache && context.cache && !chatRequest.stream && !dialect.beforeEnd ? responseCacheKey(dialect, route.alias, body) : undefined;
    if (cacheKey !== undefined) {
      const cached = await context.cache!.get(cacheKey);
      if (cached) {
        summary.cacheHit = true;
        summary.target = cached.target;
        head.set("x-switchyard-cache", "hit");
        setRoutingHeaders(head, cached.target, [], []);
        overhead.stamp(head, []);
        head.endJson(response, 200, cached.body);
        return;
      }
      head.set("x-switchyard-cache", "miss");
    }
    const shadowTargets = context.shadows && route.shadow.length > 0 ? sampleShadowTargets(route.shadow) : [];
    if (shadowTargets.length > 0) {
      shadowJob = { route, requestId, request: chatRequest, targets: shadowTargets };
      recorder = new OutputRecorder(dialect.protocol);
    }
    const forwardHeaders = protocolHeaders(request.headers);
    const upstreamBody = dialect.passthroughRequestBody ? dialect.passthroughRequestBody(body as Record<string, unknown>) : (body as Record<string, unknown>);
    const plan = applySessionAffinity(planRoute({ route, health: context.runtime.health, strategyState: context.runtime.strategyState }), sessionKey(request.headers, snapshot.config));
    const execution = await executePlan<Started>({
      plan,
      health: context.runtime.health,
      clientSignal: client,
      // Scrubbed before routing sees the error: it ends up in health (`/admin/targets`), attempts (the ledger) and the answer.
      start: (target, signal) => {
        const attempt = (): Promise<Started> =>
          startAttempt({ dialect, snapshot, body: upstreamBody, chatRequest, call: { upstreamModel: target.model, signal, forwardHeaders }, providerName: target.provider }).catch(
            rethrowScrubbed(secrets, presentedKey),
          );
        return traced ? traced.attempt(target, attempt) : attempt();
      },
    });
    summary.target = execution.target.key;
    summary.provider = execution.target.provider;
    summary.upstreamModel = execution.target.model;
    summary.attempts = execution.attempts;
    summary.firstTokenMs = execution.firstTokenMs;
    const sentBody = await sendAnswer(dialect, chatRequest, execution, response, head, context, summary, recorder, scrub, overhead);
    if (cacheKey !== undefined && sentBody !== undefined && route.cache) {
      await context.cache!.set(cacheKey, { body: typeof sentBody === "string" ? sentBody : sentBody.toString("utf8"), target: execution.target.key, usage: summary.usage }, route.cache.ttlSeconds).catch((error: unknown) => {
        context.logger.warn({ err: error }, "response cache write failed");
      });
    }
  } catch (error) {
    const failure = error instanceof PlanFailedError ? error : undefined;
    if (failure) summary.attempts = failure.attempts;
    const reason = failure ? failure.reason : error;
    if (reason instanceof ClientDisconnectedError || client.aborted) {
      summary.clientDisconnected = true;
      summary.status = 499;
    } else {
      sendError(dialect, toGatewayError(reason, context.logger), request, response, head, summary, overhead);
    }
  } finally {
    summary.overheadMs = overhead.overheadMs;
    finishRequestSummary(summary, { startedAt, cost: context.cost, observers: context.observers, onObserverError: (error) => context.logger.error({ err: error }, "request observer failed") });
    traced?.end(summary);
    admission?.settle({ usage: summary.usage, costUsd: summary.costUsd });
    if (shadowJob && context.shadows && summary.status === 200 && summary.errorCode === undefined && !summary.clientDisconnected && summary.target) {
      context.shadows.submit({
        ...shadowJob,
        primary: { target: summary.target, output: recorder?.result() ?? null, latencyMs: summary.durationMs, usage: summary.usage, costUsd: summary.costUsd },
      });
    }
  }
}

/** The conversation a request belongs to, when `router.session_affinity` is on: the first configured session header present. */
export function sessionKey(headers: IncomingMessage["headers"], config: GatewayConfig): string | undefined {
  for (const name of config.sessionAffinity?.headers ?? []) {
    const value = headers[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** Client headers that belong to a protocol, not to the hop: forwarded on pass-through. */
const forwardedHeaderNames = ["anthropic-beta", "anthropic-version"] as const;

function protocolHeaders(headers: IncomingMessage["headers"]): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  for (const name of forwardedHeaderNames) {
    const value = headers[name];
    if (typeof value === "string") (found ??= {})[name] = value;
  }
  return found;
}

/** Same dialect, same alias, same body (model and all) → same answer. Streaming requests are not cached. */
function responseCacheKey(dialect: InboundDialect, alias: string, body: unknown): string {
  return createHash("sha256").update(dialect.protocol).update("\0").update(alias).update("\0").update(JSON.stringify(body)).digest("hex");
}

async function startAttempt(options: {
  dialect: InboundDialect;
  snapshot: Snapshot;
  body: Readonly<Record<string, unknown>>;
  chatRequest: ChatRequest;
  call: ProviderCall;
  providerName: string;
}): Promise<Started> {
  const built = options.snapshot.providers.get(options.providerName);
  if (!built) throw new GatewayError("internal", `provider "${options.providerName}" is not built`);
  const provider = built.provider;
  if (provider.protocol === options.dialect.protocol && provider.passthrough) {
    const outcome = await provider.passthrough(options.body, options.chatRequest, options.call);
    if (outcome.kind === "complete") return { mode: "passthrough-complete", outcome };
    const first = await firstOf(outcome.frames);
    return { mode: "passthrough-stream", first, frames: outcome.frames, warnings: outcome.warnings };
  }
  const outcome = await provider.chat(options.chatRequest, options.call);
  if (outcome.kind === "complete") return { mode: "canonical-complete", response: outcome.response, warnings: outcome.warnings };
  const first = await firstOf(outcome.events);
  return { mode: "canonical-stream", first, events: outcome.events, warnings: outcome.warnings };
}

async function firstOf<T>(iterator: AsyncIterator<T>): Promise<T> {
  const first = await iterator.next();
  if (first.done) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before its first event" });
  return first.value;
}

async function sendAnswer(
  dialect: InboundDialect,
  chatRequest: ChatRequest,
  execution: ExecutionSuccess<Started>,
  response: ServerResponse,
  head: ResponseHead,
  context: ChatHandlerContext,
  summary: RequestSummaryDraft,
  recorder: OutputRecorder | undefined,
  scrub: (error: UpstreamError) => UpstreamError,
  overhead: OverheadClock,
): Promise<string | Buffer | undefined> {
  const started = execution.value;
  const relayed = started.mode === "passthrough-complete" || started.mode === "passthrough-stream";
  const ownWarnings = started.mode === "passthrough-complete" ? started.outcome.warnings : started.warnings;
  const targetWarnings = !relayed && chatRequest.nativeOnlyWarnings?.length ? [...chatRequest.nativeOnlyWarnings, ...ownWarnings] : ownWarnings;
  const dialectWarnings = dialect.requestWarnings?.() ?? [];
  // Citations in a whole translated answer that the caller's API has no shape for are named before the headers go out.
  const answerWarnings = started.mode === "canonical-complete" ? droppedAnnotationWarnings({ annotations: started.response.content.flatMap((part) => (part.type === "text" ? (part.annotations ?? []) : [])), carried: dialect.carriedAnnotations }) : [];
  const warnings = dialectWarnings.length > 0 || answerWarnings.length > 0 ? [...dialectWarnings, ...targetWarnings, ...answerWarnings] : targetWarnings;
  summary.warnings = warnings;
  setRoutingHeaders(head, execution.target.key, execution.attempts, warnings);
  if (warnings.length > 0) context.logger.warn({ requestId: summary.requestId, target: execution.target.key, warnings: warnings.map(describeWarning) }, "parameters not honoured by target");

  try {
    switch (started.mode) {
      case "canonical-complete": {
        summary.usage = started.response.usage;
        summary.finishReason = started.response.finishReason;
        setCostHeader(head, context, execution.target, started.response.usage);
        recorder?.response(started.response);
        const text = JSON.stringify(dialect.renderResponse(started.response));
        const stored = dialect.beforeEnd?.();
        if (stored) await stored;
        overhead.stamp(head, execution.attempts);
        head.endJson(response, 200, text);
        return text;
      }
      case "passthrough-complete": {
        summary.usage = started.outcome.usage;
        summary.finishReason = started.outcome.finishReason;
        setCostHeader(head, context, execution.target, started.outcome.usage);
        const body = dialect.relayPassthroughBody ? dialect.relayPassthroughBody(started.outcome.body, started.outcome.document) : started.outcome.body;
        recorder?.body(body);
        const stored = dialect.beforeEnd?.();
        if (stored) await stored;
        overhead.stamp(head, execution.attempts);
        head.endJson(response, 200, body);
        // Returned as bytes: only a cache write needs text, so only that pays for the conversion.
        return body;
      }
      case "canonical-stream": {
        const renderer = dialect.createStreamRenderer(chatRequest);
        const warnedAnnotationTypes = new Set<string>();
        overhead.stamp(head, execution.attempts);
        openStream(response, head);
        // Found after the headers went out: logged and recorded with the request here; renderers write it as an SSE comment.
        const recordLateWarning = (warning: Warning): void => {
          summary.warnings = [...summary.warnings, warning];
          context.logger.warn({ requestId: summary.requestId, target: execution.target.key, warnings: [describeWarning(warning)] }, "output not carried to the caller");
        };
        await pump(started.first, started.events, execution, response, context, summary, {
          render: (event) => {
            recorder?.event(event);
            let text = "";
            if (event.type === "finish") {
              summary.usage = event.usage;
              summary.finishReason = event.finishReason;
            } else if (event.type === "usage") summary.usage = event.usage;
            else if (event.type === "warning") recordLateWarning(event.warning);
            else if (event.type === "text-annotation") {
              for (const warning of droppedAnnotationWarnings({ annotations: [event.annotation], carried: dialect.carriedAnnotations, warned: warnedAnnotationTypes })) {
                recordLateWarning(warning);
                text += renderer.render({ type: "warning", warning });
              }
            }
            text += renderer.render(event);
            const stored = event.type === "finish" ? dialect.beforeEnd?.() : undefined;
            return stored ? stored.then(() => text) : text;
          },
          renderError: (error) => renderer.error(error),
          scrub,
        });
        return undefined;
      }
      case "passthrough-stream": {
        overhead.stamp(head, execution.attempts);
        openStream(response, head);
        await pump(started.first, started.frames, execution, response, context, summary, {
          render: (frame) => {
            recorder?.frame(frame.text);
            if (frame.usage) summary.usage = frame.usage;
            if (frame.finishReason) summary.finishReason = frame.finishReason;
            return dialect.relayPassthroughFrame ? dialect.relayPassthroughFrame(frame) : frame.text;
          },
          renderError: (error) => dialect.renderStreamError(error),
          scrub,
          isLast: (frame) => frame.last === true,
        });
        return undefined;
      }
    }
  } finally {
    execution.finish();
  }
}

/** Streams the rest of an answer. After the first byte there is no fallback: a failure ends the stream with the dialect's error event. */
async function pump<T>(
  first: T,
  rest: AsyncIterator<T>,
  execution: ExecutionSuccess<Started>,
  response: ServerResponse,
  context: ChatHandlerContext,
  summary: RequestSummaryDraft,
  render: {
    render: (item: T) => string | Buffer | Promise<string | Buffer>;
    renderError: (error: UpstreamError) => string;
    scrub: (error: UpstreamError) => UpstreamError;
    /** True for an item nothing is forwarded after: the response ends in the same socket write as its text. */
    isLast?: (item: T) => boolean;
  },
): Promise<void> {
  const { signal } = execution;
  // Set once the client has its whole answer; the rest of the upstream's stream is still read.
  let ended = false;
  const forward = async (item: T): Promise<void> => {
    const rendered = render.render(item);
    // Only a stateful dialect's last frame is a promise (it waits for the store).
    const text = rendered instanceof Promise ? await rendered : rendered;
    if (render.isLast?.(item)) {
      // One write for the frame and the end of the response, not two system calls.
      if (!response.destroyed) response.end(text);
      ended = true;
    } else await writeText(response, text, signal);
  };
  try {
    await forward(first);
    for (;;) {
      if (signal.aborted && !ended) throw signal.reason;
      const next = await rest.next();
      if (next.done) break;
      // After the last frame the upstream is still read to its end (so its connection
      // goes back to the pool), but nothing more is forwarded.
      if (!ended) await forward(next.value);
    }
    if (!ended) response.end();
  } catch (thrown) {
    await rest.return?.().catch(() => undefined);
    // The client already has its whole answer: what failed after it changes nothing it received.
    if (ended) return;
    if (thrown instanceof ClientDisconnectedError || (signal.aborted && signal.reason instanceof ClientDisconnectedError)) {
      summary.clientDisconnected = true;
      summary.status = 499;
      return;
    }
    const error = render.scrub(thrown instanceof UpstreamError ? thrown : new UpstreamError({ kind: "connection", message: (thrown as Error)?.message ?? String(thrown), cause: thrown }));
    execution.reportStreamFailure(error.message);
    summary.errorCode = error.kind;
    context.logger.warn({ requestId: summary.requestId, target: execution.target.key, error: error.message }, "upstream failed mid-stream; ended the stream with an error event");
    if (!response.destroyed) response.end(render.renderError(error));
  }
}

function openStream(response: ServerResponse, head: ResponseHead): void {
  // Not flushed on their own: the first frame, written right after, carries them in the same socket write
  // (flushing first cost a separate write system call per stream, a tenth of a streaming profile's time).
  head.write(response, 200, "content-type", "text/event-stream; charset=utf-8", "cache-control", "no-cache", "connection", "keep-alive", "x-accel-buffering", "no");
}

/**
 * `x-switchyard-cost-usd` on a whole (non-streamed) answer: the price the ledger
 * records for it, known before the head is written. Absent when there is no
 * price for the target or no usage; a stream's head leaves before its usage.
 */
function setCostHeader(head: ResponseHead, context: ChatHandlerContext, target: { readonly provider: string; readonly model: string }, usage: Usage | undefined): void {
  const cost = usage && context.cost ? context.cost({ provider: target.provider, upstreamModel: target.model, usage }) : undefined;
  if (cost !== undefined) head.set("x-switchyard-cost-usd", String(cost));
}

function setRoutingHeaders(head: ResponseHead, target: string | undefined, attempts: readonly AttemptRecord[], warnings: readonly Warning[]): void {
  if (target) head.set("x-switchyard-target", target);
  head.set("x-switchyard-attempts", String(attempts.length));
  if (warnings.length > 0) head.set("x-switchyard-warnings", warningsHeader(warnings));
}

function sendError(dialect: InboundDialect, error: GatewayError, request: IncomingMessage, response: ServerResponse, head: ResponseHead, summary: RequestSummaryDraft, overhead: OverheadClock): void {
  const status = dialect.errorStatus(error);
  summary.status = status;
  summary.errorCode = error.code;
  if (response.headersSent) {
    response.end();
    return;
  }
  setRoutingHeaders(head, undefined, summary.attempts, []);
  if (error.retryAfterSeconds !== undefined) head.set("retry-after", String(error.retryAfterSeconds));
  // The OpenAI and Anthropic SDKs retry 429 unless told this: an exhausted budget will not come back by retrying.
  if (error.final) head.set("x-should-retry", "false");
  // Refused before the body was read (no key, wrong content type): close rather than read a body we will not use.
  if (!request.complete) head.set("connection", "close");
  overhead.stamp(head, summary.attempts);
  head.endJson(response, status, JSON.stringify(dialect.renderError(error)));
}


function headerOrNew(value: string | string[] | undefined): string {
  const given = Array.isArray(value) ? value[0] : value;
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** Clients' header limits are a few KB in total (undici: 16 KB): past this many characters the rest is counted, not listed (the log has them all). */
const maxWarningsHeaderLength = 4096;

function warningsHeader(warnings: readonly Warning[]): string {
  let text = "";
  for (const [index, warning] of warnings.entries()) {
    const next = headerSafe(describeWarning(warning));
    if (text.length + next.length + 2 > maxWarningsHeaderLength) return `${text}; ... and ${warnings.length - index} more`;
    text = text === "" ? next : `${text}; ${next}`;
  }
  return text;
}

function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?");
}

