import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftovers, on synthetic input: a configuration object's property path, and a title printed between rules. */
describe("a settings property path in code", () => {
  test("three or more PascalCase members with the family as a section name read a setting, they name no model", () => {
    const files = {
      "Sample.cs": ["string modelId = TestConfiguration.GoogleAI.Gemini.ModelId;", "    modelId: Settings.VertexAI.Gemini.ModelId,", ""].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual([]);
  });

  test("a model id string, and a two-member enum value, stay the model", () => {
    const files = {
      "Sample.cs": ['string modelId = "gemini-1.5-flash";', "var model = GeminiModels.Gemini15Flash;", ""].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual(["Sample.cs:1 gemini", "Sample.cs:2 gemini"]);
  });
});

describe("a title printed between rules", () => {
  test("a family named in a banner string is a heading shown to people, in code and fenced snippets", () => {
    const files = {
      "Sample.cs": ['Console.WriteLine("\\n======== HuggingFace Llama 2 example ========\\n");', ""].join("\n"),
      "demo.py": ['print("--- Llama 2 demo ---")', ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });

  test("a model loaded on a line with a rule outside any string, and a rule printed beside the loaded model, stay the model", () => {
    const files = {
      "demo.py": ['model = load("meta-llama/Llama-2-7b-hf")  # ====', 'print("====", load("meta-llama/Llama-2-7b-hf"))', ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["demo.py:1 llama", "demo.py:2 llama"]);
  });
});
