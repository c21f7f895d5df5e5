import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shapes, on synthetic input: a comment showing a run's output, key variables given as examples. */
describe("a comment showing what a run printed", () => {
  test("is not reported, in a snippet or in code; the call above it is", () => {
    const files = {
      "docs/generator.md": '```python\nresult = generator.run(model="meta-llama/Llama-3.3-70B-Instruct")\nprint(result)\n# >> \'meta\': [{\'model\': \'meta-llama/Llama-3.3-70B-Instruct\', \'index\': 0}]\n```\n',
      "src/demo.js": 'const reply = await chat({ model: "gpt-4o-mini" });\n// => { model: "gpt-4o-mini-2024-07-18" }\n',
    };
    expect(lines(files, ["llama", "gpt"])).toEqual(["docs/generator.md:2 llama", "src/demo.js:1 gpt"]);
  });

  test("a commented-out setting or a remark is not sample output and is judged as before", () => {
    const files = {
      "src/demo.py": 'client = Client(model="gpt-4o-mini")\n# Model >> picks gpt-4o-mini by default\n',
    };
    expect(lines(files, ["gpt"])).toEqual(["src/demo.py:1 gpt"]);
  });
});

describe("key variables given as examples in prose", () => {
  test("one key among others after 'for example' or 'such as' is not reported", () => {
    const files = {
      "docs/gateway.md": "The key is read from the provider's variable (for example, `OPENAI_API_KEY` or `ANTHROPIC_API_KEY`).\n\nUse a standard variable such as `MISTRAL_API_KEY` or `OPENAI_API_KEY`.\n",
    };
    expect(lines(files, ["claude", "mistral"])).toEqual([]);
  });

  test("a key the setup asks for stays the vendor-API rule, with an example of where to put it too", () => {
    const files = {
      "docs/setup.md": "Set `ANTHROPIC_API_KEY`, for example in `.env`.\n\nFor example, `ANTHROPIC_API_KEY=sk-…` must be set before the run.\n",
    };
    expect(lines(files, ["claude"])).toEqual(["docs/setup.md:1 claude", "docs/setup.md:3 claude"]);
  });
});

describe("a link given as an example", () => {
  test("after 'for example, see' it points at an example page; a link the setup follows is still read", () => {
    const files = {
      "docs/reasoning.md": "The closing token is in the model's config. For example, see [Qwen3-32B's config](https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json).\n\nDownload [Qwen3-32B](https://huggingface.co/Qwen/Qwen3-32B) and serve it.\n",
    };
    expect(lines(files, ["qwen"])).toEqual(["docs/reasoning.md:3 qwen"]);
  });
});
