import { createHash } from "node:crypto";

/** Marks ids the gateway made up, so they are never sent to Gemini as if it had issued them. */
const syntheticPrefix = "call_gx";

/**
 * The id of a Gemini function call as clients see it. The Gemini API usually
 * omits `functionCall.id`, but OpenAI and Anthropic clients need one, and it must
 * be the same in every chunk and in a retried or re-read answer: it is derived
 * from the response id, the call's position and its name, never from a counter
 * or a clock.
 */
export function geminiToolCallId(options: { readonly providedId: string | undefined; readonly responseId: string | undefined; readonly index: number; readonly name: string }): string {
  if (options.providedId) return options.providedId;
  const digest = createHash("sha256").update(`${options.responseId ?? ""}\u0000${options.index}\u0000${options.name}`).digest("hex").slice(0, 20);
  return `${syntheticPrefix}${options.index}_${digest}`;
}

/** True for ids made by `geminiToolCallId` rather than by Gemini. */
export function isSyntheticGeminiToolCallId(id: string): boolean {
  return id.startsWith(syntheticPrefix);
}
