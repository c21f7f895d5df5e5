import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** The residue of the labelled set (2026-12-07), on synthetic input: each decoy shape beside the dependency shape it must keep. */
describe("names shown or printed, not loaded", () => {
  test("an id passed to a parameter the callee only prints is a label; the call that chooses the model is the dependency", () => {
    const files = {
      "cmd/compare/main.go": [
        "package main",
        "",
        "func main() {",
        '\tclient, _ := openai.New(openai.WithModel("gpt-4o-mini"))',
        '\treport(ctx, client, "gpt-4o-mini", prompt)',
        '\trun(ctx, "claude-3-5-haiku-20241022")',
        "}",
        "",
        "func report(ctx context.Context, client llms.Model, modelLabel string, prompt string) {",
        '\tfmt.Printf("Model: %s\\n", modelLabel)',
        "\tclient.Call(ctx, prompt)",
        "}",
        "",
        "func run(ctx context.Context, modelName string) {",
        "\tclient, _ := anthropic.New(anthropic.WithModel(modelName))",
        '\tfmt.Println("running", modelName)',
        "}",
        "",
      ].join("\n"),
    };
    // `run` passes its parameter on to the client as well as printing it: the id given to it is a dependency.
    expect(lines(files, ["gpt", "claude"])).toEqual(["cmd/compare/main.go:4 gpt", "cmd/compare/main.go:6 claude"]);
  });

  test("a display name beside a provider-prefixed id in a code model list is a label; the id is the dependency", () => {
    const files = {
      "lib/models.ts": [
        "export const chatModels = [",
        "  {",
        '    id: "acme/gemma-3-12b-it",',
        '    name: "Gemma-3-12B",',
        "  },",
        "];",
        "",
      ].join("\n"),
      "lib/other.ts": ['export const fallback = { name: "gemma-3-12b-it" };', ""].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["lib/models.ts:3 gemma", "lib/other.ts:1 gemma"]);
  });

  test("a LangChain wrapper's _llm_type and _identifying_params name the wrapper; its loading code names the model", () => {
    const files = {
      "wrapper.py": [
        "class LocalLLM(LLM):",
        "    def __init__(self, path: str):",
        "        super().__init__()",
        '        self.model = AutoModelForCausalLM.from_pretrained("acme/Qwen2.5-7B-Instruct")',
        "",
        "    @property",
        "    def _identifying_params(self) -> Dict[str, Any]:",
        "        return {",
        '            "model_name": "Qwen2.5-7B-Instruct",',
        "        }",
        "",
        "    @property",
        "    def _llm_type(self) -> str:",
        '        return "Qwen2.5-7B-Instruct"',
        "",
      ].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["wrapper.py:4 qwen"]);
  });

  test("an Android string resource kept as an example link is shown to the user; a resource naming the model to load is not", () => {
    const files = {
      "app/src/main/res/values/strings.xml": [
        "<resources>",
        '  <string name="import_url_example_link" translatable="false">https://huggingface.co/acme/gemma-3-1b-it-int4</string>',
        '  <string name="default_model_url" translatable="false">https://huggingface.co/acme/gemma-3-1b-it-int4</string>',
        "</resources>",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["app/src/main/res/values/strings.xml:3 gemma"]);
  });

  test("a comment sizing storage to fit a model remarks on its size; the setting below the model's name runs it", () => {
    const files = {
      "main.tf": [
        "resource \"kubernetes_deployment\" \"inference\" {",
        "  # Sufficient storage to fit the Mistral-7B-Instruct-v0.3 model",
        '  ephemeral_storage = "20Gi"',
        '  model_id = "acme/Mistral-7B-Instruct-v0.3"',
        "}",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["main.tf:4 mistral"]);
  });
});

describe("what docs quote a tool printing, and pages they point at", () => {
  test("Key: value lines under a tool's version banner are its start-up report; the command above them runs the model", () => {
    const files = {
      "docs/usage.md": [
        "Start it:",
        "",
        "```",
        "tool --model acme/gemini-2.5-pro",
        "```",
        "",
        "````",
        "Tool v0.79.0",
        "Model: acme/gemini-2.5-pro with diff edit format",
        "````",
        "",
        "> Tool v0.47.1-dev  ",
        "> Models: acme/claude-3-5-sonnet-20240620 with diff edit format  ",
        "> Git repo: .git with 298 files  ",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "claude"])).toEqual(["docs/usage.md:4 gemini"]);
  });

  test("a quoted error and the line it wraps onto are a message; a sentence that runs the model is not", () => {
    const files = {
      "docs/bedrock.md": [
        "You will receive an error message like the following:",
        "",
        "> tool.BadRequestError: BedrockException - Invocation of model ID",
        "anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput is not supported.",
        "",
        "Run `tool --model bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0` instead.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude"])).toEqual(["docs/bedrock.md:6 claude"]);
  });

  test("links under a References heading point at pages; the same links in the tutorial's steps are what it downloads", () => {
    const files = {
      "tutorial.md": [
        "## Download",
        "",
        "- Download the weights: [https://huggingface.co/acme/gpt-oss-20b](https://huggingface.co/acme/gpt-oss-20b)",
        "",
        "### 参考链接",
        "",
        "- Huggingface：[https://huggingface.co/acme/gpt-oss-120b](https://huggingface.co/acme/gpt-oss-120b)",
        "\t",
        "- vLLM 文档：https://docs.example.org/recipes/gpt-oss.html",
        "",
        "## References",
        "",
        "- [https://huggingface.co/acme/gpt-oss-120b](https://huggingface.co/acme/gpt-oss-120b)",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["tutorial.md:3 gpt"]);
  });
});

describe("Chinese prose", () => {
  test("a family name run into Chinese text with no use verb by it is talk about the model; with a use verb it is used", () => {
    const files = {
      "教程.md": [
        "# 部署 Phi-3-mini",
        "",
        "由于phi3要求的transformers的版本为`4.41.0`。",
        "",
        "3. `gpt-oss`依赖",
        "",
        "我们使用phi3完成推理。",
        "",
        "```bash",
        "# phi3升级transformers",
        "pip install -U transformers",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["phi", "gpt"])).toEqual(["教程.md:1 phi", "教程.md:7 phi"]);
  });

  test("another chapter's numbered title is a page; the chapter's own numbered heading names what it deploys", () => {
    const files = {
      "02-部署.md": [
        "# 02-Qwen2.5-7B-Instruct 部署调用",
        "",
        "在 `01-Qwen2.5-7B-Instruct FastApi 部署调用` 的基础上，我们还需要安装 `langchain` 包。",
        "",
        "在上面的[[04-LLaMA3-8B-Instruct Lora 微调]]中, 介绍了数据集格式.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["qwen", "llama"])).toEqual(["02-部署.md:1 qwen"]);
  });
});

describe("prose that notes limits, points at docs, or gives a kind of model", () => {
  test("limits and requirements in parentheses, a remark on the model's fine-tuning, and a docs pointer are notes; the steps are uses", () => {
    const files = {
      "README.md": [
        "# Fine-tuning",
        "",
        "- Preparing datasets for fine-tuning Nova Micro",
        "- Limits training data to 5,000 samples (within Nova Micro limits)",
        "- Region: us-west-2 (required for Nova Micro fine-tuning)",
        "- Input token length of each row at most 16K (10K for Llama 3.2 90B model)",
        "- Nova Micro fine-tuning is only available in us-east-1 region",
        "- Check AWS Bedrock documentation for Nova Micro fine-tuning",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["nova", "llama"])).toEqual(["README.md:3 nova"]);
  });

  test("results a model produced, a model offered with 'or other', and a generation named as a kind of model are not uses", () => {
    const files = {
      "docs/eval.md": [
        "The `-r` parameter allows the reuse of model inference and GPT-4 evaluation results.",
        "",
        "We support the use of GPT-4 (or other judge LLMs) for the subjective evaluation.",
        "",
        "Architect mode is especially useful with OpenAI's o1 models, which are strong at reasoning.",
        "",
        "This guide uses GPT-4 as the judge model.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["docs/eval.md:7 gpt"]);
  });

  test("a vendor word given as the substring a routing rule looks for is not its SDK; the SDK named to install is", () => {
    const files = {
      "README.md": [
        "- **Anthropic**: Models containing `anthropic` (e.g., Bedrock ids)",
        "- **Cohere**: Models starting with `cohere`",
        "",
        "Install the `anthropic` package first.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude", "command"])).toEqual(["README.md:4 claude"]);
  });

  test("a code list of shown names repeating the ids list above it is a label list; the ids list is the dependency", () => {
    const files = {
      "pipeline.py": [
        "def set_pipelines(self):",
        "    models = ['DeepSeek-R1']",
        "    model_names = ['DeepSeek-R1']",
        '    self.pipelines = [{"id": m, "name": n} for m, n in zip(models, model_names)]',
        "",
        "def other(self):",
        "    model_names = ['DeepSeek-V3']",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["deepseek"])).toEqual(["pipeline.py:2 deepseek", "pipeline.py:7 deepseek"]);
  });

  test("a Chinese clause whose subject is the model and says what it supports is a remark; one that loads it is a use", () => {
    const files = {
      "webdemo.md": [
        "```python",
        "with st.sidebar:",
        "    # 创建一个滑块，用于选择最大长度，默认值为 8192（DeepSeek-R1-Distill-Qwen-7B 支持 128K 上下文，并能生成最多 8K tokens，我们推荐设为 8192，因为思考需要输出更多的Token数）",
        "    max_length = 8192",
        "# DeepSeek-R1-Distill-Qwen-7B 加载到 GPU 上",
        'model = AutoModelForCausalLM.from_pretrained("/root/models/DeepSeek-R1-Distill-Qwen-7B")',
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["deepseek"])).toEqual(["webdemo.md:5 deepseek", "webdemo.md:6 deepseek"]);
  });
});

describe("per-model tables", () => {
  test("a family-name key of a table keyed by model ids routes that model; the same word keying a table of words does not", () => {
    const files = {
      "lib/client.rb": [
        "class Client",
        "  EMBEDDING_SIZES = {",
        "    codellama: 4_096,",
        '    "llama3.1": 4_096,',
        '    "llama3.2": 3_072,',
        "    mistral: 4_096,",
        "  }.freeze",
        "",
        "  RETRIES = {",
        "    mistral: 3,",
        "    default: 1,",
        "    network: 5,",
        "  }.freeze",
        "end",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "mistral"])).toEqual(["lib/client.rb:3 llama", "lib/client.rb:4 llama", "lib/client.rb:5 llama", "lib/client.rb:6 mistral"]);
  });
});
