import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";
import { providerModelTableOf } from "../../src/audit/detect/provider-model-tables.js";

/** Round nineteen's CLI provider config, on synthetic input: model keys, aliases, fallbacks and provider keys. */
describe("a CLI's provider model table", () => {
  const config = [
    "apis:",
    "  acme:",
    "    base-url: https://api.acme.example/v1",
    "    models:",
    "      gemini-2.0-flash-lite:",
    '        aliases: ["gm2fl", "gemini-2-flash-lite"]',
    "        fallback: gemini-2",
    "      mixtral-8x22b:",
    "        aliases:",
    "          - mixtral",
    "      deepseek-r1-distill-qwen-14b:",
    '        aliases: ["r1-qwen"]',
    "      ggml-gpt4all-j:",
    '        aliases: ["local"]',
    "  mistral:",
    "    models:",
    "      open-mistral-nemo:",
    '        aliases: ["nemo"]',
  ].join("\n");

  test("short and joined names under models:, aliases: and fallback: name the family; a family-named provider key is its API", () => {
    expect(lines({ "config.yml": config })).toEqual([
      "config.yml:10 mistral",
      "config.yml:11 deepseek",
      "config.yml:11 qwen",
      "config.yml:12 qwen",
      "config.yml:15 mistral",
      "config.yml:17 mistral",
      "config.yml:5 gemini",
      "config.yml:6 gemini",
      "config.yml:7 gemini",
      "config.yml:8 mistral",
    ]);
  });

  test("a name carrying a second family's word counts for both families there, not elsewhere", () => {
    const table = ["models:", "  deepseek-r1:", '    aliases: ["deepseek-r1-llama"]'].join("\n");
    expect(lines({ "config.yml": table })).toEqual(["config.yml:2 deepseek", "config.yml:3 deepseek", "config.yml:3 llama"]);
    expect(lines({ "notes.yml": 'aliases: ["deepseek-r1-llama"]\n' })).toEqual(["notes.yml:1 deepseek"]);
  });

  test("a models: list, a mapping of scalars and the same short names elsewhere are no model table", () => {
    expect(providerModelTableOf(["models:", "  - gpt-3.5", "  - mixtral"].join("\n"))).toBeUndefined();
    expect(providerModelTableOf(["models:", "  default: gpt-3.5", "  small: mixtral"].join("\n"))).toBeUndefined();
    expect(lines({ "settings.yml": ["mistral:", "  timeout: 30", "fallback: gpt-3.5", 'aliases: ["mixtral"]'].join("\n") })).toEqual([]);
  });
});
