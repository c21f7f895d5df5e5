/**
 * The wire protocols Switchyard speaks, inbound (dialects) and outbound (providers).
 * Here rather than in either side because both name it: the chat handler compares
 * a dialect's protocol with a provider's to pick the pass-through path.
 */
export type Protocol = "openai-chat" | "openai-responses" | "anthropic-messages" | "gemini";
