import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/index.js";
import { findSourceRoot, renderCycloneDx, renderMarkdown, renderSarif, runAudit, type AuditReport } from "../../src/audit/index.js";
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

  test("SARIF 2.1.0: schema-valid, with rules, help and fingerprints; security-severity only when asked", () => {
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
      // A model dependency is not a vulnerability: GitHub would file it as a High/Critical security alert.
      expect(rule.properties["security-severity"]).toBeUndefined();
    }
    const flagged = JSON.parse(renderSarif(report, { securitySeverity: true }));
    for (const rule of flagged.runs[0].tool.driver.rules) expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
    expect(run.results).toHaveLength(report.findings.length + (report.suppressed?.length ?? 0));
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

describe("SARIF places findings in the repository", () => {
  test("URIs are relative to the git top-level with originalUriBaseIds; suppressed and baselined findings carry suppressions", () => {
    const repository = mkdtempSync(join(tmpdir(), "switchyard-sarif-"));
    mkdirSync(join(repository, ".git"));
    mkdirSync(join(repository, "services/api"), { recursive: true });
    writeFileSync(
      join(repository, "services/api/app.py"),
      'MODEL = "meta-llama/Llama-3.1-8B-Instruct"\nOLD = "google/gemma-2-9b-it"  # switchyard-ignore[gemma] kept for the eval baseline\nNEXT = "Qwen/Qwen2.5-7B-Instruct"\n',
    );
    const scanned = join(repository, "services/api");
    const first = runAudit({ root: scanned });
    const accepted = new Set(first.findings.filter((finding) => finding.family === "qwen").map((finding) => finding.fingerprint));
    const report = runAudit({ root: scanned, baseline: accepted });
    const sarif = JSON.parse(renderSarif(report, { sourceRoot: findSourceRoot(scanned) }));
    expect(sarifValidator()(sarif)).toBe(true);
    const run = sarif.runs[0];
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(pathToFileURL(repository).href + "/");
    const byFamily = new Map<string, { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[]; suppressions?: { kind: string; justification: string }[] }>(
      run.results.map((result: { properties: { family: string } }) => [result.properties.family, result]),
    );
    expect(byFamily.get("llama")?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: "services/api/app.py", uriBaseId: "%SRCROOT%" });
    expect(byFamily.get("llama")?.suppressions).toBeUndefined();
    expect(byFamily.get("gemma")?.suppressions).toEqual([{ kind: "inSource", status: "accepted", justification: "kept for the eval baseline" }]);
    expect(byFamily.get("qwen")?.suppressions?.[0]?.kind).toBe("external");
    expect(report.findings.map((finding) => finding.family)).toEqual(["llama"]);
  });

  test("outside a repository, URIs stay relative to the scanned folder", () => {
    const root = mkdtempSync(join(tmpdir(), "switchyard-sarif-plain-"));
    writeFileSync(join(root, "app.py"), 'MODEL = "meta-llama/Llama-3.1-8B-Instruct"\n');
    const source = findSourceRoot(root);
    // tmpdir() may itself sit inside a checkout on a developer machine; the anchor is then that checkout.
    if (source.inRepository) return;
    expect(source).toEqual({ uri: pathToFileURL(root).href + "/", prefix: "", inRepository: false });
    const sarif = JSON.parse(renderSarif(runAudit({ root }), { sourceRoot: source }));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("app.py");
  });
});
