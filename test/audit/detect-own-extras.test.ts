import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: a pyproject's `all` extra lists its own extras, which install what their arrays hold. */
describe("a pyproject extra listing the project's own extras", () => {
  const pyproject = (all: string): string =>
    [
      "[project]",
      'name = "acme-llm"',
      "",
      "[project.optional-dependencies]",
      "all = [",
      `  "${all}"`,
      "]",
      "mistral = [",
      '  "mistralai>=2.0.0",',
      "]",
      "xai = [",
      '  "xai-sdk>=1.0.1",',
      "]",
      "ollama = [",
      '  "ollama>=0.6.0"',
      "]",
      "deepseek = []",
      "llama = []",
      "dashscope = []",
      "",
    ].join("\n");

  test("reports the families of the packages the named extras install, also when the extra's name carries no family word", () => {
    expect(lines({ "pyproject.toml": pyproject("acme-llm[mistral,xai,ollama,deepseek,llama,dashscope]") }, ["mistral", "grok", "deepseek", "llama", "qwen"])).toEqual([
      "pyproject.toml:12 grok",
      "pyproject.toml:6 grok",
      "pyproject.toml:6 mistral",
      "pyproject.toml:9 mistral",
    ]);
  });

  test("an extra named after a family that installs nothing is no dependency", () => {
    expect(lines({ "pyproject.toml": pyproject("acme-llm[deepseek,llama,dashscope]") }, ["deepseek", "llama", "qwen"])).toEqual([]);
  });

  test("another package's extras are not resolved against this table", () => {
    expect(lines({ "pyproject.toml": pyproject("other-sdk[deepseek]") }, ["deepseek"])).toEqual(["pyproject.toml:6 deepseek"]);
  });
});
