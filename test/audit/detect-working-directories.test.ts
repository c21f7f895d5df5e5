import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's residue, on synthetic input: a folder given as the working directory is where files go. */
describe("a folder given as the working directory", () => {
  test("named after the model, in English or Chinese prose, is no model", () => {
    const files = {
      "docs/setup.md": ["创建本次实践的工作目录`/root/autodl-tmp/phi3`", "", "Create the working directory `/work/qwen2.5-7b`.", ""].join("\n"),
    };
    expect(lines(files, ["phi", "qwen"])).toEqual([]);
  });

  test("a model folder the tutorial downloads into stays the model", () => {
    const files = {
      "docs/setup.md": ["模型下载到 `/root/autodl-tmp/qwen/Qwen2.5-7B-Instruct`", ""].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["docs/setup.md:1 qwen"]);
  });
});
