import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's provider shapes, on synthetic input: a provider chosen by keyword argument or given to a client factory. */
describe("a provider chosen by name in code", () => {
  test("a provider keyword argument and a client factory given the provider's name choose the family's API, in code and docs snippets", () => {
    const files = {
      "app/chat.py": [
        "from acme_llm import AcmeLLM, completion",
        "",
        'llm = AcmeLLM.create("mistral")',
        "reply = completion(",
        '    provider="gemini",',
        '    model="some-model",',
        ")",
      ].join("\n"),
      "docs/start.md": ["# Start", "", "```python", 'client = ProviderClient.create("mistral", api_key=key)', "```", ""].join("\n"),
    };
    expect(lines(files, ["mistral", "gemini"])).toEqual(["app/chat.py:3 mistral", "app/chat.py:5 gemini", "docs/start.md:4 mistral"]);
  });

  test("another vendor's provider, a shown name, an unrelated factory and prose are not the family's", () => {
    const files = {
      "app/chat.py": [
        'reply = completion(provider="acme", model="some-model")',
        'raise ProviderError(provider="Mistral")',
        'task = Job.create("mistral")',
      ].join("\n"),
      "docs/start.md": 'Pass provider="mistral" to use Mistral\'s hosted models.\n',
    };
    expect(lines(files, ["mistral", "gemini"])).toEqual([]);
  });
});
