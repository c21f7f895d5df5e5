import type { Criticality } from "../../audit/index.js";
import type { VerdictOutcome } from "../../evaluate/stats/verdict.js";
import type { VendorTimeline, WatchEvent, WatchTrigger } from "../../watch/read-watch-summary.js";
import type { OptionTerms } from "./option-terms.js";
import type { TrafficShare } from "./traffic-evidence.js";

/** A piece of evidence that could not be gathered, and why (so a reader knows it is missing, not zero). */
export interface Missing {
  readonly missing: string;
}

export interface ExposureEvidence {
  readonly source: string;
  readonly date: string;
  readonly families: readonly string[];
  readonly byCriticality: Readonly<Record<Criticality, number>>;
  readonly findings: number;
}

export interface VerdictEvidence {
  readonly option: string;
  readonly baseline: string;
  readonly outcome: VerdictOutcome;
  readonly text: string;
  readonly margin: number;
  readonly suite: string;
  readonly source: string;
  readonly date: string;
}

export interface TrafficEvidence extends TrafficShare {
  readonly source: string;
  /** YYYY-MM-DD, inclusive window. */
  readonly since: string;
  readonly until: string;
  readonly date: string;
}

export interface TermsEvidence extends OptionTerms {
  readonly source: string;
  readonly date: string;
}

export interface WatchEvidence {
  readonly source: string;
  /** YYYY-MM-DD of the latest watch run. */
  readonly date: string;
  readonly vendor: string;
  readonly events: readonly WatchEvent[];
  readonly triggers: readonly WatchTrigger[];
  readonly timeline: VendorTimeline | undefined;
}

export type CriterionResult = "met" | "not-met" | "unknown";

export interface CriterionAssessment {
  readonly option: string;
  readonly criterion: string;
  readonly result: CriterionResult;
  readonly detail: string;
}

/** What `decide show` prints under the record: everything refreshed now, each item with its source and date. */
export interface DecisionEvidence {
  /** YYYY-MM-DD the evidence was gathered. */
  readonly gatheredOn: string;
  readonly exposure: ExposureEvidence | Missing;
  readonly verdicts: readonly VerdictEvidence[] | Missing;
  readonly traffic: TrafficEvidence | Missing;
  readonly terms: readonly TermsEvidence[];
  readonly watch: WatchEvidence | Missing;
  readonly criteria: readonly CriterionAssessment[];
}

export function isMissing<T extends object>(value: T | Missing): value is Missing {
  return "missing" in value;
}
