import OpenAI from "openai";
import type { NeutralRequest, NeutralResult } from "./neutral.js";
import { weatherTool } from "./neutral.js";

/** Runs a neutral request through the official `openai` SDK against the gateway. */
export async function callWithOpenAI(baseURL: string, model: string, request: NeutralRequest): Promise<NeutralResult> {
  const client = new OpenAI({ baseURL, apiKey: "client-key", maxRetries: 0 });
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  if (request.system) messages.push({ role: "system", content: request.system });
  for (const turn of request.turns) {
    if (turn.role === "user") {
      messages.push(
        turn.imagePngBase64
          ? { role: "user", content: [{ type: "text", text: turn.text }, { type: "image_url", image_url: { url: `data:image/png;base64,${turn.imagePngBase64}` } }] }
          : { role: "user", content: turn.text },
      );
    } else if (turn.role === "assistant") {
      messages.push({
        role: "assistant",
        content: turn.text ?? null,
        ...(turn.toolCalls && { tool_calls: turn.toolCalls.map((call) => ({ id: call.id, type: "function" as const, function: { name: call.name, arguments: call.arguments } })) }),
      });
    } else {
      for (const result of turn.results) messages.push({ role: "tool", tool_call_id: result.id, content: result.text });
    }
  }
  const params = {
    model,
    messages,
    ...(request.tools && { tools: [{ type: "function" as const, function: weatherTool }] }),
    ...(request.jsonSchema && { response_format: { type: "json_schema" as const, json_schema: { name: "weather", schema: request.jsonSchema, strict: true } } }),
  };
  const empty = { text: "", toolCalls: [], finish: undefined, usage: undefined, argumentFragments: 0, error: undefined, warningsHeader: null };
  let warningsHeader: string | null = null;
  try {
    if (!request.stream) {
      const { data, response } = await client.chat.completions.create(params).withResponse();
      const choice = data.choices[0]!;
      return {
        ...empty,
        text: choice.message.content ?? "",
        toolCalls: (choice.message.tool_calls ?? []).map((call, index) => ({ index, id: call.id, name: call.type === "function" ? call.function.name : "", arguments: call.type === "function" ? call.function.arguments : "" })),
        finish: finishOf(choice.finish_reason),
        usage: data.usage ? { input: data.usage.prompt_tokens, output: data.usage.completion_tokens, cached: data.usage.prompt_tokens_details?.cached_tokens } : undefined,
        warningsHeader: response.headers.get("x-switchyard-warnings"),
      };
    }
    const { data: stream, response } = await client.chat.completions.create({ ...params, stream: true, stream_options: { include_usage: true } }).withResponse();
    warningsHeader = response.headers.get("x-switchyard-warnings");
    let text = "";
    let finish: string | undefined;
    let usage: NeutralResult["usage"];
    let fragments = 0;
    const calls = new Map<number, { id: string; name: string; arguments: string }>();
    for await (const chunk of stream) {
      if (chunk.usage) usage = { input: chunk.usage.prompt_tokens, output: chunk.usage.completion_tokens, cached: chunk.usage.prompt_tokens_details?.cached_tokens };
      const choice = chunk.choices[0];
      if (!choice) continue;
      text += choice.delta.content ?? "";
      for (const delta of choice.delta.tool_calls ?? []) {
        const existing = calls.get(delta.index);
        // An id must arrive once per call, on its first delta, and never change.
        if (existing && delta.id && delta.id !== existing.id) throw new Error(`tool call ${delta.index} changed id from ${existing.id} to ${delta.id}`);
        const call = existing ?? { id: delta.id ?? "", name: delta.function?.name ?? "", arguments: "" };
        if (delta.function?.arguments) {
          call.arguments += delta.function.arguments;
          fragments++;
        }
        calls.set(delta.index, call);
      }
      if (choice.finish_reason) finish = finishOf(choice.finish_reason);
    }
    const toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([index, call]) => ({ index, ...call }));
    return { ...empty, text, toolCalls, finish, usage, argumentFragments: fragments, warningsHeader };
  } catch (error) {
    if (!(error instanceof OpenAI.APIError)) throw error;
    return { ...empty, warningsHeader, error: { status: error.status, type: (error.error as { type?: string } | undefined)?.type ?? error.type, message: error.message } };
  }
}

function finishOf(reason: string | null | undefined): string | undefined {
  switch (reason) {
    case "tool_calls":
      return "tool-calls";
    case "content_filter":
      return "content-filter";
    default:
      return reason ?? undefined;
  }
}
