/**
 * Hard-coded chat-template special tokens, exact strings, per family. Source:
 * the reference notes on chat templates (Llama 2/3.x/4, Gemma 1–3 and 4, ChatML,
 * Mistral, DeepSeek, Phi, Command R, GLM-4, gpt-oss's harmony) and the tool-call formats of Gemma 4, FunctionGemma,
 * Kimi K2 and GLM-4.5+. A token shared by several families lists them all, and
 * its confidence says how much one sighting proves: `[INST]` is both Llama 2 and
 * Mistral, ChatML is Qwen's and many fine-tunes'.
 */
export interface TemplateToken {
  readonly token: string;
  /** Families in order of likelihood; the finding goes to the first one audited. */
  readonly families: readonly string[];
  readonly confidence: number;
  /** Template name for messages ("Llama 3 chat template"). */
  readonly template: string;
}

const llama3 = ["<|step_id|>", "<|image|>", "<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>", "<|eom_id|>", "<|python_tag|>", "<|finetune_right_pad_id|>"];
const llama4 = [
  "<|header_start|>", "<|header_end|>", "<|eot|>", "<|eom|>", "<|python_start|>", "<|python_end|>", "<|finetune_right_pad|>",
  "<|image_start|>", "<|image_end|>", "<|patch|>", "<|tile_x_separator|>", "<|tile_y_separator|>",
  "<|reasoning_thinking_start|>", "<|reasoning_thinking_end|>",
];
const gemma = ["<start_of_turn>", "<end_of_turn>"];
/** Gemma 3's image markers in its chat template. */
const gemma3Image = ["<start_of_image>", "<end_of_image>"];
/** FunctionGemma's own function-call markers (the generic `<tool_call>` is shared and not listed). */
const functionGemma = ["<start_function_call>", "<end_function_call>", "<start_function_declaration>", "<end_function_declaration>", "<start_function_response>", "<end_function_response>"];
const gemma4 = ["<|turn>", "<turn|>", "<|channel>", "<channel|>", "<|tool_call>", "<tool_call|>", "<|tool_response>", "<tool_response|>", '<|"|>'];
const chatml = ["<|im_start|>", "<|im_end|>"];
/** Qwen-VL's own vision markers, carried in its embedded chat templates next to shared ChatML. */
const qwenVision = ["<|vision_start|>", "<|vision_end|>", "<|image_pad|>", "<|video_pad|>"];
const mistral = ["[AVAILABLE_TOOLS]", "[/AVAILABLE_TOOLS]", "[TOOL_CALLS]", "[/TOOL_CALLS]", "[TOOL_RESULTS]", "[/TOOL_RESULTS]", "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]"];
const deepseek = ["<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>", "<｜tool▁calls▁begin｜>", "<｜tool▁call▁begin｜>"];
const commandR = ["<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>", "<|CHATBOT_TOKEN|>", "<|USER_TOKEN|>", "<|SYSTEM_TOKEN|>", "<|START_RESPONSE|>", "<|END_RESPONSE|>", "<|START_ACTION|>", "<|END_ACTION|>"];
/** GLM-4's own role tokens; `<|user|>`/`<|assistant|>`/`<|system|>` it shares with Phi-3. */
const glm4 = ["<|observation|>", "[gMASK]", "<sop>"];
/** gpt-oss's harmony format; `<|end|>` it shares with Phi-3, and `<|channel|>` is also how runtimes talk about it. */
const harmony = ["<|return|>", "<|call|>", "<|message|>", "<|constrain|>"];
/** Kimi-VL-Thinking's reasoning markers (its own, unlike the shared `<think>`). */
/** Kimi K2's tool-call section and call markers (DeepSeek's look alike but use full-width bars and `▁`). */
const kimiToolCalls = ["<|tool_calls_section_begin|>", "<|tool_calls_section_end|>", "<|tool_call_begin|>", "<|tool_call_end|>", "<|tool_call_argument_begin|>"];
/** GLM-4.5+'s argument markers inside its (shared) `<tool_call>` block. */
const glmToolCalls = ["<arg_key>", "</arg_key>", "<arg_value>", "</arg_value>"];
const kimiThinking = ["◁think▷", "◁/think▷"];
const phi3 = ["<|system|>", "<|user|>", "<|assistant|>", "<|end|>"];

export const templateTokens: readonly TemplateToken[] = [
  ...llama3.map((token) => ({ token, families: ["llama"], confidence: 0.95, template: "Llama 3 chat template" })),
  ...llama4.map((token) => ({ token, families: ["llama"], confidence: 0.95, template: "Llama 4 chat template" })),
  { token: "<<SYS>>", families: ["llama"], confidence: 0.9, template: "Llama 2 chat template" },
  { token: "<</SYS>>", families: ["llama"], confidence: 0.9, template: "Llama 2 chat template" },
  // Shared by Llama 2 and Mistral; `<<SYS>>` in the same file settles it (see detect-template-tokens).
  { token: "[INST]", families: ["llama", "mistral"], confidence: 0.5, template: "Llama 2 / Mistral instruction format" },
  { token: "[/INST]", families: ["llama", "mistral"], confidence: 0.5, template: "Llama 2 / Mistral instruction format" },
  ...gemma.map((token) => ({ token, families: ["gemma"], confidence: 0.95, template: "Gemma 1–3 chat template" })),
  ...gemma4.map((token) => ({ token, families: ["gemma"], confidence: 0.9, template: "Gemma 4 chat template" })),
  ...gemma3Image.map((token) => ({ token, families: ["gemma"], confidence: 0.9, template: "Gemma 3 chat template" })),
  ...functionGemma.map((token) => ({ token, families: ["gemma"], confidence: 0.9, template: "FunctionGemma function-call format" })),
  ...chatml.map((token) => ({ token, families: ["qwen", "phi"], confidence: 0.6, template: "ChatML (Qwen, Phi-4 and many fine-tunes)" })),
  { token: "<|im_sep|>", families: ["phi"], confidence: 0.9, template: "Phi-4 chat template" },
  ...qwenVision.map((token) => ({ token, families: ["qwen"], confidence: 0.9, template: "Qwen-VL vision" })),
  ...mistral.map((token) => ({ token, families: ["mistral"], confidence: 0.9, template: "Mistral tokenizer control tokens" })),
  ...deepseek.map((token) => ({ token, families: ["deepseek"], confidence: 0.95, template: "DeepSeek V3/R1 chat template" })),
  ...commandR.map((token) => ({ token, families: ["command"], confidence: 0.95, template: "Command R chat template" })),
  ...glm4.map((token) => ({ token, families: ["glm"], confidence: 0.9, template: "GLM-4 chat template" })),
  ...harmony.map((token) => ({ token, families: ["gpt"], confidence: 0.9, template: "gpt-oss harmony format" })),
  // harmony's framing token; other formats write `<|start|>` too, so it counts only where the file settles harmony (detect-template-tokens).
  { token: "<|start|>", families: ["gpt"], confidence: 0.5, template: "gpt-oss harmony format" },
  ...phi3.map((token) => ({ token, families: ["phi"], confidence: 0.5, template: "Phi-3 chat template" })),
  ...glmToolCalls.map((token) => ({ token, families: ["glm"], confidence: 0.9, template: "GLM-4.5 tool-call format" })),
  ...kimiToolCalls.map((token) => ({ token, families: ["kimi"], confidence: 0.9, template: "Kimi K2 tool-call format" })),
  ...kimiThinking.map((token) => ({ token, families: ["kimi"], confidence: 0.9, template: "Kimi-VL thinking format" })),
];
