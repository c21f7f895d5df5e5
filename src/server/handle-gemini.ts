import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import { createGeminiDialect } from "../dialects/gemini/gemini-dialect.js";
import { parseGeminiRequest } from "../dialects/gemini/parse-gemini-request.js";
import { handleChat, type ChatHandlerContext } from "./handle-chat.js";
import { handleCountTokens } from "./handle-count-tokens.js";

/** `/v1beta/models/{model}:{method}` (and `/v1/`); the model may contain `/` (`PROVIDER/MODEL`). */
const geminiPath = /^\/(?:v1beta|v1)\/models\/(.+):(generateContent|streamGenerateContent|countTokens)$/;

export function isGeminiPath(path: string): boolean {
  return path.startsWith("/v1") && geminiPath.test(path);
}

/**
 * The Gemini API's model methods. The key may come as `x-goog-api-key` (what
 * `@google/genai` sends) or `?key=`; the latter is moved into the header so
 * every check downstream reads one place. Streaming is served as SSE only
 * (`alt=sse`): Gemini's other stream format, one incrementally written JSON
 * array, is refused rather than answered in a different shape.
 */
export async function handleGemini(path: string, request: IncomingMessage, response: ServerResponse, context: ChatHandlerContext): Promise<void> {
  const [, encodedModel, method] = geminiPath.exec(path) as unknown as [string, string, string];
  if (request.method !== "POST") throw new GatewayError("method-not-allowed", `${path} accepts POST`);
  const query = new URL(request.url ?? "/", "http://gateway").searchParams;
  const key = query.get("key");
  if (key !== null && request.headers["x-goog-api-key"] === undefined) request.headers["x-goog-api-key"] = key;
  let model: string;
  try {
    model = decodeURIComponent(encodedModel);
  } catch {
    throw new GatewayError("invalid-request", `Invalid request: the model in ${path} is not valid percent-encoding`);
  }
  switch (method) {
    case "generateContent":
      return handleChat(createGeminiDialect({ model, stream: false }), request, response, context);
    case "streamGenerateContent":
      if (query.get("alt") !== "sse") {
        throw new GatewayError("invalid-request", "Invalid request: alt: streamGenerateContent is served as server-sent events only; add ?alt=sse (as @google/genai does)", { param: "alt" });
      }
      return handleChat(createGeminiDialect({ model, stream: true }), request, response, context);
    default:
      return handleCountTokens(
        {
          protocol: "gemini",
          parse: (body) => {
            const record = body as { contents?: unknown; generateContentRequest?: unknown };
            if (record.generateContentRequest !== undefined) return parseGeminiRequest(record.generateContentRequest, { model, stream: false });
            if (record.contents === undefined) throw new GatewayError("invalid-request", "Invalid request: contents: required (or generateContentRequest)", { param: "contents" });
            return parseGeminiRequest({ contents: record.contents }, { model, stream: false });
          },
          render: (tokens) => ({ totalTokens: tokens }),
        },
        request,
        response,
        context,
      );
  }
}
