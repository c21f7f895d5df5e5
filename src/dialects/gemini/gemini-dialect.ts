import type { InboundDialect } from "../dialect.js";
import { GeminiStreamRenderer } from "./gemini-stream-renderer.js";
import { parseGeminiRequest, type GeminiCallSite } from "./parse-gemini-request.js";
import { renderGeminiResponse } from "./render-gemini-response.js";
import { renderGoogleError, renderGoogleStreamError } from "./render-google-error.js";

/**
 * The Gemini API (`POST /v1beta/models/{model}:generateContent` and
 * `:streamGenerateContent?alt=sse`): apps built on `@google/genai`, routed to any
 * model. The model and the streaming choice come from the path, not the body, so
 * the dialect is made per request.
 */
export function createGeminiDialect(site: GeminiCallSite): InboundDialect {
  return {
    protocol: "gemini",
    parseRequest: (body) => parseGeminiRequest(body, site),
    renderResponse: renderGeminiResponse,
    createStreamRenderer: () => new GeminiStreamRenderer(),
    renderError: renderGoogleError,
    errorStatus: (error) => error.status,
    renderStreamError: renderGoogleStreamError,
  };
}

/** For errors raised before the path is understood (auth, an unknown method). */
export const geminiErrorDialect: Pick<InboundDialect, "renderError" | "errorStatus"> = { renderError: renderGoogleError, errorStatus: (error) => error.status };
