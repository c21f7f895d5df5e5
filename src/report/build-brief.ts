import { criticalities, type Criticality } from "../audit/index.js";
import type { UsageRow } from "../ledger/stores/ledger-store.js";
import { daysBetween } from "../decide/calendar-date.js";
import { listRow } from "../decide/check-decisions.js";
import type { LoadedRecord } from "../decide/decision-folder.js";
import { exposureByCriticality } from "../decide/evidence/audit-evidence.js";
import { isMissing, type Missing } from "../decide/evidence/decision-evidence.js";
import type { EvidenceInputs } from "../decide/evidence/evidence-inputs.js";
import type { Brief, ExposureRow, GapRelease, TrafficGroup, TrafficSection, VendorGap, VendorLineRow } from "./brief.js";
import { summaryParagraph } from "./summary-paragraph.js";

export interface BuildBriefOptions {
  readonly inputs: EvidenceInputs;
  readonly records: readonly LoadedRecord[];
  /** The decisions folder as shown to readers. */
  readonly decisionsSource: string;
  /** The seed's vendor table for every model line (filtered here to the vendors in use). */
  readonly lines: readonly VendorLineRow[] | Missing;
}

/** Joins the evidence into the brief's sections; pure, so tests feed it fixed inputs. */
export function buildBrief(options: BuildBriefOptions): Brief {
  const { inputs } = options;
  const { catalog } = inputs;
  const today = inputs.today;

  const audit = inputs.audit;
  const exposure: Brief["exposure"] = isMissing(audit)
    ? audit
    : {
        source: audit.source,
        date: audit.date,
        rows: [...new Set(audit.findings.map((finding) => finding.family))]
          .map((family): ExposureRow => {
            const counts = exposureByCriticality(audit.findings, new Set([family]));
            return { family, familyName: catalog.family(family)?.name ?? family, vendor: catalog.family(family)?.vendor ?? "unknown", counts, total: criticalities.reduce((sum, level) => sum + counts[level], 0) };
          })
          .sort((a, b) => severityKey(b.counts) - severityKey(a.counts) || b.total - a.total || a.family.localeCompare(b.family)),
      };

  const traffic: Brief["traffic"] = isMissing(inputs.ledger) ? inputs.ledger : trafficSection(inputs.ledger.rows, inputs.ledger.source, `${inputs.ledger.since} to ${inputs.ledger.until}`);

  // Vendors in use: those carrying traffic, and those the code depends on.
  const vendorsInUse = new Set<string>();
  if (!isMissing(traffic)) for (const group of traffic.byVendor) if (group.key !== "unknown") vendorsInUse.add(group.key);
  if (!isMissing(exposure)) for (const row of exposure.rows) if (row.vendor !== "unknown") vendorsInUse.add(row.vendor);

  const lines: Brief["lines"] = isMissing(options.lines)
    ? options.lines
    : { source: inputs.catalogSource, date: today, rows: options.lines.filter((row) => vendorsInUse.has(row.vendor)) };

  const watch = isMissing(inputs.watch) ? undefined : inputs.watch;
  const gapVendors: VendorGap[] = [...vendorsInUse].sort().map((vendorId) => {
    const vendor = catalog.vendor(vendorId);
    const releases: GapRelease[] = catalog
      .models()
      .filter((model) => model.vendor === vendorId)
      .map((model) => ({ model: model.id, name: model.name, released: model.released, openWeights: model.openWeight, frontier: model.tier === "frontier", source: "catalog" }));
    const timeline = watch?.latest.summary.vendors.find((entry) => entry.vendor === vendorId);
    for (const release of timeline?.recent ?? []) {
      if (!releases.some((known) => known.model === release.model)) releases.push({ model: release.model, name: release.name, released: release.released, openWeights: release.open_weights, frontier: release.frontier, source: "watch" });
    }
    releases.sort((a, b) => a.released.localeCompare(b.released) || a.model.localeCompare(b.model));
    const latestOpen = [...releases].reverse().find((release) => release.openWeights);
    const latestProprietary = [...releases].reverse().find((release) => !release.openWeights);
    return {
      vendor: vendorId,
      vendorName: vendor?.name ?? vendorId,
      strategy: vendor?.strategy ?? "unknown",
      releases,
      latestOpen,
      latestProprietary,
      daysSinceOpen: latestOpen === undefined ? undefined : daysBetween(padDate(latestOpen.released), today),
      triggers: (watch?.latest.summary.triggers ?? []).filter((trigger) => trigger.vendor === vendorId).map((trigger) => ({ rule: trigger.rule, message: trigger.message, since: trigger.since.slice(0, 10) })),
    };
  });
  const gap: Brief["gap"] =
    gapVendors.length === 0
      ? { missing: "no vendor in use: neither the ledger nor the audit names one" }
      : { source: watch === undefined ? `${inputs.catalogSource}; switchyard watch has not run` : `${inputs.catalogSource} and ${watch.source}`, date: watch === undefined ? today : watch.latest.ranAt.slice(0, 10), vendors: gapVendors };

  const verdicts: Brief["verdicts"] = isMissing(inputs.evals)
    ? inputs.evals
    : inputs.evals.map((comparison) => ({ candidate: comparison.candidate, baseline: comparison.baseline, outcome: comparison.outcome, text: comparison.text, suite: comparison.suite, source: comparison.source, date: comparison.date }));

  const decisions = {
    source: options.decisionsSource,
    date: today,
    rows: options.records
      .map(({ record }) => ({ ...listRow(record, inputs), file: record.file, chosenOption: record.chosenOption ?? null }))
      .sort((a, b) => statusOrder(a.status) - statusOrder(b.status) || (a.days_left ?? Infinity) - (b.days_left ?? Infinity)),
  };

  const partial = { date: today, exposure, traffic, lines, gap, verdicts, decisions };
  return { ...partial, summary: summaryParagraph(partial) };
}

function trafficSection(rows: readonly UsageRow[], source: string, date: string): TrafficSection {
  const totalRequests = rows.reduce((sum, row) => sum + row.requests, 0);
  const totalSpendUsd = rows.reduce((sum, row) => sum + row.costUsd, 0);
  const group = (key: (row: UsageRow) => string | null): TrafficGroup[] => {
    const groups = new Map<string, { requests: number; spendUsd: number; costUnknown: number }>();
    for (const row of rows) {
      const name = key(row) ?? "unknown";
      const entry = groups.get(name) ?? { requests: 0, spendUsd: 0, costUnknown: 0 };
      entry.requests += row.requests;
      entry.spendUsd += row.costUsd;
      entry.costUnknown += row.costUnknown;
      groups.set(name, entry);
    }
    return [...groups.entries()].map(([name, entry]) => ({ key: name, ...entry, share: totalRequests === 0 ? 0 : entry.requests / totalRequests })).sort((a, b) => b.requests - a.requests || a.key.localeCompare(b.key));
  };
  return { source, date, totalRequests, totalSpendUsd, byFamily: group((row) => row.family), byVendor: group((row) => row.vendor), byLicence: group((row) => row.licence) };
}

/** Critical findings outrank any number of high ones in the ordering. */
function severityKey(counts: Readonly<Record<Criticality, number>>): number {
  return counts.critical * 1e9 + counts.high * 1e6 + counts.medium * 1e3 + counts.low;
}

function statusOrder(status: string): number {
  return ["proposed", "accepted", "rejected", "superseded"].indexOf(status);
}

/** `2026-04` → `2026-04-01`: month-precision releases count from the month's first day. */
export function padDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
