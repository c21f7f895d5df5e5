/** The GenAI semantic-convention operation (`gen_ai.operation.name`) a request performs. */
export type OperationName = "chat" | "embeddings" | "responses";

/**
 * From the inbound dialect of a request summary: OpenAI chat and Anthropic
 * messages are both `chat`; the Responses API is labelled `responses` so its
 * stored, stateful calls can be told apart from stateless chat.
 */
export function operationName(dialect: string): OperationName {
  if (dialect === "embeddings") return "embeddings";
  if (dialect === "openai-responses") return "responses";
  return "chat";
}
