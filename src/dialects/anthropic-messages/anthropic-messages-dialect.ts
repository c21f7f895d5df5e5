import type { InboundDialect } from "../dialect.js";
import { AnthropicMessagesStreamRenderer } from "./anthropic-messages-stream-renderer.js";
import { parseAnthropicMessagesRequest } from "./parse-anthropic-messages-request.js";
import { anthropicErrorStatus, renderAnthropicError, renderAnthropicStreamError } from "./render-anthropic-error.js";
import { renderAnthropicMessage } from "./render-anthropic-message.js";

/** Anthropic Messages (`POST /v1/messages`): apps built on the Anthropic SDK, routed to any model. */
export const anthropicMessagesDialect: InboundDialect = {
  protocol: "anthropic-messages",
  parseRequest: parseAnthropicMessagesRequest,
  renderResponse: renderAnthropicMessage,
  createStreamRenderer: () => new AnthropicMessagesStreamRenderer(),
  renderError: renderAnthropicError,
  errorStatus: anthropicErrorStatus,
  renderStreamError: renderAnthropicStreamError,
};
