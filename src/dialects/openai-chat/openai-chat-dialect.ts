import type { InboundDialect } from "../dialect.js";
import { OpenAIChatStreamRenderer } from "./openai-chat-stream-renderer.js";
import { parseOpenAIChatRequest } from "./parse-openai-chat-request.js";
import { renderOpenAIChatResponse } from "./render-openai-chat-response.js";
import { renderOpenAIError } from "./render-openai-error.js";

export const openAIChatDialect: InboundDialect = {
  protocol: "openai-chat",
  // message.annotations (and, streamed, a delta's): OpenAI's own url_citation.
  carriedAnnotations: new Set(["url-citation"]),
  parseRequest: parseOpenAIChatRequest,
  renderResponse: renderOpenAIChatResponse,
  createStreamRenderer: (request) => new OpenAIChatStreamRenderer(request.includeUsage === true),
  renderError: renderOpenAIError,
  errorStatus: (error) => error.status,
  renderStreamError: (error) => new OpenAIChatStreamRenderer(false).error(error),
};
