import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import type { GatewayConfig } from "../config/gateway-config.js";
import type { ConsoleDecision, ConsoleEvaluationRun, ConsoleExposure, ConsoleShadowVerdict, ConsoleSources, ConsoleWatch } from "../console/console-sources.js";
import { decideContext } from "../decide/decide-context.js";
import { loadEvalEvidence } from "../decide/evidence/eval-evidence.js";
import type { Ledger } from "../ledger/create-ledger.js";
import { describeZodError, formatIssue } from "../shared/describe-zod-error.js";
import { readWatchSummary } from "../watch/read-watch-summary.js";
import { UsageError } from "./command-result.js";
import { decideCommand } from "./decide.js";

/** Where eval results are looked for besides `decisions.evals`: every `*.json` here (relative to the working directory). */
export const evalResultsFolder = ".switchyard/evals";

const criticalityOrder = ["critical", "high", "medium", "low"] as const;

/** The DESIGN.md audit JSON contract, as far as the Exposure page reads it. */
const auditJsonSchema = z.object({
  findings: z.array(z.object({ file: z.string(), line: z.number(), family: z.string(), criticality: z.enum(criticalityOrder) })),
});

/**
 * The console's sources above the server, read with the modules that own them:
 * decisions through `decide list`/`show` (their JSON is the CLI contract), the
 * latest watch run from the ledger's database, eval results from JSON files,
 * shadow comparisons from the ledger, the audit from a file or an upload.
 */
