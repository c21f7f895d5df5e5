import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round fifteen's residue, on synthetic input: the family vendor's console named where a setup gets its API key. */
describe("the vendor's console named after the family", () => {
  test("where the setup gets its API key, it is the family's API the setup needs", () => {
    const files = {
      "docs/mistral.mdx": "Get an API key from the [Mistral Dashboard](https://console.mistral.ai)\n",
      "docs/gemini.md": "Create an API key in the Gemini Console first.\n",
    };
    expect(lines(files, ["mistral", "gemini"])).toEqual(["docs/gemini.md:1 gemini", "docs/mistral.mdx:1 mistral"]);
  });

  test("the console named without an API key is a page", () => {
    const files = {
      "docs/usage.md": "Open the Mistral Dashboard to see your usage.\n",
    };
    expect(lines(files, ["mistral"])).toEqual([]);
  });
});
