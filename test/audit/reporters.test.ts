import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/index.js";
import { renderCycloneDx, renderMarkdown, renderSarif, runAudit, type AuditReport } from "../../src/audit/index.js";
import { buildGguf } from "./support/build-gguf.js";
import { cycloneDxValidator, sarifValidator } from "./support/schema-validators.js";

const fixture = fileURLToPath(new URL("./__fixtures__/sample-project", import.meta.url));

describe("SARIF and CycloneDX validate against the official schemas", () => {
  let report: AuditReport;
  let everyFamily: AuditReport;
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), "switchyard-report-"));
    cpSync(fixture, root, { recursive: true });
    mkdirSync(join(root, "models"));
    writeFileSync(join(root, "models/bot.gguf"), buildGguf({ "general.architecture": "llama", "general.name": "Llama-3.1-8B-Instruct" }));
    report = runAudit({ root, families: ["llama"] });
    everyFamily = runAudit({ root });
  });

  test("SARIF 2.1.0: schema-valid, with rules, help, security-severity and fingerprints", () => {
    const validate = sarifValidator();
    for (const each of [report, everyFamily]) {
      const sarif = JSON.parse(renderSarif(each));
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    const sarif = JSON.parse(renderSarif(report));
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThan(4);
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
    }
    expect(run.results).toHaveLength(report.findings.length);
    const first = run.results[0];
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.partialFingerprints["switchyard/v1"]).toBe(report.findings[0]?.fingerprint);
    const notebook = run.results.find((result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0]?.physicalLocation.artifactLocation.uri.endsWith(".ipynb"));
    expect(notebook.message.text).toMatch(/notebook cell 1, line 3 of the cell/);
  });

  test("SARIF negative control: a result without a message is rejected", () => {
    const sarif = JSON.parse(renderSarif(report));
    delete sarif.runs[0].results[0].message;
    expect(sarifValidator()(sarif)).toBe(false);
  });

  test("CycloneDX 1.6 ML-BOM: schema-valid, models with licences and occurrences, adapters with ancestors", () => {
    const catalog = loadCatalog();
    const validate = cycloneDxValidator();
    for (const each of [report, everyFamily]) {
      const bom = JSON.parse(renderCycloneDx(each, { catalog }));
      expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    const bom = JSON.parse(renderCycloneDx(report, { catalog, serialNumber: "3f6c2a9e-8d1b-4f7a-b0e5-6a2d9c4e1f30", timestamp: "2026-11-22T12:00:00Z" }));
    const byRef = new Map<string, { type: string; licenses?: unknown[]; evidence?: { occurrences: { location: string }[] }; pedigree?: { ancestors: { name: string }[] }; purl?: string }>(
      bom.components.map((component: { "bom-ref": string }) => [component["bom-ref"], component]),
    );
    const llama31 = byRef.get("model:llama-3.1-8b");
    expect(llama31?.type).toBe("machine-learning-model");
    expect(llama31?.purl).toBe("pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct");
    expect(llama31?.licenses).toEqual([{ license: { name: "Llama 3.1 Community License Agreement", url: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE", acknowledgement: "concluded" } }]);
    expect(llama31?.evidence?.occurrences.map((occurrence) => occurrence.location)).toContain("app/server.py");
    const adapter = byRef.get("adapter:adapters/support-lora/adapter_config.json");
    expect(adapter?.pedigree?.ancestors.map((ancestor) => ancestor.name)).toEqual(["Llama 3 8B"]);
    expect(byRef.get("package:pypi/llama-stack-client")?.type).toBe("library");
    expect(bom.dependencies[0].dependsOn).toContain("model:llama-3.1-8b");
  });

  test("CycloneDX negative control: an unknown component type is rejected", () => {
    const bom = JSON.parse(renderCycloneDx(report, { catalog: loadCatalog() }));
    bom.components[0].type = "model";
    expect(cycloneDxValidator()(bom)).toBe(false);
  });

  test("Markdown names each kind's remedy and the licence obligations", () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/apply_chat_template/);
    expect(markdown).toMatch(/Plan retraining/);
    expect(markdown).toMatch(/700M monthly active users/);
    expect(markdown).toMatch(/\| `notebooks\/eval\.ipynb:3 \(cell 1\)` \| llama \| model-id \|/);
  });
});