export function createConsoleSources(options: { readonly cwd: string; readonly configPath: string | undefined; readonly config: () => GatewayConfig; readonly ledger: Ledger | undefined }): ConsoleSources {
  const { cwd } = options;
  const decideOptions = { cwd, config: options.configPath };
  let uploaded: ConsoleExposure | undefined;

  const evalFiles = (): string[] => {
    const configured = (options.config().decisions?.evals ?? []).map((file) => resolve(options.configPath ? dirname(options.configPath) : cwd, file));
    const folder = resolve(cwd, evalResultsFolder);
    const found = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".json")).sort().map((name) => join(folder, name)) : [];
    return [...new Set([...configured, ...found])];
  };

  return {
    decisions: async () => {
      const context = await decideContext(decideOptions);
      const result = await decideCommand({ ...decideOptions, action: "list", format: "json" });
      const rows = JSON.parse(result.stdout ?? "[]") as readonly { id: string; title: string; status: string; owner: string | null; family: string | null; deadline: string | null; days_left: number | null; overdue: boolean; triggers: readonly string[] }[];
      const decisions: ConsoleDecision[] = rows.map((row) => ({ id: row.id, title: row.title, status: row.status, owner: row.owner, family: row.family, deadline: row.deadline, daysLeft: row.days_left, overdue: row.overdue, triggers: row.triggers }));
      // Overdue first, then those with fired triggers, then by days left (no deadline last).
      decisions.sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(b.triggers.length > 0) - Number(a.triggers.length > 0) || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity));
      return { directory: context.dir, decisions };
    },
    decision: async (id) => {
      const list = await decideCommand({ ...decideOptions, action: "list", format: "json" });
      const row = (JSON.parse(list.stdout ?? "[]") as { id: string; title: string; status: string; owner: string | null; family: string | null; deadline: string | null; days_left: number | null; overdue: boolean; triggers: string[] }[]).find((candidate) => candidate.id === id);
      if (!row) return undefined;
      const json = JSON.parse((await decideCommand({ ...decideOptions, action: "show", id, format: "json" })).stdout ?? "{}") as { record?: { options?: string[] } };
      const markdown = (await decideCommand({ ...decideOptions, action: "show", id, format: "markdown" })).stdout ?? "";
      return { id: row.id, title: row.title, status: row.status, owner: row.owner, family: row.family, deadline: row.deadline, daysLeft: row.days_left, overdue: row.overdue, triggers: row.triggers, options: json.record?.options ?? [], markdown };
    },
    watch: async (): Promise<ConsoleWatch> => {
      const latest = await readWatchSummary({ ledger: options.config().ledger, cwd });
      if (!latest) return { snapshotAt: null, events: [], vendors: [], triggers: [] };
      const { summary } = latest;
      return {
        snapshotAt: latest.ranAt,
        events: summary.events.map((event) => ({ type: event.type, vendor: event.vendor, model: event.model, detail: describeWatchEvent(event) })),
        vendors: summary.vendors.map((vendor) => ({
          vendor: vendor.vendor,
          latestOpen: vendor.latest_open?.name ?? null,
          latestOpenDate: vendor.latest_open?.released ?? null,
          latestProprietary: vendor.latest_proprietary?.name ?? null,
          latestProprietaryDate: vendor.latest_proprietary?.released ?? null,
          gapDays: vendor.open_lag_days,
        })),
        triggers: summary.triggers.map((trigger) => ({ vendor: trigger.vendor, rule: trigger.rule, message: trigger.message })),
      };
    },
    evaluations: async () => {
      const files = evalFiles();
      const problems: string[] = [];
      const runs: ConsoleEvaluationRun[] = [];
      files.forEach((file, index) => {
        try {
          const html = file.replace(/\.json$/, ".html");
          loadEvalEvidence([file], (path) => shown(cwd, path)).forEach((comparison, position) => {
            runs.push({
              id: `${index}-${position}`,
              suite: comparison.suite,
              time: comparison.date,
              candidate: comparison.candidateLabel,
              baseline: comparison.baselineLabel,
              pairs: comparison.pairs,
              verdict: comparison.outcome,
              detail: comparison.text,
              source: comparison.source,
              reportUrl: html !== file && existsSync(html) ? `/ui/api/evaluations/${index}/report` : null,
            });
          });
        } catch (error) {
          problems.push((error as Error).message);
        }
      });
      runs.sort((a, b) => b.time.localeCompare(a.time));
      return { searched: [...(options.config().decisions?.evals ?? []), `${evalResultsFolder}/*.json`], problems, runs, shadows: options.ledger ? shadowVerdicts(await options.ledger.shadowPairs({ since: Date.now() - 30 * 86_400_000, limit: 20_000 })) : [] };
    },
    evaluationReport: async (id) => {
      const file = evalFiles()[Number(id)];
      if (file === undefined || !/^\d+$/.test(id)) return undefined;
      const html = file.replace(/\.json$/, ".html");
      return html !== file && existsSync(html) ? readFileSync(html, "utf8") : undefined;
    },
    exposure: async () => {
      if (uploaded) return uploaded;
      const { ui } = options.config().server;
      const configured = ui.auditPath ?? options.config().decisions?.audit;
      if (configured === undefined) return undefined;
      const path = resolve(options.configPath && ui.auditPath === undefined ? dirname(options.configPath) : cwd, configured);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, "utf8"));
      } catch (error) {
        throw new UsageError(`${shown(cwd, path)}: cannot read the audit (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected \`switchyard audit --format json\` output`);
      }
      return summariseAudit(raw, shown(cwd, path));
    },
    uploadAudit: async (json, name) => {
      uploaded = summariseAudit(json, `uploaded ${basename(name)}`);
      return uploaded;
    },
  };
}

