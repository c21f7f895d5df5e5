import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shapes, on synthetic input: an evaluation harness's `pretrained` argument, a list constant of supported models. */
describe("a model handed to a harness as its pretrained argument", () => {
  test("in a command's model_args, a keyword argument, a model_args string and a dict entry", () => {
    const files = {
      "docs/usage.md": "```bash\nacme-eval run --model hf --model_args pretrained=gpt2 --tasks hellaswag\n```\n",
      "scripts/evaluate.py": 'lm = HarnessLM(pretrained="gpt2", batch_size=8)\nrun(model_args="pretrained=Qwen/Qwen2.5-0.5B,dtype=float32")\nrun(model_args={"pretrained": "gpt2", "dtype": "float32"})\n',
    };
    expect(lines(files, ["gpt", "qwen"])).toEqual(["docs/usage.md:2 gpt", "scripts/evaluate.py:1 gpt", "scripts/evaluate.py:2 qwen", "scripts/evaluate.py:3 gpt"]);
  });

  test("a bare family word in prose, a pretrained flag and an unrelated keyword are not reported", () => {
    const files = {
      "docs/usage.md": "Models such as gpt2 are small enough for a laptop.\n",
      "scripts/vision.py": 'net = resnet50(pretrained=True)\nname = "gpt2"\n',
    };
    expect(lines(files, ["gpt"])).toEqual([]);
  });
});

describe("a list constant in code named for what it supports", () => {
  test("its items are what a component accepts: not reported; its default model is", () => {
    const files = {
      "acme/generator.py": [
        "class ChatGenerator:",
        "    SUPPORTED_MODELS: ClassVar[list[str]] = [",
        '        "gpt-4o",',
        '        "gpt-4o-mini",',
        "    ]",
        '    """Models this component is known to work with."""',
        "",
        '    def __init__(self, model: str = "gpt-4o-mini"):',
        "        self.model = model",
        "",
      ].join("\n"),
      "src/models.ts": 'export const supportedModels = ["claude-sonnet-4-5", "claude-haiku-4-5"];\nexport const DEFAULT_MODEL = "claude-sonnet-4-5";\n',
    };
    expect(lines(files, ["gpt", "claude"])).toEqual(["acme/generator.py:8 gpt", "src/models.ts:2 claude"]);
  });

  test("a model list constant with any other name still names what the code runs", () => {
    const files = {
      "acme/evaluate.py": 'MODELS = [\n    "gpt-4o",\n    "gpt-4o-mini",\n]\nfor model in MODELS:\n    evaluate(model)\n',
    };
    expect(lines(files, ["gpt"])).toEqual(["acme/evaluate.py:2 gpt", "acme/evaluate.py:3 gpt"]);
  });
});
