import type { ChatRequest } from "../../core/chat-request.js";
import type { Warning } from "../../core/warning.js";
import { convertToGeminiContents } from "./convert-to-gemini-contents.js";
import { convertToGeminiSchema } from "./convert-to-gemini-schema.js";

/** Thinking budgets for OpenAI-style `reasoning_effort` values (tokens; Gemini 2.5's range). */
const budgetByEffort: Readonly<Record<string, number>> = { minimal: 0, low: 1024, medium: 8192, high: 24576 };

/** Canonical request → `generateContent` body. What Gemini cannot honour becomes a warning. */
export function convertToGeminiRequest(request: ChatRequest): { body: Record<string, unknown>; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const { systemInstruction, contents } = convertToGeminiContents(request.messages, warnings);
  const body: Record<string, unknown> = {};
  if (systemInstruction) body.systemInstruction = systemInstruction;
  body.contents = contents;

  if (request.tools && request.tools.length > 0) {
    body.tools = [
      {
        functionDeclarations: request.tools.map((tool) => ({
          name: tool.name,
          ...(tool.description !== undefined && { description: tool.description }),
          // Plain JSON Schema, passed as given: no lossy down-conversion of tool schemas.
          ...(tool.parameters !== undefined && { parametersJsonSchema: tool.parameters }),
        })),
      },
    ];
  }
  const mode = toolCallingMode(request);
  if (mode) body.toolConfig = { functionCallingConfig: mode };
  if (request.parallelToolCalls === false) warnings.push({ type: "unsupported-parameter", parameter: "parallel_tool_calls", detail: "Gemini cannot forbid parallel calls" });

  const generationConfig: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) generationConfig[key] = value;
  };
  const sampling = request.sampling;
  set("maxOutputTokens", sampling.maxOutputTokens);
  set("temperature", sampling.temperature);
  set("topP", sampling.topP);
  set("topK", sampling.topK);
  if (sampling.stopSequences && sampling.stopSequences.length > 0) generationConfig.stopSequences = sampling.stopSequences;
  set("seed", sampling.seed);
  set("frequencyPenalty", sampling.frequencyPenalty);
  set("presencePenalty", sampling.presencePenalty);

  const format = request.responseFormat;
  if (format?.type === "json-object") generationConfig.responseMimeType = "application/json";
  else if (format?.type === "json-schema") {
    generationConfig.responseMimeType = "application/json";
    if (format.schema) generationConfig.responseSchema = convertToGeminiSchema(format.schema, "response_format.json_schema.schema", warnings);
  }

  const budget = request.reasoning?.budgetTokens ?? (request.reasoning?.effort ? budgetByEffort[request.reasoning.effort] : undefined);
  if (request.reasoning?.effort && budget === undefined) warnings.push({ type: "unsupported-parameter", parameter: "reasoning_effort", detail: `unknown effort "${request.reasoning.effort}"` });
  if (budget !== undefined) generationConfig.thinkingConfig = { thinkingBudget: budget, includeThoughts: budget > 0 };
  if (Object.keys(generationConfig).length > 0) body.generationConfig = generationConfig;

  for (const key of Object.keys(request.passthrough ?? {})) warnings.push({ type: "unsupported-parameter", parameter: key, detail: "Gemini has no equivalent; dropped" });
  return { body, warnings };
}

function toolCallingMode(request: ChatRequest): Record<string, unknown> | undefined {
  switch (request.toolChoice?.type) {
    case undefined:
      return undefined;
    case "auto":
      return { mode: "AUTO" };
    case "none":
      return { mode: "NONE" };
    case "required":
      return { mode: "ANY" };
    case "tool":
      return { mode: "ANY", allowedFunctionNames: [request.toolChoice.name] };
  }
}
