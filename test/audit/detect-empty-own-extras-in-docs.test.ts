import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: the README installs the project with an extra its pyproject leaves empty. */
describe("an install of the project itself with its own extras", () => {
  const pyproject = ["[project]", 'name = "acme-llm"', 'dependencies = ["httpx"]', "", "[project.optional-dependencies]", "anthropic = []", "mistral = [", '  "mistralai>=1",', "]", ""].join("\n");

  test("an extra the project's table leaves empty installs nothing, though it is a vendor SDK's name", () => {
    const files = { "pyproject.toml": pyproject, "README.md": ["```bash", "pip install 'acme-llm[openai,anthropic]'", "```", ""].join("\n") };
    expect(lines(files, ["claude"])).toEqual([]);
  });

  test("an extra that installs an SDK, and the same name installed for another package, stay dependencies", () => {
    const files = { "pyproject.toml": pyproject, "README.md": ["```bash", "pip install 'acme-llm[mistral]'", "pip install 'other-sdk[anthropic]' anthropic", "```", ""].join("\n") };
    expect(lines(files, ["claude", "mistral"])).toEqual(["README.md:2 mistral", "README.md:3 claude", "pyproject.toml:8 mistral"]);
  });
});
