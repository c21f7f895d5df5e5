import type { ModelRef } from "./model-ref.js";

/**
 * A model that grades promptfoo's model-graded assertions, called as
 * promptfoo's OpenAI provider calls a grader: the rendered grading prompt
 * (a JSON chat array, or one user message) plus the provider's request fields.
 */
export interface PromptfooGrader {
  readonly model: ModelRef;
  /**
   * True when the model stands in for promptfoo's default grader (`--judge`):
   * JSON-graded checks (llm-rubric) then ask for `response_format: json_object`,
   * as promptfoo's default JSON grader does.
   */
  readonly standsInForDefault: boolean;
  /** `provider: { text, embedding }`: the embeddings model answer-relevance uses. */
  readonly embedding?: string;
}
