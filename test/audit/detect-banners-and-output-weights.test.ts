import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round nineteen's prose that names models without using them, and output weights named like a variable, on synthetic input. */
describe("banners, link rows, inline support lists, links to other notebooks and output weights", () => {
  test("a speed claim, a bullet-joined row of links, 'we support …' and a list item linking to another notebook name no model used", () => {
    const readme = [
      "Fine-tune Qwen3-8B and gpt-oss-20b 2x faster with 70% less memory.",
      "",
      "News: [Vision RL](https://example.com/docs/vision) • [gpt-oss RL](https://example.com/docs/gpt-oss-rl) • [Blog](https://example.com/blog)",
      "",
      "We support `chatml, llama3, phi4, gemma2` and more.",
      "",
      "1. Llama 3.2 Vision finetuning. [Free Colab](https://colab.research.google.com/github/acme/notebooks/blob/main/Llama3.2_Vision.ipynb)",
    ].join("\n");
    expect(lines({ "README.md": readme })).toEqual([]);
  });

  test("the same models used, and link text outside a row of links, are kept", () => {
    const readme = [
      "This notebook fine-tunes Qwen3-8B with LoRA.",
      "",
      "Read about [gpt-oss-20b](https://example.com/docs/gpt-oss) before you start.",
      "",
      "1. Load meta-llama/Llama-3.2-11B-Vision-Instruct in the first cell.",
    ].join("\n");
    expect(lines({ "README.md": readme })).toEqual(["README.md:1 qwen", "README.md:3 gpt", "README.md:5 llama"]);
  });

  test("a weights file named like a variable is the project's own output; a released model's weights file is the model's", () => {
    expect(lines({ "README.md": "Now use the `qwen_finetune.Q8_0.gguf` file in your runtime.\n" })).toEqual([]);
    expect(lines({ "README.md": "Now use the `Qwen3-4B-Instruct.Q8_0.gguf` file in your runtime.\n" })).toEqual(["README.md:1 qwen"]);
  });
});
