import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-one's decoys: examples in prose (wrapped or in "(like …)"), lists of what a tool works with, cache commands. */
describe("wrapped examples, works-with lists and cache-management commands", () => {
  test("an id wrapped after \"For example, … you can use\" is an example; a wrapped sentence that sets the model is not", () => {
    const files = {
      "docs/train.md": [
        "# Train",
        "",
        "For example, to fine-tune a small model you can use `--model",
        "mistralai/Mistral-7B-v0.1`.",
        "",
        "This guide fine-tunes the default model, passed as `--model",
        "mistralai/Mistral-7B-Instruct-v0.3` to every command below.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["docs/train.md:7 mistral"]);
  });

  test("models named \"(like …)\" are examples; the same names as what the text runs count", () => {
    const files = {
      "README.md": ["# Home", "", "It teaches general-purpose models (like Qwen3, Llama 3.1) how to act.", "", "The default backend runs Qwen3 8B.", ""].join("\n"),
    };
    expect(lines(files, ["qwen", "llama"])).toEqual(["README.md:5 qwen"]);
  });

  test("a list after \"works with the following model families:\" says what the tool supports; a list of what it runs counts", () => {
    const files = {
      "docs/LORA.md": ["LoRA fine-tuning works with the following model families:", "", "- Phi2", "- Qwen2", "", "The recipes below fine-tune these models:", "", "- Qwen2 7B", ""].join("\n"),
    };
    expect(lines(files, ["phi", "qwen"])).toEqual(["docs/LORA.md:8 qwen"]);
  });

  test("a command that scans or deletes the model cache loads nothing; the one that loads the model does", () => {
    const files = {
      "docs/MANAGE.md": [
        "```shell",
        "mlx_lm.manage --scan --pattern mlx-community/Mistral-7B-Instruct-v0.2-4bit",
        "mlx_lm.manage --delete --pattern mlx-community/Mistral-7B-Instruct-v0.2-4bit",
        "huggingface-cli delete-cache mistralai/Mistral-7B-Instruct-v0.3",
        "mlx_lm.generate --model mlx-community/Mistral-7B-Instruct-v0.2-4bit --prompt hello",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["docs/MANAGE.md:5 mistral"]);
  });
});
