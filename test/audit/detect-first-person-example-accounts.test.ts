import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's leftover, on synthetic input: "For example, we …" is an account of the authors' own run, not an example list. */
describe("an example marker before a first-person account", () => {
  test("'for example, we … using <model>' is what the authors ran", () => {
    const files = {
      "README.md": "For example, we were able to create 150 samples in 1 hour, using Llama-3.1-70B-Instruct, by approving answers.\n",
    };
    expect(lines(files, ["llama"])).toEqual(["README.md:1 llama"]);
  });

  test("'for example, <model>' and 'for example, you could use <model>' stay examples", () => {
    const files = {
      "README.md": ["Pick any chat model, for example Llama-3.1-70B-Instruct.", "", "Pick a model; for example, you could use Llama-3.1-70B-Instruct.", ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });
});
