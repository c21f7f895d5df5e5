import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shapes, on synthetic input: a framework's integration named for vendor and family, keys as Java properties. */
describe("a framework's integration for one family's API, named for its vendor and the family", () => {
  test("its class in imports and constructions, its module in an import, its package where installed or declared", () => {
    const files = {
      "docs/generator.md": [
        "Install the `meta-llama-acmekit` integration:",
        "",
        "```shell",
        "pip install meta-llama-acmekit",
        "```",
        "",
        "```python",
        "from acmekit_integrations.generators.meta_llama import (",
        "    MetaLlamaChatGenerator,",
        ")",
        "llm = MetaLlamaChatGenerator()",
        "```",
        "",
      ].join("\n"),
      "app/src/main/java/Chat.java": "import dev.acme.model.googleai.GoogleAiGeminiChatModel;\n\nclass Chat {\n    ChatModel model = GoogleAiGeminiChatModel.builder().build();\n}\n",
      "app/pom.xml": "<project>\n    <artifactId>mistral-ai-demo</artifactId>\n    <dependencies>\n        <dependency>\n            <groupId>dev.acme</groupId>\n            <artifactId>acme4j-mistral-ai</artifactId>\n        </dependency>\n    </dependencies>\n</project>\n",
    };
    expect(lines(files, ["llama", "gemini", "mistral"])).toEqual([
      "app/pom.xml:6 mistral",
      "app/src/main/java/Chat.java:1 gemini",
      "app/src/main/java/Chat.java:4 gemini",
      "docs/generator.md:1 llama",
      "docs/generator.md:11 llama",
      "docs/generator.md:4 llama",
      "docs/generator.md:8 llama",
      "docs/generator.md:9 llama",
    ]);
  });

  test("prose naming the class, a runtime named after a family, an example's own class and a module's own artifactId are names", () => {
    const files = {
      "docs/generator.md": "`MetaLlamaChatGenerator` supports streaming.\n",
      "app/src/main/java/Runner.java": "// Uses MetaLlamaChatGenerator under the hood\nChatModel model = GPULlama3ChatModel.builder().build();\nclass MistralAiChatModelExamples {}\n",
      "app/pom.xml": "<project>\n    <groupId>dev.acme</groupId>\n    <artifactId>acme4j-mistral-ai</artifactId>\n</project>\n",
    };
    expect(lines(files, ["llama", "mistral"])).toEqual([]);
  });
});

describe("a vendor's API key as a property or with an owner word and AI", () => {
  test("GOOGLE_AI_GEMINI_API_KEY, a dotted property key and an unquoted ${…} placeholder are the vendor-API rule", () => {
    const files = {
      "src/main/java/Keys.java": 'String key = System.getenv("ACME_AI_GEMINI_API_KEY");\n@ConfigProperty(name = "deepseek.api.key")\nString other;\n',
      "src/main/resources/app.properties": "acme.gemini.api-key=${GEMINI_KEY}\n",
    };
    expect(lines(files, ["gemini", "deepseek"])).toEqual(["src/main/java/Keys.java:1 gemini", "src/main/java/Keys.java:2 deepseek", "src/main/resources/app.properties:1 gemini"]);
  });

  test("a key of another vendor, a property that only starts like the key and a bare placeholder are not", () => {
    const files = {
      "src/main/java/Keys.java": 'String key = System.getenv("ACME_AI_SEARCH_API_KEY");\n@ConfigProperty(name = "deepseek.api.keys.rotation")\n',
      "src/main/resources/app.properties": "acme.title=${GEMINI_TITLE}\n",
    };
    expect(lines(files, ["gemini", "deepseek"])).toEqual([]);
  });
});
