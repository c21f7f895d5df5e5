import { statSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import type { Catalog } from "../catalog/index.js";
import { loadCatalog } from "../catalog/index.js";
import { assignCriticality } from "./assign-criticality.js";
import type { AuditReport, AuditSummary, SuppressedFinding } from "./audit-report.js";
import { buildAuditMatchers } from "./detect/audit-matchers.js";
import { criticalities, findingKinds, type AuditFinding, type Criticality, type FindingKind } from "./finding.js";
import { defaultMaximumTextBytes, scanFile } from "./scan-file.js";
import { isEmptyOwnExtra, type EmptyOwnExtras } from "./detect/own-extras.js";
import { classifyFile } from "./walk/classify-file.js";
import { walkFiles, type WalkStatistics } from "./walk/walk-files.js";
import { fingerprintFindings } from "./workflow/fingerprint-findings.js";

export interface AuditProgress {
  readonly files: number;
  readonly bytes: number;
  readonly current: string;
}

export interface RunAuditOptions {
  /** Folder (or single file) to scan. */
  readonly root: string;
  /** Catalog family ids to audit; default every family in the catalog. */
  readonly families?: readonly string[];
  readonly catalog?: Catalog;
  /** Fingerprints of accepted findings (see workflow/baseline-file.ts). */
  readonly baseline?: ReadonlySet<string>;
  readonly maximumTextBytes?: number;
  /** Files never scanned: the audit's own baseline and report, which repeat every match. */
  readonly excludeFiles?: readonly string[];
  /** Called at most every 200 ms while walking; the CLI draws its TTY progress line with it. */
  readonly onProgress?: (progress: AuditProgress) => void;
}

export class AuditInputError extends Error {
  override readonly name = "AuditInputError";
}

const progressIntervalMs = 200;

export function runAudit(options: RunAuditOptions): AuditReport {
  const started = performance.now();
  const catalog = options.catalog ?? loadCatalog();
  const known = catalog.families().map((family) => family.id);
  const families = options.families === undefined || options.families.length === 0 ? known : [...new Set(options.families)];
  const unknown = families.filter((family) => !known.includes(family));
  if (unknown.length > 0) throw new AuditInputError(`unknown family "${unknown[0] ?? ""}"; known families: ${known.join(", ")}`);
  const rootStat = statOrUndefined(options.root);
  if (rootStat === undefined) throw new AuditInputError(`${options.root}: no such file or directory`);

  const matchers = buildAuditMatchers({ catalog, families: new Set(families) });
  const maximumTextBytes = options.maximumTextBytes ?? defaultMaximumTextBytes;
  const statistics: WalkStatistics = { ignored: 0, symlinks: 0, unreadable: 0 };
  const counts = { scanned: 0, matched: 0, binary: 0, tooLarge: 0, unreadable: 0, bytes: 0, suppressed: 0, ownArtefacts: 0 };
  const tooLargeFiles: string[] = [];
  const raw: (Omit<AuditFinding, "fingerprint"> & { runtime?: boolean })[] = [];
  const rawSuppressed: (Omit<AuditFinding, "fingerprint"> & { comment: string })[] = [];
  let lastProgress = started;
  const addedTokens = new Set<string>();
  const emptyExtras: (EmptyOwnExtras & { file: string })[] = [];

  const files = rootStat.isDirectory()
    ? walkFiles(options.root, statistics)
    : [{ absolutePath: options.root, relativePath: options.root.split(/[\\/]/).at(-1) ?? options.root, size: Number(rootStat.size) }];
  const excluded = new Set((options.excludeFiles ?? []).map((path) => resolve(path)));
  for (const file of files) {
    if (excluded.size > 0 && excluded.has(resolve(file.absolutePath))) continue;
    const fileClass = classifyFile(file.relativePath);
    const outcome = scanFile({ file, fileClass, matchers, maximumTextBytes });
    if (outcome.status === "scanned") {
      counts.scanned += 1;
      counts.bytes += outcome.bytes;
      if (outcome.prefilterHit) counts.matched += 1;
      for (const token of outcome.addedTokens ?? []) addedTokens.add(token);
      if (outcome.emptyExtras !== undefined) emptyExtras.push({ ...outcome.emptyExtras, file: file.relativePath });
      for (const detection of outcome.detections) {
        const { isDefault: _isDefault, servedFamilyOnly: _served, ...rest } = detection;
        raw.push({ file: file.relativePath, ...rest, ...assignCriticality(detection, fileClass) });
      }
      for (const { detection, comment } of outcome.suppressed) {
        const { isDefault: _isDefault, runtime: _runtime, servedFamilyOnly: _served, ...rest } = detection;
        rawSuppressed.push({ file: file.relativePath, ...rest, ...assignCriticality(detection, fileClass), comment });
      }
    } else if (outcome.status === "too-large") {
      counts.tooLarge += 1;
      if (tooLargeFiles.length < 20) tooLargeFiles.push(file.relativePath);
    } else if (outcome.status === "own-artefact") counts.ownArtefacts += 1;
    else if (outcome.status === "binary") counts.binary += 1;
    else counts.unreadable += 1;
    if (options.onProgress !== undefined && performance.now() - lastProgress >= progressIntervalMs) {
      lastProgress = performance.now();
      options.onProgress({ files: counts.scanned, bytes: counts.bytes, current: file.relativePath });
    }
  }

  const byLocation = (a: { file: string; cell?: number; line: number; column: number }, b: typeof a): number =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || a.column - b.column;
  raw.sort(byLocation);
  rawSuppressed.sort(byLocation);
  const all = fingerprintFindings(withoutRuntimes(withoutOwnTokens(withoutEmptyOwnExtras(raw, emptyExtras), addedTokens))).map(orderFields);
  const findings = options.baseline === undefined ? all : all.filter((finding) => !options.baseline?.has(finding.fingerprint));
  const suppressed: SuppressedFinding[] = [
    ...fingerprintFindings(withoutOwnTokens(rawSuppressed, addedTokens)).map(({ comment, ...finding }) => ({ ...orderFields(finding), suppression: { kind: "inSource" as const, justification: comment } })),
    ...all.filter((finding) => options.baseline?.has(finding.fingerprint) === true).map((finding) => ({ ...finding, suppression: { kind: "external" as const, justification: "accepted in the baseline file" } })),
  ];
  counts.suppressed = rawSuppressed.length;
  const summary: AuditSummary = {
    ...tally(findings),
    files: { scanned: counts.scanned, matched: counts.matched, binary: counts.binary, tooLarge: counts.tooLarge, unreadable: counts.unreadable + statistics.unreadable, ignored: statistics.ignored + counts.ownArtefacts, symlinks: statistics.symlinks },
    tooLargeFiles,
    maximumTextBytes,
    bytesScanned: counts.bytes,
    suppressed: counts.suppressed,
    baselined: all.length - findings.length,
    durationMs: Math.round(performance.now() - started),
  };
  return { root: options.root, families, findings, summary, suppressed };
}

/**
 * An install of the project itself naming an extra its pyproject leaves empty installs nothing (see `isEmptyOwnExtra`). The
 * pyproject's own lists are resolved where it is scanned (`withResolvedOwnExtras`).
 */
function withoutEmptyOwnExtras<T extends { file: string; kind: FindingKind; evidence: string; match: string }>(findings: T[], extras: readonly (EmptyOwnExtras & { file: string })[]): T[] {
  if (extras.length === 0) return findings;
  return findings.filter((finding) => finding.kind !== "sdk" || extras.some((extra) => extra.file === finding.file) || !isEmptyOwnExtra(finding.evidence, finding.match, extras));
}

/**
 * llama.cpp and its bindings run any model in their format: the runtime is no family
 * dependency even next to that family's model, which is reported on its own line.
 */
function withoutRuntimes<T extends { family: string; kind: FindingKind; runtime?: boolean }>(findings: readonly T[]): Omit<T, "runtime">[] {
  return findings.filter((finding) => finding.runtime !== true).map(({ runtime: _runtime, ...finding }) => finding);
}

/**
 * Tokens the project adds to a tokenizer's vocabulary (an axolotl `tokens:` list,
 * `add_tokens([…])`) are its own format wherever they appear in it, README included: a
 * template finding made only of such tokens is dropped. The rest keep their finding.
 */
function withoutOwnTokens<T extends { kind: FindingKind; templateTokens?: readonly string[] }>(findings: readonly T[], added: ReadonlySet<string>): Omit<T, "templateTokens">[] {
  return findings
    .filter((finding) => added.size === 0 || finding.kind !== "chat-template" || finding.templateTokens === undefined || !finding.templateTokens.every((token) => added.has(token)))
    .map(({ templateTokens: _tokens, ...finding }) => finding);
}

/** The DESIGN.md contract fields first, so JSON reads in the documented order. */
function orderFields(finding: Omit<AuditFinding, "fingerprint"> & { fingerprint: string }): AuditFinding {
  const { file, line, family, kind, criticality, model, message, evidence, ...rest } = finding;
  return { file, line, family, kind, criticality, ...(model === undefined ? {} : { model }), message, evidence, ...rest };
}

function tally(findings: readonly AuditFinding[]): Pick<AuditSummary, "findings" | "byCriticality" | "byFamily" | "byKind" | "topFiles"> {
  const byCriticality = Object.fromEntries(criticalities.map((level) => [level, 0])) as Record<Criticality, number>;
  const byKind = Object.fromEntries(findingKinds.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  const byFamily: Record<string, number> = {};
  const byFile = new Map<string, number>();
  for (const finding of findings) {
    byCriticality[finding.criticality] += 1;
    byKind[finding.kind] += 1;
    byFamily[finding.family] = (byFamily[finding.family] ?? 0) + 1;
    byFile.set(finding.file, (byFile.get(finding.file) ?? 0) + 1);
  }
  const topFiles = [...byFile]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([file, count]) => ({ file, findings: count }));
  return { findings: findings.length, byCriticality, byFamily, byKind, topFiles };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
