import { describe, expect, test } from "vitest";
import { auditTree } from "./support/audit-tree.js";

/** Where a finding is and for which family: these tests are about what is found (the last decoys, general wording). */
function places(report: ReturnType<typeof auditTree>): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`).sort();
}

describe("the last decoys (residue fixes, 2026-12-07 evening)", () => {
  test("a name-only licence notice run on into a longer model name names the model in passing; the notice alone still counts", () => {
    const report = auditTree({
      "README.md": [
        "The gateway covers Moonshot's Kimi K2 family and more.",
        "",
        "Models that reason (Kimi K2 Thinking always) return their thinking.",
        "",
        "This product includes Kimi K2.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["README.md:5 kimi"]);
  });

  test("a YAML comment heading a block that sets the same model narrates it; a header comment over the file still counts", () => {
    const report = auditTree({
      "recipes/train.yaml": [
        "# Trains Qwen3-1.7B on support tickets.",
        "",
        "# Actor (policy model) — Qwen3-1.7B full weight training",
        "actor:",
        "  trial_name: run1",
        "  path: Qwen/Qwen3-1.7B",
        "",
        "# Judge — Qwen3-8B served by vLLM",
        "judge:",
        "  replicas: 2",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["recipes/train.yaml:1 qwen", "recipes/train.yaml:6 qwen", "recipes/train.yaml:8 qwen"]);
  });

  test("an Elixir @moduledoc's prose documents a model; its indented example and a vendor API host there still count", () => {
    const report = auditTree({
      "lib/chat.ex": [
        "defmodule MyApp.Chat do",
        '  @moduledoc """',
        "  Here's a full example of having a streaming conversation with Llama 2 through",
        "  Bumblebee, served from `generativelanguage.googleapis.com` otherwise.",
        "",
        "      chat = Chat.new!(%{template_format: :llama_2})",
        '  """',
        "",
        '  @doc "Talks to Llama 2."',
        "  def run, do: :ok",
        "end",
        "",
      ].join("\n"),
    });
    expect(places(report)).toContain("lib/chat.ex:4 gemini");
    expect(places(report)).toContain("lib/chat.ex:6 llama");
    expect(places(report)).not.toContain("lib/chat.ex:3 llama");
  });
});

describe("prose explaining values and prefixes (residue fixes, 2026-12-07 evening)", () => {
  test("a sentence explaining the values a command above was given names them; a sentence that uses one still counts", () => {
    const report = auditTree({
      "docs/convert.rst": [
        "  Here the quantization ``q0f16`` means float16 without quantization,",
        "  and the conversation template ``phi-2`` is the Phi-2 model's template in MLC.",
        "",
        "  And the conversation template ``phi-2`` is what we use with Phi-2 in this guide.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/convert.rst:4 phi"]);
  });

  test("a sentence saying where a model prefix routes explains the router; naming the family's API to set up still counts", () => {
    const report = auditTree({
      "docs/models.md": [
        "- Use the `vertex_ai/` model prefix, not `gemini/`. The `gemini/` prefix routes to the Gemini API which requires an API key.",
        "",
        "Set up the Gemini API key before you start.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/models.md:3 gemini"]);
  });

  test("a generation in a role after an indefinite article is any model of it; the same phrase with a use verb still counts", () => {
    const report = auditTree({
      "docs/modes.md": [
        "Pairing an o1 architect with an editor model will give the best results.",
        "",
        "We use an o1 architect for planning.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/modes.md:3 gpt"]);
  });

  test("a comment naming every variable the next line assigns from a call narrates the step; one over a line it configures counts", () => {
    const report = auditTree({
      "docs/webdemo.md": [
        "```python",
        "# 加载 Qwen2.5 的 model 和 tokenizer",
        "tokenizer, model = get_model()",
        "# 加载 Qwen2.5 的 model 和 tokenizer",
        'tokenizer, model = load("Qwen/Qwen2.5-7B-Instruct")',
        "```",
        "",
      ].join("\n"),
      "app/pipeline.py": ["# Set up LLM connection; uses phi3 model", "llm = connect(timeout=180)", ""].join("\n"),
    });
    expect(places(report)).toEqual(["app/pipeline.py:1 phi", "docs/webdemo.md:4 qwen", "docs/webdemo.md:5 qwen"]);
  });

  test("a string used only to build where a save call writes names the output; the same string also loaded still counts", () => {
    const report = auditTree({
      "tune/main.py": [
        'lora_name = "gemma2-2b_inquiry_tuned"',
        'base_name = "gemma2-2b_inquiry_base"',
        "",
        "def on_epoch_end(epoch):",
        '    path = f"weights/{lora_name}_epoch{epoch}.lora.h5"',
        "    model.backbone.save_lora_weights(path)",
        '    model.backbone.save_lora_weights(f"weights/{base_name}.h5")',
        '    model.backbone.load_lora_weights(f"weights/{base_name}.h5")',
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["tune/main.py:2 gemma"]);
  });

  test("link text to a recorded talk tells another team's story; the same words linking to a local notebook still count", () => {
    const report = auditTree({
      "docs/story.md": [
        "[Shopify converted a single-prompt GPT-5 task to DSPy](https://www.youtube.com/watch?v=abc&t=14s), then optimized it.",
        "",
        "[We converted a single-prompt GPT-5 task to DSPy](./gpt5_task.ipynb), then optimized it.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/story.md:3 gpt"]);
  });

  test("what a program can be compiled into for models lists targets; a model the same sentence uses before that still counts", () => {
    const report = auditTree({
      "docs/faq.md": [
        "Using DSPy, the same program can easily be compiled into instructions for `GPT-4`, or prompts for `Llama2-13b`.",
        "",
        "We run `Llama2-13b` in production, and the same program can easily be compiled into other forms.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/faq.md:3 llama"]);
  });

  test("Chinese prose listing a series' versions, a benchmark result and a comparison remarks; a sentence deploying one counts", () => {
    const report = auditTree({
      "docs/intro.md": [
        "GPT-OSS 是开源模型系列，包含两个版本：gpt-oss-120b 和 gpt-oss-20b。",
        "",
        "Qwen3-32B 模型在常见基准测试中与 OpenAI o3-mini 模型取得类似结果。",
        "",
        "这两个模型表现强劲（甚至超越了 OpenAI o1 和 GPT-4o 等专有模型）。",
        "",
        "Qwen3-32B 模型在本教程中使用 vLLM 部署。",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/intro.md:7 qwen"]);
  });

  test("advice on models (a switch's effect on one, a vendor's redirect, which to choose for a need) sets none; using one counts", () => {
    const report = auditTree({
      "docs/xai.md": [
        "Set `thinking=False` to disable reasoning on Grok 4.3.",
        "",
        "xAI redirects several retired text model slugs to `grok-4.3`.",
        "",
        "Choose `grok-4.3` when you need predictable behavior and cost.",
        "",
        "Use `grok-4.3` when you need predictable behavior and cost.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/xai.md:7 grok"]);
  });
});
