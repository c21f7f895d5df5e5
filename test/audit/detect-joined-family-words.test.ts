import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shape, on synthetic input: a derivative whose repo name runs the family word into another word. */
describe("a hub repo named with the family word run into another word", () => {
  test("is a derivative where it is loaded or listed as a model string", () => {
    const files = {
      "scripts/run.sh": 'models=(\n  "acme/SwahiliLlama_V2",\n  "acme/KiswahiliGemma-2b",\n)\npython eval.py --model acme/SwahiliLlama_V2\n',
    };
    expect(lines(files, ["llama", "gemma"])).toEqual(["scripts/run.sh:2 llama", "scripts/run.sh:3 gemma", "scripts/run.sh:5 llama"]);
  });

  test("lower-case runs (ollama, exllama), a name without a repo and prose are not derivatives", () => {
    const files = {
      "scripts/run.sh": 'runtime="ollama/ollama"\nbackend="turboderp/exllamav2"\nname="SwahiliLlama_V2"\n',
      "docs/notes.md": "We compared acme/SwahiliLlama_V2 in a blog post.\n",
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });
});
