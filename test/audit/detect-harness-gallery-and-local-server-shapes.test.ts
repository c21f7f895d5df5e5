import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

describe("template and stop tokens without a family word", () => {
  test("Command R's turn tokens, GLM-4's observation token and harmony's return token are their family's", () => {
    expect(lines({ "t/chat.yaml": 'template:\n  chat: |\n    <|START_OF_TURN_TOKEN|><|USER_TOKEN|>{{.Content}}<|END_OF_TURN_TOKEN|>\n' })).toEqual(["t/chat.yaml:3 command"]);
    expect(lines({ "t/cfg.py": "stop_words=['<|endoftext|>', '<|user|>', '<|observation|>']\n" })).toEqual(["t/cfg.py:1 glm"]);
    expect(lines({ "t/h.yaml": "stopwords:\n  - <|im_end|>\n  - <|return|>\n" })).toEqual(["t/h.yaml:3 gpt"]);
  });

  test("a regex that strips a bracketed control token, escaped, still names it", () => {
    const text = 'json_regex_match:\n  - "(?s)\\\\[TOOL\\\\_CALLS\\\\](.*)"\nreplace:\n  - key: "(?s)\\\\[\\\\/TOOL\\\\_CALLS\\\\]"\n  - key: \'\\[AVAILABLE_TOOLS\\]\'\nstop:\n  - "[/TOOL_CALLS]"\n';
    expect(lines({ "t/m.yaml": text }, ["mistral"])).toEqual(["t/m.yaml:2 mistral", "t/m.yaml:4 mistral", "t/m.yaml:5 mistral", "t/m.yaml:7 mistral"]);
  });

  test("another family's tokens copied into a template's stop list are not a dependency on it", () => {
    const text = 'stopwords:\n  - "<|eot_id|>"\n  - "<|end_of_text|>"\n  - "[/TOOL_CALLS]"\ntemplate:\n  chat: "[AVAILABLE_TOOLS]{{.Tools}}[/AVAILABLE_TOOLS]"\n';
    expect(lines({ "t/m.yaml": text }, ["llama", "mistral"])).toEqual(["t/m.yaml:4 mistral", "t/m.yaml:6 mistral"]);
    // With nothing else in the file, the stop list is the only evidence of the format and counts.
    expect(lines({ "t/l.yaml": 'stopwords:\n  - "<|eot_id|>"\n' }, ["llama", "mistral"])).toEqual(["t/l.yaml:2 llama"]);
  });
});

describe("configs named after their family", () => {
  test("the top-level name of a config that ships a prompt template names it for the family", () => {
    expect(lines({ "gallery/g.yaml": "config_file: |\n  backend: x\n  template:\n    chat: |\n      {{.Input}}\nname: gemma\n" }, ["gemma"])).toEqual(["gallery/g.yaml:6 gemma"]);
    expect(lines({ "gallery/m.yaml": 'name: "mistral-0.3"\nconfig_file: |\n  template:\n    chat: "{{.Input}}"\n' }, ["mistral"])).toEqual(["gallery/m.yaml:1 mistral"]);
    // Without a template, a bare family word under `name:` stays a name.
    expect(lines({ "gallery/n.yaml": "name: gemma\nbackend: x\n" }, ["gemma"])).toEqual([]);
  });

  test("a model config fetched by URL and run, and an oci:// image named after the model", () => {
    expect(lines({ "docs/run.md": "```bash\nlocal-ai run https://gist.githubusercontent.com/u/abc/raw/def/phi-2.yaml\nlocal-ai run oci://localai/phi-2:latest\n```\n" }, ["phi"])).toEqual(["docs/run.md:2 phi", "docs/run.md:3 phi"]);
    // A config linked in prose is not run by anything.
    expect(lines({ "docs/read.md": "See https://example.com/configs/phi-2.yaml for the options.\n" }, ["phi"])).toEqual([]);
  });

  test("--models selects a config named after its model", () => {
    expect(lines({ "docs/q.md": "```bash\npython run.py --models hf_llama_7b --datasets base_medium\n```\n" }, ["llama"])).toEqual(["docs/q.md:2 llama"]);
  });
});

