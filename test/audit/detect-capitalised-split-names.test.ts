import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover split shape, on synthetic input: a split whose first word is capitalised or whose words start with digits. */
describe("a dataset split named after a model, with a capitalised first word", () => {
  test("a split listed or printed with a CamelCase first word and digit-led words around the model's name is data", () => {
    const files = {
      "docs/splits.md": ["```", "Available splits: ['LongAlign_64k_Qwen3_32B_yarn_131k_think', 'OpenThoughts3_1.2M_think']", "LongAlign_64k_Qwen3_32B_yarn_131k_think: Dataset({", "```", ""].join("\n"),
      "load.py": ['ds = load_dataset("acme/mix", split="LongAlign_64k_Qwen3_32B_yarn_131k_think")', ""].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual([]);
  });

  test("a model name with a capitalised vendor word before it, or with no second word before it, stays the model", () => {
    const files = {
      "load.py": ['MODEL = "Alibaba_Qwen3_32B_think"', 'name = "Meta_Llama_3_8B_instruct"', 'tag = "Qwen3_32B_think"', ""].join("\n"),
    };
    expect(lines(files, ["qwen", "llama"])).toEqual(["load.py:1 qwen", "load.py:2 llama", "load.py:3 qwen"]);
  });
});
