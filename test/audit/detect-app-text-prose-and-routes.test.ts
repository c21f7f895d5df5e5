import { describe, expect, test } from "vitest";
import { auditTree } from "./support/audit-tree.js";

/** Where a finding is and for which family: these tests are about what is found (round six's causes, general wording). */
function places(report: ReturnType<typeof auditTree>): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`).sort();
}

describe("text shown to people and docstrings (round six's causes, for every family)", () => {
  test("strings passed to UI calls are text for people; the options line that sets the model is the dependency", () => {
    const report = auditTree({
      "app/ui.py": [
        'st.title("Chat with Gemma 3 on your laptop")',
        'st.caption("Answers come from mistral-small-3.1 running locally")',
        'gr.Markdown("**Phi-4 mini:** a small model with a long context")',
        'st.sidebar.info("Pull it first: ollama pull qwen2.5:7b")',
        'choice = st.selectbox("Model", options=["llama3.2:3b", "qwen2.5:7b"])',
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["app/ui.py:4 qwen", "app/ui.py:5 llama", "app/ui.py:5 qwen"]);
  });

  test("a help text or title spanning lines lists choices; its lines are not dependencies", () => {
    const report = auditTree({
      "app/sidebar.py": [
        'model_help = """',
        "- gemma3:4b: sees images",
        "- phi4-mini: fast on CPU",
        '"""',
        'parser.add_argument("--model", default="mistral:7b", help="""Which model to run,',
        'for instance llama3.1:8b or qwen2.5:14b""")',
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["app/sidebar.py:5 mistral"]);
  });

  test("docstrings document a model or token; the code that loads it is the dependency", () => {
    const report = auditTree({
      "app/generate.py": [
        "def answer(question):",
        '    """Answers with the local Qwen2.5 7B model.',
        "",
        "    Strips the <|im_end|> marker and anything the Llama 3.1 8B reply adds.",
        '    """',
        '    return client.chat(model="qwen2.5:7b", messages=[question])',
        "",
        "def strip(text):",
        '    """Removes the "<end_of_turn>" suffix."""',
        "    return text",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["app/generate.py:6 qwen"]);
  });
});

describe("comments that narrate routing or steps, and commented-out samples", () => {
  test("a numbered step and a routing comment narrate; a comment that chooses a model stays", () => {
    const report = auditTree({
      "app/steps.py": "# 2. Ask the Phi-4 model for a summary\n// Step 3: call gemma-3-12b-it\n# use qwen2.5:7b here, it fits in 8 GB\n",
      "gateway/config.yaml": [
        "model_list:  # the router balances between gpt-4o and mistral-large-latest",
        "  - model_name: chat",
        "    litellm_params:",
        "      model: ollama/llama3.1:8b",
        "# requests to claude-3-5-sonnet are answered by ollama/llama3.1:8b",
        '#   "model": "gemini-1.5-pro",',
        '# {"model": "qwen2.5:7b", "choices": []}',
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["app/steps.py:3 qwen", "gateway/config.yaml:4 llama"]);
  });

  test("'an example yaml for serving …' describes the file; 'Example:' before a value still marks an example", () => {
    const report = auditTree({
      "serve/phi.yaml": "# An example recipe for serving phi-4-mini-instruct with vLLM\n# Example: mistral-7b-instruct-v0.3 or any other tag\n",
    });
    expect(places(report)).toEqual(["serve/phi.yaml:1 phi"]);
  });
});

describe("names of folders, scripts and experiment projects", () => {
  test("a folder a command enters or creates and a script named after a model are paths; a recipe config a command runs stays", () => {
    const report = auditTree({
      "README.md": [
        "```sh",
        "cd tutorials/llama3.1-chat",
        "mkdir -p runs/qwen2.5-7b-lora",
        "python gemma2_finetune.py",
        "streamlit run phi4_app.py",
        "python train.py configs/mistral-7b-v0.3-qlora.yaml",
        "```",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["README.md:6 mistral"]);
  });

  test("an experiment tracker's project or run name is where logs land", () => {
    const report = auditTree({
      "train/run.yaml": "base_model: Qwen/Qwen2.5-7B\nwandb_project: qwen2.5-7b-sft\nenvs:\n  WANDB_PROJECT: llama-3.1-8b-dpo\nmlflow_experiment_name: gemma-2-9b-eval\n",
    });
    expect(places(report)).toEqual(["train/run.yaml:1 qwen"]);
  });
});

