import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty's decoy shapes, on synthetic input, for several families. */
describe("the comment after a print statement", () => {
  test("shows what was printed and is not reported, in code and in a snippet; the setting above it is", () => {
    const files = {
      "docs/context.md": '```python\nwith ctx(lm=LM("anthropic/claude-sonnet-4-6")):\n    print(settings.lm.model)  # anthropic/claude-sonnet-4-6\nprint(settings.lm.model)  # openai/gpt-5-mini (restored)\n```\n',
      "src/demo.js": 'const client = new Client({ model: "mistral-large-latest" });\nconsole.log(client.model); // mistral-large-latest\n',
    };
    expect(lines(files, ["claude", "gpt", "mistral"])).toEqual(["docs/context.md:2 claude", "src/demo.js:1 mistral"]);
  });

  test("an id inside the printed call, or a comment after other code, keeps its reading", () => {
    const files = {
      "src/demo.py": 'print(complete("gpt-4o-mini", prompt))\nmodel = load()  # mistral-7b-instruct\n',
    };
    expect(lines(files, ["gpt", "mistral"])).toEqual(["src/demo.py:1 gpt", "src/demo.py:2 mistral"]);
  });
});

describe("a message string giving an id as an example", () => {
  test("'e.g.' on the string line, or 'For example, ' closing the string above, is an example shown to people", () => {
    const files = {
      "src/lm.py": 'raise ConfigError(\n    "Reasoning models need temperature=1.0 "\n    "`LM(...)`, e.g., LM(\'openai/gpt-5\', temperature=1.0)",\n)\nraise FeatureError(\n    "please set the provider. For example, "\n    "`LM(\'mistral/mistral-large-latest\', provider=Provider())`.",\n)\n',
    };
    expect(lines(files, ["gpt", "mistral"])).toEqual([]);
  });

  test("a string line without an example marker keeps its reading", () => {
    const files = {
      "src/lm.py": 'models = (\n    "openai/gpt-5",\n    "mistral/mistral-large-latest",\n)\n',
    };
    expect(lines(files, ["gpt", "mistral"])).toEqual(["src/lm.py:2 gpt", "src/lm.py:3 mistral"]);
  });
});

describe("docs lists and blocks introduced as examples, support or possible output", () => {
  test("a bold 'Supported …:' label, 'Some examples:' and '**Possible Output:**' introduce no use", () => {
    const files = {
      "README.md": "**Supported chat models:**\n\n- **Bedrock Mantle** - gateway (Moonshot Kimi K2 family, OpenAI gpt-oss)\n\nSome examples:\n\n- `anyscale/mistralai/Mistral-7B-Instruct-v0.1`, with `ANYSCALE_API_KEY`\n- `together_ai/togethercomputer/llama-2-70b-chat`\n\n**Possible Output:**\n```text\nGPT-4o-mini: The castle has 7 floors.\n```\n",
    };
    expect(lines(files, ["kimi", "gpt", "mistral", "llama"])).toEqual([]);
  });

  test("a bold label that introduces the setup, and a block after ordinary prose, keep their reading", () => {
    const files = {
      "README.md": "**Configuration:**\n\n- `model: mistral-large-latest`\n\n**Run it:**\n```python\nlm = LM(\"openai/gpt-4o-mini\")\n```\n",
    };
    expect(lines(files, ["mistral", "gpt"])).toEqual(["README.md:3 mistral", "README.md:7 gpt"]);
  });
});

describe("an argparse epilog and a serving's registered name", () => {
  test("examples in an epilog are help text, and `serving: Llama2ChatModel` is a name", () => {
    const files = {
      "scripts/gen.py": 'parser = argparse.ArgumentParser(\n    epilog="""\nExamples:\n  python gen.py --mode cortex --model llama3.1-70b\n""",\n)\n',
      "lib/chat.ex": "def run do\n  ChatBumblebee.new!(%{\n    serving: Llama2ChatModel,\n    stream: true\n  })\nend\n",
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });

  test("a default in code and a model string under `serving:` keep their reading", () => {
    const files = {
      "scripts/gen.py": "parser.add_argument('--model', default='llama3.1-70b')\n",
      "lib/chat.ex": "ChatBumblebee.new!(%{\n  serving: \"meta-llama/Llama-2-7b-chat-hf\",\n})\n",
    };
    expect(lines(files, ["llama"])).toEqual(["lib/chat.ex:2 llama", "scripts/gen.py:1 llama"]);
  });
});
