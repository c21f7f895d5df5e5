import type { Warning } from "../../core/warning.js";
import { GatewayError } from "../../core/gateway-error.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { EmbeddingOutcome } from "../../core/embedding-outcome.js";
import type { EmbeddingRequest } from "../../core/embedding-request.js";
import type { ProviderCall } from "../provider.js";
import { postUpstream, readBody } from "../shared/upstream-http.js";
import type { Dispatcher } from "undici";
import type { GeminiBatchEmbedResponse } from "../../protocols/gemini/gemini-wire.js";
import { parseGeminiError } from "./parse-gemini-error.js";

/** Gemini accepts at most this many requests per `batchEmbedContents` call. */
const maxBatch = 100;

/**
 * OpenAI-shaped embeddings through `batchEmbedContents`, in slices of 100 so a
 * large OpenAI batch still works. Gemini takes text only and reports no usage.
 */
export async function embedWithGemini(options: {
  readonly dispatcher: Dispatcher;
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly request: EmbeddingRequest;
  readonly call: ProviderCall;
}): Promise<EmbeddingOutcome> {
  const { request, call } = options;
  const texts = request.inputs.map((input, index) => {
    if (typeof input === "string") return input;
    throw new GatewayError("invalid-request", `Invalid request: input.${index}: Gemini embeds text only; token-id inputs are not supported`, { param: `input.${index}` });
  });
  const warnings: Warning[] = [];
  if (request.user !== undefined) warnings.push({ type: "unsupported-parameter", parameter: "user", detail: "Gemini has no equivalent; dropped" });
  const model = `models/${call.upstreamModel}`;
  const url = `${options.baseUrl}/${model}:batchEmbedContents`;
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += maxBatch) {
    const requests = texts.slice(start, start + maxBatch).map((text) => ({
      model,
      content: { parts: [{ text }] },
      ...(request.dimensions !== undefined && { outputDimensionality: request.dimensions }),
    }));
    const response = await postUpstream({ dispatcher: options.dispatcher, url, headers: options.headers, body: JSON.stringify({ requests }), signal: call.signal, parseError: parseGeminiError });
    const bytes = await readBody(response.body, call.signal);
    let parsed: GeminiBatchEmbedResponse;
    try {
      parsed = JSON.parse(bytes.toString("utf8")) as GeminiBatchEmbedResponse;
    } catch {
      throw new UpstreamError({ kind: "malformed", message: "upstream embeddings answer is not JSON" });
    }
    const embeddings = parsed.embeddings ?? [];
    if (embeddings.length !== requests.length || embeddings.some((embedding) => !Array.isArray(embedding.values))) {
      throw new UpstreamError({ kind: "malformed", message: `upstream returned ${embeddings.length} embeddings for ${requests.length} inputs` });
    }
    for (const embedding of embeddings) vectors.push(embedding.values!);
  }
  return { vectors, model: call.upstreamModel, inputTokens: undefined, warnings };
}
