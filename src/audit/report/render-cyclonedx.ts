import { randomUUID } from "node:crypto";
import type { Catalog, CatalogLicence, CatalogModel } from "../../catalog/index.js";
import type { AuditReport } from "../audit-report.js";
import { normalisePackageName } from "../detect/audit-matchers.js";
import { sdkPackages } from "../detect/sdk-packages.js";
import { criticalityRank, type AuditFinding, type Criticality } from "../finding.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface CycloneDxOptions {
  readonly catalog: Catalog;
  /** Fixed values for reproducible output (tests); default a fresh UUID and now. */
  readonly serialNumber?: string;
  readonly timestamp?: string;
  readonly applicationName?: string;
}

/**
 * CycloneDX 1.6 ML-BOM: each catalog model found is a `machine-learning-model`
 * component with its licence and every occurrence as evidence; an adapter is its own
 * component with the base model in `pedigree.ancestors`; family SDKs are `library`
 * components; references that name a family but no known model are grouped under one
 * component per family. Extras live in `switchyard:*` properties (the schema allows
 * no unknown keys).
 */
export function renderCycloneDx(report: AuditReport, options: CycloneDxOptions): string {
  const { catalog } = options;
  const components: JsonObject[] = [];
  const dependencies: JsonObject[] = [];
  const byModel = groupBy(report.findings.filter((finding) => finding.model !== undefined && finding.kind !== "adapter"), (finding) => finding.model ?? "");
  const adapters = groupBy(report.findings.filter((finding) => finding.kind === "adapter"), (finding) => finding.file);
  const packages = groupBy(report.findings.filter((finding) => finding.kind === "sdk" && packageOf(finding) !== undefined), (finding) => `${ecosystemOf(finding)}:${normalisePackageName(packageOf(finding) ?? "")}`);
  const familyOnly = groupBy(
    report.findings.filter((finding) => finding.model === undefined && finding.kind !== "adapter" && !(finding.kind === "sdk" && packageOf(finding) !== undefined)),
    (finding) => finding.family,
  );
  // A base model an adapter needs is a dependency even where no other file names it.
  for (const findings of adapters.values()) {
    for (const finding of findings) {
      const base = finding.lineage?.baseModel;
      if (base !== undefined && !byModel.has(base)) byModel.set(base, []);
    }
  }

  for (const [modelId, findings] of byModel) {
    const model = catalog.model(modelId);
    if (model === undefined) continue;
    components.push(modelComponent({ model, findings, catalog }));
  }
  for (const [file, findings] of adapters) {
    const first = findings[0];
    if (first === undefined) continue;
    const reference = `adapter:${file}`;
    const base = first.lineage?.baseModel === undefined ? undefined : catalog.model(first.lineage.baseModel);
    const folder = file.split("/").slice(0, -1).at(-1) ?? file;
    const name = /adapter_config\.json$|\.safetensors$/.test(file) ? folder || file : file.split("/").at(-1) ?? file;
    const licence = base === undefined ? undefined : catalog.licence(base.licence);
    components.push({
      type: "machine-learning-model",
      "bom-ref": reference,
      name,
      ...(licence === undefined ? {} : { licenses: licencesOf(licence) }),
      pedigree: {
        ancestors: [
          base === undefined
            ? { type: "machine-learning-model", name: first.lineage?.base ?? first.match }
            : { type: "machine-learning-model", name: base.name, ...purlOf(base, first.lineage?.base) },
        ],
        notes: `Adapter or fine-tune on ${first.lineage?.base ?? first.match}; it only works on that base.`,
      },
      evidence: { occurrences: occurrencesOf(findings) },
      properties: propertiesOf(findings),
    });
    dependencies.push({ ref: reference, dependsOn: base === undefined ? [] : [`model:${base.id}`] });
  }
  for (const findings of packages.values()) {
    const first = findings[0];
    const name = first === undefined ? undefined : packageOf(first);
    if (first === undefined || name === undefined) continue;
    const ecosystem = ecosystemOf(first);
    components.push({
      type: "library",
      "bom-ref": `package:${ecosystem}/${normalisePackageName(name)}`,
      name,
      purl: `pkg:${ecosystem}/${ecosystem === "npm" ? name.replace("@", "%40") : ecosystem === "golang" ? name : normalisePackageName(name)}`,
      evidence: { occurrences: occurrencesOf(findings) },
      properties: propertiesOf(findings),
    });
  }
  for (const [familyId, findings] of familyOnly) {
    const family = catalog.family(familyId);
    components.push({
      type: "machine-learning-model",
      "bom-ref": `family:${familyId}`,
      name: `${family?.name ?? familyId} (model not identified)`,
      description: "References to the family that name no specific catalog model: template tokens, licence notices, unversioned or unknown ids.",
      modelCard: { modelParameters: { architectureFamily: familyId } },
      evidence: { occurrences: occurrencesOf(findings) },
      properties: propertiesOf(findings),
    });
  }

  const applicationName = options.applicationName ?? report.root.split(/[\\/]/).filter((part) => part !== "" && part !== ".").at(-1) ?? "application";
  const bom: JsonObject = {
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${options.serialNumber ?? randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: options.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      lifecycles: [{ phase: "discovery" }],
      tools: { components: [{ type: "application", name: "switchyard", version: "0.1.0" }] },
      component: { type: "application", "bom-ref": "app", name: applicationName },
      properties: [{ name: "switchyard:families", value: report.families.join(",") }],
    },
    components,
    dependencies: [{ ref: "app", dependsOn: components.map((component) => component["bom-ref"]).filter((reference): reference is string => typeof reference === "string") }, ...dependencies],
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

function modelComponent(options: { model: CatalogModel; findings: readonly AuditFinding[]; catalog: Catalog }): JsonObject {
  const { model, findings, catalog } = options;
  const licence = catalog.licence(model.licence);
  const vendor = catalog.vendor(model.vendor);
  const seenHfId = findings.map((finding) => finding.match).find((match) => /^[\w.-]+\/[\w.-]+$/.test(match) && (model.aliases.huggingface ?? []).includes(match));
  const hfId = seenHfId ?? model.aliases.huggingface?.[0];
  return {
    type: "machine-learning-model",
    "bom-ref": `model:${model.id}`,
    ...(vendor === undefined ? {} : { supplier: { name: vendor.name } }),
    ...(hfId === undefined ? {} : { group: hfId.split("/")[0] ?? "" }),
    name: hfId?.split("/")[1] ?? model.name,
    ...purlOf(model, hfId),
    ...(licence === undefined ? {} : { licenses: licencesOf(licence) }),
    ...(hfId === undefined ? {} : { externalReferences: [{ type: "model-card", url: `https://huggingface.co/${hfId}` }] }),
    modelCard: { modelParameters: { architectureFamily: model.family } },
    ...(findings.length === 0 ? {} : { evidence: { occurrences: occurrencesOf(findings) } }),
    properties: [{ name: "switchyard:catalog-id", value: model.id }, ...propertiesOf(findings, model.family)],
  };
}

function purlOf(model: CatalogModel, hfId: string | undefined): JsonObject {
  const id = hfId !== undefined && (model.aliases.huggingface ?? []).includes(hfId) ? hfId : model.aliases.huggingface?.[0];
  return id === undefined ? {} : { purl: `pkg:huggingface/${id}` };
}

/** SPDX ids where the licence has one; otherwise the licence's name and URL (Llama, Gemma Terms… are not on the SPDX list). */
function licencesOf(licence: CatalogLicence): Json[] {
  if (licence.spdx !== undefined) return [{ license: { id: licence.spdx, acknowledgement: "concluded" } }];
  return [{ license: { name: licence.name, url: licence.url, acknowledgement: "concluded" } }];
}

function occurrencesOf(findings: readonly AuditFinding[]): Json[] {
  return findings.map((finding) => ({
    location: finding.file,
    line: finding.line,
    symbol: finding.match.slice(0, 200),
    additionalContext: `${finding.kind}, ${finding.criticality}${finding.cell === undefined ? "" : `, notebook cell ${finding.cell}`}: ${finding.message}`.slice(0, 500),
  }));
}

function propertiesOf(findings: readonly AuditFinding[], family?: string): Json[] {
  const highest = findings.reduce<Criticality | undefined>((worst, finding) => (worst === undefined || criticalityRank(finding.criticality) > criticalityRank(worst) ? finding.criticality : worst), undefined);
  const obligations = [...new Set(findings.flatMap((finding) => finding.obligations ?? []))];
  return [
    { name: "switchyard:family", value: family ?? findings[0]?.family ?? "" },
    ...(highest === undefined ? [] : [{ name: "switchyard:criticality", value: highest }]),
    ...[...new Set(findings.map((finding) => finding.kind))].map((kind) => ({ name: "switchyard:kind", value: kind })),
    ...obligations.map((obligation) => ({ name: "switchyard:obligation", value: obligation })),
  ];
}

function packageOf(finding: AuditFinding): string | undefined {
  const normalised = normalisePackageName(finding.match);
  // A Go import names a package under the module's path (`github.com/anthropics/anthropic-sdk-go/option`).
  return sdkPackages.find((entry) => normalisePackageName(entry.name) === normalised || entry.imports.includes(finding.match) || (entry.ecosystem === "go" && finding.match.startsWith(`${entry.name}/`)))?.name;
}

/** The purl type: Go modules are `golang` (package-url spec). */
function ecosystemOf(finding: AuditFinding): "npm" | "pypi" | "golang" {
  const name = packageOf(finding);
  const candidates = sdkPackages.filter((entry) => entry.name === name);
  if (candidates.length === 1) return candidates[0]?.ecosystem === "go" ? "golang" : (candidates[0]?.ecosystem ?? "pypi");
  return /\.(?:[cm]?[jt]sx?)$|package\.json$/.test(finding.file) ? "npm" : "pypi";
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
