/**
 * What the gateway sent upstream, read back into one neutral shape per upstream
 * protocol, so a scenario states once what every upstream must have received.
 */
export type UpstreamProtocol = "openai-compatible" | "anthropic" | "gemini";

export interface SentTurn {
  role: "user" | "assistant" | "tool";
  text: string;
  images: number;
  toolCalls: { id: string | undefined; name: string; args: unknown }[];
  toolResults: { id: string | undefined; name: string | undefined; text: string }[];
}

export interface SentRequest {
  system: string | undefined;
  turns: SentTurn[];
  toolNames: string[];
  /** The schema as sent, in whatever form the protocol uses. */
  jsonSchema: unknown;
}

/** Only the fields the readers look at, all optional: the body is whatever the gateway sent. */
interface WireBlock {
  type?: string;
  text?: string;
  id?: string;
  name?: string;
  input?: unknown;
  tool_use_id?: string;
  content?: string | WireBlock[];
}
interface WireMessage {
  role: "system" | "user" | "assistant" | "tool";
  content?: string | WireBlock[] | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}
interface WirePart {
  text?: string;
  inlineData?: unknown;
  fileData?: unknown;
  functionCall?: { id?: string; name: string; args?: unknown };
  functionResponse?: { id?: string; name: string; response: { output?: unknown; error?: unknown } };
}
interface WireBody {
  messages?: WireMessage[];
  system?: string | WireBlock[];
  tools?: { name?: string; function?: { name: string }; functionDeclarations?: { name: string }[] }[];
  response_format?: { json_schema?: { schema?: unknown } };
  output_config?: { format?: { schema?: unknown } };
  systemInstruction?: { parts: WirePart[] };
  contents?: { role?: string; parts: WirePart[] }[];
  generationConfig?: { responseSchema?: unknown };
}

const turn = (role: SentTurn["role"]): SentTurn => ({ role, text: "", images: 0, toolCalls: [], toolResults: [] });

export function readSentRequest(protocol: UpstreamProtocol, sent: Record<string, unknown>): SentRequest {
  const body = sent as WireBody;
  switch (protocol) {
    case "openai-compatible":
      return readOpenAI(body);
    case "anthropic":
      return readAnthropic(body);
    case "gemini":
      return readGemini(body);
  }
}

function readOpenAI(body: WireBody): SentRequest {
  const turns: SentTurn[] = [];
  let system: string | undefined;
  for (const message of body.messages ?? []) {
    if (message.role === "system") {
      system = (system ? `${system}\n` : "") + textOf(message.content);
      continue;
    }
    if (message.role === "tool") {
      const last = turns.at(-1)?.role === "tool" ? turns.at(-1)! : (turns.push(turn("tool")), turns.at(-1)!);
      last.toolResults.push({ id: message.tool_call_id, name: undefined, text: textOf(message.content) });
      continue;
    }
    const entry = turn(message.role);
    if (typeof message.content === "string") entry.text = message.content;
    else
      for (const part of message.content ?? []) {
        if (part.type === "text") entry.text += part.text ?? "";
        else entry.images++;
      }
    for (const call of message.tool_calls ?? []) entry.toolCalls.push({ id: call.id, name: call.function.name, args: JSON.parse(call.function.arguments) });
    turns.push(entry);
  }
  return { system, turns, toolNames: (body.tools ?? []).map((tool) => tool.function?.name ?? ""), jsonSchema: body.response_format?.json_schema?.schema };
}

function readAnthropic(body: WireBody): SentRequest {
  const system = typeof body.system === "string" ? body.system : Array.isArray(body.system) ? body.system.map((block) => block.text).join("\n") : undefined;
  const turns: SentTurn[] = [];
  for (const message of body.messages ?? []) {
    const blocks: WireBlock[] = typeof message.content === "string" ? [{ type: "text", text: message.content }] : (message.content ?? []);
    const results = blocks.filter((block) => block.type === "tool_result");
    if (results.length > 0) {
      const entry = turn("tool");
      for (const block of results) entry.toolResults.push({ id: block.tool_use_id, name: undefined, text: typeof block.content === "string" ? block.content : (block.content ?? []).map((item) => item.text).join("") });
      turns.push(entry);
    }
    const rest = blocks.filter((block) => block.type !== "tool_result");
    if (rest.length === 0) continue;
    const entry = turn(message.role === "assistant" ? "assistant" : "user");
    for (const block of rest) {
      if (block.type === "text") entry.text += block.text ?? "";
      else if (block.type === "image") entry.images++;
      else if (block.type === "tool_use") entry.toolCalls.push({ id: block.id, name: block.name ?? "", args: block.input });
    }
    turns.push(entry);
  }
  return { system, turns, toolNames: (body.tools ?? []).map((tool) => tool.name ?? ""), jsonSchema: body.output_config?.format?.schema };
}

function readGemini(body: WireBody): SentRequest {
  const system = body.systemInstruction ? body.systemInstruction.parts.map((part) => part.text).join("\n") : undefined;
  const turns: SentTurn[] = [];
  for (const content of body.contents ?? []) {
    const parts = content.parts;
    const responses = parts.flatMap((part) => (part.functionResponse ? [part.functionResponse] : []));
    if (responses.length > 0) {
      const entry = turn("tool");
      for (const response of responses) entry.toolResults.push({ id: response.id, name: response.name, text: String(response.response.output ?? response.response.error) });
      turns.push(entry);
    }
    const rest = parts.filter((part) => !part.functionResponse);
    if (rest.length === 0) continue;
    const entry = turn(content.role === "model" ? "assistant" : "user");
    for (const part of rest) {
      if (typeof part.text === "string") entry.text += part.text;
      else if (part.inlineData || part.fileData) entry.images++;
      else if (part.functionCall) entry.toolCalls.push({ id: part.functionCall.id, name: part.functionCall.name, args: part.functionCall.args });
    }
    turns.push(entry);
  }
  const toolNames = (body.tools ?? []).flatMap((tool) => (tool.functionDeclarations ?? []).map((declaration) => declaration.name));
  return { system, turns, toolNames, jsonSchema: body.generationConfig?.responseSchema };
}

function textOf(content: WireMessage["content"]): string {
  return typeof content === "string" ? content : (content ?? []).map((part) => part.text ?? "").join("");
}