function shown(cwd: string, path: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** Findings per family × criticality and the files with the most (ties: the worst first). Throws a one-line reason for anything that is not audit JSON. */
export function summariseAudit(raw: unknown, source: string): ConsoleExposure {
  const parsed = auditJsonSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${source}: not an audit JSON report: ${formatIssue(describeZodError(parsed.error))}`);
  const families = new Map<string, Record<(typeof criticalityOrder)[number], number>>();
  const files = new Map<string, { findings: number; worst: number }>();
  for (const finding of parsed.data.findings) {
    const counts = families.get(finding.family) ?? { critical: 0, high: 0, medium: 0, low: 0 };
    counts[finding.criticality] += 1;
    families.set(finding.family, counts);
    const rank = criticalityOrder.indexOf(finding.criticality);
    const file = files.get(finding.file) ?? { findings: 0, worst: rank };
    file.findings += 1;
    file.worst = Math.min(file.worst, rank);
    files.set(finding.file, file);
  }
  return {
    source,
    total: parsed.data.findings.length,
    byFamily: [...families.entries()].map(([family, counts]) => ({ family, ...counts })).sort((a, b) => b.critical - a.critical || b.high - a.high || a.family.localeCompare(b.family)),
    topFiles: [...files.entries()]
      .sort(([, a], [, b]) => a.worst - b.worst || b.findings - a.findings)
      .slice(0, 20)
      .map(([file, { findings, worst }]) => ({ file, findings, worst: criticalityOrder[worst] ?? "low" })),
  };
}

/** Shadow pairs per route × primary × shadow target: counts, errors, mean latencies, and answer agreement when outputs were captured. */
function shadowVerdicts(pairs: Awaited<ReturnType<Ledger["shadowPairs"]>>): ConsoleShadowVerdict[] {
  const groups = new Map<string, { route: string; primary: string; shadow: string; pairs: number; shadowErrors: number; primaryLatency: number[]; shadowLatency: number[]; compared: number; same: number }>();
  for (const pair of pairs) {
    const key = `${pair.route}\u0000${pair.primary.target}\u0000${pair.shadow.target}`;
    const group = groups.get(key) ?? { route: pair.route, primary: pair.primary.target, shadow: pair.shadow.target, pairs: 0, shadowErrors: 0, primaryLatency: [], shadowLatency: [], compared: 0, same: 0 };
    group.pairs += 1;
    if (pair.shadow.error !== null) group.shadowErrors += 1;
    if (pair.primary.latencyMs !== null) group.primaryLatency.push(pair.primary.latencyMs);
    if (pair.shadow.latencyMs !== null) group.shadowLatency.push(pair.shadow.latencyMs);
    if (pair.primary.output && pair.shadow.output) {
      group.compared += 1;
      if (pair.primary.output.text.trim() === pair.shadow.output.text.trim()) group.same += 1;
    }
    groups.set(key, group);
  }
  const mean = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10);
  return [...groups.values()].map((group) => ({
    route: group.route,
    primary: group.primary,
    shadow: group.shadow,
    pairs: group.pairs,
    shadowErrors: group.shadowErrors,
    primaryLatencyMs: mean(group.primaryLatency),
    shadowLatencyMs: mean(group.shadowLatency),
    agreement: group.compared === 0 ? null : group.same / group.compared,
  }));
}

/** One line per watch event, in the words `watch --format table` would use. */
function describeWatchEvent(event: Awaited<ReturnType<typeof readWatchSummary>> extends infer Latest ? (Latest extends { summary: { events: readonly (infer Event)[] } } ? Event : never) : never): string {
  switch (event.type) {
    case "release":
      return `released${event.released ? ` ${event.released}` : ""}, ${event.open_weights === null ? "openness unknown" : event.open_weights ? "open weights" : "proprietary"}${event.licence ? ` (${event.licence})` : ""}${event.frontier ? ", frontier" : ""}`;
    case "licence-change":
      return `licence ${event.from ?? "unknown"} → ${event.to ?? "unknown"}`;
    case "gating-change":
      return `gating ${event.from} → ${event.to}`;
    case "price-change":
      return `price ${event.from ? `$${event.from.input}/$${event.from.output}` : "none"} → ${event.to ? `$${event.to.input}/$${event.to.output}` : "none"} per M tokens`;
    case "deprecation":
      return `deprecated${event.expires ? `, ends ${event.expires}` : ""}`;
  }
}
