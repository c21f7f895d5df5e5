import type { FilePart, ImagePart, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { Warning } from "../../core/warning.js";
import type { ResponsesOutputItem } from "../../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem, ResponsesInputPart } from "../../protocols/openai-responses/responses-request.js";
import { decodeReasoningCarrier } from "./reasoning-carrier.js";

/** A conversation item: what a client sent, or what an earlier response produced (read back from the store). */
export type ConversationItem = ResponsesInputItem | ResponsesOutputItem;

/** A conversation item with the dot-path it came from, so errors name the field (`input.3.content.0`). */
export interface LocatedItem {
  readonly item: ConversationItem;
  readonly path: string;
}

/**
 * Responses items → canonical messages. Items are flat where messages nest:
 * consecutive reasoning, assistant text and function calls form one assistant
 * turn, and consecutive function call outputs one tool turn.
 */
export function convertResponsesItems(items: readonly LocatedItem[], warnings: Warning[]): Message[] {
  const messages: Message[] = [];
  let assistant: (TextPart | ToolCallPart | ReasoningPart)[] | undefined;
  let results: ToolResultPart[] | undefined;
  const toolNames = new Map<string, string>();
  const flush = (): void => {
    if (assistant && assistant.length > 0) messages.push({ role: "assistant", content: assistant });
    if (results && results.length > 0) messages.push({ role: "tool", content: results });
    assistant = undefined;
    results = undefined;
  };

  for (const { item, path } of items) {
    switch (item.type) {
      case "message": {
        if (item.role === "assistant") {
          if (results) flush();
          assistant ??= [];
          const content = item.content as string | readonly { type: string; text?: unknown; refusal?: unknown }[];
          if (typeof content === "string") assistant.push({ type: "text", text: content });
          else
            for (const part of content) {
              const text = part.type === "refusal" ? part.refusal : part.text;
              if (typeof text === "string") assistant.push({ type: "text", text });
            }
          break;
        }
        flush();
        const content = item.content as string | readonly (ResponsesInputPart | { type: "output_text" | "refusal" })[];
        if (item.role === "system" || item.role === "developer") {
          messages.push({ role: "system", content: textOnly(content, `${path}.content`) });
        } else {
          messages.push({ role: "user", content: typeof content === "string" ? [{ type: "text", text: content }] : content.map((part, index) => toUserPart(part, `${path}.content.${index}`)) });
        }
        break;
      }
      case "function_call":
        if (results) flush();
        (assistant ??= []).push({ type: "tool-call", id: item.call_id, name: item.name, arguments: item.arguments });
        toolNames.set(item.call_id, item.name);
        break;
      case "function_call_output": {
        if (assistant) {
          messages.push({ role: "assistant", content: assistant });
          assistant = undefined;
        }
        const output = item.output;
        const content =
          typeof output === "string"
            ? [{ type: "text" as const, text: output }]
            : output.map((part, index) => toToolResultPart(part, `${path}.output.${index}`));
        (results ??= []).push({ type: "tool-result", toolCallId: item.call_id, toolName: toolNames.get(item.call_id), content });
        break;
      }
      case "reasoning": {
        if (results) flush();
        const text = (item.content ?? []).map((part) => part.text).join("") || item.summary?.map((part) => part.text).join("\n\n") || "";
        const carried = item.encrypted_content ? decodeReasoningCarrier(item.encrypted_content) : undefined;
        if (item.encrypted_content && !carried) {
          warnings.push({ type: "unsupported-parameter", parameter: `${path}.encrypted_content`, detail: "reasoning encrypted by another service; only its text is sent" });
        }
        if (text === "" && !carried) break;
        (assistant ??= []).push({ type: "reasoning", text, ...carried });
        break;
      }
      case "item_reference":
        // The handler resolves references against the store before conversion.
        throw new GatewayError("invalid-request", `Invalid request: ${path}: item_reference ${item.id} was not resolved`, { param: path });
    }
  }
  flush();
  return messages;
}

function textOnly(content: string | readonly { type: string; text?: unknown }[], path: string): TextPart[] {
  if (typeof content === "string") return [{ type: "text", text: content }];
  return content.map((part, index) => {
    if (typeof part.text !== "string") throw new GatewayError("invalid-request", `Invalid request: ${path}.${index}: system and developer messages take text only`, { param: `${path}.${index}` });
    return { type: "text", text: part.text };
  });
}

const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

/** Media types whose bytes are text a model can read inline. */
const textualMediaType = /^(text\/|application\/(json|xml|x-yaml|yaml|csv|x-ndjson)\b)/;

function toUserPart(part: ResponsesInputPart | { type: "output_text" | "refusal"; text?: unknown; refusal?: unknown }, path: string): TextPart | ImagePart | FilePart {
  switch (part.type) {
    case "input_text":
      return { type: "text", text: part.text };
    case "output_text":
    case "refusal": {
      const text = part.type === "refusal" ? part.refusal : part.text;
      return { type: "text", text: typeof text === "string" ? text : "" };
    }
    case "input_image": {
      if (!part.image_url) throw refused(path, "input_image by file_id needs OpenAI's Files API, which the gateway does not have; send image_url (a URL or data: URL)");
      const detail = part.detail === "original" ? "high" : part.detail;
      const match = dataUrl.exec(part.image_url);
      return { type: "image", source: match ? { kind: "base64", mediaType: match[1]!, data: match[2]! } : { kind: "url", url: part.image_url }, ...(detail && { detail }) };
    }
    case "input_file": {
      const match = part.file_data ? dataUrl.exec(part.file_data) : null;
      if (!match) throw refused(path, "input_file must carry file_data as a base64 data: URL (file_id and file_url need OpenAI's Files API)");
      const mediaType = match[1]!;
      if (mediaType.startsWith("image/")) return { type: "image", source: { kind: "base64", mediaType, data: match[2]! } };
      if (textualMediaType.test(mediaType)) {
        const text = Buffer.from(match[2]!, "base64").toString("utf8");
        return { type: "text", text: part.filename ? `<file name="${part.filename}">\n${text}\n</file>` : text };
      }
      return { type: "file", mediaType, data: match[2]!, ...(part.filename && { filename: part.filename }) };
    }
  }
}

/** Tool results carry text and images on every upstream; documents only in user turns. */
function toToolResultPart(part: Parameters<typeof toUserPart>[0], path: string): TextPart | ImagePart {
  const converted = toUserPart(part, path);
  if (converted.type === "file") throw refused(path, `input_file of type ${converted.mediaType} in a function_call_output cannot be translated (text and image files can); send it in a user message`);
  return converted;
}

function refused(path: string, reason: string): GatewayError {
  return new GatewayError("invalid-request", `Invalid request: ${path}: ${reason}`, { param: path });
}
