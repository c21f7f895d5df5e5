import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

describe("code that builds one family's native request body", () => {
  const helper = [
    "class ModelType(str, Enum):",
    '    GEMMA = "gemma"',
    '    NOVA = "nova"',
    '    TITAN = "titan"',
    "class GemmaPrompt(BaseModel):",
    "    prompt: str",
    "class NovaMessage(BaseModel):",
    "    content: List[NovaTextContent]",
    "class NovaPrompt(BaseModel):",
    "    messages: List[NovaMessage]",
    "def body(model_type: ModelType) -> Union[TitanPrompt, GemmaPrompt, NovaPrompt]:",
    "    if model_type == ModelType.GEMMA:",
    "        return GemmaPrompt(prompt=text)",
    "    elif model_type == ModelType.NOVA:",
    "        nova_config = {}",
    "        return NovaPrompt(messages=[NovaMessage(content=[])])",
  ].join("\n");

  test("its classes, the enum value that selects it and the branch that builds it, for every family", () => {
    expect(lines({ "b/helper.py": `${helper}\n` }, ["gemma", "nova"])).toEqual(
      ["2 gemma", "3 nova", "5 gemma", "7 nova", "8 nova", "9 nova", "10 nova", "11 gemma", "11 nova", "12 gemma", "13 gemma", "14 nova", "16 nova"].map((entry) => `b/helper.py:${entry}`).sort(),
    );
  });

  test("without such a class in the file, a constant equal to a family word is a name", () => {
    expect(lines({ "b/enum.py": 'class Kind(Enum):\n    GEMMA = "gemma"\nif kind == Kind.GEMMA:\n    pass\n' }, ["gemma"])).toEqual([]);
  });

  test("a vendor's word and a runtime's classes are not request bodies", () => {
    expect(lines({ "b/other.py": "class CoherePrompt(BaseModel):\n    pass\nx = LlamaIndexPrompt()\n" }, ["command", "llama"])).toEqual([]);
  });
});

describe("Chinese prose and headings that say a tutorial uses a model", () => {
  test("a heading that deploys, calls or connects a model is a dependency; a title alone is not", () => {
    expect(lines({ "docs/a.md": "# Qwen2-7B-Instruct FastApi 部署调用\n" }, ["qwen"])).toEqual(["docs/a.md:1 qwen"]);
    expect(lines({ "docs/b.md": "# ollama 部署 gemma 3-4b 模型\n" }, ["gemma"])).toEqual(["docs/b.md:1 gemma"]);
    expect(lines({ "docs/c.md": "# Qwen2-7B-Instruct 对话助手\n" }, ["qwen"])).toEqual([]);
  });

  test("a list that says what a tool supports, in Chinese, lists what it can load", () => {
    expect(lines({ "docs/d.md": "vLLM 支持以下两种规模的模型:\n\n- [Qwen/Qwen2-7B](https://huggingface.co/Qwen/Qwen2-7B)\n" }, ["qwen"])).toEqual([]);
  });
});

describe("English prose that says a guide uses the family's API", () => {
  test("the family's API or platform, and its cloud inference", () => {
    expect(lines({ "docs/g.md": "Before interacting with the Mistral API, set your key.\n" }, ["mistral"])).toEqual(["docs/g.md:1 mistral"]);
    expect(lines({ "docs/h.md": "You built a program using Mistral's cloud-based inference.\n" }, ["mistral"])).toEqual(["docs/h.md:1 mistral"]);
  });
});

describe("id checks that route a family, in any language", () => {
  test("Go's strings.Contains and a JavaScript includes on a versioned prefix", () => {
    expect(lines({ "llms/g.go": 'if strings.Contains(model, "gemini-2.0") {\n\treturn true\n}\n' }, ["gemini"])).toEqual(["llms/g.go:1 gemini"]);
    expect(lines({ "src/r.ts": 'if (model.includes("gemini-exp")) thinking = true;\n' }, ["gemini"])).toEqual(["src/r.ts:1 gemini"]);
  });
});

describe("tokens and printed text", () => {
  test("Kimi-VL-Thinking's ◁think▷ marker is Kimi's", () => {
    expect(lines({ "app/parse.py": 'parts = reply.split("◁/think▷")\n' }, ["kimi"])).toEqual(["app/parse.py:1 kimi"]);
  });

  test("a Go program's printed heading and note are text for people", () => {
    expect(lines({ "ex/main.go": 'fmt.Println("--- OpenAI GPT-4 Turbo ---")\nfmt.Println("Note: Requires a reasoning model like deepseek-r1")\n' }, ["gpt", "deepseek"])).toEqual([]);
  });
});

