import { describe, expect, test } from "vitest";
import { blockHeadingCommentsOf } from "../../src/audit/detect/block-heading-comments.js";
import { outputNameConstantLinesOf } from "../../src/audit/detect/output-name-constants.js";
import { launchAliasLiterals } from "../../src/audit/detect/launch-aliases.js";
import { vendorKeyProperties } from "../../src/audit/detect/vendor-key-properties.js";
import { auditTree, reportedLines as lines } from "./support/audit-tree.js";

/** Hardened after review (residue fixes, 2026-12-07 evening): the reviewer's misfires and wrongly dropped uses, by shape. */
describe("a coding tool's model alias at launch, hardened", () => {
  test("only a coding tool's command counts, quoted aliases too; other programs' --model and -m do not", () => {
    const files = {
      "docs/run.md": [
        "```bash",
        "git commit -m haiku",
        "python generate_poem.py --model haiku",
        "./robot --model r1",
        'aider --model "sonnet"',
        "llm -m haiku 'hello'",
        "cd app && claude --model opus",
        "npx @x/tool --model opus",
        "```",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude", "deepseek"])).toEqual(["docs/run.md:5 claude", "docs/run.md:6 claude", "docs/run.md:7 claude"]);
  });
});

describe("a Claude tier named in prose, hardened", () => {
  test("the use verb must come right before the name; a verb of another clause, than, not and compare do not count", () => {
    const files = {
      "docs/notes.md": [
        "We used no external API here; compare with Claude Opus.",
        "",
        "This was drafted using Copilot, not Claude Haiku.",
        "",
        "Our benchmark, which runs offline, scores higher than Claude Sonnet.",
        "",
        "The agent runs on Claude Haiku.",
        "",
        "The bot uses the Claude Opus tier for hard questions.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["claude"])).toEqual(["docs/notes.md:7 claude", "docs/notes.md:9 claude"]);
  });
});

describe("prose needing access to a family's models, hardened", () => {
  test("a negated access does not count; the need itself still does", () => {
    const files = {
      "docs/access.md": [
        "If you do not have access to the Llama models, skip this step.",
        "",
        "We never access the Gemma weights.",
        "",
        "You need to request access to the Llama models first.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "gemma"])).toEqual(["docs/access.md:5 llama"]);
  });
});

describe("a family's models governed by terms, hardened", () => {
  test("a place or a download clause may stand between; any other relative clause may not", () => {
    const files = {
      "docs/models.md": [
        "The Llama 3 models we compare against are licensed under the terms linked below.",
        "",
        "The Gemma models in this repository are governed by the terms linked below.",
        "",
        "The Qwen models we evaluate are licensed under the Apache licence.",
        "",
      ].join("\n"),
    };
    // The licence statements only: "Llama 3" named in prose keeps its own id reading.
    const licences = auditTree(files, ["llama", "gemma", "qwen"]).findings.filter((finding) => finding.kind === "license");
    expect(licences.map((finding) => `${finding.file}:${finding.line} ${finding.family}`)).toEqual(["docs/models.md:3 gemma"]);
  });
});

describe("wording-tied not-use rules, narrowed (found again)", () => {
  test("a configured server, a router's mapping, a feature switched on for a model and 'a … model' are uses again", () => {
    const files = {
      "docs/server.md": [
        "This server can be configured to serve requests for `llama3:8b`.",
        "",
        "Our router maps the default model to `llama3:8b`.",
        "",
        "Remember to enable flash attention for `qwen2.5:7b`.",
        "",
        "This service needs a llama3 model to answer.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "qwen"])).toEqual(["docs/server.md:1 llama", "docs/server.md:3 llama", "docs/server.md:5 qwen", "docs/server.md:7 llama"]);
  });

  test("the narrowed rules still drop their own shapes", () => {
    const files = {
      "docs/advice.md": [
        "The same program can easily be compiled into multi-stage instructions for `GPT-4`, detailed prompts for `Llama2-13b`, or fine-tunes.",
        "",
        "xAI redirects several retired text model slugs to `grok-4.3`.",
        "",
        "Set `thinking=False` to disable reasoning on `qwen3:8b`.",
        "",
        "Pair an o1 architect with a cheaper editor.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "gpt", "grok", "qwen"])).toEqual([]);
  });
});

describe("Z.ai's one-letter key, hardened", () => {
  test("Z_API_KEY counts beside api.z.ai only", () => {
    const files = {
      "app/keys.py": 'import os\nkey = os.environ["Z_API_KEY"]\n',
      "config/providers.php": [
        "<?php",
        "return [",
        "    'z' => [",
        "        'url' => env('Z_URL', 'https://api.z.ai/api/paas/v4'),",
        "        'api_key' => env('Z_API_KEY', ''),",
        "    ],",
        "];",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["glm"])).toEqual(["config/providers.php:4 glm", "config/providers.php:5 glm"]);
  });
});

describe("the launch alias's message, hardened", () => {
  test("names the flag the line used", () => {
    const messages = auditTree({ "docs/run.md": "```bash\nllm -m haiku 'hi'\naider --model=r1\n```\n" }, ["claude", "deepseek"]).findings.map((finding) => finding.message);
    expect(messages.some((message) => message.startsWith("launched with -m haiku"))).toBe(true);
    expect(messages.some((message) => message.startsWith("launched with --model r1"))).toBe(true);
  });
});

describe("the linear fact builders read as before", () => {
  test("output-name constants: names only building saved paths are dropped, one reassigned and read elsewhere is not", () => {
    const text = [
      'lora_name = "gemma2-2b_inquiry_tuned"',
      'path = f"weights/{lora_name}_epoch{n}.lora.h5"',
      "model.save_lora_weights(path)",
      'base = "gemma2-2b"',
      'base = "gemma2-9b"',
      "load(base)",
      "",
    ].join("\n");
    expect([...outputNameConstantLinesOf(text)].sort()).toEqual([1, 2]);
  });

  test("block heading comments: a block's body is read up to the first line no deeper than its key", () => {
    const text = ["# Actor: Qwen3-1.7B", "actor:", "  path: Qwen/Qwen3-1.7B", "# Critic", "critic:", "  path: other", "# Empty", "empty:", ""].join("\n");
    const headings = blockHeadingCommentsOf(text);
    expect(headings.get(1)?.includes("qwen/qwen3-1.7b")).toBe(true);
    expect(headings.get(4)?.includes("qwen/qwen3-1.7b")).toBe(false);
    expect(headings.get(7)).toBeUndefined();
  });
});

describe("prefilter literals follow the families audited", () => {
  // Each literal lets more files through to the line detectors; `--family llama` must not pay for Claude's aliases or xAI's key.
  test("launch aliases and camelCase key names are added only for the selected families", () => {
    expect(launchAliasLiterals(new Set(["llama"]))).toEqual([]);
    expect(launchAliasLiterals(new Set(["claude"]))).toContain("--model sonnet");
    expect(launchAliasLiterals(new Set(["claude"]))).not.toContain("--model r1");
    expect(vendorKeyProperties.some(([property, family]) => property === "xaiApiKey" && family === "grok")).toBe(true);
  });
});
