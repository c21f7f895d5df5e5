/**
 * What the console shows that lives above the server in the architecture
 * (decisions, watch, evaluations, the audit): `cli/serve.ts` reads them with
 * those modules and hands them over through this port, in plain shapes. Each
 * source is read per request (files change while the gateway runs); a missing
 * one makes its page say what to set up.
 */
export interface ConsoleSources {
  readonly decisions?: () => Promise<ConsoleDecisions>;
  /** One decision record with its Markdown body; undefined when there is none with that id. */
  readonly decision?: (id: string) => Promise<ConsoleDecisionDetail | undefined>;
  readonly watch?: () => Promise<ConsoleWatch>;
  readonly evaluations?: () => Promise<ConsoleEvaluations>;
  /** An eval run's HTML report, by the run's id; undefined when unknown. */
  readonly evaluationReport?: (id: string) => Promise<string | undefined>;
  /** The audit the Exposure page shows: the uploaded one if any, else the configured file. */
  readonly exposure?: () => Promise<ConsoleExposure | undefined>;
  /** Replaces the shown audit with an uploaded one (audit JSON); throws with a one-line reason when it is not one. */
  readonly uploadAudit?: (json: unknown, name: string) => Promise<ConsoleExposure>;
}

export interface ConsoleDecision {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly owner: string | null;
  readonly family: string | null;
  readonly deadline: string | null;
  readonly daysLeft: number | null;
  readonly overdue: boolean;
  /** Revisit triggers that fired. */
  readonly triggers: readonly string[];
}

export interface ConsoleDecisions {
  /** Where the records are read from, for the empty state. */
  readonly directory: string;
  readonly decisions: readonly ConsoleDecision[];
}

export interface ConsoleDecisionDetail extends ConsoleDecision {
  readonly options: readonly string[];
  readonly markdown: string;
}

export interface ConsoleWatchEvent {
  readonly type: string;
  readonly vendor: string;
  readonly model: string;
  readonly detail: string;
}

export interface ConsoleVendorGap {
  readonly vendor: string;
  readonly latestOpen: string | null;
  readonly latestOpenDate: string | null;
  readonly latestProprietary: string | null;
  readonly latestProprietaryDate: string | null;
  /** Days the newest open release trails the newest proprietary one; null when either is missing. */
  readonly gapDays: number | null;
}

export interface ConsoleWatch {
  /** When the compared snapshots were taken; null when nothing was recorded yet. */
  readonly snapshotAt: string | null;
  readonly events: readonly ConsoleWatchEvent[];
  readonly vendors: readonly ConsoleVendorGap[];
  readonly triggers: readonly { readonly vendor: string; readonly rule: string; readonly message: string }[];
}

/** One candidate-versus-baseline comparison of an eval run (`switchyard eval --format json`). */
export interface ConsoleEvaluationRun {
  readonly id: string;
  readonly suite: string;
  /** YYYY-MM-DD the run started. */
  readonly time: string;
  readonly candidate: string;
  readonly baseline: string;
  readonly pairs: number;
  /** The verdict's outcome, e.g. `non-inferior`. */
  readonly verdict: string;
  /** The verdict in words, with the interval. */
  readonly detail: string;
  /** The results file, for the empty and error states. */
  readonly source: string;
  /** Path under `/ui/` of its HTML report; null when none was written. */
  readonly reportUrl: string | null;
}

export interface ConsoleShadowVerdict {
  readonly route: string;
  readonly primary: string;
  readonly shadow: string;
  readonly pairs: number;
  readonly shadowErrors: number;
  readonly primaryLatencyMs: number | null;
  readonly shadowLatencyMs: number | null;
  /** Share of pairs whose answers were identical (needs capture); null when outputs were not captured. */
  readonly agreement: number | null;
}

export interface ConsoleEvaluations {
  /** Where runs are looked for, for the empty state. */
  readonly searched: readonly string[];
  /** Result files that could not be read, each with a one-line reason. */
  readonly problems: readonly string[];
  readonly runs: readonly ConsoleEvaluationRun[];
  readonly shadows: readonly ConsoleShadowVerdict[];
}

export interface ConsoleExposure {
  /** Where it came from: the configured path or "uploaded NAME". */
  readonly source: string;
  readonly total: number;
  /** Findings per family × criticality. */
  readonly byFamily: readonly { readonly family: string; readonly critical: number; readonly high: number; readonly medium: number; readonly low: number }[];
  readonly topFiles: readonly { readonly file: string; readonly findings: number; readonly worst: string }[];
}
