import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's extras shape, on synthetic input: a TOML key opening an array names an extra, its strings are packages. */
describe("a manifest's extras", () => {
  test("the packages an extra or the project installs are the family's SDK, inline or on their own lines, and a Poetry key with a version", () => {
    const files = {
      "pyproject.toml": ['[project]', 'name = "acme"', 'dependencies = ["anthropic>=0.83.0"]', "", "[project.optional-dependencies]", "cohere = [", '  "cohere>=5",', "]", ""].join("\n"),
      "poetry/pyproject.toml": ["[tool.poetry.dependencies]", 'anthropic = "^0.83"', ""].join("\n"),
    };
    expect(lines(files, ["claude", "command"])).toEqual(["poetry/pyproject.toml:2 claude", "pyproject.toml:3 claude", "pyproject.toml:7 command"]);
  });

  test("an extra's name opening its array, empty or not, is a name", () => {
    const files = {
      "pyproject.toml": ["[project.optional-dependencies]", "anthropic = []", "cohere = [", '  "httpx",', "]", "dashscope = [ ]", ""].join("\n"),
    };
    expect(lines(files, ["claude", "command", "qwen"])).toEqual([]);
  });

  test("a quoted pinned requirement installs the package outside the known manifests too; the bare vendor name does not", () => {
    const files = {
      "custom_components/home/manifest.json": ['{', '  "requirements": [', '    "webcolors>=24.8.0",', '    "anthropic>=0.75.0"', "  ],", '  "backend": "anthropic"', "}", ""].join("\n"),
      "setup.py": 'setup(install_requires=["mistralai==1.2.0"])\n',
    };
    expect(lines(files, ["claude", "mistral"])).toEqual(["custom_components/home/manifest.json:4 claude", "setup.py:1 mistral"]);
  });
});
