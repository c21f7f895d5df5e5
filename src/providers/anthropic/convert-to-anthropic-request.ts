import type { ChatRequest } from "../../core/chat-request.js";
import type { Warning } from "../../core/warning.js";
import { convertToAnthropicMessages } from "./convert-to-anthropic-messages.js";

/**
 * Anthropic requires `max_tokens`; OpenAI and Gemini callers may omit it. 4096 is
 * what every current Claude model can produce and enough for most chat turns;
 * callers wanting more say so.
 */
export const defaultAnthropicMaxTokens = 4096;

/** Thinking budgets for OpenAI-style `reasoning_effort` values. */
const budgetByEffort: Readonly<Record<string, number>> = { minimal: 1024, low: 2048, medium: 8192, high: 24576 };

/** Canonical request → Anthropic Messages body. Parameters Anthropic has no place for become warnings. */
export function convertToAnthropicRequest(options: { readonly request: ChatRequest; readonly upstreamModel: string }): { body: Record<string, unknown>; warnings: Warning[] } {
  const { request } = options;
  const sampling = request.sampling;
  const warnings: Warning[] = [];
  const { system, turns } = convertToAnthropicMessages(request.messages, warnings);
  const body: Record<string, unknown> = { model: options.upstreamModel, max_tokens: sampling.maxOutputTokens ?? defaultAnthropicMaxTokens };
  if (system.length > 0) body.system = system;
  body.messages = turns;

  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      name: tool.name,
      ...(tool.description !== undefined && { description: tool.description }),
      input_schema: tool.parameters ?? { type: "object", properties: {} },
      ...(tool.strict !== undefined && { strict: tool.strict }),
    }));
  }
  const choice = toolChoice(request);
  if (choice) body.tool_choice = choice;

  const format = request.responseFormat;
  if (format?.type === "json-schema" && format.schema) body.output_config = { format: { type: "json_schema", schema: format.schema } };
  else if (format?.type === "json-object" || (format?.type === "json-schema" && !format.schema)) {
    warnings.push({ type: "unsupported-parameter", parameter: "response_format", detail: "Anthropic needs a JSON schema for structured output; sent as plain text" });
  }

  if (sampling.temperature !== undefined) {
    // OpenAI's range is 0-2, Anthropic's 0-1.
    body.temperature = Math.min(sampling.temperature, 1);
    if (sampling.temperature > 1) warnings.push({ type: "unsupported-parameter", parameter: "temperature", detail: "Anthropic accepts 0-1; clamped to 1" });
  }
  if (sampling.topP !== undefined) body.top_p = sampling.topP;
  if (sampling.topK !== undefined) body.top_k = sampling.topK;
  if (sampling.stopSequences && sampling.stopSequences.length > 0) body.stop_sequences = sampling.stopSequences;
  if (sampling.seed !== undefined) warnings.push(unsupported("seed"));
  if (sampling.frequencyPenalty !== undefined) warnings.push(unsupported("frequency_penalty"));
  if (sampling.presencePenalty !== undefined) warnings.push(unsupported("presence_penalty"));

  const budget = request.reasoning?.budgetTokens ?? (request.reasoning?.effort ? budgetByEffort[request.reasoning.effort] : undefined);
  if (request.reasoning?.effort && budget === undefined) warnings.push({ type: "unsupported-parameter", parameter: "reasoning_effort", detail: `unknown effort "${request.reasoning.effort}"` });
  if (budget !== undefined) {
    body.thinking = { type: "enabled", budget_tokens: budget };
    // The budget counts against max_tokens and must be below it.
    if ((body.max_tokens as number) <= budget) body.max_tokens = budget + (sampling.maxOutputTokens ?? defaultAnthropicMaxTokens);
  }
  for (const [key, value] of Object.entries(request.passthrough ?? {})) {
    // An Anthropic caller's own fields go through; another protocol's have no meaning here.
    if (request.passthroughProtocol === "anthropic-messages") body[key] = value;
    else warnings.push(unsupported(key));
  }
  if (request.stream) body.stream = true;
  return { body, warnings };
}

function toolChoice(request: ChatRequest): Record<string, unknown> | undefined {
  const disableParallel = request.parallelToolCalls === false ? { disable_parallel_tool_use: true } : {};
  switch (request.toolChoice?.type) {
    case undefined:
      return request.parallelToolCalls === false && request.tools?.length ? { type: "auto", ...disableParallel } : undefined;
    case "auto":
      return { type: "auto", ...disableParallel };
    case "none":
      return { type: "none" };
    case "required":
      return { type: "any", ...disableParallel };
    case "tool":
      return { type: "tool", name: request.toolChoice.name, ...disableParallel };
  }
}

function unsupported(parameter: string): Warning {
  return { type: "unsupported-parameter", parameter, detail: "Anthropic has no equivalent; dropped" };
}
