import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shapes, on synthetic input: a docstring's Usage snippet, a backend registered for one architecture. */
describe("a command under a docstring's Usage heading", () => {
  test("runs what it names, on its first line and its continuation lines, also after reStructuredText's blank line", () => {
    const files = {
      "acme/backends/gemma.py": '"""Gemma backend.\n\nUsage::\n\n    acme-eval --model acme-backend \\\n        --model_args pretrained=google/gemma-2-2b-it,dtype=bfloat16 \\\n        --tasks hellaswag\n"""\n',
    };
    expect(lines(files, ["gemma"])).toEqual(["acme/backends/gemma.py:6 gemma"]);
  });

  test("the docstring's prose, a Usage heading over prose and a usage line in a comment are not commands", () => {
    const files = {
      "acme/backends/gemma.py": '"""Gemma backend for google/gemma-2-2b-it and friends.\n\nUsage:\n    Pass google/gemma-2-2b-it as the model to evaluate.\n"""\n',
    };
    expect(lines(files, ["gemma"])).toEqual([]);
  });
});

describe("a backend registered for one family's architecture", () => {
  test("the registration and the class it decorates", () => {
    const files = {
      "acme/backends/qwen.py": '@register_model("hf-qwen2")\nclass Qwen2Backend(HFBackend):\n    pass\n',
    };
    expect(lines(files, ["qwen"])).toEqual(["acme/backends/qwen.py:1 qwen", "acme/backends/qwen.py:2 qwen"]);
  });

  test("a registration whose name carries no family's model type, or only a vendor's word, and its class", () => {
    const files = {
      "acme/backends/api.py": '@register_model("openai-chat-completions", "local-chat")\nclass ChatBackend(Base):\n    pass\n@register_model("cohere-chat")\nclass CohereBackend(Base):\n    pass\n',
    };
    expect(lines(files, ["gpt", "command"])).toEqual([]);
  });
});
