import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's provider-library shapes, on synthetic input: a Python enum of providers, an API's endpoint variable. */
describe("a provider library's enum and endpoint variable", () => {
  test("members of a Python enum of providers named for a family, and the API's base variable beside its key, are the family's API", () => {
    const files = {
      "acme/constants.py": [
        "from enum import StrEnum",
        "",
        "class ChatProvider(StrEnum):",
        '    """Providers we route to."""',
        "",
        '    ACME = "acme"',
        '    MISTRAL = "mistral"',
        '    LLAMAFILE = "llamafile"',
        "",
        'DEFAULT = "acme"',
      ].join("\n"),
      "acme/llama_api.py": ['KEY_NAME = "LLAMA_API_KEY"', 'BASE_NAME = "LLAMA_API_BASE"', 'URL_NAME = "MISTRAL_API_URL"', ""].join("\n"),
    };
    expect(lines(files, ["mistral", "llama"])).toEqual(["acme/constants.py:7 mistral", "acme/llama_api.py:1 llama", "acme/llama_api.py:2 llama", "acme/llama_api.py:3 mistral"]);
  });

  test("an enum of something else, a runtime's member, a base URL variable and a key's other siblings are names", () => {
    const files = {
      "acme/kinds.py": ["from enum import Enum", "", "class Colour(Enum):", '    MISTRAL = "mistral"', ""].join("\n"),
      "acme/env.py": ['BASE = os.environ["MISTRAL_BASE_URL"]', 'FILE = "MISTRAL_API_KEY_FILE"', 'BASE2 = "MISTRAL_API_BASE_PATH"', ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual([]);
  });
});
