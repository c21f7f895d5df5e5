import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: a repo id given as link text to the Hub's dataset page. */
describe("link text whose link is a Hub dataset page", () => {
  test("names a dataset, even when the name holds a model's name", () => {
    const files = {
      "docs/data.md": "Here is an example with the [Acme/medical-o1-reasoning-SFT](https://huggingface.co/datasets/Acme/medical-o1-reasoning-SFT) dataset:\n",
    };
    expect(lines(files, ["gpt"])).toEqual([]);
  });

  test("link text whose link is a model page stays the model", () => {
    const files = {
      "docs/model.md": "We fine-tune [meta-llama/Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B) on it.\n",
    };
    expect(lines(files, ["llama"])).toEqual(["docs/model.md:1 llama"]);
  });
});
