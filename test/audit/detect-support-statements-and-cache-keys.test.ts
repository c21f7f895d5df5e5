import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty's decoy shapes in prose and CI, on synthetic input, for several families. */
describe("a sentence saying what a library supports", () => {
  test("'built-in support for', 'is only supported for' and 'covers …, including' name what is supported", () => {
    const files = {
      "README.md": "There is built-in support for Llama 2, Mistral, and Zephyr models.\n\nFunction calling is only supported for Llama 3.1 and Qwen2.5.\n\nA single module covers the catalog, including OpenAI's gpt-oss series (`openai.gpt-oss-120b`, `gpt-oss-20b`).\n",
    };
    expect(lines(files, ["llama", "mistral", "qwen", "gpt"])).toEqual([]);
  });

  test("a sentence that uses the model keeps its reading", () => {
    const files = {
      "README.md": "The demo runs Llama 3.1 8B with support for streaming.\n\nWe deploy `mistral-large-latest`, which is supported on our cluster.\n",
    };
    expect(lines(files, ["llama", "mistral"])).toEqual(["README.md:1 llama", "README.md:3 mistral"]);
  });
});

describe("a model's name made an adjective", () => {
  test("'O1-style' and 'GPT-4-like' compare, they use nothing", () => {
    const files = {
      "docs/stream.md": "Stream the intermediate outputs (i.e. O1-style reasoning) to the client.\n\nIt gives GPT-4-like answers.\n",
    };
    expect(lines(files, ["gpt"])).toEqual([]);
  });

  test("the model itself, not compounded, keeps its reading", () => {
    const files = {
      "docs/stream.md": "We use o1 with streaming.\n",
    };
    expect(lines(files, ["gpt"])).toEqual(["docs/stream.md:1 gpt"]);
  });
});

describe("a CI cache's key", () => {
  test("names the cache entry; the pull step beside it is the dependency", () => {
    const files = {
      ".github/workflows/test.yml": "jobs:\n  test:\n    steps:\n      - uses: actions/cache@v4\n        with:\n          path: ollama-data\n          key: ollama-llama3.2-3b-${{ runner.os }}-v2\n          restore-keys: qwen2.5-7b-${{ runner.os }}-\n      - run: ollama pull llama3.2:3b\n",
    };
    expect(lines(files, ["llama", "qwen"])).toEqual([".github/workflows/test.yml:9 llama"]);
  });

  test("a key without a workflow expression is read as before", () => {
    const files = {
      "config.yaml": "model:\n  key: qwen2.5-7b-instruct\n",
    };
    expect(lines(files, ["qwen"])).toEqual(["config.yaml:2 qwen"]);
  });
});
