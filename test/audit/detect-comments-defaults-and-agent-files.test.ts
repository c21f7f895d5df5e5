import { describe, expect, test } from "vitest";
import { auditTree } from "./support/audit-tree.js";

/** Where a finding is and for which family: these tests are about what is found (round seven's causes, general wording). */
function places(report: ReturnType<typeof auditTree>): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`).sort();
}

describe("releases the catalog does not know yet (round seven's causes, for every family)", () => {
  test("a version-shaped id in a list of model strings or as a default is a model; the same shape elsewhere needs a model context", () => {
    const report = auditTree({
      "scripts/compare.ts": [
        "const CANDIDATES = [",
        '  "mistralai/Mistral-Large-9",',
        '  "Qwen/Qwen9-Max",',
        '  "microsoft/Phi-9",',
        "];",
        'const judge = process.env.JUDGE ?? "google/gemma-9-it";',
        'const label = "see Qwen9-Max notes";',
        "",
      ].join("\n"),
      "app/settings.py": ['deployment = os.environ.get("AZURE_DEPLOYMENT", "llama9")', 'banner = "llama-app"', ""].join("\n"),
    });
    expect(places(report)).toEqual([
      "app/settings.py:1 llama",
      "scripts/compare.ts:2 mistral",
      "scripts/compare.ts:3 qwen",
      "scripts/compare.ts:4 phi",
      "scripts/compare.ts:6 gemma",
    ]);
  });

  test("a regular expression that matches a family's ids is code for that family's models", () => {
    const report = auditTree({
      "src/policy.ts": ["const STRIP_THOUGHTS: RegExp[] = [/qwen/i, /mistral/];", 'const path = "a/llama/b";', "const ratio = total / phi / 2;", ""].join("\n"),
    });
    expect(places(report)).toEqual(["src/policy.ts:1 mistral", "src/policy.ts:1 qwen"]);
  });

  test("a nested path under a model key is the model's path; under another key it is a path", () => {
    const report = auditTree({
      "config/trainer.yaml": ["policy_model:", "  path: ~/models/qwen-base-7b", "output:", "  path: ~/runs/mistral-7b-out", "reward_model:", "  enable: true", "  path: /ckpt/gemma-rm-2b", ""].join("\n"),
    });
    expect(places(report)).toEqual(["config/trainer.yaml:2 qwen", "config/trainer.yaml:7 gemma"]);
  });

  test("a heading or sentence that says the project uses a versioned family name counts, known release or not", () => {
    const report = auditTree({
      "README.md": ["# Demo", "", "## Using Mistral 9", "", "## Gemma 9", "", "Qwen 9 is fast.", ""].join("\n"),
    });
    expect(places(report)).toEqual(["README.md:3 mistral"]);
  });

  test("OpenAI's own API host is a GPT dependency; the OpenAI-compatible key is not", () => {
    const report = auditTree({
      "app/client.py": ['base_url = os.environ.get("BASE_URL", "https://api.openai.com/v1")', 'key = os.environ["OPENAI_API_KEY"]', ""].join("\n"),
    });
    expect(places(report)).toEqual(["app/client.py:1 gpt"]);
  });
});

describe("comments in code: remarks and configuring steps (round seven's causes)", () => {
  test("a comment line that remarks on a model is not a finding; one that configures the run is", () => {
    const report = auditTree({
      "scripts/train.sh": [
        "# minimum GPUs for Mixtral-8x22B: 16",
        "# It beats the Phi-3-mini baseline by three points.",
        "# Example run with Llama-3.1-8B on one node",
        "# 2. delete the rope_scaling entry in Qwen2.5-7B's config.json",
        "# or you can use google/gemma-2-9b-it",
        "#huggingface-cli download mistralai/Mistral-7B-v0.3",
        "",
      ].join("\n"),
      "src/render.ts": ["// Some models (Gemma-3-27B) repeat the tag", " * observed with Qwen3-8B and Phi-4", "// Run: MODEL=mistralai/Mistral-Small-3.1 npm start", ""].join("\n"),
    });
    expect(places(report)).toEqual(["scripts/train.sh:3 llama", "scripts/train.sh:4 qwen", "scripts/train.sh:5 gemma", "src/render.ts:3 mistral"]);
  });

  test("a configuration file's header comment still says which model it is for", () => {
    const report = auditTree({ "deploy/values.yaml": ["# Model: Qwen2.5-7B-Instruct (tool calling)", "# GPU requirements for Gemma-2-9b", "replicas: 1", ""].join("\n") });
    expect(places(report)).toEqual(["deploy/values.yaml:1 qwen", "deploy/values.yaml:2 gemma"]);
  });

  test("a model name that is a licence's notice counts in prose that presents the product, not in a code comment", () => {
    const report = auditTree({ "src/a.ts": ["// e.g. Kimi K2 keeps its thinking", "export const a = 1;", ""].join("\n"), "NOTICE.md": ["This product includes Kimi K2.", ""].join("\n") });
    expect(places(report)).toEqual(["NOTICE.md:1 kimi"]);
  });
});

describe("names that are not models used (round seven's causes)", () => {
  test("instructions for coding assistants name models as examples", () => {
    const report = auditTree({
      "CLAUDE.md": ["Prefer ids like `Qwen2.5-7B-Instruct` in tests.", ""].join("\n"),
      ".claude/skills/sync/SKILL.md": ["- Name contains `gpt-oss`, `Llama-3.1-8B`", ""].join("\n"),
      ".cursor/rules/models.mdc": ["Use mistral-large-2411 for examples", ""].join("\n"),
      "docs/guide.md": ["We run `Qwen2.5-7B-Instruct` in production.", ""].join("\n"),
    });
    expect(places(report)).toEqual(["docs/guide.md:1 qwen"]);
  });

  test("experiment, project and run names say where output lands", () => {
    const report = auditTree({
      "run.sh": ["exp_name=gemma2-9b-grpo", "project_name='verl-llama3-8b'", "EXPERIMENT_NAME=qwen2.5-7b-dpo", "MODEL_PATH=mistralai/Mistral-7B-v0.3", ""].join("\n"),
    });
    expect(places(report)).toEqual(["run.sh:4 mistral"]);
  });

  test("data named after the model that produced it, and data files, are data", () => {
    const report = auditTree({
      "prep.py": ['parser.add_argument("--local_dir", default="~/data/cats-llava-gemma3-captions")', 'data_source = "acme/claude3-conversations"', 'TRAIN = "${HOME}/data/qwen-math/train.parquet"', ""].join("\n"),
    });
    expect(places(report)).toEqual([]);
  });

  test("results tables and links to a run's log report results", () => {
    const report = auditTree({
      "README.md": [
        "| model | score |",
        "|---|---|",
        "| google/gemma-2-2b-it | 41.2 |",
        "Mistral-7B-v0.3 training log: [link](https://example.com/runs/mistral.log)",
        "We fine-tune `Qwen2.5-0.5B-Instruct`.",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["README.md:5 qwen"]);
  });

  test("a display name in a model list is a title; its id is the dependency", () => {
    const report = auditTree({ "docs/models.md": ["```json", '{ "id": "mistralai/Mistral-Small-3.1-24B-Instruct-2503",', '  "name": "Mistral Small 3.1" }', "```", ""].join("\n") });
    expect(places(report)).toEqual(["docs/models.md:2 mistral"]);
  });

  test("text a script prints is a message for people", () => {
    const report = auditTree({ "main.py": ["print(dedent(\"\"\"", "  Note: this demo calls gpt-4o-mini unless told otherwise", '"""))', 'MODEL = "gpt-4o-mini"', ""].join("\n") });
    expect(places(report)).toEqual(["main.py:4 gpt"]);
  });
});

describe("lists of what a tool supports and help for options nobody set (round eight's causes, for every family)", () => {
  test("the help line above a commented-out setting documents it; an active setting under its help line counts", () => {
    const report = auditTree({
      "sample.conf.yml": [
        "## Use claude-3-opus-20240229 model for the main chat (deprecated, use --model)",
        "#opus: false",
        "",
        "## Use gpt-4o-mini as the weak model",
        "#weak-model: xxx",
        "",
        "## The main model",
        "model: gemini/gemini-2.5-pro",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["sample.conf.yml:8 gemini"]);
  });

  test("a prose list of bare key variables lists what a tool can read; a key set in a command or a .env line is a credential", () => {
    const report = auditTree({
      "docs/keys.md": ["Supported keys:", "- ANTHROPIC_API_KEY", "- `MISTRAL_API_KEY`", "* DEEPSEEK_API_KEY", "", "export GEMINI_API_KEY=<key>", ""].join("\n"),
      ".env.example": "XAI_API_KEY=\n",
    });
    expect(places(report)).toEqual([".env.example:1 grok", "docs/keys.md:6 gemini"]);
  });

  test("a config named after its model, passed with -C or --config, runs that model; other files in a command do not", () => {
    const report = auditTree({ "README.md": "uv run server.py -C configs/qwen3.5-0.8b.json\npython train.py --config recipes/gemma-2b.yaml\ncat notes/mistral-7b.txt\n" });
    expect(places(report)).toEqual(["README.md:1 qwen", "README.md:2 gemma"]);
  });
});
