import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty's missed shapes, on synthetic input, for several families. */
describe("a list named 'supported' passed as a picker's options", () => {
  test("is what the app calls: every model in it is reported", () => {
    const files = {
      "app/picker.py": "import streamlit as st\nsupported_llms = ['mixtral-8x7b', 'llama2-70b-chat', 'gemma-7b']\nchoice = st.selectbox('Select Model', supported_llms)\n",
    };
    expect(lines(files, ["mistral", "llama", "gemma"])).toEqual(["app/picker.py:2 gemma", "app/picker.py:2 llama", "app/picker.py:2 mistral"]);
  });

  test("the same list not offered to a picker stays a list of what is supported", () => {
    const files = {
      "app/models.py": "SUPPORTED_MODELS = ['mixtral-8x7b', 'llama2-70b-chat', 'gemma-7b']\ndef check(name):\n    return name in SUPPORTED_MODELS\n",
    };
    expect(lines(files, ["mistral", "llama", "gemma"])).toEqual([]);
  });
});

describe("a docstring's usage command and examples snippet", () => {
  test("an interpreter running a script with flags under 'Usage:' and a fenced snippet under 'Examples:' set the model", () => {
    const files = {
      "scripts/gen.py": '"""Generate data.\n\nUsage:\n    python gen.py --mode cortex --model llama3.1-70b\n"""\n',
      "pkg/citation.py": 'class Citations:\n    """Citations from a response.\n\n    Examples:\n        ```python\n        lm = LM("anthropic/claude-opus-4-1-20250805")\n        ```\n    """\n',
    };
    expect(lines(files, ["llama", "claude"])).toEqual(["pkg/citation.py:6 claude", "scripts/gen.py:4 llama"]);
  });

  test("docstring prose naming a model, outside such a snippet, stays a docstring", () => {
    const files = {
      "pkg/citation.py": 'class Citations:\n    """Citations, for models such as claude-opus-4-1-20250805.\n\n    Notes:\n        Works with llama3.1-70b too.\n    """\n',
    };
    expect(lines(files, ["llama", "claude"])).toEqual([]);
  });
});

describe("a help text's stated default", () => {
  test("'(default: …)' and 'defaults to …' name the model the option loads", () => {
    const files = {
      "scripts/gen.py": "parser.add_argument('--model', help='Cortex model for generation (default: llama3.3-70b)')\nparser.add_argument('--judge', help='Judge model, defaults to gpt-4o-mini')\n",
    };
    expect(lines(files, ["llama", "gpt"])).toEqual(["scripts/gen.py:1 llama", "scripts/gen.py:2 gpt"]);
  });

  test("a help text naming a model otherwise stays help text", () => {
    const files = {
      "scripts/gen.py": "parser.add_argument('--model', help='Cortex model for generation, e.g. llama3.3-70b or gpt-4o-mini')\n",
    };
    expect(lines(files, ["llama", "gpt"])).toEqual([]);
  });
});

describe("the harmony format library", () => {
  test("openai-harmony installed or imported is a GPT dependency; other OpenAI packages are not", () => {
    const files = {
      "requirements.txt": "openai-harmony>=0.0.3\nopenai>=1.0\n",
      "src/render.py": "from openai_harmony import load_harmony_encoding\n",
    };
    expect(lines(files, ["gpt"])).toEqual(["requirements.txt:1 gpt", "src/render.py:1 gpt"]);
  });
});

describe("an Elixir alias of a family's chat module", () => {
  test("`alias …ChatGrok` and `alias …ChatGemini` import client code for that family", () => {
    const files = {
      "README.md": "```elixir\nalias LangChain.ChatModels.ChatGrok\nalias LangChain.ChatModels.ChatGemini\n```\n",
    };
    expect(lines(files, ["grok", "gemini"])).toEqual(["README.md:2 grok", "README.md:3 gemini"]);
  });

  test("an alias of a module without a family word, or the module named in a list, is not", () => {
    const files = {
      "README.md": "```elixir\nalias LangChain.ChatModels.ChatOpenAI\nalias LangChain.Chains.LLMChain\n```\n",
      "mix.exs": "groups_for_modules: [\n  \"Chat Models\": [ChatGrok, ChatGemini]\n]\n",
    };
    expect(lines(files, ["grok", "gemini", "gpt"])).toEqual([]);
  });
});
