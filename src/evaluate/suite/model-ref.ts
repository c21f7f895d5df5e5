/** A model under evaluation: what is sent as `model` (an alias or `PROVIDER/MODEL`) and how reports name it. */
export interface ModelRef {
  readonly id: string;
  readonly label: string;
  /**
   * promptfoo configs: the OpenAI Chat Completions body fields this provider's
   * `config` adds to every request (tools, response_format, temperature,
   * max_tokens, …), exactly as promptfoo would send them.
   */
  readonly request?: Readonly<Record<string, unknown>>;
  /**
   * promptfoo `openai:responses:MODEL` providers: `request` holds Responses body
   * fields (input, instructions, text.format, …) and the call goes to the
   * Responses endpoint. Chat otherwise.
   */
  readonly api?: "chat" | "responses";
}
