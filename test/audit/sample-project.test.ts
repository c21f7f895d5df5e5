import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { runAudit, type AuditReport } from "../../src/audit/index.js";
import { buildGguf } from "./support/build-gguf.js";

const fixture = fileURLToPath(new URL("./__fixtures__/sample-project", import.meta.url));

/**
 * The realistic sample: Python, JavaScript and Go services, Dockerfile, Compose,
 * Kubernetes, Helm, Terraform, .env, a notebook, a PEFT adapter, an Axolotl config, a
 * Modelfile, licence files, tests and examples — plus decoys (LlamaIndex, the mascot,
 * TinyLlama, llama.cpp, Ollama pulling Gemma, a Mistral GGUF with `llama` architecture).
 * The GGUF files are generated here so the fixture stays text.
 */
function sampleRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "switchyard-sample-"));
  cpSync(fixture, root, { recursive: true });
  mkdirSync(join(root, "models"));
  writeFileSync(
    join(root, "models/support-bot.Q4_K_M.gguf"),
    buildGguf({ "general.architecture": "llama", "general.name": "Helpdesk Support Bot", "general.finetune": "support", "general.base_model.count": 1, "general.base_model.0.name": "Llama 3.1 8B Instruct", "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct" }, 4096),
  );
  writeFileSync(join(root, "models/router-mistral.gguf"), buildGguf({ "general.architecture": "llama", "general.name": "Mistral-7B-Instruct-v0.3" }, 4096));
  // Built output the sample's .gitignore excludes. Written here because git honours
  // that .gitignore too, so a committed copy would never reach a clean checkout.
  mkdirSync(join(root, "build"));
  writeFileSync(join(root, "build/bundle.js"), 'const model = "meta-llama/Llama-3.1-8B-Instruct";\n');
  return root;
}

describe("the sample project, --family llama", () => {
  let report: AuditReport;
  beforeAll(() => {
    report = runAudit({ root: sampleRoot(), families: ["llama"] });
  });

  test("every planted dependency is found and no decoy is reported", () => {
    const found = report.findings.map((finding) => `${finding.criticality} ${finding.kind} ${finding.file}:${finding.line}${finding.cell === undefined ? "" : `#${finding.cell}`} ${finding.model ?? "-"}`);
    expect(found).toEqual([
      "high config .env.example:2 llama-3.1-70b",
      "high config Dockerfile:2 llama-3.1-8b",
      "critical adapter Modelfile:1 llama-3.1-8b",
      "medium license NOTICE:2 -",
      "low model-id README.md:4 llama-3.1-8b",
      "critical adapter adapters/support-lora/adapter_config.json:2 llama-3-8b",
      "critical chat-template app/prompts.py:6 -",
      "critical chat-template app/prompts.py:7 -",
      "high sdk app/server.py:6 -",
      "medium model-id app/server.py:9 llama-3.1-8b",
      "high model-id app/server.py:10 llama-3.2-11b-vision",
      "high model-id app/server.py:12 llama-3.1-8b",
      "medium config config/settings.yaml:2 llama-3.1-8b",
      "high config deploy/helm/values.yaml:3 llama-3.2-3b",
      "high config deploy/k8s/deployment.yaml:13 llama-4-scout",
      "high config docker-compose.yml:4 llama-3.3-70b",
      "low model-id examples/quickstart.py:3 llama-3.2-3b",
      "high config infra/bedrock.tf:3 llama-3.1-70b",
      "critical weights models/support-bot.Q4_K_M.gguf:1 llama-3.1-8b",
      "low model-id notebooks/eval.ipynb:3#1 llama-3.2-3b",
      "medium sdk requirements.txt:4 -",
      "high model-id services/router/main.go:6 llama-3.3-70b",
      "low chat-template tests/test_prompts.py:5 -",
      "medium license third_party/llama/LICENSE:1 -",
      "critical adapter train/axolotl.yaml:1 llama-3.1-8b",
      // node-llama-cpp (web/package.json:6, web/src/chat.js:3) is a runtime: the model it may load is the dependency.
      "medium model-id web/src/chat.js:5 llama-4-maverick",
    ]);
  });

  test("every finding states its reason and confidence; the workflow counts add up", () => {
    for (const finding of report.findings) {
      expect(finding.reason.length).toBeGreaterThan(10);
      expect(finding.confidence).toBeGreaterThan(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
    }
    expect(report.summary).toMatchObject({ findings: 26, suppressed: 1, byCriticality: { critical: 6, high: 10, medium: 6, low: 4 } });
    expect(report.summary.files.ignored).toBe(1);
  });

  test("with every family, the decoys become what they are: Gemma and Mistral", () => {
    const all = runAudit({ root: sampleRoot() });
    const others = all.findings.filter((finding) => finding.family !== "llama").map((finding) => `${finding.family} ${finding.kind} ${finding.file}:${finding.line}`);
    expect(others).toEqual(["gemma config Dockerfile:2", "gemma model-id app/server.py:14", "mistral weights models/router-mistral.gguf:1", "gemma model-id notebooks/eval.ipynb:4"]);
  });
});
