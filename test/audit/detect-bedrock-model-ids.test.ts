import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's Bedrock shape, on synthetic input: vendor prefix, family word and `-vN` revision, with no version on the family word. */
describe("a Bedrock model id in its own grammar", () => {
  test("a vendor prefix and a -vN revision name one model of the family, in a menu entry or a config", () => {
    const files = {
      "src/Menu.cs": [
        "var models = new Dictionary<int, Entry>",
        "{",
        '    { 1, new Entry { Name = "anthropic.claude-v2:1", CanStream = true } },',
        '    { 2, new Entry { Name = "cohere.command-light-text-v14", CanStream = false } },',
        '    { 3, new Entry { Name = "meta.llama2-13b-chat-v1", CanStream = true } },',
        "};",
      ].join("\n"),
      "config/bedrock.yaml": "default: anthropic.claude-instant-v1\n",
    };
    expect(lines(files, ["claude", "command", "llama"])).toEqual([
      "config/bedrock.yaml:1 claude",
      "src/Menu.cs:3 claude",
      "src/Menu.cs:4 command",
      "src/Menu.cs:5 llama",
    ]);
  });

  test("another vendor's prefix, a commented-out id, a path segment and prose are not read as Bedrock ids", () => {
    const files = {
      "src/Menu.cs": [
        '// { 1, new Entry { Name = "anthropic.claude-v2" } },',
        'var title = "Acme.command-line-v2";',
        'var file = "logs/anthropic.claude-v2.txt";',
      ].join("\n"),
      "docs/history.md": "Bedrock once listed anthropic.claude-v2 among its models.\n",
    };
    expect(lines(files, ["claude", "command"])).toEqual([]);
  });
});
