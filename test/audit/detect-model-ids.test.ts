import { describe, expect, test } from "vitest";
import { auditTree, brief } from "./support/audit-tree.js";

const llama = ["llama"];

describe("model ids in every naming scheme", () => {
  test.each([
    ["Hugging Face", 'MODEL = "meta-llama/Llama-3.1-8B-Instruct"', "llama-3.1-8b"],
    ["Hugging Face URL", 'card = "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct"', "llama-3.3-70b"],
    ["Ollama tag with quantisation", 'tag = "llama3.1:8b-instruct-q4_K_M"', "llama-3.1-8b"],
    ["OpenRouter with variant", 'route = "meta-llama/llama-4-maverick:free"', "llama-4-maverick"],
    ["Together", 'together = "meta-llama/Llama-3.3-70B-Instruct-Turbo"', "llama-3.3-70b"],
    ["Groq", 'groq = "llama-3.3-70b-versatile"', "llama-3.3-70b"],
    ["Fireworks", 'fw = "accounts/fireworks/models/llama-v3p1-70b-instruct"', "llama-3.1-70b"],
    ["Bedrock inference profile", 'profile = "us.meta.llama3-2-11b-instruct-v1:0"', "llama-3.2-11b-vision"],
    ["Bedrock ARN", 'arn = "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-70b-instruct-v1:0"', "llama-3-70b"],
    ["Vertex MaaS", 'vertex = "meta/llama-3.3-70b-instruct-maas"', "llama-3.3-70b"],
    ["Azure AI Foundry", 'azure = "Llama-3.3-70B-Instruct"', "llama-3.3-70b"],
    ["Cloudflare", 'cf = "@cf/meta/llama-3.1-8b-instruct"', "llama-3.1-8b"],
    ["NVIDIA NIM", 'nim = "meta/llama-3.1-8b-instruct"', "llama-3.1-8b"],
  ])("%s", (_scheme, line, model) => {
    const report = auditTree({ "src/app.py": `${line}\n` }, llama);
    expect(report.findings.map((finding) => [finding.kind, finding.model, finding.criticality])).toEqual([["model-id", model, "high"]]);
  });

  test("ids in variables not named model, in comments and in prose are found", () => {
    const report = auditTree(
      {
        "src/routes.ts": 'const PRIMARY = "meta-llama/Llama-3.1-8B-Instruct";\n// falls back to llama3.2:3b\n',
        "docs/guide.md": "We evaluated Llama 3.1 70B and Llama 4 Scout.\n",
      },
      llama,
    );
    expect(brief(report.findings)).toEqual(["docs/guide.md:1 llama model-id low", "src/routes.ts:1 llama model-id high", "src/routes.ts:2 llama model-id medium"]);
    // One finding per line, family and kind: the first model named on the line stands for it.
    expect(report.findings.map((finding) => finding.model)).toEqual(["llama-3.1-70b", "llama-3.1-8b", "llama-3.2-3b"]);
  });

  test("a Llama distill from another vendor is Llama exposure through its licence", () => {
    const report = auditTree({ "src/app.py": 'm = "deepseek-ai/DeepSeek-R1-Distill-Llama-70B"\n' }, llama);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ family: "llama", model: "deepseek-r1-distill-llama-70b" });
    expect(report.findings[0]?.message).toContain("Llama 3.3");
  });

  test("findings carry column, confidence, evidence and the licence's obligations", () => {
    const report = auditTree({ "src/app.py": 'x = 1\nclient.chat(model="meta-llama/Llama-3.2-11B-Vision-Instruct")\n' }, llama);
    const finding = report.findings[0];
    expect(finding).toMatchObject({ file: "src/app.py", line: 2, column: 20, confidence: 1, evidence: 'client.chat(model="meta-llama/Llama-3.2-11B-Vision-Instruct")' });
    expect(finding?.obligations?.join("\n")).toMatch(/700M monthly active users/);
    expect(finding?.obligations?.join("\n")).toMatch(/Built with Llama/);
    expect(finding?.obligations?.join("\n")).toMatch(/EU/);
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{24}$/);
  });

  test("bare family words count only where a model is expected", () => {
    const report = auditTree({ "src/app.py": 'phi = angle * 2\nname = "mistral"\nmodel = "mistral"\n# we like mistral\n' }, ["mistral", "phi"]);
    expect(brief(report.findings)).toEqual(["src/app.py:3 mistral model-id high"]);
  });
});

describe("not Llama exposure", () => {
  test.each([
    ["LlamaIndex imports", "from llama_index.core import VectorStoreIndex\nimport llama_index\n"],
    ["LlamaIndex by name", "# Built on LlamaIndex and llama-index-llms-openai\n"],
    ["the animal", "A llama in the Andes carries wool; llamas are camelids.\n"],
    ["words containing llama", "tinyllama = ollama_client\nllamafile_path = 'x'\n"],
    // TinyLlama is a Llama dependency where it is loaded (label guide, round eight); a name that loads nothing is not.
    ["TinyLlama named, not loaded", 'repo = "TinyLlama/TinyLlama-1.1B-Chat-v1.0"\n'],
    ["tools named llama", "Build llama.cpp and run llama-server with any GGUF.\n"],
    ["an Ollama client serving Gemma", 'client = ollama.Client()\nclient.pull("gemma3:27b")\n'],
    ["licence URLs", "# https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE\n"],
  ])("%s", (_name, source) => {
    expect(auditTree({ "src/app.py": source }, llama).findings).toEqual([]);
  });

  test("`ollama pull gemma3` is a Gemma finding, not a Llama one", () => {
    const files = { Dockerfile: "FROM ollama/ollama\nRUN ollama pull gemma3\n" };
    expect(auditTree(files, llama).findings).toEqual([]);
    expect(brief(auditTree(files).findings)).toEqual(["Dockerfile:2 gemma config high"]);
  });

  test("a hub page that is no model (an organisation, a collection, a blog post) names no checkpoint; a model page does", () => {
    const report = auditTree({
      "README.md": [
        "It serves models such as [Llama](https://huggingface.co/meta-llama) (including [CodeLlama](https://huggingface.co/codellama)) and [Qwen](https://huggingface.co/Qwen/).",
        "- [a collection](https://huggingface.co/collections/google/gemma-2-release-667d) and https://huggingface.co/blog/mistral-7b",
        "Our default is https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3.",
        "",
      ].join("\n"),
    });
    expect(report.findings.map((finding) => `${finding.line} ${finding.family}`)).toEqual(["3 mistral"]);
  });

  test("a family named as the text of a link to a paper is a citation, not a use", () => {
    const report = auditTree({ "README.md": "Gains are known from the [Llama2](https://huggingface.co/papers/2307.09288) and [Llama 3](https://arxiv.org/abs/2407.21783) papers.\nWe fine-tune [Llama 3.1 8B](https://huggingface.co/meta-llama/Llama-3.1-8B).\n" }, llama);
    expect(brief(report.findings)).toEqual(["README.md:2 llama model-id low"]);
  });
});

