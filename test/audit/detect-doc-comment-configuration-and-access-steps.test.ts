import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftovers, on synthetic input: what a sample's doc comment says it is configured with, runs and needs access to. */
describe("a sample's doc comment", () => {
  test("a value in its configuration table (<term>Key:</term> then <description>value</description>) is the setting it runs with", () => {
    const files = {
      "Sample.cs": ["/// Configuration example:", "/// <item>", "/// <term>ModelId:</term>", "/// <description>phi-3</description>", "/// </item>", "/// <item>", "/// <term>ModelPath:</term>", "/// <description>D:\\models\\Phi-3-mini-4k-instruct-onnx\\cpu-int4</description>", "/// </item>", ""].join("\n"),
    };
    expect(lines(files, ["phi"])).toEqual(["Sample.cs:4 phi", "Sample.cs:8 phi"]);
  });

  test("a description that is not under a term stays a remark", () => {
    const files = {
      "Sample.cs": ["/// <item>", "/// <description>Works like phi-3 does</description>", "/// </item>", ""].join("\n"),
    };
    expect(lines(files, ["phi"])).toEqual([]);
  });

  test("'this example uses' a model, and a numbered step visiting the model's page for access, say what the sample runs", () => {
    const files = {
      "Sample.cs": ["/// This example uses HuggingFace Llama 2 model and a local server.", '/// 2. Visit <see href="https://huggingface.co/meta-llama/Llama-2-7b-hf"/> and complete the access form.', ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["Sample.cs:1 llama", "Sample.cs:2 llama"]);
  });

  test("a comment remarking on a model, and a numbered step that only narrates, stay remarks", () => {
    const files = {
      "Sample.cs": ["// Llama 2 was trained on public data.", "// 2. Compare the answer with Llama 2.", ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });
});
