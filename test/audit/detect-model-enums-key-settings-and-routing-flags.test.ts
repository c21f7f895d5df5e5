import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-four: a plugin's model enum and the lists built from it, its provider enum, key settings and routing flags. */
describe("model enums, key settings and routing flags", () => {
  test("an enum member's versioned string value is a model whatever its member name carries; outside an enum, or a bare family word, it is not", () => {
    const files = {
      "src/constants.ts": [
        "export enum ChatModels {",
        '  COPILOT_PLUS_GLM_5_2 = "glm-5.2",',
        '  GEMINI_3_5_FLASH = "gemini-3.5-flash",',
        '  GOOGLE_GEMINI_EMBEDDING = "gemini-embedding-001",',
        '  MISTRAL_TINY = "mistral-tiny-latest",',
        '  GLM = "glm",',
        "}",
        'const FALLBACK_GLM = "glm-5.2" + suffix;',
        'export const label = "gemini-embedding-001 is new";',
        "",
      ].join("\n"),
    };
    expect(lines(files, ["glm", "gemini", "mistral"])).toEqual(["src/constants.ts:2 glm", "src/constants.ts:3 gemini", "src/constants.ts:4 gemini", "src/constants.ts:5 mistral"]);
  });

  test("a list entry's property set to an enum member selects the model, also after a router's words; other members do not", () => {
    const files = {
      "src/builtins.ts": [
        "export const BUILTIN = [",
        "  {",
        "    name: ChatModels.GEMINI_3_5_FLASH,",
        "    name: ChatModels.OPENROUTER_GEMINI_3_5_FLASH,",
        "    name: EmbeddingModels.SILICONFLOW_QWEN3_EMBEDDING_0_6B,",
        "    name: ChatModels.COPILOT_PLUS_FLASH,",
        "    name: EmbeddingModels.COHEREAI_EMBED_MULTILINGUAL,",
        "    label: ChatModels,",
        "  },",
        "];",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "qwen", "command"])).toEqual(["src/builtins.ts:3 gemini", "src/builtins.ts:4 gemini", "src/builtins.ts:5 qwen"]);
  });

  test("a provider enum's members stay read past a member whose string holds parentheses", () => {
    const files = {
      "src/providers.ts": [
        "export enum ChatModelProviders {",
        '  OPENAI = "openai",',
        '  OPENAI_FORMAT = "3rd party (openai-format)",',
        '  MISTRAL = "mistralai",',
        '  DEEPSEEK = "deepseek",',
        '  COHEREAI = "cohereai",',
        "}",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral", "deepseek", "command"])).toEqual(["src/providers.ts:4 mistral", "src/providers.ts:5 deepseek"]);
  });

  test("a vendor key setting in camelCase is the key read, set or named as a string; a general key is not", () => {
    const files = {
      "src/settings.ts": [
        "export const DEFAULT_SETTINGS = {",
        '  cohereApiKey: "",',
        '  xaiApiKey: "",',
        '  openAIApiKey: "",',
        "};",
        "export const KEYS = {",
        '  anthropic: "anthropicApiKey",',
        '  groq: "groqApiKey",',
        "};",
        "const grok = () => getSettings().xaiApiKey;",
        "const config = {",
        "  anthropicApiKey: await this.resolveApiKey(key),",
        "};",
        "// the xaiApiKey setting holds the key",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["command", "grok", "claude"])).toEqual([
      "src/settings.ts:10 grok",
      "src/settings.ts:12 claude",
      "src/settings.ts:2 command",
      "src/settings.ts:3 grok",
      "src/settings.ts:7 claude",
    ]);
  });

  test("a flag named for a family's generation routes in code; its comment, its log message and a flag without a version do not", () => {
    const files = {
      "src/manager.ts": [
        "// Add reasoning parameters for O-series and GPT-5 models",
        "if ((modelInfo.isOSeries || modelInfo.isGPT5) && effort) {",
        "  // Add verbosity for GPT-5 models (Responses API only).",
        "  logInfo(`Enabling Responses API for GPT-5 model: ${model.name}`);",
        "}",
        "const isCommand = argv.length > 1;",
        "// Use gpt-5 for the summaries",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt", "command"])).toEqual(["src/manager.ts:2 gpt", "src/manager.ts:7 gpt"]);
  });

  test("an architecture list's family item is what the code routes on; a list of supported architectures is not", () => {
    const files = {
      "Runtime/Manager.cs": [
        'static List<string> embeddingOnlyArchs = new List<string> { "bert", "t5", "gemma-embedding" };',
        'static List<string> supportedArchs = new List<string> { "bert", "gemma-embedding" };',
        'static List<string> names = new List<string> { "gemma-embedding" };',
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["Runtime/Manager.cs:1 gemma"]);
  });
});

describe("round twenty-four's not-uses", () => {
  test("a string or a method call commented out with // runs nothing; a # string item (script metadata) stays read", () => {
    const files = {
      "src/start.ts": ['  //         "/Llama-3_1-8B-Instruct-q4f32_1-ctx4k_cs1k-webgpu.wasm",', '  const lib = "/Llama-3_1-8B-Instruct-q4f32_1-ctx4k_cs1k-webgpu.wasm";', ""].join("\n"),
      "docs/Migration.md": ["```c#", "// Remove:", '// llm.SetTemplate("phi-3");', 'llm.SetTemplate("phi-3");', "```", ""].join("\n"),
      "scripts/run.py": ["# /// script", "# dependencies = [", '#     "gpt-oss",', "# ]", "# ///", ""].join("\n"),
    };
    expect(lines(files, ["llama", "phi", "gpt"])).toEqual(["docs/Migration.md:4 phi", "scripts/run.py:3 gpt", "src/start.ts:2 llama"]);
  });

  test("a function named after a family and called is a name; the model it sets is read", () => {
    const files = {
      "src/example.ts": ["async function llama3_1_example() {", '  const selectedModel = "Llama-3.1-8B-Instruct-q4f16_1-MLC";', "}", "llama3_1_example();", ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["src/example.ts:2 llama"]);
  });

  test("an illustrative path to my model is a placeholder; a real path stays a model", () => {
    const files = {
      "README.md": ["```typescript", "const appConfig = {", '  "model": "/url/to/my/llama",', '  "model": "https://huggingface.co/mlc-ai/Llama-3.1-8B-Instruct-q4f32_1-MLC",', "};", "```", ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["README.md:4 llama"]);
  });

  test("a list of the models a tool supports, and a model given as an example or a default set aside by one, are not uses", () => {
    const files = {
      "README.md": [
        "- **Extensive Model Support**: WebLLM natively supports a range of models including Llama 3, Phi 3, Gemma and Mistral.",
        "",
        "The default model is Llama 2 7B. But here let me use Mistral 7B as an example again.",
        "",
        "This guide uses Mistral 7B for every step.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "phi", "mistral"])).toEqual(["README.md:5 mistral"]);
  });
});
