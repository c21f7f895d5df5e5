/**
 * Names that tie code to one family without naming a checkpoint: the model-class prefixes
 * of its architecture in Transformers, torchtune and friends (`LlamaForCausalLM`,
 * `MllamaProcessor`, `Gemma3ForConditionalGeneration`, FSDP layer classes), the vendor's
 * API endpoints and the environment variables its clients read. Data, not code: a new
 * family needs a row here (and its ids in the catalog), nothing else.
 *
 * Architecture is evidence of the family's code, not of its licence (the licence follows
 * the weights, see the licence notes), so these findings carry no obligations.
 */
export interface FamilySignature {
  readonly family: string;
  /**
   * CamelCase class-name prefixes, longest first within a family does not matter: a class
   * counts when it is one of these prefixes plus an architecture suffix (see `architectureSuffixes`).
   */
  readonly classPrefixes: readonly string[];
  /** Lower-case module and `model_type` names (`llama`, `mllama`, `qwen2_vl`), matched as a prefix followed by digits, `_` or the end. */
  readonly modelTypes: readonly string[];
  /** Host names of the vendor's own API. */
  readonly endpoints: readonly string[];
  /** Environment variables the vendor's clients read. */
  readonly environmentKeys: readonly string[];
  /**
   * Environment variables too generic to name the vendor alone (`Z_API_KEY`): counted only on the line of, or the line
   * after, one of the family's endpoints (`'url' => env('Z_URL', 'https://api.z.ai/…')` then `'api_key' => env('Z_API_KEY')`).
   */
  readonly hostBoundKeys?: readonly string[];
  /**
   * Class prefixes and module names that are the vendor's name, not a family word (`Cohere` for Command):
   * a third party's wrapper for the vendor's API named so (`CohereModel`, `pydantic_ai.models.cohere`,
   * `pydantic-ai-slim[cohere]`) is not reported (label guide, rules settled after round nine); only the
   * architecture's own classes (`CohereForCausalLM`) and Transformers-style model modules are.
   */
  readonly vendorWords?: readonly string[];
  /**
   * The family word as a framework names its class for the family's API (`Claude`, `Gemini`): counted only where code
   * imports that class or a config sets it as a `type=` (see `detectFamilySignatures`), with the class prefixes.
   */
  readonly apiClassWords?: readonly string[];
  /**
   * GitHub organisations of the family's vendor: an Action they publish whose name carries a family word
   * (`uses: anthropics/claude-code-action@v1`) is the vendor's own package for the family, as its SDK is (lead decision, round fourteen).
   */
  readonly actionOwners?: readonly string[];
}

export const familySignatures: readonly FamilySignature[] = [
  { family: "llama", classPrefixes: ["Llama", "Llama4", "Mllama", "CodeLlama"], modelTypes: ["llama", "mllama", "codellama"], endpoints: ["api.llama.com"], environmentKeys: ["LLAMA_API_KEY"], actionOwners: ["meta-llama"] },
  { family: "gemma", classPrefixes: ["Gemma", "Gemma2", "Gemma3", "Gemma3n", "PaliGemma", "RecurrentGemma", "ShieldGemma2"], modelTypes: ["gemma", "paligemma", "recurrent_gemma", "shieldgemma"], endpoints: [], environmentKeys: [] },
  { family: "qwen", classPrefixes: ["Qwen", "Qwen2", "Qwen2Moe", "Qwen2VL", "Qwen2_5_VL", "Qwen2Audio", "Qwen3", "Qwen3Moe"], modelTypes: ["qwen", "qwen2", "qwen3"], endpoints: ["dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com"], environmentKeys: ["DASHSCOPE_API_KEY"] },
  { family: "mistral", classPrefixes: ["Mistral", "Mistral3", "Mixtral", "Pixtral"], modelTypes: ["mistral", "mixtral", "pixtral"], endpoints: ["api.mistral.ai", "codestral.mistral.ai"], environmentKeys: ["MISTRAL_API_KEY", "CODESTRAL_API_KEY"], actionOwners: ["mistralai"] },
  { family: "deepseek", classPrefixes: ["DeepseekV2", "DeepseekV3", "DeepseekVL"], apiClassWords: ["DeepSeek", "Deepseek"], modelTypes: ["deepseek"], endpoints: ["api.deepseek.com"], environmentKeys: ["DEEPSEEK_API_KEY"] },
  { family: "phi", classPrefixes: ["Phi", "Phi3", "Phi3V", "Phi4MM", "Phi4Multimodal", "PhiMoe"], modelTypes: ["phi", "phi3", "phi4", "phimoe"], endpoints: [], environmentKeys: [] },
  { family: "gemini", classPrefixes: [], apiClassWords: ["Gemini"], modelTypes: ["gemini"], endpoints: ["generativelanguage.googleapis.com"], environmentKeys: ["GEMINI_API_KEY"], actionOwners: ["google-github-actions", "google-gemini"] },
  { family: "claude", classPrefixes: [], apiClassWords: ["Claude"], modelTypes: ["claude"], endpoints: ["api.anthropic.com"], environmentKeys: ["ANTHROPIC_API_KEY", "CLAUDE_CODE_OAUTH_TOKEN"], actionOwners: ["anthropics"] },
  { family: "grok", classPrefixes: [], apiClassWords: ["Grok"], modelTypes: ["grok"], endpoints: ["api.x.ai"], environmentKeys: ["XAI_API_KEY"] },
  { family: "command", classPrefixes: ["Cohere", "Cohere2"], modelTypes: ["cohere"], endpoints: ["api.cohere.com", "api.cohere.ai"], environmentKeys: ["COHERE_API_KEY", "CO_API_KEY"], vendorWords: ["cohere"] },
  { family: "nemotron", classPrefixes: ["Nemotron", "NemotronH"], modelTypes: ["nemotron"], endpoints: [], environmentKeys: [] },
  { family: "granite", classPrefixes: ["Granite", "GraniteMoe", "GraniteMoeHybrid"], modelTypes: ["granite"], endpoints: [], environmentKeys: [] },
  { family: "olmo", classPrefixes: ["Olmo", "Olmo2", "OLMo", "Olmoe"], modelTypes: ["olmo", "olmoe"], endpoints: [], environmentKeys: [] },
  // Z.ai's key is also read as `Z_API_KEY` (the vendor's name "Z" and `_API_KEY`, as `XAI_API_KEY` is x.ai's), beside `ZAI_API_KEY`;
  // alone the name is any "Z" service's key (`os.environ["Z_API_KEY"]`), so it counts only beside `api.z.ai`.
  { family: "glm", classPrefixes: ["Glm", "Glm4", "Glm4Moe", "ChatGLM"], modelTypes: ["glm", "chatglm"], endpoints: ["open.bigmodel.cn", "api.z.ai"], environmentKeys: ["ZHIPUAI_API_KEY", "ZHIPU_API_KEY", "ZAI_API_KEY"], hostBoundKeys: ["Z_API_KEY"] },
  { family: "nova", classPrefixes: [], apiClassWords: ["Nova"], modelTypes: [], endpoints: [], environmentKeys: [] },
  { family: "kimi", classPrefixes: ["KimiVL"], apiClassWords: ["Kimi"], modelTypes: ["kimi"], endpoints: ["api.moonshot.ai", "api.moonshot.cn"], environmentKeys: ["MOONSHOT_API_KEY"] },
  // OpenAI's first-party host serves only its own (GPT) models; `OPENAI_API_KEY` names the OpenAI-compatible protocol, which points anywhere, so it is not listed.
  { family: "gpt", classPrefixes: ["GptOss"], modelTypes: ["gpt_oss"], endpoints: ["api.openai.com"], environmentKeys: [], actionOwners: ["openai"] },
];

