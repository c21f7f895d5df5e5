import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round nineteen's Go vendor SDKs, on synthetic input: go.mod, imports and the SDK's constructor. */
describe("a single-family vendor's Go SDK", () => {
  test("the module in go.mod, its imports (alone, aliased, a package under it) and anthropic.NewClient( are the family's", () => {
    const files = {
      "go.mod": ["module example.com/tool", "", "require (", "\tgithub.com/anthropics/anthropic-sdk-go v1.2.0", "\tgithub.com/cohere-ai/cohere-go/v2 v2.16.2", ")"].join("\n"),
      "internal/claude/client.go": [
        "package claude",
        "",
        "import (",
        '\t"github.com/anthropics/anthropic-sdk-go"',
        '\t"github.com/anthropics/anthropic-sdk-go/option"',
        ")",
        "",
        "func New() anthropic.Client { return anthropic.NewClient(option.WithAPIKey(key)) }",
      ].join("\n"),
      "internal/cmd/client.go": ["package cmd", "", 'import co "github.com/cohere-ai/cohere-go/v2/client"'].join("\n"),
    };
    expect(lines(files)).toEqual([
      "go.mod:4 claude",
      "go.mod:5 command",
      "internal/claude/client.go:4 claude",
      "internal/claude/client.go:5 claude",
      "internal/claude/client.go:8 claude",
      "internal/cmd/client.go:3 command",
    ]);
  });

  test("the project's own package named after the vendor, other modules, the SDK's types and a string item are not", () => {
    const files = {
      "go.mod": ["module example.com/tool", "", "require github.com/acme/anthropic-tools v0.1.0"].join("\n"),
      "main.go": [
        "package main",
        "",
        "import (",
        '\t"example.com/tool/internal/anthropic"',
        ")",
        "",
        "var params = anthropic.MessageNewParams{}",
        'var models = []string{"github.com/cohere-ai/cohere-go"}',
      ].join("\n"),
    };
    expect(lines(files)).toEqual([]);
  });
});