describe("release names in prose (the label guide's rule after round six)", () => {
  test("a heading that only names a release is a title; a heading or sentence saying the project uses it is a dependency", () => {
    const report = auditTree({
      "docs/guide.md": [
        "# Gemma-3",
        "## Qwen 2.5 Chat Agent",
        "## Fine-tune Llama 3.1 8B on your notes",
        "This app runs Mistral Small 3.1 locally.",
        "Phi-4 14B is a strong model for reasoning tasks.",
        "```sh",
        "# pull qwen2.5:7b first",
        "```",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["docs/guide.md:3 llama", "docs/guide.md:4 mistral", "docs/guide.md:7 qwen"]);
  });
});

describe("gateway routes (LiteLLM model_list)", () => {
  test("a route named after another family than the one it serves is a name; one named after its own is a dependency", () => {
    const report = auditTree({
      "proxy/config.yaml": [
        "model_list:",
        "  - model_name: claude-3-haiku",
        "    litellm_params:",
        "      model: ollama/qwen2.5:7b",
        "  - model_name: gemini-1.5-flash",
        "    litellm_params:",
        "      model: gemini/gemini-1.5-flash",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["proxy/config.yaml:4 qwen", "proxy/config.yaml:5 gemini", "proxy/config.yaml:7 gemini"]);
  });

  test("every family a fallbacks chain names is a model choice, also route names without a size", () => {
    const report = auditTree({
      "proxy/config.yaml": [
        "router_settings:",
        "  fallbacks:",
        "    - mistral-large: [glm-4-air, command-r]",
        "    - glm-4-air: [mistral-large]",
        "general_settings:",
        "  port: 4000",
        "",
      ].join("\n"),
    });
    expect(places(report)).toEqual(["proxy/config.yaml:3 command", "proxy/config.yaml:3 glm", "proxy/config.yaml:3 mistral", "proxy/config.yaml:4 glm", "proxy/config.yaml:4 mistral"]);
  });
});

describe("lineage and family flags", () => {
  test("a distill named after its base counts for the base behind any provider prefix", () => {
    const report = auditTree({
      "proxy/config.yaml": "model: together_ai/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B\n",
      "serve/run.sh": "vllm serve deepseek-ai/DeepSeek-R1-Distill-Llama-8B\n",
    });
    expect(places(report)).toEqual(["proxy/config.yaml:1 deepseek", "proxy/config.yaml:1 qwen", "serve/run.sh:1 deepseek", "serve/run.sh:1 llama"]);
  });

  test("a training flag that configures the family's base (is_<family>_derived_model) counts for it", () => {
    const report = auditTree({
      "train/axolotl.yaml": "is_mistral_derived_model: true\nis_qwen_derived_model: false\nis_llama_derived_model: true\n",
    });
    expect(places(report)).toEqual(["train/axolotl.yaml:1 mistral", "train/axolotl.yaml:3 llama"]);
  });

  test("a family vendor's API host and key count for the family, without the family word", () => {
    const report = auditTree({
      "proxy/keys.yaml": "api_key: os.environ/ZHIPUAI_API_KEY\napi_base: https://open.bigmodel.cn/api/paas/v4\nother: os.environ/ANTHROPIC_API_KEY\n",
      "app/client.py": 'client = OpenAI(base_url="https://dashscope.aliyuncs.com/compatible-mode/v1", api_key=os.getenv("DASHSCOPE_API_KEY"))\nfrom openai import OpenAI\n',
    });
    // The host and the key on one line are two findings (an API call and a credential), one per kind.
    expect(places(report)).toEqual(["app/client.py:1 qwen", "app/client.py:1 qwen", "proxy/keys.yaml:1 glm", "proxy/keys.yaml:2 glm", "proxy/keys.yaml:3 claude"]);
  });
});

describe("names split over words, lines and storage (round five's remaining causes, and round six's)", () => {
  test("a family name written as two words counts where a model is served or run ('serving Code Gemma model')", () => {
    const report = auditTree({
      "serve/code.yaml": "# Recipe for serving Code Llama model with vLLM\nresources:\n  accelerators: L4\n",
      "serve/notes.py": "# We keep the Code Gemma weights elsewhere\n",
    });
    expect(places(report)).toEqual(["serve/code.yaml:1 llama"]);
  });

  test("a bare family word followed by sizes in brackets names its checkpoints", () => {
    const report = auditTree({
      "README.md": "- Mistral (7b) - the default\n- Phi (3.8b, 14b) - smaller\n- Gemma models are good\n",
    });
    expect(places(report)).toEqual(["README.md:1 mistral", "README.md:2 phi"]);
  });

  test("the items of a list spread over lines under a model or recipe key name what runs; other lists do not", () => {
    const report = auditTree({
      ".github/workflows/ci.yml": ["matrix:", "  config: [", '    "codellama",', '    "mistral-qlora"', "    ]", "  os: [", '    "gemma-runner",', "    ]", ""].join("\n"),
      "values.yaml": "models:\n  - phi3\n  - mistral\ntags:\n  - llama-team\n",
    });
    expect(places(report)).toEqual([".github/workflows/ci.yml:3 llama", ".github/workflows/ci.yml:4 mistral", "values.yaml:2 phi", "values.yaml:3 mistral"]);
  });

  test("a serving resource named after its family counts where the file serves it; a volume claim is storage; pvc:// loads", () => {
    const report = auditTree({
      "deploy/service.yaml": "kind: LLMInferenceService\nmetadata:\n  name: granite-chat\nspec:\n  model:\n    uri: hf://ibm-granite/granite-3.3-8b-instruct\n",
      "deploy/other.yaml": "kind: Service\nmetadata:\n  name: qwen-gateway\nspec:\n  model:\n    uri: hf://ibm-granite/granite-3.3-8b-instruct\n",
      "deploy/download.yaml": "kind: Job\nspec:\n  volumes:\n    - persistentVolumeClaim:\n        claimName: qwen2.5-7b-pvc\n",
      "deploy/serve.yaml": "spec:\n  model:\n    uri: pvc://qwen2.5-7b-pvc\n",
    });
    expect(places(report)).toEqual(["deploy/other.yaml:6 granite", "deploy/serve.yaml:3 qwen", "deploy/service.yaml:3 granite", "deploy/service.yaml:6 granite"]);
  });

  test("a family script fetched by URL and run is a dependency; the project's own script named after a model is not", () => {
    const report = auditTree({
      "convert.sh": "wget https://example.com/tools/convert_qwen.py\npython convert_qwen.py --model_name ./ckpt\npython llama_chat_app.py\n",
    });
    expect(places(report)).toEqual(["convert.sh:1 qwen", "convert.sh:2 qwen"]);
  });
});
