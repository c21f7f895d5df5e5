/**
 * Packages whose use ties a codebase to one family: its vendor's SDK or a runtime
 * built around it. Generic clients (`openai` speaks to any OpenAI-compatible server,
 * `ollama` serves any model) and namesakes (`llama-index`, `llamaindex`) are not
 * here on purpose: they say nothing about which model is behind them.
 */
export interface SdkPackage {
  /** As published (PyPI names compared with `-`, `_` and `.` treated alike, per PEP 503). */
  readonly name: string;
  readonly ecosystem: "pypi" | "npm" | "go";
  readonly family: string;
  readonly confidence: number;
  /** Module names as imported in code, when they differ from the package name. */
  readonly imports: readonly string[];
  readonly note: string;
  /** Client classes whose construction (`LlamaAPIClient(`) is use of the SDK even where the import is out of sight. */
  readonly classes?: readonly string[];
  /**
   * A runtime that runs any model in a format (llama.cpp and its bindings run any GGUF):
   * listed so its names are known, never reported (see `runtime-names.ts`); the model it
   * loads is the dependency.
   */
  readonly runtime?: boolean;
  /** Command-line programs the package installs; running one (`mistral-chat ./7B`) is use of the package. */
  readonly commands?: readonly string[];
}

export const sdkPackages: readonly SdkPackage[] = [
  { name: "llama-stack", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_stack"], note: "Meta's Llama Stack server" },
  { name: "llama-stack-client", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_stack_client"], note: "Meta's Llama Stack client", classes: ["LlamaStackClient"] },
  { name: "llama-stack-client", ecosystem: "npm", family: "llama", confidence: 0.9, imports: ["llama-stack-client"], note: "Meta's Llama Stack client", classes: ["LlamaStackClient"] },
  { name: "llama-models", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_models"], note: "Meta's Llama model definitions and tokenizers" },
  { name: "llama-cookbook", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_cookbook"], note: "Meta's Llama fine-tuning and inference recipes" },
  { name: "llama-recipes", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_recipes"], note: "Meta's Llama fine-tuning recipes" },
  { name: "llama-api-client", ecosystem: "pypi", family: "llama", confidence: 0.9, imports: ["llama_api_client"], note: "Meta's Llama API client", classes: ["LlamaAPIClient"] },
  { name: "llama-api-client", ecosystem: "npm", family: "llama", confidence: 0.9, imports: ["llama-api-client"], note: "Meta's Llama API client", classes: ["LlamaAPIClient"] },
  // llama.cpp bindings run any GGUF model: no Llama dependency, even next to a Llama model (see `runtime`).
  { name: "llama-cpp-python", ecosystem: "pypi", family: "llama", confidence: 0.6, imports: ["llama_cpp"], note: "llama.cpp bindings, a runtime", runtime: true },
  { name: "node-llama-cpp", ecosystem: "npm", family: "llama", confidence: 0.6, imports: ["node-llama-cpp"], note: "llama.cpp bindings, a runtime", runtime: true },
  { name: "mistralai", ecosystem: "pypi", family: "mistral", confidence: 0.9, imports: ["mistralai"], note: "Mistral AI SDK", classes: ["MistralClient"] },
  { name: "@mistralai/mistralai", ecosystem: "npm", family: "mistral", confidence: 0.9, imports: ["@mistralai/mistralai"], note: "Mistral AI SDK" },
  { name: "mistral-common", ecosystem: "pypi", family: "mistral", confidence: 0.9, imports: ["mistral_common"], note: "Mistral tokenizers" },
  { name: "mistral-inference", ecosystem: "pypi", family: "mistral", confidence: 0.9, imports: ["mistral_inference"], note: "Mistral reference inference", commands: ["mistral-chat", "mistral-demo"] },
  { name: "gemma", ecosystem: "pypi", family: "gemma", confidence: 0.8, imports: ["gemma"], note: "Google DeepMind Gemma library" },
  { name: "qwen-agent", ecosystem: "pypi", family: "qwen", confidence: 0.9, imports: ["qwen_agent"], note: "Qwen agent framework" },
  { name: "dashscope", ecosystem: "pypi", family: "qwen", confidence: 0.8, imports: ["dashscope"], note: "Alibaba Cloud Model Studio SDK (Qwen API)" },
  // The library of gpt-oss's harmony format (round twenty: counted wherever installed, a transitive pin included).
  { name: "openai-harmony", ecosystem: "pypi", family: "gpt", confidence: 0.9, imports: ["openai_harmony"], note: "gpt-oss harmony format" },
  { name: "anthropic", ecosystem: "pypi", family: "claude", confidence: 0.9, imports: ["anthropic"], note: "Anthropic SDK" },
  { name: "@anthropic-ai/sdk", ecosystem: "npm", family: "claude", confidence: 0.9, imports: ["@anthropic-ai/sdk"], note: "Anthropic SDK" },
  { name: "google-genai", ecosystem: "pypi", family: "gemini", confidence: 0.8, imports: [], note: "Google Gen AI SDK" },
  { name: "google-generativeai", ecosystem: "pypi", family: "gemini", confidence: 0.8, imports: [], note: "Google Generative AI SDK (legacy)" },
  { name: "@google/genai", ecosystem: "npm", family: "gemini", confidence: 0.8, imports: ["@google/genai"], note: "Google Gen AI SDK" },
  { name: "@google/generative-ai", ecosystem: "npm", family: "gemini", confidence: 0.8, imports: ["@google/generative-ai"], note: "Google Generative AI SDK (legacy)" },
  { name: "cohere", ecosystem: "pypi", family: "command", confidence: 0.8, imports: ["cohere"], note: "Cohere SDK" },
  // Go modules are named by path; their imports are the same path or a package under it (see `go-imports.ts`).
  { name: "github.com/anthropics/anthropic-sdk-go", ecosystem: "go", family: "claude", confidence: 0.9, imports: [], note: "Anthropic SDK for Go", classes: ["anthropic.NewClient"] },
  { name: "github.com/cohere-ai/cohere-go", ecosystem: "go", family: "command", confidence: 0.8, imports: [], note: "Cohere SDK for Go" },
  { name: "xai-sdk", ecosystem: "pypi", family: "grok", confidence: 0.9, imports: ["xai_sdk"], note: "xAI SDK" },
];