describe("a benchmark harness's model entries", () => {
  const entry = "models = [\n    dict(\n        abbr='llama-2-7b-chat-hf',\n        path='huggyllama/llama-7b',\n        tokenizer_path='huggyllama/llama-7b',\n        key='YOUR_CLAUDE_KEY',\n    )\n]\nwork_dir = 'outputs/llama-2-7b-chat'\n";

  test("load paths, a Hub re-upload and the API key placeholder are dependencies; the abbreviation and work_dir are not", () => {
    expect(lines({ "configs/m.py": entry }, ["llama", "claude"])).toEqual(["configs/m.py:4 llama", "configs/m.py:5 llama", "configs/m.py:6 claude"]);
  });

  test("a model entry's path names an API model by a versioned id", () => {
    expect(lines({ "configs/c.py": "m = dict(path='claude-2', max_out_len=100)\n" }, ["claude"])).toEqual(["configs/c.py:1 claude"]);
    expect(lines({ "lib/models.ts": 'export const m = [{ id: "xai/grok-code-fast-1-thinking" }];\n' }, ["grok"])).toEqual(["lib/models.ts:1 grok"]);
  });

  test("a framework's class and module for one family, imported or set as a config's type", () => {
    const text = "from opencompass.models.claude_api.claude_api import Claude\nfrom opencompass.models import Gemini, HuggingFaceChatGLM3\nm = dict(type=Claude)\nn = dict(type=HuggingFaceChatGLM3)\n";
    expect(lines({ "configs/api.py": text }, ["claude", "gemini", "glm"])).toEqual(["configs/api.py:1 claude", "configs/api.py:2 gemini", "configs/api.py:2 glm", "configs/api.py:3 claude", "configs/api.py:4 glm"]);
    // A runtime's own class is the runtime; a class the family word only starts (`LlamaIndex`) is another product.
    expect(lines({ "app/r.py": "from llama_cpp import Llama\nfrom llama_index.core import LlamaIndex\n" }, ["llama"])).toEqual([]);
  });

  test("variables bound by an import or assigned bare are names; the model config imported is the dependency", () => {
    const text = "from opencompass.configs.models.openai.gpt_4o_2024_05_13 import \\\n    models as gpt4\nmodels = gpt4\n";
    expect(lines({ "examples/eval.py": text }, ["gpt"])).toEqual(["examples/eval.py:1 gpt"]);
  });

  test("a table a command printed in a docs snippet is a listing", () => {
    const boxed = "```text\n+---------------+------------------------------+\n| Model         | Config Path                  |\n| hf_llama2_13b | configs/models/hf_llama2_13b.py |\n+---------------+------------------------------+\n```\n";
    expect(lines({ "docs/list.md": boxed }, ["llama"])).toEqual([]);
    const ruled = "```bash\ndataset  version  mode  deepseek-r1-distill-qwen-7b  ---------  -------  ----  -----------\n```\n";
    expect(lines({ "docs/results.md": ruled }, ["deepseek", "qwen"])).toEqual([]);
  });
});

describe("a local server's guides", () => {
  test("closed-weights names sent to a localhost endpoint or declared as aliases are names", () => {
    const curl = '```bash\ncurl http://localhost:8080/v1/chat/completions -d \'{\n  "model": "gpt-4",\n  "messages": []\n}\'\n```\n';
    expect(lines({ "docs/try.md": curl }, ["gpt"])).toEqual([]);
    const alias = "Declare `gpt-4` as an alias of a local model:\n\n```yaml\nname: gpt-4\nalias: my-local-model\n```\n";
    expect(lines({ "docs/aliases.md": alias }, ["gpt"])).toEqual([]);
    // Open weights behind the same server are still the model it runs.
    expect(lines({ "docs/try2.md": curl.replace("gpt-4", "qwen3-4b") }, ["qwen"])).toEqual(["docs/try2.md:3 qwen"]);
  });

  test("a shell copy's destination is where output lands", () => {
    expect(lines({ "docs/setup.md": "```bash\ncp -rf prompt-templates/getting_started.tmpl models/luna-ai-llama2.tmpl\n```\n" }, ["llama"])).toEqual([]);
  });
});
