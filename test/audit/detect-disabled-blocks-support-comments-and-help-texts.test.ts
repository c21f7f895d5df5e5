import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round nineteen's code that names models without using them, on synthetic input. */
describe("disabled blocks, supported lists by their comment, help-text tables and series headings", () => {
  test("code under if False: runs nothing; the same code enabled loads the model", () => {
    const disabled = ["if False:", "    model = AutoModel.from_pretrained(", '        "mistralai/Mistral-7B-v0.1",', "    )", "", 'tokenizer = AutoTokenizer.from_pretrained("google/gemma-2-9b")'].join("\n");
    expect(lines({ "train.py": disabled })).toEqual(["train.py:6 gemma"]);
    expect(lines({ "train.py": disabled.replace("if False:", "if True:") })).toEqual(["train.py:3 mistral", "train.py:6 gemma"]);
  });

  test("a list constant whose comment above says what is supported lists what a library accepts; a comment that says nothing of support does not", () => {
    const listed = (comment: string): string =>
      [comment, "quantized_models = [", '    "unsloth/Llama-3.1-8B-bnb-4bit",', '    "unsloth/gemma-2-9b-bnb-4bit",', "]", 'model_name = "unsloth/Qwen2.5-7B"'].join("\n");
    expect(lines({ "load_model.py": listed("# Pre-quantized models we support for faster downloads.") })).toEqual(["load_model.py:6 qwen"]);
    expect(lines({ "load_model.py": listed("# Models to compare in this run.") })).toEqual(["load_model.py:3 llama", "load_model.py:4 gemma", "load_model.py:6 qwen"]);
  });

  test("a table of help texts holds sentences a CLI prints; a table of defaults sets models", () => {
    const help = ["package main", "", "var help = map[string]string{", '\t"model": "Default model (gpt-4o, claude-3-5-sonnet-20241022...)",', "}"].join("\n");
    expect(lines({ "config.go": help })).toEqual([]);
    expect(lines({ "config.go": help.replace("var help", "var defaults") })).toEqual(["config.go:4 claude", "config.go:4 gpt"]);
  });

  test("a config comment that only heads a series names a group; a comment setting a model configures", () => {
    const config = ["models:", "  # GPT-5 Series (Current Flagship)", "  main: gpt-5", "  # Use claude-3-5-haiku-20241022 for summaries", "  small: claude-3-5-haiku-20241022"].join("\n");
    expect(lines({ "config.yml": config })).toEqual(["config.yml:3 gpt", "config.yml:4 claude", "config.yml:5 claude"]);
  });
});
