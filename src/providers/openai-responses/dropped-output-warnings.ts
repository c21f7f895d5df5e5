import type { Warning } from "../../core/warning.js";
import type { ResponsesWireItem } from "./parse-responses-object.js";

/**
 * Output item types that translation carries to a Chat, Anthropic or Gemini caller (see `toParts`):
 * text, function calls and reasoning. Every other item (web_search_call, file_search_call,
 * code_interpreter_call, image_generation_call, mcp_call, …) has no shape there.
 */
const carriedItemTypes: ReadonlySet<string | undefined> = new Set(["message", "function_call", "reasoning"]);

export function isCarriedItemType(type: string | undefined): boolean {
  return carriedItemTypes.has(type);
}

/** One warning per output item type the caller will not get, in order of first appearance. */
export function droppedOutputWarnings(output: readonly ResponsesWireItem[]): Warning[] {
  const dropped = new Set<string>();
  for (const item of output) if (!isCarriedItemType(item.type)) dropped.add(item.type ?? "untyped");
  return [...dropped].map((itemType) => ({ type: "dropped-output", itemType }));
}
