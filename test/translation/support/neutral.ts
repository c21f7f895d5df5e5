/**
 * A dialect-neutral description of a conversation and of what came back, so one
 * scenario table drives both SDK callers and is checked against every upstream.
 */
export type NeutralTurn =
  | { readonly role: "user"; readonly text: string; readonly imagePngBase64?: string }
  | { readonly role: "assistant"; readonly text?: string; readonly toolCalls?: readonly NeutralToolCall[] }
  | { readonly role: "tool"; readonly results: readonly { readonly id: string; readonly text: string }[] };

export interface NeutralToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

export interface NeutralRequest {
  readonly system?: string;
  readonly turns: readonly NeutralTurn[];
  readonly tools?: boolean;
  readonly jsonSchema?: Record<string, unknown>;
  readonly stream: boolean;
}

export interface NeutralResult {
  readonly text: string;
  readonly toolCalls: readonly (NeutralToolCall & { readonly index: number })[];
  /** stop | length | tool-calls | content-filter, from either dialect's own value. */
  readonly finish: string | undefined;
  /** input includes cached tokens, whatever the dialect's convention. */
  readonly usage: { readonly input: number; readonly output: number; readonly cached: number | undefined } | undefined;
  /** How many argument fragments the client received, over all tool calls (streams only). */
  readonly argumentFragments: number;
  readonly error: { readonly status: number | undefined; readonly type: string | undefined; readonly message: string } | undefined;
  readonly warningsHeader: string | null;
}

export const weatherTool: { name: string; description: string; parameters: { type: "object"; properties: Record<string, unknown>; required: string[]; additionalProperties: boolean } } = {
  name: "get_weather",
  description: "Current weather for a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
};

/** A 1×1 transparent PNG. */
export const tinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

export const weatherSchema = {
  type: "object",
  properties: { city: { type: "string" }, celsius: { type: ["number", "null"] } },
  required: ["city", "celsius"],
  additionalProperties: false,
};