describe("names, places and examples that are not dependencies", () => {
  test("a comment beside a numeric constant glosses its name; the map from ids to it routes", () => {
    const text = 'const (\n\t_gpt4ContextSize = 8192 // gpt-4\n)\nvar sizes = map[string]int{\n\t"gpt-4o": _gpt4ContextSize,\n}\n';
    expect(lines({ "llms/count.go": text }, ["gpt"])).toEqual(["llms/count.go:5 gpt"]);
  });

  test("a secret's value, a conda environment and an image's alt text are names", () => {
    expect(lines({ "app/app.py": 'app.secret_key = "llama3-chatbot-secret-key"\n' }, ["llama"])).toEqual([]);
    expect(lines({ "docs/env.md": "```bash\nconda create -n qwen2_vllm python=3.12\nconda activate qwen2_vllm\n```\n" }, ["qwen"])).toEqual([]);
    expect(lines({ "docs/img.md": "![qwen2-fastapi](./assets/01.png)\n" }, ["qwen"])).toEqual([]);
  });

  test("an environment image offered for a model is a place to run it", () => {
    expect(lines({ "docs/autodl.md": "我们在 AutoDL 平台准备了 Qwen2-7B-Instruct 的环境镜像，点击下方链接即可。\n" }, ["qwen"])).toEqual([]);
  });

  test("an id given as an example keeps being an example when it carries a provider prefix", () => {
    expect(lines({ "docs/p.md": "- **Mistral**: Models containing `mistral` (e.g., `mistral.mistral-large-2402-v1:0`)\n" }, ["mistral"])).toEqual([]);
  });

  test("a table of the tokens a model needs lists requirements", () => {
    expect(lines({ "docs/t.md": "| Model | Minimum |\n|---|---|\n| Mistral Large 2 | 1,024 tokens |\n" }, ["mistral"])).toEqual([]);
  });
});

describe("tokenizers and notebooks", () => {
  test("tiktoken's encoding lookup loads that model's tokenizer", () => {
    expect(lines({ "llms/tok.go": 'e, err = tiktoken.GetEncoding("gpt2")\n' }, ["gpt"])).toEqual(["llms/tok.go:1 gpt"]);
  });

  test("a list item linking a notebook of the folder names the model it uses", () => {
    expect(lines({ "ex/README.md": "- [Mistral-Large RAG with Langchain](./mistral-large-rag.ipynb) - Example of a RAG pipeline.\n" }, ["mistral"])).toEqual(["ex/README.md:1 mistral"]);
  });
});

describe("a gateway documented on localhost", () => {
  test("requests to LiteLLM's proxy on localhost keep closed-weights names as dependencies", () => {
    const text = "Start the LiteLLM proxy, then:\n\n```bash\ncurl http://localhost:4000/v1/chat/completions -d '{\"model\": \"gpt-4o\"}'\n```\n";
    expect(lines({ "docs/gateway.md": text }, ["gpt"])).toEqual(["docs/gateway.md:4 gpt"]);
  });

  test("requests to a local server's /v1 endpoint still make them aliases", () => {
    const text = "```bash\ncurl http://localhost:8080/v1/chat/completions -d '{\"model\": \"gpt-4o\"}'\n```\n";
    expect(lines({ "docs/local.md": text }, ["gpt"])).toEqual([]);
  });
});

describe("a function named after the model it returns", () => {
  test("its definition is a name", () => {
    expect(lines({ "crew/llm.py": 'def get_mistral_large():\n    return "x"\n' }, ["mistral"])).toEqual([]);
  });
});

describe("commented-out code", () => {
  test("a commented-out return of a family's class is not code", () => {
    expect(lines({ "l/p.py": "def processor():\n    #     return Qwen2Processor()\n    return None\n" }, ["qwen"])).toEqual([]);
  });
});

describe("a release the catalog does not know, in prose that says the project uses it", () => {
  test("the use verb before it in the sentence, or right after it, names its family", () => {
    expect(lines({ "docs/k.md": "这是一个基于 Moonshot AI 的Kimi-VL-A3B-Thinking多模态模型的应用。\n" }, ["kimi"])).toEqual(["docs/k.md:1 kimi"]);
    expect(lines({ "docs/g.md": "将 ChatGLM4 接入到 LangChain 框架中。\n" }, ["glm"])).toEqual(["docs/g.md:1 glm"]);
    expect(lines({ "docs/c.md": "# Data Validation Tool for Claude-3 Haiku Fine-Tuning\n" }, ["claude"])).toEqual(["docs/c.md:1 claude"]);
  });

  test("a verb in another sentence, in a link, or after a backticked file name does not", () => {
    expect(lines({ "docs/a.md": "Training runs are described above. A `gpt2-nl` recipe is also given.\n" }, ["gpt"])).toEqual([]);
    expect(lines({ "docs/b.md": "- `GPT-2 PR <https://github.com/org/repo/pull/1314>`_\n" }, ["gpt"])).toEqual([]);
    expect(lines({ "docs/n.md": "2. `Claude-3 Haiku Fine-Tuning Validator.ipynb`: a notebook for easy use of the tool\n" }, ["claude"])).toEqual([]);
  });
});
