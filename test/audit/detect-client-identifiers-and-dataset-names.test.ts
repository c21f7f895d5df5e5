import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Every family's client code, in the languages such clients are written in (label guide, round twelve). */
describe("client code for one family's API, in any language", () => {
  test("types named for the family's client, in Go, TypeScript, Java, Rust and Python", () => {
    const files = {
      "go/client.go": "type GeminiClient struct {\n\thttp *http.Client\n}\n",
      "ts/mistral.ts": "export class MistralChatCompletions {\n  constructor(private readonly options: MistralOptions) {}\n}\n",
      "java/Config.java": "public class ClaudeConfig {\n  private String apiKey;\n}\n",
      "rs/deepseek.rs": "impl DeepSeekClient {\n    fn new() -> Self { todo!() }\n}\n",
      "py/qwen.py": "class QwenClient:\n    pass\n",
    };
    expect(lines(files, ["gemini", "mistral", "claude", "deepseek", "qwen"])).toEqual(
      ["go/client.go:1 gemini", "ts/mistral.ts:1 mistral", "ts/mistral.ts:2 mistral", "java/Config.java:1 claude", "rs/deepseek.rs:1 deepseek", "py/qwen.py:1 qwen"].sort(),
    );
  });

  test("snake_case functions of the client, defined, called or listed; a variable named after the family is a name", () => {
    const files = {
      "py/send.py": "def mistral_build_request_body(data):\n    nova_config = {}\n    return llama_index_client.query(data)\n",
      "rs/stream.rs": "pub async fn gemini_send_chat_completions(\n    let out = gemini_extract_chat_completions_text(&data);\n    let claude_body = x;\n    gemini_send_chat_completions,\n",
    };
    expect(lines(files, ["mistral", "nova", "llama", "gemini", "claude"])).toEqual(["py/send.py:1 mistral", "rs/stream.rs:1 gemini", "rs/stream.rs:2 gemini", "rs/stream.rs:4 gemini"]);
  });

  test("enum members and qualified variants select the family's API in client code, not elsewhere", () => {
    const client = [
      "enum Backend {",
      '  Gemini = "gemini",',
      "  Claude,",
      "  Other,",
      "}",
      "const client = new HttpClient();",
      "switch (backend) {",
      "  case Backend.Claude: return send(client);",
      "}",
      "let path = Kind::Mistral;",
    ].join("\n");
    expect(lines({ "ts/backend.ts": `${client}\n` }, ["gemini", "claude", "mistral"])).toEqual(["ts/backend.ts:10 mistral", "ts/backend.ts:2 gemini", "ts/backend.ts:3 claude", "ts/backend.ts:8 claude"]);
    // No client in the file: a member equal to a family word names a kind of thing.
    expect(lines({ "ts/kinds.ts": "enum Kind {\n  Gemini,\n}\nif (kind === Kind.Gemini) {}\n" }, ["gemini"])).toEqual([]);
  });

  test("imports of a module named after the family, in every language's import syntax", () => {
    const files = {
      "rs/mod.rs": "use crate::providers::gemini::*;\nmod claude;\nuse crate::providers::cohere::*;\n",
      "py/app.py": "from .clients.claude import send\nfrom llama_index.core import VectorStoreIndex\nimport ollama\n",
      "ts/app.ts": 'import { send } from "./providers/mistral";\nconst other = require("./providers/cohere");\n',
      "go/main.go": 'import (\n\t"example.com/llm/providers/deepseek"\n\t"example.com/llm/providers/anthropic"\n)\n',
      "java/App.java": "import com.example.clients.gemini.Handler;\n",
    };
    expect(lines(files, ["gemini", "claude", "command", "llama", "mistral", "deepseek"])).toEqual(
      ["rs/mod.rs:1 gemini", "rs/mod.rs:2 claude", "py/app.py:1 claude", "ts/app.ts:1 mistral", "go/main.go:2 deepseek", "java/App.java:1 gemini"].sort(),
    );
  });

  test("a cloud model garden's publisher path carrying the family word; the vendor's path does not", () => {
    const files = { "py/garden.py": 'url = f"{base}/mistralai/models/{name}:rawPredict"\nother = f"{base}/anthropic/models/{name}:rawPredict"\n' };
    expect(lines(files, ["mistral", "claude"])).toEqual(["py/garden.py:1 mistral"]);
  });

  test("comments remarking on a family and vendor-named clients are not dependencies", () => {
    const files = {
      "rs/patch.rs": "// Gemini rejects tools without parameters, so patch them.\n// GeminiClient needs a key.\n",
      "rs/registry.rs": '(cohere, "cohere", CohereConfig, CohereClient),\n',
    };
    expect(lines(files, ["gemini", "command"])).toEqual([]);
    // The architecture's own config class, with no vendor client beside it, is still the architecture.
    expect(lines({ "py/arch.py": "from transformers import CohereConfig\n" }, ["command"])).toEqual(["py/arch.py:1 command"]);
  });
});

