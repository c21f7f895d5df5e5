import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-one: Kotlin examples pick models from a library's model namespace and pass the vendor's key property. */
describe("models from a model namespace and vendor key properties", () => {
  test("a namespace member with the family word and a version, or a Claude tier name, selects the model where set or passed", () => {
    const files = {
      "src/Example.kt": [
        "import ai.koog.prompt.executor.clients.anthropic.AnthropicModels.Sonnet_4",
        "val client = AnthropicLLMClient(ApiKeyService.anthropicApiKey)",
        "val strategy = Strategy(model = AnthropicModels.Sonnet_3_7)",
        "executor.execute(prompt, GoogleModels.Gemini2_0Flash)",
        "val fixing = Config(fixingModel = OpenAIModels.Reasoning.GPT4oMini)",
        "// executor.execute(prompt, AnthropicModels.Opus_4)",
        "val other = OtherModels.Default",
        "val key = ApiKeyService.openAIApiKey",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude", "gemini", "gpt"])).toEqual(["src/Example.kt:2 claude", "src/Example.kt:3 claude", "src/Example.kt:4 gemini", "src/Example.kt:5 gpt"]);
  });

  test("a bare family word as a registry entry's whole id under its provider is the model; an id without the provider line is not", () => {
    const files = {
      "src/Models.kt": ["val QWQ = LLModel(", "    provider = LLMProvider.Ollama,", '    id = "qwq",', ")", "val Other = Thing(", "    name = \"x\",", '    id = "qwq",', ")", ""].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["src/Models.kt:3 qwen"]);
  });
});