/**
 * What follows a prefix in a class of the architecture: heads, the model and its config,
 * tokenizers and processors, and the layer classes FSDP and activation checkpointing wrap.
 * `LlamaIndex`, `LlamaStackClient` or `LlamaInference` end in none of these.
 */
export const architectureSuffixes: readonly string[] = [
  "ForCausalLM", "ForConditionalGeneration", "ForSequenceClassification", "ForTokenClassification", "ForQuestionAnswering",
  // Keras Hub / KerasNLP task and backbone classes (`keras_nlp.models.GemmaCausalLM.from_preset(…)`, `Llama3Backbone`).
  "CausalLM", "CausalLMPreprocessor", "Backbone",
  "Model", "PreTrainedModel",
  // A framework's provider class for the family vendor's API (pydantic-ai's `MistralProvider`).
  "Provider", "TextModel", "VisionModel", "Config", "TextConfig", "VisionConfig",
  "Tokenizer", "TokenizerFast", "Processor", "ImageProcessor",
  "DecoderLayer", "EncoderLayer", "SelfAttentionDecoderLayer", "CrossAttentionDecoderLayer", "VisionEncoderLayer",
  "Attention", "FlashAttention2", "SdpaAttention", "MLP", "RMSNorm", "SparseMoeBlock", "RotaryEmbedding", "Block",
  // A runtime's chat handler that exists for one family's prompt format (llama-cpp-python's `Gemma4ChatHandler`), like a serving parser.
  "ChatHandler",
];

/**
 * What follows a family word in a class that exists only to build that family's native request body
 * (`LlamaPrompt`, `ClaudePrompt`, `NovaMessage`, `NovaInferenceConfig`): code for that family's API, as a framework's
 * `Claude` class is (label guide, round eleven). Whole suffixes only, so `LlamaIndex…` or `LlamaParse…` never match.
 */
export const requestBodySuffixes: readonly string[] = [
  "Prompt", "Message", "SystemMessage", "UserMessage", "AssistantMessage", "TextContent", "ImageContent", "Content",
  "InferenceConfig", "Request", "RequestBody", "Payload", "Body",
];

/**
 * What follows a family word in a client's type for that family's API (`ClaudeClient`, `GeminiConfig`,
 * `MistralChatCompletions`): code that exists to call that family (label guide, round twelve). Whole suffixes only, so
 * `LlamaIndex` or `LlamaParse` never match, and a vendor's word (`CohereClient`) is never a family's.
 */
export const clientClassSuffixes: readonly string[] = [
  "Client", "AsyncClient", "Config", "Configuration", "Api", "API", "Chat", "ChatCompletion", "ChatCompletions", "Completion", "Completions",
  "Request", "Response", "Stream", "Embedding", "Embeddings", "Options", "Settings", "Service", "Message", "Messages",
];

/**
 * The words a snake_case function or variable of a family's API client is made of besides the family word
 * (`claude_build_chat_completions_body`, `gemini_extract_chat_completions_text`). Every other word of the name must be one
 * of these and one must be an API word, so `get_nova_pro`, `llama_index_client` or `llama_stack_client` never match.
 */
export const clientFunctionWords: readonly string[] = [
  "build", "extract", "prepare", "create", "send", "handle", "call", "make", "new", "default", "async", "sync", "to", "from",
  "text", "content", "tool", "tools", "function", "functions", "params", "options", "model", "models", "chat",
];
export const clientApiWords: readonly string[] = [
  "completion", "completions", "client", "config", "api", "embedding", "embeddings", "request", "requests", "response", "responses",
  "body", "message", "messages", "payload", "stream", "streaming",
];