describe("provider entries and id patterns in a sample config", () => {
  test("an entry whose type or name is the family word routes to its API; vendor names do not", () => {
    const config = [
      "providers:",
      "  - type: claude",
      "    api_key: xxx",
      "  - type: openai-compatible",
      "    name: deepseek",
      "  - type: cohere",
      "  - type: openai-compatible",
      "    name: moonshot",
    ].join("\n");
    expect(lines({ "config.yaml": `${config}\n` }, ["claude", "deepseek", "command", "kimi"])).toEqual(["config.yaml:2 claude", "config.yaml:5 deepseek"]);
  });

  test("a quoted pattern of the family's ids, in config and code", () => {
    expect(lines({ "config.yaml": "patch:\n  'claude-.*':\n    body: {}\n" }, ["claude"])).toEqual(["config.yaml:2 claude"]);
    expect(lines({ "py/route.py": 'if re.match("gemini.*", name):\n    pass\n' }, ["gemini"])).toEqual(["py/route.py:1 gemini"]);
  });
});

describe("a provider-prefixed id sent through a local proxy", () => {
  test("names the upstream model; a bare closed-weights name there stays a local alias", () => {
    const readme = [
      "```sh",
      "curl http://127.0.0.1:8000/v1/chat/completions -d '{",
      '  "model":"gemini:gemini-1.5-pro",',
      "}'",
      "curl http://127.0.0.1:8000/v1/chat/completions -d '{",
      '  "model":"gemini-1.5-pro",',
      "}'",
      "```",
    ].join("\n");
    expect(lines({ "README.md": `${readme}\n` }, ["gemini"])).toEqual(["README.md:3 gemini"]);
  });
});

describe("names that are not uses of a model", () => {
  test("datasets named for the model that annotated or generated them, by name or by a dataset flag", () => {
    const script = [
      'parser.add_argument("--source", default="org/mistral7b-annotations")',
      'path = "org/gemma2_eval_data_v1"',
      'parser.add_argument("--dataset", default="org/qwen2-7b-prompts")',
      'model = "Qwen/Qwen2-7B-Instruct"',
    ].join("\n");
    expect(lines({ "py/data.py": `${script}\n` }, ["mistral", "gemma", "qwen"])).toEqual(["py/data.py:4 qwen"]);
  });

  test("settings commented out in .properties and .env files are not set", () => {
    const properties = "# spring.ai.openai.chat.options.model=gpt-4o\nspring.ai.openai.chat.options.model=gpt-4o-mini\n";
    expect(lines({ "src/main/resources/application.properties": properties, ".env": "# MODEL=llama3.1:8b\n" }, ["gpt", "llama"])).toEqual(["src/main/resources/application.properties:2 gpt"]);
  });

  test("a linked model given as an example of a kind of LLM is an example; what a recipe produces is not", () => {
    const example = "To summarise prompts, use an open LLM like [Qwen2-7B-Instruct](https://huggingface.co/Qwen/Qwen2-7B-Instruct) with the script.\n";
    expect(lines({ "docs/a.md": example }, ["qwen"])).toEqual([]);
    const result = "The result is a chat model like [Qwen2-7B-Instruct](https://huggingface.co/Qwen/Qwen2-7B-Instruct).\n";
    expect(lines({ "docs/b.md": result }, ["qwen"])).toEqual(["docs/b.md:1 qwen"]);
  });
});
