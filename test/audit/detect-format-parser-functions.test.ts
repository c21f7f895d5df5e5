import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-one: a parser's function named after the family whose tool-call format it reads. */
describe("functions for one family's format", () => {
  test("a function named for the family and its format, defined or called, counts; other names and comments do not", () => {
    const files = {
      "parsers/gemma.py": [
        "def _gemma4_args_to_json(text):",
        "    return text",
        "",
        "# _gemma4_args_to_json(x) quotes the keys",
        "gemma4_result = run(x)",
        "json_str = _gemma4_args_to_json(args_str)",
        "value = gemma_weights_path(x)",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["parsers/gemma.py:1 gemma", "parsers/gemma.py:6 gemma"]);
  });
});
