import { describe, expect, test } from "vitest";
import { auditTree, brief } from "./support/audit-tree.js";

/**
 * Shapes rounds eight and nine of the labelled real repositories showed, as synthetic input for
 * every family they concern (label guide: test/audit/__fixtures__/real/README.md, rounds eight and nine
 * and the rules settled after round nine).
 */
describe("build steps: the model a step reads, not the output it writes", () => {
  test("a path into a model folder names the model; an `-o` output is where the step writes", () => {
    const report = auditTree({
      "docs/build.md": [
        "```bash",
        "mlc_llm compile ./dist/Llama-3-8B-Instruct-q4f16_1-MLC/mlc-chat-config.json \\",
        "    --device cuda -o ./dist/libs/Llama-3-8B-Instruct-q4f16_1-cuda.so",
        "mlc_llm convert_weight ./models/Qwen2.5-7B-Instruct/config.json \\",
        "    --quantization q4f16_1 -o ./dist/Qwen2.5-7B-Instruct-q4f16_1-MLC",
        "```",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/build.md:2 llama model-id low", "docs/build.md:4 qwen model-id low"]);
  });

  test("a weights file inside a folder named after the model, as a model variable's default", () => {
    const report = auditTree({ "chat.py": 'MODEL = env_or_def("MODEL", "./models/llama-13B/ggml-model.bin")\n' }, ["llama"]);
    expect(brief(report.findings)).toEqual(["chat.py:1 llama model-id high"]);
  });

  test("a file named after a model is still a file, not a model folder", () => {
    expect(auditTree({ "run.sh": "kubectl apply -f destinationrule-phi-4-mini-instruct.yaml\n" }).findings).toEqual([]);
  });
});

describe("a framework's classes, modules and extras for one vendor's API", () => {
  test("in code and snippets, a class, module or extra carrying the family word is a dependency", () => {
    const report = auditTree({
      "agent.py": "from pydantic_ai.models.mistral import MistralModel\nfrom pydantic_ai.providers.mistral import MistralProvider\nprovider = MistralProvider(api_key=key)\n",
      "requirements.txt": "pydantic-ai-slim[mistral,openai]==1.0.0\n",
      "docs/mistral.md": '# Mistral\n\n```bash\npip install "pydantic-ai-slim[mistral]"\n```\n',
    });
    expect(brief(report.findings)).toEqual([
      "agent.py:1 mistral sdk high",
      "agent.py:1 mistral model-id high",
      "agent.py:2 mistral sdk high",
      "agent.py:2 mistral model-id high",
      "agent.py:3 mistral model-id high",
      "docs/mistral.md:4 mistral sdk low",
      "requirements.txt:1 mistral sdk medium",
    ]);
  });

  test("prose naming the class or the extra names it in passing", () => {
    const report = auditTree({
      "docs/mistral.md": "To use `MistralModel`, install `pydantic-ai-slim` with the `mistral` optional group.\n\nYou can then use `MistralModel` by name:\n",
    });
    expect(report.findings).toEqual([]);
  });

  test("classes, modules and extras named after a vendor without a family word are not reported", () => {
    const report = auditTree({
      "agent.py": "from pydantic_ai.models.cohere import CohereModel\nmodel = CohereModel(provider=provider)\n",
      "docs/cohere.md": [
        "To use `CohereModel`, install `pydantic-ai-slim` with the `cohere` optional group:",
        "",
        "```bash",
        'pip install "pydantic-ai-slim[cohere]"',
        "```",
        "",
        "To use [Cohere](https://cohere.com/) through their API, go to [dashboard.cohere.com/api-keys](https://dashboard.cohere.com/api-keys).",
      ].join("\n"),
    });
    expect(report.findings).toEqual([]);
  });

  test("the architecture's own classes under a vendor prefix stay dependencies", () => {
    const report = auditTree({ "load.py": "model = CohereForCausalLM.from_pretrained(path)\n" });
    expect(brief(report.findings)).toEqual(["load.py:1 command model-id high"]);
  });

  test("a vendor's own SDK imported in a docs snippet is a dependency, as in code", () => {
    const report = auditTree({
      "docs/xai.md": "```python\nfrom xai_sdk import AsyncClient\nimport anthropic\nimport cohere\n```\n",
    });
    expect(brief(report.findings)).toEqual(["docs/xai.md:2 grok sdk low", "docs/xai.md:3 claude sdk low", "docs/xai.md:4 command sdk low"]);
  });
});

describe("code that routes the family's models, and ids the catalog lacks", () => {
  test("a prefix check on the model id is code for that family", () => {
    const report = auditTree({
      "pipe.py": 'if not (model_id.startswith("gemini-") or model_id.startswith("learnlm-") or model_id.startswith("gemma-")):\n    raise ValueError(model_id)\n',
      "route.ts": 'if (model.startsWith("claude-")) useThinking();\n',
    });
    expect(brief(report.findings)).toEqual(["pipe.py:1 gemini model-id high", "pipe.py:1 gemma model-id high", "route.ts:1 claude model-id high"]);
  });

  test("dated and provider-prefixed ids with a family's name are models by their shape", () => {
    const report = auditTree({
      "pipe.py": [
        'MODELS = [{"id": "claude-3-sonnet-20240229", "name": "claude-3-sonnet"},',
        '          {"id": "gemini-2.0-pro-exp-02-05", "name": "Gemini 2.0 Pro"}]',
        "agent = Agent('zai:glm-5')",
        "model = ZaiModel('glm-5')",
        'label = "glm"',
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["pipe.py:1 claude model-id high", "pipe.py:2 gemini model-id high", "pipe.py:3 glm model-id high", "pipe.py:4 glm model-id high"]);
  });

  test("vendor keys in a plugin docstring's environment_variables metadata; its title stays a docstring", () => {
    const report = auditTree({
      "pipe.py": '"""\ntitle: DeepSeek Manifold Pipeline\nenvironment_variables: DEEPSEEK_API_KEY, ANTHROPIC_API_KEY\n"""\nimport os\n',
    });
    expect(brief(report.findings)).toEqual(["pipe.py:3 deepseek config high", "pipe.py:3 claude config high"]);
  });
});

describe("setup prose and names that are not a model choice", () => {
  test("the family's API key in setup prose; a bare vendor name is not a family", () => {
    const report = auditTree({
      "docs/setup.md": [
        "You'll need a [Gemini API key](https://aistudio.google.com/app/apikey).",
        "",
        "To use [Mistral](https://mistral.ai) through their API, go to console.mistral.ai/api-keys.",
        "",
        "To use [xAI](https://x.ai) through their API, create a key.",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/setup.md:1 gemini sdk low", "docs/setup.md:3 mistral sdk low"]);
  });

  test("a tool's alias that is the family's name, passed to --model", () => {
    const report = auditTree({ "docs/gemini.md": "```bash\naider --model gemini\n```\n" });
    expect(brief(report.findings)).toEqual(["docs/gemini.md:2 gemini model-id low"]);
  });

  test("placeholders, evaluation run names, Helm release names and printed text are names", () => {
    const report = auditTree({
      "pipe.py": [
        '"AZURE_DEEPSEEKR1_ENDPOINT": os.getenv("AZURE_DEEPSEEKR1_ENDPOINT", "your-azure-deepseek-r1-endpoint-here"),',
        "dataset.evaluate_sync(task, name='openai:gpt-5.1')",
        'print(f"azure_deepseek_r1_pipeline - models: {self.pipelines}")',
        "with agent.override(model='openai:gpt-5.1'):",
      ].join("\n"),
      "docs/k8s.md": "```bash\nhelm install mistral-7b-release charts/lorax\n```\n",
      "README.md": '```json\n{"repo_id": "example/qwen-lora-gguf"}\n```\n',
    });
    expect(brief(report.findings)).toEqual(["pipe.py:4 gpt model-id high"]);
  });

  test("an alias counts only for the family the file serves", () => {
    const served = auditTree({ "config.json": '{"models": [{"model": "Qwen/Qwen3.6-27B-GGUF", "alias": "qwen3.6-27b"}]}\n' });
    expect(brief(served.findings)).toEqual(["config.json:1 qwen config medium"]);
    const renamed = auditTree({ "config.json": '{\n  "model": "./models/OpenHermes-2.5.Q4_K_M.gguf",\n  "model_alias": "gpt-3.5-turbo"\n}\n' });
    expect(renamed.findings).toEqual([]);
  });
});

describe("prose: examples and lists of what a tool supports", () => {
  test("ids given as examples are named in passing; a step that installs the example keeps it", () => {
    const report = auditTree({
      "docs/cli.md": [
        "The model to run (e.g. ``Llama-2-7b-chat-hf-q4f16_1``), or a full path to it.",
        "",
        "xAI's multi-agent models (e.g. `grok-4.20-multi-agent`) research in parallel.",
        "",
        "Install a model (e.g., llava-phi3) from the settings page.",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/cli.md:5 phi model-id low"]);
  });

  test("a list under a heading or sentence about what a tool supports names what it can load", () => {
    const report = auditTree({
      "docs/models.md": [
        "## Supported Architectures",
        "",
        "- [Mixtral](https://huggingface.co/mistralai/Mixtral-8x7B-v0.1)",
        "  - [Gemma2](https://huggingface.co/collections/google/gemma-2-release)",
        "- [Command-R](https://docs.cohere.com/docs/command-r)",
        "",
        "Below is a list of supported conversation templates:",
        "",
        "- ``llama-2``",
        "- ``phi-2``",
        "",
        "We serve meta-llama/Llama-3.1-8B-Instruct in production.",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/models.md:12 llama model-id low"]);
  });

  test("help text of a commented-out switch whose key starts with a digit documents an option nobody set", () => {
    const report = auditTree({ ".tool.conf.yml": "## Use gpt-4o model for the main chat (deprecated, use --model)\n#4o: false\n\n## Use gpt-3.5-turbo model (deprecated)\n#35turbo: false\n" });
    expect(report.findings).toEqual([]);
  });
});

describe("TinyLlama, built on Llama 2's architecture and tokenizer", () => {
  test("a TinyLlama checkpoint or adapter that is loaded is a Llama dependency", () => {
    const report = auditTree(
      {
        "load.py": 'model = AutoModelForCausalLM.from_pretrained("TinyLlama/TinyLlama-1.1B-Chat-v1.0")\nadapters = [\n    "smangrul/tinyllama_lora_sql",\n]\n',
        "docs/merge.md": "First deploy LoRAX using the base model `TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T`.\n",
      },
      ["llama"],
    );
    expect(brief(report.findings)).toEqual(["docs/merge.md:1 llama model-id low", "load.py:1 llama model-id high", "load.py:3 llama model-id high"]);
    expect(report.findings[1]?.message).toMatch(/TinyLlama is built on Llama 2/);
  });

  test("tinyllama as a variable, a name that is not loaded, ollama and llamafile are not", () => {
    const report = auditTree({ "app.py": 'tinyllama = ollama_client\nllamafile_path = "x"\nrepo = "TinyLlama/TinyLlama-1.1B-Chat-v1.0"\n' }, ["llama"]);
    expect(report.findings).toEqual([]);
  });
});

describe("docs transcripts, snippet comments and names", () => {
  test("what a command printed in a docs transcript is output; the command itself is not", () => {
    const report = auditTree({
      "docs/models.md": ["```", "$ tool --list-models turbo", "- gpt-4-turbo (openai/gpt-4-turbo)", "- gpt-3.5-turbo (openai/gpt-3.5-turbo)", "$ tool --model gpt-4o", "```"].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/models.md:5 gpt model-id low"]);
  });

  test("a shell comment in a docs snippet that remarks on a model is a remark; the command sets it", () => {
    const report = auditTree({ "docs/reasoning.md": "```bash\n# o3-mini uses low/medium/high reasoning effort\ntool --model o3-mini --reasoning-effort high\n```\n" });
    expect(brief(report.findings)).toEqual(["docs/reasoning.md:3 gpt model-id low"]);
  });

  test("a comment that chooses the model of the command below it", () => {
    const report = auditTree({ "docs/deepseek.md": "```bash\n# Use DeepSeek Chat v3\ntool --model deepseek/deepseek-chat\n# DeepSeek is fast\n```\n" });
    expect(brief(report.findings)).toEqual(["docs/deepseek.md:2 deepseek model-id low", "docs/deepseek.md:3 deepseek model-id low"]);
  });

  test("prose whose subject is the vendor's model and remarks on it", () => {
    expect(auditTree({ "docs/cohere.md": "Their Command-R+ model works well with the tool.\n" }).findings).toEqual([]);
  });

  test("an example after `like` in help text; a key variable's name is not a model id", () => {
    const report = auditTree({
      "docs/launcher.md": "The model to load. Can be a MODEL_ID like `gpt2` or `mistralai/Mistral-7B-Instruct-v0.1`.\n",
      "docs/keys.md": "- CODESTRAL_API_KEY\n",
      "pipe.py": 'KEY = os.getenv("AZURE_DEEPSEEKR1_API_KEY")\n',
    });
    expect(report.findings).toEqual([]);
  });

  test("suggestions of other models to try, and their links, are named in passing", () => {
    const report = auditTree({
      "README.md": [
        "Here are some other interesting Mistral-7B fine-tuned models to try out:",
        "",
        "- [Undi95/Mistral-7B-roleplay_alpaca-lora](https://huggingface.co/Undi95/Mistral-7B-roleplay_alpaca-lora): role-play.",
        "",
        "The server runs mistralai/Mistral-7B-Instruct-v0.1 by default.",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["README.md:5 mistral model-id low"]);
  });

  test("instrumentation that exists only for one vendor's SDK uses that SDK", () => {
    const report = auditTree({ "app.py": "import chainlit as cl\ncl.instrument_mistralai()\ncl.instrument_openai()\n" });
    expect(brief(report.findings)).toEqual(["app.py:2 mistral sdk high"]);
  });
});

describe("closed-weights names on a local server", () => {
  test("a closed-weights model's name sent to a local server or runtime is an alias; open weights there are loaded", () => {
    const report = auditTree({
      "local.py": 'import llama_cpp\nllama = llama_cpp.Llama.from_pretrained(repo_id="Qwen/Qwen2.5-7B-Instruct-GGUF", filename="*q8_0.gguf")\nmodel = "gpt-3.5-turbo"\n',
      "client.py": 'client = OpenAI(base_url="http://localhost:8000/v1", api_key="x")\nclient.chat.completions.create(model="gpt-4", messages=messages)\nclient.chat.completions.create(model="gpt-oss-20b", messages=messages)\n',
      "remote.py": 'client = OpenAI()\nclient.chat.completions.create(model="gpt-4", messages=messages)\n',
    });
    expect(brief(report.findings)).toEqual(["client.py:3 gpt model-id high", "local.py:2 qwen model-id high", "remote.py:2 gpt model-id high"]);
  });
});

describe("more prose read as remarks", () => {
  test("a model given as an example (\"a cheap model like GPT-4o Mini\"), a printed warning, a package's releases", () => {
    const report = auditTree({
      "docs/modes.md": [
        "You can use a cheap, efficient model like GPT-4o Mini to do these edits.",
        "",
        "```",
        "Warning: o3-mini does not support 'thinking_tokens', ignoring.",
        "```",
        "",
        "Current `xai-sdk` releases cancel the stream.",
        "",
        "The result is a DPO model like [`zephyr-7b-gemma`](https://huggingface.co/HuggingFaceH4/zephyr-7b-gemma-v0.1).",
      ].join("\n"),
    });
    expect(brief(report.findings)).toEqual(["docs/modes.md:9 gemma model-id low"]);
  });
});
