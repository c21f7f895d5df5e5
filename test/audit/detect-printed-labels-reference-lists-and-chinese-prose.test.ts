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
