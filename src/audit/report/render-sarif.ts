import type { AuditReport, SuppressedFinding } from "../audit-report.js";
import type { SourceRoot } from "../walk/find-repository-root.js";
import { criticalities, findingKinds, type AuditFinding, type Criticality, type FindingKind } from "../finding.js";
import { remedyFor } from "./remedy-for.js";

const toolVersion = "0.1.0";

const kindTitles: Readonly<Record<FindingKind, { name: string; short: string; full: string }>> = {
  "model-id": { name: "HardcodedModelId", short: "Model id of an audited family", full: "A model id of an audited family is written into source, strings or prose instead of being configuration." },
  sdk: { name: "FamilyTiedSdkOrServer", short: "SDK or model server tied to an audited family", full: "A family-specific SDK, package or model-server launch (vLLM, TGI, llama.cpp, Ollama, from_pretrained, Modelfile FROM) ties this code to one family." },
  config: { name: "ModelIdInConfiguration", short: "Model id in configuration or deployment", full: "A model id of an audited family is pinned in configuration or a deployment file (Dockerfile, Compose, Kubernetes, Helm, Terraform, .env)." },
  "chat-template": { name: "HardcodedChatTemplate", short: "Hard-coded chat-template tokens", full: "Special tokens of one family's chat template are written by hand; any other model receives a malformed prompt." },
  adapter: { name: "AdapterOnFamilyBase", short: "Adapter or fine-tune on an audited base model", full: "A LoRA/PEFT adapter or fine-tune config names a base model of an audited family; switching means retraining." },
  weights: { name: "FamilyWeightsInTree", short: "Model weights of an audited family", full: "Weights (GGUF, safetensors or other weight files) of an audited family are in the scanned tree." },
  license: { name: "FamilyLicenceObligation", short: "Licence text or notice of an audited family", full: "A licence, use policy or attribution notice of an audited family is present; its obligations apply to the product." },
};

/** GitHub maps security-severity > 9 to critical, 7–8.9 high, 4–6.9 medium, below 4 low. */
const securitySeverity: Readonly<Record<Criticality, string>> = { critical: "9.5", high: "7.5", medium: "5.0", low: "2.0" };
const level: Readonly<Record<Criticality, "error" | "warning" | "note">> = { critical: "error", high: "error", medium: "warning", low: "note" };

export interface SarifOptions {
  /**
   * Add GitHub's `security-severity` to rules. Off by default: GitHub then shows every
   * finding as a High or Critical *security* alert, and a model dependency is not a vulnerability.
   */
  readonly securitySeverity?: boolean;
  /** Anchor for URIs (see find-repository-root.ts); without it, paths stay relative to the scanned folder. */
  readonly sourceRoot?: SourceRoot;
}

/**
 * SARIF 2.1.0 for GitHub code scanning. One rule per kind and criticality
 * (`model-id/high`): GitHub reads severity from the rule, not the result, so a rule per
 * level is how a `critical` adapter and a `low` test fixture show with their own
 * severity. `partialFingerprints["switchyard/v1"]` is the line-independent fingerprint;
 * the upload action adds `primaryLocationLineHash` itself.
 */
export function renderSarif(report: AuditReport, options: SarifOptions = {}): string {
  const suppressed = report.suppressed ?? [];
  const everything: readonly AuditFinding[] = [...report.findings, ...suppressed];
  const ruleIds: string[] = [];
  for (const kind of findingKinds) {
    for (const criticality of criticalities) {
      if (everything.some((finding) => finding.kind === kind && finding.criticality === criticality)) ruleIds.push(ruleId(kind, criticality));
    }
  }
  const rules = ruleIds.map((id) => {
    const [kind, criticality] = id.split("/") as [FindingKind, Criticality];
    const title = kindTitles[kind];
    const remedy = remedyFor(kind);
    return {
      id,
      name: `${title.name}${criticality[0]?.toUpperCase() ?? ""}${criticality.slice(1)}`,
      shortDescription: { text: `${title.short} (${criticality})` },
      fullDescription: { text: title.full },
      help: { text: `${title.full} ${remedy}`, markdown: `${title.full}\n\n**Remedy.** ${remedy}` },
      defaultConfiguration: { level: level[criticality] },
      properties: {
        tags: ["llm-exposure", kind, criticality],
        precision: "high",
        "problem.severity": level[criticality] === "note" ? "recommendation" : level[criticality],
        ...(options.securitySeverity === true ? { "security-severity": securitySeverity[criticality] } : {}),
      },
    };
  });
  const prefix = options.sourceRoot?.prefix ?? "";
  const results = [
    ...report.findings.map((finding) => result({ finding, ruleIndex: ruleIds.indexOf(ruleId(finding.kind, finding.criticality)), prefix })),
    ...suppressed.map((finding) => result({ finding, ruleIndex: ruleIds.indexOf(ruleId(finding.kind, finding.criticality)), prefix })),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "switchyard", semanticVersion: toolVersion, rules } },
        ...(options.sourceRoot === undefined ? {} : { originalUriBaseIds: { "%SRCROOT%": { uri: options.sourceRoot.uri, description: { text: options.sourceRoot.inRepository ? "The git repository's top-level folder." : "The scanned folder." } } } }),
        automationDetails: { id: `switchyard/audit/${report.families.length === 1 ? (report.families[0] ?? "") : "all"}/` },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleId(kind: FindingKind, criticality: Criticality): string {
  return `${kind}/${criticality}`;
}

function result(options: { finding: AuditFinding | SuppressedFinding; ruleIndex: number; prefix: string }): object {
  const { finding, ruleIndex } = options;
  const cell = finding.cell === undefined ? "" : ` (notebook cell ${finding.cell}, line ${finding.line} of the cell)`;
  return {
    ruleId: ruleId(finding.kind, finding.criticality),
    ruleIndex,
    level: level[finding.criticality],
    message: { text: `${finding.family}: ${finding.message}${cell}. ${finding.reason}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(`${options.prefix}${finding.file}`), uriBaseId: "%SRCROOT%" },
          // A notebook's cell-relative line does not exist in the JSON file; point at the file's first line.
          region: finding.cell === undefined ? { startLine: finding.line, startColumn: finding.column, endColumn: finding.column + finding.match.length } : { startLine: 1 },
        },
      },
    ],
    partialFingerprints: { "switchyard/v1": finding.fingerprint },
    ...("suppression" in finding ? { suppressions: [{ kind: finding.suppression.kind, status: "accepted", justification: finding.suppression.justification }] } : {}),
    properties: {
      family: finding.family,
      criticality: finding.criticality,
      confidence: finding.confidence,
      ...(finding.model === undefined ? {} : { model: finding.model }),
      ...(finding.cell === undefined ? {} : { cell: finding.cell, cellLine: finding.line }),
      ...(finding.obligations === undefined ? {} : { obligations: finding.obligations }),
    },
  };
}
