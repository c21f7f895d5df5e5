import { describe, expect, test } from "vitest";
import { auditTree } from "./support/audit-tree.js";

/** Where a finding is and for which family: these tests are about what is found (round five's causes, general wording). */
function places(report: ReturnType<typeof auditTree>): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`).sort();
}

describe("round five's causes, for every family", () => {
  test("Keras Hub task and backbone classes name their family even when the preset is a variable", () => {
    const report = auditTree({
      "train/keras_gemma.py": "lm = keras_hub.models.GemmaCausalLM.from_preset(preset_name)\n",
      "train/keras_llama.py": "backbone = keras_nlp.models.Llama3Backbone.from_preset(PRESET)\n",
      "train/keras_mistral.py": "pre = keras_hub.models.MistralCausalLMPreprocessor.from_preset(name)\n",
    });
    expect(places(report)).toEqual(["train/keras_gemma.py:1 gemma", "train/keras_llama.py:1 llama", "train/keras_mistral.py:1 mistral"]);
  });

  test("a serving parser is the served family's output format: kept beside that family's model, dropped beside another's", () => {
    const report = auditTree({
      "deploy/qwen-coder.yaml": "spec:\n  model:\n    uri: hf://Qwen/Qwen3-Coder-30B-A3B-Instruct\n  args:\n    - --tool-call-parser=qwen3_coder\n",
      "deploy/granite.yaml": "spec:\n  model:\n    uri: hf://ibm-granite/granite-3.3-8b-instruct\n  args:\n    - --tool-call-parser=qwen3_coder\n",
      "deploy/llama.sh": "vllm serve meta-llama/Llama-3.1-8B-Instruct \\\n  --tool-call-parser llama3_json\n",
      "deploy/deepseek.yaml": "spec:\n  model:\n    uri: hf://deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\n  args: [\"--reasoning-parser\", \"deepseek_r1\"]\n",
    });
    expect(places(report)).toEqual([
      "deploy/deepseek.yaml:3 deepseek",
      "deploy/deepseek.yaml:3 qwen",
      "deploy/deepseek.yaml:4 deepseek",
      "deploy/granite.yaml:3 granite",
      "deploy/llama.sh:1 llama",
      "deploy/llama.sh:2 llama",
      "deploy/qwen-coder.yaml:3 qwen",
      "deploy/qwen-coder.yaml:5 qwen",
    ]);
    expect(report.findings.find((finding) => finding.file === "deploy/llama.sh" && finding.line === 2)).toMatchObject({ kind: "chat-template" });
  });

  test("values given as examples anywhere in a comment beside a placeholder are examples, whatever the phrasing", () => {
    const report = auditTree({
      "client/a.py": 'reply = client.chat(model="<model>", # Example: "llama3.2:3b" or any model you pulled\n',
      "client/b.ts": 'const model = "<your-model>"; // for example "qwen2.5:7b", or another tag\n',
      "client/c.py": 'MODEL = os.environ["MODEL"]  # e.g. set it to "mistral-small-2503"\n',
      "client/d.py": 'MODEL = "phi-4-mini-instruct"  # small enough for a laptop\n',
    });
    expect(places(report)).toEqual(["client/d.py:1 phi"]);
  });

  test("a comment narrating a step done using a model is narration; the line that sets it is the dependency", () => {
    const report = auditTree({
      "app/load.py": '# build the pipeline using Qwen2.5 7B instruct weights\npipe = pipeline(model="Qwen/Qwen2.5-7B-Instruct")\n# load tokenizer using the Llama 3.1 8B vocabulary\n',
    });
    expect(places(report)).toEqual(["app/load.py:2 qwen"]);
  });

  test("a link's anchor is a heading's slug, not a model", () => {
    const report = auditTree({
      "README.md": "See [serving](https://example.com/docs/serving#serve-llama-3-8b-with-vllm) and [the table](#gemma-2-9b-results).\nWe fine-tune mistral-7b-v0.3 here.\n",
    });
    expect(places(report)).toEqual(["README.md:2 mistral"]);
  });
});
