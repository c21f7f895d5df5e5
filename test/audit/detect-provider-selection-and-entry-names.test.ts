import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round fifteen's shapes, on synthetic input: provider code that carries the family word, provider choices, shown names. */
describe("a provider's client code, in PHP and TypeScript", () => {
  test("PHP namespaces and use imports of a family's provider module are its client; a vendor's or an unrelated module are not", () => {
    const files = {
      "src/Providers/Gemini/Gemini.php": [
        "<?php",
        "namespace Acme\\Llm\\Providers\\Gemini;",
        "use Acme\\Llm\\Providers\\Gemini\\Handlers\\Text;",
        "use Acme\\Llm\\Providers\\Anthropic\\Handlers\\Text as Other;",
        "use Acme\\Llm\\Support\\Http;",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "claude"])).toEqual(["src/Providers/Gemini/Gemini.php:2 gemini", "src/Providers/Gemini/Gemini.php:3 gemini"]);
  });

  test("a class named for the family on a base is its client, with its file's code naming the family; variables and shown text are not", () => {
    const files = {
      "src/llms/Qwen.ts": [
        'import { qwenEditPrompt } from "../templates/qwen.js";',
        'type QwenKeyKind = "qwen" | "other";',
        "class Qwen extends OpenAICompatible {",
        '  static providerName = "qwen";',
        "  async kind(): Promise<QwenKeyKind> {",
        '    const qwenResp = await fetch(this.base + "models");',
        "    if (qwenResp.status === 401) {",
        '      throw new ProviderError({ provider: "Qwen" });',
        "    }",
        '    return "qwen";',
        "  }",
        "}",
        "export default Qwen;",
        "",
      ].join("\n"),
      "src/llms/Widget.ts": ["class Widget extends Base {", '  static label = "qwen";', "}", ""].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["src/llms/Qwen.ts:1 qwen", "src/llms/Qwen.ts:10 qwen", "src/llms/Qwen.ts:13 qwen", "src/llms/Qwen.ts:2 qwen", "src/llms/Qwen.ts:3 qwen", "src/llms/Qwen.ts:4 qwen", "src/llms/Qwen.ts:5 qwen"]);
  });

  test("members of an enum named for providers select the family's API; an enum of anything else is a name", () => {
    const files = {
      "src/Enums/Provider.php": ["<?php", "enum Provider: string", "{", "    case OpenRouter = 'openrouter';", "    case Gemini = 'gemini';", "}", ""].join("\n"),
      "src/Enums/Colour.php": ["<?php", "enum Colour: string", "{", "    case Gemini = 'gemini';", "}", ""].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual(["src/Enums/Provider.php:5 gemini"]);
  });

  test("a switch arm on the provider that picks the family, and the statement under it, route on it; an arm of another switch does not", () => {
    const files = {
      "src/setup.ts": [
        "export function modelsFor(provider: string, colour: string) {",
        "  switch (provider) {",
        '    case "gemini":',
        "      return GEMINI_DEFAULTS(key);",
        '    case "openai":',
        "      return OPENAI_DEFAULTS(key);",
        "  }",
        "  switch (colour) {",
        '    case "gemini":',
        "      return 3;",
        "  }",
        "}",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual(["src/setup.ts:3 gemini", "src/setup.ts:4 gemini"]);
  });
});

describe("choosing a provider by name", () => {
  test("a call given the provider and a model, a shipped config's provider block and a provider enum member are the family's", () => {
    const files = {
      "config/llm.php": ["<?php", "return [", "    'deepseek' => [", "        'url' => env('DEEPSEEK_URL'),", "    ],", "    'deepseek' => 'DeepSeek',", "];", ""].join("\n"),
      "app/run.php": [
        "<?php",
        "$a = Llm::text()->using('mistral', 'voxtral-mini-2507')->asText();",
        "$b = Llm::provider(Provider::Mistral);",
        "$c = translate('mistral', 'wind');",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral", "deepseek"])).toEqual(["app/run.php:2 mistral", "app/run.php:3 mistral", "config/llm.php:3 deepseek"]);
  });

  test("provider entries in docs snippets and object literals choose the family's client; prose and shown names do not", () => {
    const files = {
      "docs/gemini.md": [
        "# Gemini",
        "",
        "Set the provider to gemini in your config.",
        "",
        "```yaml",
        "models:",
        "  - provider: gemini",
        "```",
        "",
        "```json",
        '{ "models": [{',
        '  "provider": "gemini",',
        '  "apiKey": "<KEY>"',
        "}] }",
        "```",
        "",
      ].join("\n"),
      "src/defaults.ts": ["export const entry = {", '  provider: "gemini",', "};", 'throw failure({ provider: "Gemini" });', ""].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual(["docs/gemini.md:12 gemini", "docs/gemini.md:7 gemini", "src/defaults.ts:2 gemini"]);
  });

  test("a chat-template name as a model entry's setting is that family's template; a template block is not a name", () => {
    const files = {
      "config.yaml": ["models:", "  - provider: acme", "    model: acme/coder-20b", "    template: granite", "  - provider: acme", "    template: |", "      {{ prompt }}", ""].join("\n"),
    };
    expect(lines(files, ["granite"])).toEqual(["config.yaml:4 granite"]);
  });
});

describe("names shown for models", () => {
  test("an entry's shown name beside its own model key is a label; the model key, and a name with no model beside it, are not", () => {
    const files = {
      "src/template.ts": [
        "export const models = [",
        "  {",
        '    name: "o3",',
        '    provider: "openai",',
        '    model: "o3",',
        "  },",
        "];",
        "",
      ].join("\n"),
      "config.yaml": ["models:", "  - name: my gpt-5", "    provider: openai", "    model: gpt-5", "  - name: gpt-4o", "    provider: openai", ""].join("\n"),
      "after.yaml": ["models:", "  - provider: openai", "    model: gpt-4.1", "    title: GPT-4.1 for chat", ""].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["after.yaml:3 gpt", "config.yaml:4 gpt", "config.yaml:5 gpt", "src/template.ts:5 gpt"]);
  });

  test("a title constant is text for people; the model constant beside it is the model", () => {
    const files = {
      "src/onboarding.ts": ['export const CHAT_MODEL = "llama3.1:8b";', 'export const CHAT_TITLE = "Llama 3.1 8B";', 'const chatTitle = "Llama 3.1 8B";', ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["src/onboarding.ts:1 llama"]);
  });

  test("a table of contents link, a question heading and an 'Available Models' list name models in passing; a plain heading does not", () => {
    const files = {
      "docs/guide.md": [
        "# Guide",
        "",
        "* [Deploy a GPT-4 model](#deploy-a-gpt-4-model)",
        "",
        "## Deploy a GPT-4 model",
        "",
        "By default, that will provision a `gpt-4` model.",
        "",
        "### Should I use GPT-5?",
        "",
        "## Available Models",
        "",
        "- `gpt-4.1`: a model with a long context window",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["docs/guide.md:5 gpt", "docs/guide.md:7 gpt"]);
  });
});
