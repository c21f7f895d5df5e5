import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's split shape, on synthetic input: a dataset split named after the model that generated it. */
describe("a dataset split named after a model", () => {
  test("a split or subset with lower-case words on both sides of the model's name is data, in code and prose", () => {
    const files = {
      "train.py": ['train = ds["chats_everyday_reasoning_Qwen3_32B_think"].select(range(100))', ""].join("\n"),
      "docs/data.md": "We preprocessed the `chats_everyday_reasoning_Qwen3_32B_think` subset.\n",
    };
    expect(lines(files, ["qwen"])).toEqual([]);
  });

  test("a model id, an id with an org, and a name starting with the model stay the model", () => {
    const files = {
      "train.py": ['model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen3-32B")', 'MODEL = "qwen3_32b_think"', 'teacher = "Qwen3_32B_instruct"', ""].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["train.py:1 qwen", "train.py:2 qwen", "train.py:3 qwen"]);
  });
});
