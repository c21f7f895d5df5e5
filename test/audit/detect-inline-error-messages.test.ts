import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: an error or log message on the raising call's own line. */
describe("a message string given to an error or log call on its line", () => {
  test("a key or model named in the message is text shown to people, in code and in a fenced snippet", () => {
    const files = {
      "check.py": ['    raise ValueError("Please set MISTRAL_API_KEY environment variable")', '    logger.warning(f"mistral-large-latest is slow")', ""].join("\n"),
      "check.ts": ['  throw new Error("Set MISTRAL_API_KEY first");', ""].join("\n"),
      "docs/quickstart.md": ["```python", "if not api_key:", '    raise ValueError("Please set MISTRAL_API_KEY environment variable")', "```", ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual([]);
  });

  test("the key read on the line before, and a key or model passed beside the message, stay dependencies", () => {
    const files = {
      "check.py": ["api_key = os.environ.get('MISTRAL_API_KEY')", 'raise ValueError("no key") if not os.getenv("MISTRAL_API_KEY") else None', 'client.chat(model="mistral-large-latest", error=ValueError("x"))', ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["check.py:1 mistral", "check.py:2 mistral", "check.py:3 mistral"]);
  });
});
