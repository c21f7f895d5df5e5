import { parse as parseYaml } from "yaml";
import type { ChatRequest } from "../../core/chat-request.js";
import { GatewayError } from "../../core/gateway-error.js";
import { parseOpenAIChatRequest } from "../../dialects/openai-chat/parse-openai-chat-request.js";
import type { ModelRef, PromptfooPrompt, PromptfooSemantics, ScriptVariable } from "../suite/eval-suite.js";
import { renderPromptfooPrompt } from "../template/render-promptfoo-prompt.js";
import { loadFunction, runScriptVariable } from "./run-promptfoo-code.js";

/**
 * One promptfoo row's request for one provider, built as promptfoo's OpenAI
 * provider builds it: script variables run first (they see the prompt's raw
 * text and the variables so far), then a prompt function, then Nunjucks; a
 * rendered prompt that is a JSON array (or YAML starting `- role:`) is the
 * message list, anything else one user message; then the provider's `config`
 * fields (tools, response_format, sampling, …). The body is read by the
 * gateway's own OpenAI Chat parser, so what reaches the upstream is what
 * promptfoo would have sent. `vars` are the variables after the scripts ran,
 * which promptfoo's assertions see.
 */
export async function buildPromptfooRequest(options: { prompt: PromptfooPrompt; vars: Readonly<Record<string, unknown>>; scriptVariables?: Readonly<Record<string, ScriptVariable>>; model: ModelRef; semantics: PromptfooSemantics }): Promise<{ request: ChatRequest; rendered: string; vars: Readonly<Record<string, unknown>> }> {
  const vars: Record<string, unknown> = { ...options.vars };
  const provider = { id: options.model.id, label: options.model.label };
  let fn: ((...args: unknown[]) => unknown) | undefined;
  if (options.prompt.kind === "function") fn = await loadFunction(options.prompt.path, options.prompt.functionName);
  // promptfoo hands a script the prompt's raw text: the template, or a prompt function's source.
  const raw = options.prompt.kind === "text" ? options.prompt.raw : String(fn);
  for (const [name, script] of Object.entries(options.scriptVariables ?? {})) {
    vars[name] = await runScriptVariable({ language: script.language, path: script.path, name, prompt: raw, vars, provider });
  }
  let base: string;
  if (fn === undefined) base = raw;
  else {
    const result = await fn({ vars, provider, config: {} });
    if (typeof result === "string") base = result;
    else if (typeof result === "object" && result !== null && "prompt" in result) {
      const prompt = result.prompt;
      base = typeof prompt === "string" ? prompt : JSON.stringify(prompt);
    } else if (typeof result === "object" && result !== null) base = JSON.stringify(result);
    else throw new Error(`${options.prompt.kind === "function" ? options.prompt.path : "prompt"}: a prompt function must return a string or an object, got ${typeof result}`);
  }
  const rendered = renderPromptfooPrompt(base, vars, options.semantics.filters);
  return { request: promptfooChatRequest(options.model, rendered), rendered, vars };
}

/**
 * The chat request promptfoo's OpenAI provider sends for a rendered prompt:
 * the provider's request fields, then `extra` (a default grader's JSON mode),
 * read by the gateway's own OpenAI Chat parser.
 */
export function promptfooChatRequest(model: ModelRef, rendered: string, extra: Readonly<Record<string, unknown>> = {}): ChatRequest {
  const body = { ...model.request, ...extra, model: model.id, messages: chatMessages(rendered), stream: false };
  try {
    const parsed = parseOpenAIChatRequest(body);
    // The canonical request folds max_completion_tokens into max_tokens; promptfoo sends the field it was given.
    const completionTokens = model.request?.max_completion_tokens;
    const request: ChatRequest =
      completionTokens === undefined
        ? parsed
        : { ...parsed, sampling: { ...parsed.sampling, maxOutputTokens: undefined }, passthrough: { ...parsed.passthrough, max_completion_tokens: completionTokens }, passthroughProtocol: "openai-chat" };
    return { ...request, stream: false };
  } catch (error) {
    if (error instanceof GatewayError) throw new Error(`the request promptfoo would send is not a valid chat request: ${error.message}`);
    throw error;
  }
}

function chatMessages(prompt: string): unknown {
  const trimmed = prompt.trim();
  if (trimmed.startsWith("- role:")) return parseYaml(prompt) as unknown;
  try {
    return JSON.parse(prompt) as unknown;
  } catch {
    if ((trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[") && trimmed.endsWith("]"))) throw new Error(`the chat prompt is not valid JSON: ${trimmed.slice(0, 80)}`);
    return [{ role: "user", content: prompt }];
  }
}
