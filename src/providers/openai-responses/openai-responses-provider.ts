import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { Warning } from "../../core/warning.js";
import type { ChatOutcome, ChatProvider, PassthroughOutcome, ProviderCall } from "../provider.js";
import { canonicalEvents } from "../shared/canonical-events.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { parseOpenAIError } from "../shared/parse-openai-error.js";
import { createUpstreamDispatcher, postUpstream, readBody } from "../shared/upstream-http.js";
import { convertToResponsesRequest } from "./convert-to-responses-request.js";
import { droppedOutputWarnings } from "./dropped-output-warnings.js";
import { mapResponsesStatus } from "./map-responses-status.js";
import { parseResponsesObject, type ResponsesWireItem, type ResponsesWireObject } from "./parse-responses-object.js";
import { parseResponsesUsage } from "./parse-responses-usage.js";
import { responsesPassthroughFrames } from "./responses-passthrough-frames.js";
import { ResponsesStreamTransform } from "./responses-stream-transform.js";

/** What `POST /responses/input_tokens` takes besides `model` (it counts the input, not the output settings). */
const inputTokensFields = ["input", "instructions", "tools", "tool_choice", "parallel_tool_calls", "reasoning", "text", "truncation", "conversation"] as const;

export interface OpenAIResponsesProviderOptions {
  readonly name: string;
  /** `https://api.openai.com/v1`, or a server's `/v1` (vLLM). */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An upstream that speaks the Responses API itself (`POST {base}/responses`):
 * Chat and Anthropic callers are translated to it statelessly; Responses callers
 * are relayed (the gateway keeps the conversation state, see `server/responses-exchange.ts`).
 */
export function createOpenAIResponsesProvider(options: OpenAIResponsesProviderOptions): ChatProvider {
  const dispatcher = createUpstreamDispatcher();
  const url = `${options.baseUrl.replace(/\/+$/, "")}/responses`;
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  const post = (body: Readonly<Record<string, unknown>>, call: ProviderCall) =>
    postUpstream({ dispatcher, url, headers, body: JSON.stringify(body), signal: call.signal, parseError: parseOpenAIError });

  return {
    name: options.name,
    protocol: "openai-responses",

    async chat(request: ChatRequest, call: ProviderCall): Promise<ChatOutcome> {
      const { body, warnings } = convertToResponsesRequest({ request, upstreamModel: call.upstreamModel });
      const response = await post(body, call);
      if (request.stream) return { kind: "stream", events: canonicalEvents(response.body, call.signal, new ResponsesStreamTransform()), warnings };
      const document = parseJsonBody(await readBody(response.body, call.signal));
      const answer = parseResponsesObject(document);
      // Hosted-tool items the caller's API cannot carry are named in warnings, never dropped silently.
      const dropped = droppedOutputWarnings((document as ResponsesWireObject).output ?? []);
      return { kind: "complete", response: answer, warnings: dropped.length > 0 ? [...warnings, ...dropped] : warnings };
    },

    async passthrough(rawBody, request, call): Promise<PassthroughOutcome> {
      // The caller's own fields are Responses fields: nothing is dropped, only the model named.
      const warnings: readonly Warning[] = [];
      const response = await post({ ...rawBody, model: call.upstreamModel }, call);
      if (request.stream) return { kind: "stream", frames: responsesPassthroughFrames(response.body, call.signal), warnings };
      const bytes = await readBody(response.body, call.signal);
      const parsed = parseJsonBody(bytes) as ResponsesWireObject | null;
      const output: readonly ResponsesWireItem[] | undefined = parsed?.output;
      if (typeof parsed !== "object" || parsed === null || !Array.isArray(output)) throw new UpstreamError({ kind: "malformed", message: "upstream answer is not a Response (no output array)" });
      // Only the fields the status needs: spreading a whole Response object copies its thirty-odd keys per request.
      const finishReason = mapResponsesStatus({ status: parsed.status, incomplete_details: parsed.incomplete_details, error: parsed.error, hasFunctionCall: output.some((item: ResponsesWireItem) => item.type === "function_call") });
      return { kind: "complete", body: bytes, document: parsed as unknown as Readonly<Record<string, unknown>>, usage: parseResponsesUsage(parsed.usage), finishReason, warnings };
    },

    async countTokens(request, call, rawBody) {
      // OpenAI's `POST /v1/responses/input_tokens`: the caller's own Responses body when it speaks Responses, else a translation.
      const source = rawBody ?? convertToResponsesRequest({ request, upstreamModel: call.upstreamModel }).body;
      const body: Record<string, unknown> = { model: call.upstreamModel };
      for (const key of inputTokensFields) if (source[key] !== undefined) body[key] = source[key];
      const response = await postUpstream({ dispatcher, url: `${url}/input_tokens`, headers, body: JSON.stringify(body), signal: call.signal, parseError: parseOpenAIError });
      const parsed = parseJsonBody(await readBody(response.body, call.signal)) as { input_tokens?: unknown } | null;
      if (typeof parsed?.input_tokens !== "number") throw new UpstreamError({ kind: "malformed", message: "upstream input_tokens answer has no input_tokens" });
      return parsed.input_tokens;
    },

    async close() {
      await dispatcher.close();
    },
  };
}
