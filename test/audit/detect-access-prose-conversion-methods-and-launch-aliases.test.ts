import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Residue fixes, 2026-12-07 (evening): misses found by shape across the labelled set. */
describe("prose that needs access to a family's models or weights", () => {
  test("access (to) the family's models or weights counts; a release had in passing and the family as subject do not", () => {
    const files = {
      "docs/setup.md": [
        "# Setup",
        "",
        "Make sure that the account is able to access the Meta Llama weights.",
        "",
        "You need to request and be granted access to the Claude models in all regions.",
        "",
        "- Official Mistral: benefit of having access to mistral-medium",
        "",
        "The Gemma models give access to the tools.",
        "",
        "```bash",
        "# access the Qwen models first",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "claude", "mistral", "gemma", "qwen"])).toEqual(["docs/setup.md:3 llama", "docs/setup.md:5 claude"]);
  });
});

describe("conversion methods named for a family's API format", () => {
  test("to_<vendor>_<family>_format on a receiver counts; a vendor alone and comments do not", () => {
    const files = {
      "lib/adapters/gemini.rb": [
        "def build_tools(tools)",
        "  tools.map { |tool| tool.class.function_schemas.to_google_gemini_format }.flatten",
        "end",
        "# to_google_gemini_format converts the schemas",
        "other = schemas.to_anthropic_format",
        "more = schemas.to_openai_format",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "claude", "gpt"])).toEqual(["lib/adapters/gemini.rb:2 gemini"]);
  });
});

describe("a coding tool's model alias at launch", () => {
  test("--model sonnet, opus, haiku and r1 count; other aliases, other flags and prose do not", () => {
    const files = {
      "docs/reasoning.md": [
        "```bash",
        "# Sonnet uses a thinking token budget",
        "aider --model sonnet --thinking-tokens 8k",
        "",
        "aider --model r1",
        "claude --model=opus",
        "aider --model flash",
        "python train.py --model r10",
        "python train.py --name sonnet",
        "```",
        "",
        "The r1 paper explains the sonnet form.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude", "deepseek", "gemini"])).toEqual(["docs/reasoning.md:3 claude", "docs/reasoning.md:5 deepseek", "docs/reasoning.md:6 claude"]);
  });
});

describe("Z.ai's key under the vendor's one-letter name", () => {
  test("Z_API_KEY beside Z.ai's host is GLM's vendor key; a longer name ending the same is not", () => {
    const files = {
      "config/providers.php": [
        "<?php",
        "return [",
        "    'z' => [",
        "        'api_key' => env('Z_API_KEY', ''), // https://api.z.ai/api/paas/v4",
        "        'other_key' => env('XYZ_API_KEY', ''),",
        "    ],",
        "];",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["glm"])).toEqual(["config/providers.php:4 glm"]);
  });
});

describe("a Python config an evaluation harness runs", () => {
  test("opencompass's and run.py's config named after a model counts; other scripts and their arguments do not", () => {
    const files = {
      "docs/eval.md": [
        "```bash",
        "opencompass examples/eval_deepseek_r1.py --debug --dump-eval-details",
        "python run.py configs/eval_llama3_8b.py -w outputs/demo",
        "python run.py configs/eval_demo.py",
        "python llama_train.py",
        "python convert.py qwen_weights.py",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["deepseek", "llama", "qwen"])).toEqual(["docs/eval.md:2 deepseek", "docs/eval.md:3 llama"]);
  });
});

describe("a release whose version runs into a vision suffix", () => {
  test("qwen2VL with a size counts as qwen2.5VL does; without a size, or with more letters after VL, it does not", () => {
    const files = {
      "Sources/Models.swift": [
        "static let availableModels: [LMModel] = [",
        '    LMModel(name: "qwen2.5VL:3b", configuration: VLMRegistry.a, type: .vlm),',
        '    LMModel(name: "qwen2VL:2b", configuration: VLMRegistry.b, type: .vlm),',
        '    LMModel(name: "qwen2VL", configuration: VLMRegistry.c, type: .vlm),',
        '    LMModel(name: "qwen2VLM:2b", configuration: VLMRegistry.d, type: .vlm),',
        "]",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["qwen"])).toEqual(["Sources/Models.swift:2 qwen", "Sources/Models.swift:3 qwen"]);
  });
});

describe("a statement that a family's models are governed by terms", () => {
  test("the family's models governed by or licensed under the terms count; subject to limits and other subjects do not", () => {
    const files = {
      "app/TermsDialog.kt": [
        "fun terms() = buildAnnotatedString {",
        '  append("Gemma models on the Gallery app are governed by the ")',
        '  append("Claude models are subject to the rate limits of your plan")',
        '  append("This app is governed by the laws of California")',
        "}",
        "",
      ].join("\n"),
      "docs/download.md": "The Llama 3 models you download here are licensed under the community licence linked below.\n",
    };
    expect(lines(files, ["gemma", "claude", "llama"])).toEqual(["app/TermsDialog.kt:2 gemma", "docs/download.md:1 llama"]);
  });
});

describe("a family's tier named without a version in prose that uses it", () => {
  test("a use verb before Claude Sonnet in the sentence counts; a remark, a snippet and a versioned name's own rule do not change", () => {
    const files = {
      "docs/backend.md": [
        "### Backend",
        "",
        "Uses `snowflake.cortex.complete()` with Claude Sonnet by default. Runs multi-threaded.",
        "",
        "Claude Sonnet is a strong model. We like it.",
        "",
        "```",
        "# uses Claude Haiku",
        "```",
        "",
      ].join("\n"),
      "tests/selector.test.ts": 'await page.getByText("Claude Haiku").first().click();\n',
    };
    expect(lines(files, ["claude"])).toEqual(["docs/backend.md:3 claude"]);
  });
});
