import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-three's fixes: shapes of an agent CLI's provider docs, a Dart LLM library and a local model UI's docs. */
describe("a phrase-only family's bare id where a model is set", () => {
  test("--model command…, a model key's \"command\" count; the English word, another flag or key and a comment do not", () => {
    // Both files name the vendor (Cohere): after the second review a bare `command` is trusted only beside it (see the hardened test).
    const files = {
      "docs/cohere.md": [
        "Run this command to start Cohere's models:",
        "",
        "```bash",
        "interpreter --model command",
        "interpreter --model command-medium-beta",
        "python run.py --command start",
        "```",
        "",
        "```python",
        'interpreter.llm.model = "command-xlarge-beta"',
        "```",
        "",
      ].join("\n"),
      "lib/cohere.rb": ["COHERE_DEFAULTS = {", '  completion_model: "command",', '  command: "npx",', '  # model: "command"', "}", ""].join("\n"),
    };
    expect(lines(files, ["command"])).toEqual(["docs/cohere.md:10 command", "docs/cohere.md:4 command", "docs/cohere.md:5 command", "lib/cohere.rb:2 command"]);
  });
});

describe("Dart provider code for a family's API", () => {
  test("a family-named package imported or pinned and a Chat<Family>AI client constructed count; vendor names and comments do not", () => {
    const files = {
      "bin/main.dart": [
        "import 'package:langchain_mistralai/langchain_mistralai.dart';",
        "import 'package:langchain_anthropic/langchain_anthropic.dart';",
        "",
        "final chatModel = ChatMistralAI(apiKey: key);",
        "final other = ChatAnthropic(apiKey: key);",
        "// ChatMistralAI( is built below",
        "",
      ].join("\n"),
      "pubspec.yaml": [
        "name: langchain_mistralai",
        "description: Anthropic module for LangChain.dart (Claude 3.5 Sonnet, Opus, Haiku, etc.).",
        "dependencies:",
        "  mistralai_dart: ^1.3.0",
        "  anthropic_sdk_dart: ^0.2.0",
        "",
      ].join("\n"),
      "docs/chat.md": [
        "# ChatMistralAI",
        "",
        "```dart",
        "final chatModel = ChatMistralAI(",
        "  defaultOptions: ChatMistralAIOptions(",
        "    temperature: 0,",
        "  ),",
        ");",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral", "claude"])).toEqual(["bin/main.dart:1 mistral", "bin/main.dart:4 mistral", "docs/chat.md:4 mistral", "docs/chat.md:5 mistral", "pubspec.yaml:4 mistral"]);
  });
});

describe("statements of the family's API a package wraps or a setup needs", () => {
  test("the vendor's name for the family's API, a module for it and the family after an API count; a page title and a remark do not", () => {
    const files = {
      "docs/mistral.md": [
        "Wrapper around [Mistral AI](https://mistral.ai/) Chat Completions API.",
        "",
        "> Note: Mistral AI API is currently in closed beta.",
        "",
        "To use it you need to have a Mistral AI account and an API key.",
        "",
        "* `ChatAnthropic`: wrapper around [Anthropic Messages](https://docs.anthropic.com/en/api/messages) API (Claude).",
        "",
        "[Mistral AI](https://mistral.ai) module for LangChain.dart.",
        "",
        "Mistral AI builds strong open models.",
        "",
      ].join("\n"),
      "docs/page.mdx": ["---", "title: Mistral AI API", "---", "", "Mistral models are fast.", ""].join("\n"),
    };
    expect(lines(files, ["mistral", "claude"])).toEqual(["docs/mistral.md:1 mistral", "docs/mistral.md:3 mistral", "docs/mistral.md:5 mistral", "docs/mistral.md:7 claude", "docs/mistral.md:9 mistral"]);
  });
});

describe("models named as examples or as what a service offers", () => {
  test("available and example lists, example links and lists, a save-as name are not uses; a page to visit and a command are", () => {
    const files = {
      "docs/models.md": [
        "The following models are available:",
        "- `claude-3-5-sonnet-latest`",
        "",
        "Examples of models that you can use:",
        "",
        "- https://huggingface.co/turboderp/gemma-3-27b-it-exl3",
        "",
        "Example: https://huggingface.co/TheBloke/Llama-2-7b-Chat-GGUF",
        "",
        "For instance, [unsloth/gemma-3-4b-it-GGUF](https://huggingface.co/unsloth/gemma-3-4b-it-GGUF) has this:",
        "",
        "Use a model with tool calling support (Qwen, Mistral, GPT-OSS, etc).",
        "",
        "Some models call tools in parallel (Qwen, Mistral), while others call one at a time (GPT-OSS).",
        "",
        "Ollama runs open models, such as Llama 3.2 or Gemma 2, locally.",
        "",
        "Check the catalogue (e.g. [`llama3.2`](https://ollama.com/library/llama3.2) or [`qwen3`](https://ollama.com/library/qwen3)).",
        "",
        "Name it `mmproj-gemma-3-4b-it-F16.gguf` to give it a recognizable name.",
        "",
        "For access, go to the Hugging Face page (e.g. [this page for LLaMA 3 8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)) and agree.",
        "",
        "Connect to a server, for example `local-ai chat --endpoint http://127.0.0.1:8081 --model qwen3-4b`.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude", "gemma", "llama", "qwen", "mistral", "gpt"])).toEqual(["docs/models.md:22 llama", "docs/models.md:24 qwen"]);
  });

  test("a message a UI call shows on its own line is text for people; the setting above it is a use", () => {
    const files = {
      "profiles/llama3.py": [
        'interpreter.llm.model = "ollama/llama3"',
        "interpreter.display_message(",
        '    "> Model set to `llama3`"',
        ")",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["profiles/llama3.py:1 llama"]);
  });
});

describe("harmony's <|start|> framing token", () => {
  test("counts in a file carrying harmony's own tokens; alone, and in a comment, it does not", () => {
    const files = {
      "modules/reasoning.py": [
        "FORMATS = [('<|channel|>analysis<|message|>', '<|end|>')]",
        "# the region holds <|start|>assistant markup",
        "framing_token = esc('<|start|>')",
        "",
      ].join("\n"),
      "modules/other.py": ["framing_token = esc('<|start|>')", ""].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["modules/reasoning.py:1 gpt", "modules/reasoning.py:3 gpt"]);
  });
});
