import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Residue of rounds one to seventeen (2026-12-07, afternoon): model ids by their position or shape, whatever the catalog knows. */
describe("keys of a per-model table and rolling aliases", () => {
  test("a derivative's name keying an inline table is a model the code looks up; the same name as a lone setting is not", () => {
    const files = {
      "lib/llm/ollama.rb": [
        "module Llm",
        "  EMBEDDING_SIZES = {",
        '    "llama3.1": 4_096,',
        '    "llama3.2": 3_072,',
        "    mistral: 4_096,",
        '    "mistral-openorca": 4_096,',
        "  }.freeze",
        "end",
        "",
      ].join("\n"),
      "lib/llm/limits.rb": ["module Limits", '  "mistral-openorca": 4_096', "end", ""].join("\n"),
    };
    expect(lines(files, ["llama", "mistral"])).toEqual(["lib/llm/ollama.rb:3 llama", "lib/llm/ollama.rb:4 llama", "lib/llm/ollama.rb:5 mistral", "lib/llm/ollama.rb:6 mistral"]);
  });

  test("the keys of a nested pricing table name its models, releases the catalog does not know included; keys over text do not", () => {
    const files = {
      "utils/model_pricing.yaml": [
        "anthropic.claude-sonnet-4-6:",
        "  input_per_1m: 3.00",
        "  output_per_1m: 15.00",
        "anthropic.claude-sonnet-5:",
        "  input_per_1m: 3.00",
        "  quota_burndown: 10     # tier",
        "anthropic.claude-fable-5:",
        "  input_per_1m: 10.00",
        "  output_per_1m: 50.00",
        "",
      ].join("\n"),
      "utils/model_notes.yaml": [
        "anthropic.claude-sonnet-5:",
        "  note: the next release",
        "anthropic.claude-fable-5:",
        "  note: a story",
        "anthropic.claude-poem-5:",
        "  note: a poem",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude"])).toEqual(["utils/model_pricing.yaml:1 claude", "utils/model_pricing.yaml:4 claude", "utils/model_pricing.yaml:7 claude"]);
  });

  test("a vendor's rolling alias (`mistral-ocr-latest`) listed as a model string is a model by its shape; a `-latest` image tag is not", () => {
    const files = {
      "docs/ocr.md": [
        "# OCR",
        "",
        "```php",
        "$response = $provider->ocr(",
        "    'mistral-ocr-latest',",
        "    Document::fromUrl('https://example.com/file.pdf')",
        ");",
        "```",
        "",
        "Pull the `mistral-tools-latest` image first.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["docs/ocr.md:5 mistral"]);
  });

  test("sibling keys each opening a mapping of settings, two of them versioned, are a per-model table; a mapping keyed by words is not", () => {
    const files = {
      "app/overrides.py": [
        "def option_overrides():",
        "    return {",
        '        "qwen3": {',
        "            CONF_TEMPERATURE: 0.6,",
        "        },",
        '        "mistral": {',
        "            CONF_MIN_P: 0.1,",
        "        },",
        '        "llama-3": {',
        '            CONF_PROMPT: "x",',
        "        },",
        "    }",
        "",
      ].join("\n"),
      "app/backends.py": ['BACKENDS = {', '    "mistral": {', '        "url": "http://localhost",', "    },", '    "ollama": {', "        \"url\": \"x\",", "    },", '    "local": {', "        \"url\": \"y\",", "    },", "}", ""].join("\n"),
    };
    expect(lines(files, ["qwen", "mistral", "llama"])).toEqual(["app/overrides.py:3 qwen", "app/overrides.py:6 mistral", "app/overrides.py:9 llama"]);
  });
});
