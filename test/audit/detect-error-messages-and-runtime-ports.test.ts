import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shapes, on synthetic input: an error message on its own line, a runtime named as a family's port. */
describe("an error or log message given on its own line after the call", () => {
  test("is text shown to people; the import it guards is the architecture", () => {
    const files = {
      "acme/backend.py": [
        "try:",
        "    from transformers import Gemma3ForConditionalGeneration",
        "except ImportError:",
        "    raise ImportError(",
        '        "Gemma3ForConditionalGeneration not found in transformers. "',
        '        "Please upgrade."',
        "    ) from None",
        "logger.warning(",
        '    "Falling back from Gemma3ForConditionalGeneration"',
        ")",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["acme/backend.py:2 gemma"]);
  });

  test("a string argument of any other call on its own line is still read", () => {
    const files = {
      "acme/load.py": 'model = AutoModelForCausalLM.from_pretrained(\n    "google/gemma-2-2b-it"\n)\n',
    };
    expect(lines(files, ["gemma"])).toEqual(["acme/load.py:2 gemma"]);
  });
});

describe("a runtime named as a family's port to a language", () => {
  test("llama2.c, gemma.cpp and a Java port in a comment name the runtime, not the family", () => {
    const files = {
      "src/main/java/Run.java": "model.onGPU(true); // otherwise a plain port of llama3.java runs on the CPU\n",
      "README.md": "Inference runs on [gemma.cpp](https://github.com/google/gemma.cpp) or llama2.c.\n",
    };
    expect(lines(files, ["llama", "gemma"])).toEqual([]);
  });

  test("the weights it loads still carry the dependency", () => {
    const files = {
      "src/main/java/Run.java": 'Path model = Path.of("models/Llama-3.2-1B-Instruct-Q8_0.gguf"); // run by llama3.java\n',
    };
    expect(lines(files, ["llama"])).toEqual(["src/main/java/Run.java:1 llama"]);
  });
});
