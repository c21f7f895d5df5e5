import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: a provider class's constant naming the provider it implements. */
describe("a provider class's PROVIDER_NAME", () => {
  test("names the family's API the class calls, with or without a type annotation", () => {
    const files = {
      "providers/one.py": ["class One(Provider):", '    PROVIDER_NAME = "llama"', ""].join("\n"),
      "providers/two.py": ["class Two(Provider):", "    PROVIDER_ID: str = 'mistral'", ""].join("\n"),
    };
    expect(lines(files, ["llama", "mistral"])).toEqual(["providers/one.py:2 llama", "providers/two.py:2 mistral"]);
  });

  test("a runtime's name, and a lower-case variable holding a user's choice, are not the family", () => {
    const files = {
      "providers/three.py": ["class Three(Provider):", '    PROVIDER_NAME = "llamafile"', ""].join("\n"),
      "providers/four.py": ["class Four(Provider):", '    PROVIDER_NAME = "ollama"', ""].join("\n"),
      "app.py": ['provider_name = "mistral"', ""].join("\n"),
    };
    expect(lines(files, ["llama", "mistral"])).toEqual([]);
  });
});
