import type { ContentPart, FilePart, ImagePart, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "./content-part.js";

/**
 * One turn of a conversation. Roles restrict which parts may appear, so a tool
 * result in a system prompt cannot be represented.
 */
export type Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

export interface SystemMessage {
  readonly role: "system";
  readonly content: readonly TextPart[];
}

export interface UserMessage {
  readonly role: "user";
  readonly content: readonly (TextPart | ImagePart | FilePart)[];
  readonly name?: string;
}

export interface AssistantMessage {
  readonly role: "assistant";
  readonly content: readonly (TextPart | ToolCallPart | ReasoningPart)[];
  readonly name?: string;
}

export interface ToolMessage {
  readonly role: "tool";
  readonly content: readonly ToolResultPart[];
}

export type { ContentPart };
