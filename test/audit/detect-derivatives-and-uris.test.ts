import { describe, expect, test } from "vitest";
import { auditTree } from "./support/audit-tree.js";

/** Where a finding is and for which family, without kind or criticality: these tests are about what is found. */
function places(report: ReturnType<typeof auditTree>): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`).sort();
}

describe("derivatives, serving URIs and weights links (held-out round two)", () => {
  test("hf:// and ollama:// model URIs of a serving stack name their model; the ollama scheme alone does not", () => {
    const report = auditTree({
      "models/a.yaml": "kind: Model\nspec:\n  url: hf://neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8\n  engine: VLLM\n",
      "models/b.yaml": "kind: Model\nspec:\n  url: ollama://gemma2:2b\n  engine: OLlama\n",
      "models/c.yaml": "kind: Model\nspec:\n  url: ollama://moondream\n",
    });
    expect(places(report)).toEqual(["models/a.yaml:3 llama", "models/b.yaml:3 gemma"]);
    expect(report.findings[0]?.message).toContain("hf://");
  });

  test("a distill is its vendor's model and its base family's, both reported", () => {
    const report = auditTree({ "models/d.yaml": "spec:\n  url: hf://deepseek-ai/DeepSeek-R1-Distill-Llama-8B\n" });
    expect(places(report)).toEqual(["models/d.yaml:2 deepseek", "models/d.yaml:2 llama"]);
    expect(report.findings.find((finding) => finding.family === "llama")?.message).toMatch(/Llama by descent/);
  });

  test("a permissive licence shared across families is no descent (Mistral under Apache-2.0 is not Qwen)", () => {
    const report = auditTree({ "models/e.yaml": "spec:\n  url: hf://intfloat/e5-mistral-7b-instruct\n" });
    expect(places(report)).toEqual(["models/e.yaml:2 mistral"]);
  });

  test("a URL that downloads weights names its model by file name, whatever the host; other links do not", () => {
    const report = auditTree({
      "README.md": "wget https://models.mistralcdn.com/mistral-7b-v0-3/mistral-7B-v0.3.tar\nSee https://github.com/example/mistral-7b-notes for notes.\n",
    });
    expect(places(report)).toEqual(["README.md:1 mistral"]);
  });

  test("a fine-tune pushed under a name carrying its base's family depends on that base; its output folder does not", () => {
    const report = auditTree({
      "recipes/sft.yaml": "model_name_or_path: google/gemma-7b\nlearning_rate: 2.0e-05\nhub_model_id: zephyr-7b-gemma-sft\noutput_dir: data/zephyr-7b-gemma-sft\n",
    });
    expect(places(report)).toEqual(["recipes/sft.yaml:1 gemma", "recipes/sft.yaml:3 gemma"]);
    expect(report.findings.find((finding) => finding.line === 3)).toMatchObject({ kind: "adapter" });
  });

  test("the recipe a training command runs names its family by path", () => {
    const report = auditTree({ "README.md": "accelerate launch scripts/sft.py --config recipes/zephyr-7b-gemma/sft/config_full.yaml\naccelerate launch --config_file recipes/accelerate_configs/zero3.yaml\n" });
    expect(places(report)).toEqual(["README.md:1 gemma"]);
  });

  test("commented-out list items and block scalars in YAML are examples nobody runs; a comment in prose still counts", () => {
    const report = auditTree({
      "values.yaml": [
        "models:",
        "  # pull:",
        "  #  - llama2",
        "  #  - name: llama3.1-ctx32768",
        "  #    template: |",
        "  #      FROM llama3.1",
        "  pull: []",
        "# Fine-tunes Llama 3.1 8B with LoRA",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["values.yaml:8 llama"]);
  });

  test("a Modelfile's ChatML template is its FROM model's format, not Qwen's", () => {
    const report = auditTree({ Modelfile: 'FROM "./capybarahermes-2.5-mistral-7b.Q4_K_M.gguf"\nPARAMETER stop "<|im_start|>"\nTEMPLATE """<|im_start|>system\n"""\n' });
    expect(places(report)).toEqual(["Modelfile:1 mistral"]);
  });

  test("data said to come from a model is provenance, not use", () => {
    const report = auditTree({ "docs/notes.md": "The dataset had incorrect preference labels from GPT-4.\nWe call GPT-4o for summaries.\n" });
    expect(places(report)).toEqual(["docs/notes.md:2 gpt"]);
  });

  test("prose that names a family SDK as code or link text, and a run of its command, is use of the SDK", () => {
    const report = auditTree({
      "README.md": [
        "We recommend using [mistral-inference](https://github.com/mistralai/mistral-inference).",
        "Make sure to have `mistral_inference` installed.",
        "mistral-chat /runs/7B/ --max_tokens 256 --instruct",
        "(mistral-chat or a chat assistant can help here)",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["README.md:1 mistral", "README.md:2 mistral", "README.md:3 mistral"]);
    expect(report.findings.every((finding) => finding.kind === "sdk")).toBe(true);
  });
});

describe("output folders and remarks in comments (round three's decoys, for every family)", () => {
  test("an output, export or save path named after a model is not a use of it, as a key, a flag, a variable or a save call", () => {
    const report = auditTree({
      "scripts/expand.sh": "python expand.py \\\n    --model_name_or_path meta-llama/Meta-Llama-3-8B-Instruct \\\n    --output_dir models/llama3-8b-pro \\\n    --output=gemma-2-9b-merged\n",
      "recipes/merge.yaml": "model_name_or_path: Qwen/Qwen3-4B-Instruct-2507\nexport_dir: saves/qwen3_sft_merged\nsave_path: out/mistral-7b-dpo\n",
      "train.py": 'OUTPUT_DIR = "phi-3-mini-ft"\nmodel.save_pretrained("gemma-3-4b-lora")\ntrainer.train(output_dir="llama-3.1-8b-sft")\n',
    });
    expect(places(report)).toEqual(["recipes/merge.yaml:1 qwen", "scripts/expand.sh:2 llama"]);
  });

  test("a path the run loads a model or adapter from stays a dependency, even under an output-like folder", () => {
    const report = auditTree({
      "scripts/chat.sh": "python chat.py --model_name_or_path models/llama3-8b-pro --template llama3\n",
      "recipes/infer.yaml": "adapter_name_or_path: saves/qwen3-4b/lora/sft\nfinetuning_type: lora\n",
    });
    expect(places(report)).toEqual(["recipes/infer.yaml:1 qwen", "scripts/chat.sh:1 llama"]);
  });

  test("a comment remarking on a model is not a dependency; the line that sets it is", () => {
    const report = auditTree({
      "tools.py": "model = 'gpt-oss:20b'\n# gpt-oss can call tools while \"thinking\"\n# gpt-oss supports 'low', 'medium', 'high'\n",
      "app.ts": "// Gemma 3 4B handles images natively\nconst model = 'gemma3:4b';\n",
      "serve.yaml": "# The Mistral 7B model does not support a system prompt\nmodel: mistral-7b-instruct\n",
      "query.sql": "-- qwen2.5:7b returns JSON here\nSELECT 1;\n",
    });
    expect(places(report)).toEqual(["app.ts:2 gemma", "serve.yaml:2 mistral", "tools.py:1 gpt"]);
  });

  test("a comment that chooses or configures a model stays a finding, and prose keeps its own rule", () => {
    const report = auditTree({
      "tools.py": "# use llama3.2:1b for speed\nmodel = load()\n# Llama 3.1 8B is used here because it fits one GPU\n",
      "README.md": "Gemma 3 4B supports images, so the demo uses it.\n",
    });
    expect(places(report)).toEqual(["README.md:1 gemma", "tools.py:1 llama", "tools.py:3 llama"]);
  });
});

describe("comments, display text, link indexes and file names (round four's defects, for every family)", () => {
  test("commented-out code settings in source are alternatives nobody runs; live settings are found", () => {
    const report = auditTree({
      "agent.py": "cfg = {\n    'model': 'gemma-3-4b-it',\n    # 'model': 'Qwen/Qwen3-32B',\n    #     'api_key': os.getenv('MISTRAL_API_KEY'),\n}\n",
      "app.js": "// model = \"llama3.1:8b\"\nconst model = \"phi3:mini\";\n",
    });
    expect(places(report)).toEqual(["agent.py:2 gemma", "app.js:2 phi"]);
  });

  test("a comment or docstring that narrates a step with a model or gives it as an example is not a dependency", () => {
    const report = auditTree({
      "run.py": '"""An agent implemented with llama3.1"""\n# then summarise the result with mistral-small\n# needed when the model reasons (e.g. deepseek-r1:7b) or (e.g. serving qwq-32b with old vLLM)\nmodel = "mistral-small-latest"\n',
    });
    expect(places(report)).toEqual(["run.py:4 mistral"]);
  });

  test("titles and sentences shown to people are not ids; an id-like name is", () => {
    const report = auditTree({
      "bot.py": "bot = Assistant(name='Gemma 3 4B Demo', description=\"I'm a demo of llama3.1:8b tool calling\")\nother = Assistant(name='phi-4-mini')\n",
      "workspace.yaml": "inference:\n  preset:\n    name: \"mistral-7b-instruct\"\n",
    });
    expect(places(report)).toEqual(["bot.py:2 phi", "workspace.yaml:3 mistral"]);
  });

  test("a line that only links a release page is an index; a sentence around a linked model still counts", () => {
    const report = auditTree({
      "docs/index.md": "*   [Llama 3](https://www.kaggle.com/models/metaresearch/llama-3/)\n- [Mistral Nemo](https://mistral.ai/news/mistral-nemo/) is now supported by this trainer\n",
    });
    expect(places(report)).toEqual(["docs/index.md:2 mistral"]);
  });

  test("a file named after a model is a file, unless a training command runs it as its recipe", () => {
    const report = auditTree({
      "route.yaml": "# See destinationrule-phi-4-mini-instruct.yaml for the rationale.\n",
      "train.sh": "accelerate launch src/train.py examples/qlora/llama3_lora_sft.yaml\nllamafactory-cli train examples/gemma3_lora_sft.yaml\n",
    });
    expect(places(report)).toEqual(["train.sh:1 llama", "train.sh:2 gemma"]);
  });

  test("an instruction to pull a model by its bare name is a dependency; the bare word elsewhere is not", () => {
    const report = auditTree({ "README.md": "- Install ollama, start it and pull the mistral model:\n- Mistral is a French company.\n" });
    expect(places(report)).toEqual(["README.md:1 mistral"]);
  });

  test("the gemma library imported by its module name is the Gemma SDK", () => {
    const report = auditTree({ "finetune.py": "from gemma import gm\nimport gemmax\n" });
    expect(places(report)).toEqual(["finetune.py:1 gemma"]);
  });

  test("a name uploaded with --upload-repo or upload_repo is a derivative published after its base; other flags' names are not", () => {
    const report = auditTree({
      "docs/convert.md": "```sh\nmlx_lm.convert --model base \\\n    --upload-repo mlx-community/my-4bit-mistral\n    --output-dir mlx-community/my-4bit-mistral\n```\n",
      "convert.py": 'convert(repo, quantize=True, upload_repo="mlx-community/my-4bit-mistral")\n',
    });
    expect(places(report)).toEqual(["convert.py:1 mistral", "docs/convert.md:3 mistral"]);
  });

  test("a release in parentheses between a published model's label and its Hub link is its base; a base with no family word names none", () => {
    const report = auditTree({
      "README.md": [
        "**Older models:**",
        "- 1B v2 (Phi-1.5): [acme/Home-1B-v2-GGUF](https://huggingface.co/acme/Home-1B-v2-GGUF)",
        "- 1B v3 (TinyLlama-1.1B): [acme/Home-1B-v3-GGUF](https://huggingface.co/acme/Home-1B-v3-GGUF)",
        "- 3B v3 (StableLM-Zephyr-3B): [acme/Home-3B-v3-GGUF](https://huggingface.co/acme/Home-3B-v3-GGUF)",
        "",
      ].join("\n"),
    }, ["phi", "llama"]);
    expect(places(report)).toEqual(["README.md:2 phi", "README.md:3 llama"]);
  });
});
