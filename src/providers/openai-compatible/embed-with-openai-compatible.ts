import type { Dispatcher } from "undici";
import { UpstreamError } from "../../core/upstream-error.js";
import type { EmbeddingOutcome } from "../../core/embedding-outcome.js";
import type { EmbeddingRequest } from "../../core/embedding-request.js";
import type { ProviderCall } from "../provider.js";
import { postUpstream, readBody } from "../shared/upstream-http.js";
import { parseOpenAIError } from "../shared/parse-openai-error.js";

interface EmbeddingsBody {
  model?: string;
  data?: { index?: number; embedding?: unknown }[];
  usage?: { prompt_tokens?: number };
}

/**
 * `POST {base}/embeddings`. Floats are always requested: many compatible servers
 * (Ollama, llama.cpp) ignore `encoding_format: base64`, so the gateway encodes
 * for the caller instead of trusting the upstream to.
 */
export async function embedWithOpenAICompatible(options: {
  readonly dispatcher: Dispatcher;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly request: EmbeddingRequest;
  readonly call: ProviderCall;
}): Promise<EmbeddingOutcome> {
  const { request, call } = options;
  const body = {
    model: call.upstreamModel,
    input: request.inputs,
    encoding_format: "float",
    ...(request.dimensions !== undefined && { dimensions: request.dimensions }),
    ...(request.user !== undefined && { user: request.user }),
  };
  const response = await postUpstream({ dispatcher: options.dispatcher, url: options.url, headers: options.headers, body: JSON.stringify(body), signal: call.signal, parseError: parseOpenAIError });
  const bytes = await readBody(response.body, call.signal);
  let parsed: EmbeddingsBody;
  try {
    parsed = JSON.parse(bytes.toString("utf8")) as EmbeddingsBody;
  } catch {
    throw new UpstreamError({ kind: "malformed", message: "upstream embeddings answer is not JSON" });
  }
  const data = [...(parsed.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  if (data.length !== request.inputs.length || data.some((item) => !Array.isArray(item.embedding))) {
    throw new UpstreamError({ kind: "malformed", message: `upstream returned ${data.length} float embeddings for ${request.inputs.length} inputs` });
  }
  const promptTokens = parsed.usage?.prompt_tokens;
  return {
    vectors: data.map((item) => item.embedding as number[]),
    model: parsed.model ?? call.upstreamModel,
    inputTokens: typeof promptTokens === "number" ? promptTokens : undefined,
    warnings: [],
  };
}
