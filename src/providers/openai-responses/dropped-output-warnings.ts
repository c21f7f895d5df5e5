import type { Warning } from "../../core/warning.js";
import type { ResponsesWireItem } from "./parse-responses-object.js";
import { readResponsesAnnotation } from "./read-responses-annotation.js";

/**
 * Output item types that translation carries to a Chat, Anthropic or Gemini caller (see `toParts`):
 * text, function calls and reasoning. Every other item (web_search_call, file_search_call,
 * code_interpreter_call, image_generation_call, mcp_call, …) has no shape there.
 */
const carriedItemTypes: ReadonlySet<string | undefined> = new Set(["message", "function_call", "reasoning"]);

export function isCarriedItemType(type: string | undefined): boolean {
  return carriedItemTypes.has(type);
}

/**
 * One warning per output item type the caller will not get, in order of first appearance, then one per
 * text annotation type without a canonical form (`file_citation`, …; see read-responses-annotation.ts).
 */
export function droppedOutputWarnings(output: readonly ResponsesWireItem[]): Warning[] {
  const dropped = new Set<string>();
  const droppedAnnotations = new Set<string>();
  for (const item of output) {
    if (!isCarriedItemType(item.type)) dropped.add(item.type ?? "untyped");
    else if (item.type === "message") {
      for (const part of item.content ?? []) {
        for (const raw of part.annotations ?? []) {
          const read = readResponsesAnnotation(raw);
          if (read.kind === "dropped") droppedAnnotations.add(read.annotationType);
        }
      }
    }
  }
  return [
    ...[...dropped].map((itemType): Warning => ({ type: "dropped-output", itemType })),
    ...[...droppedAnnotations].map((annotationType): Warning => ({ type: "dropped-annotation", annotationType })),
  ];
}
