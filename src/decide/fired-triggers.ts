import { criticalityRank, readBaseline } from "../audit/index.js";
import { isMissing } from "./evidence/decision-evidence.js";
import { verdictAtMargin } from "./evidence/eval-evidence.js";
import { EvidenceError } from "./evidence/evidence-error.js";
import type { EvidenceInputs } from "./evidence/evidence-inputs.js";
import { comparisonsFor, recordFamilies } from "./evidence/gather-evidence.js";
import type { DecisionRecord, RevisitTrigger } from "./record/decision-record.js";

export interface TriggerState {
  readonly trigger: RevisitTrigger;
  /** `fired`: the evidence shows it after the decision's date; `unknown`: its source is missing. */
  readonly state: "fired" | "quiet" | "unknown";
  /** YYYY-MM-DD the evidence dates from, when fired. */
  readonly date?: string;
  readonly message: string;
}

/** Describes a trigger the way the record states it, for lists and messages. */
export function describeTrigger(trigger: RevisitTrigger): string {
  switch (trigger.kind) {
    case "watch":
      return `watch ${trigger.vendor}${trigger.rule === undefined ? "" : ` ${trigger.rule}`}`;
    case "audit":
      return `audit findings ≥ ${trigger.atLeast}${trigger.baseline === undefined ? "" : ` not in ${trigger.baseline}`}`;
    case "eval":
      return `eval ${trigger.option} ${trigger.verdict}`;
  }
}

/**
 * Each of a record's `revisit_when` triggers against the evidence. A trigger
 * fires only on evidence dated after the record's date: what was known when
 * the decision was taken cannot reopen it.
 */
export function evaluateTriggers(record: DecisionRecord, inputs: EvidenceInputs): TriggerState[] {
  return record.revisitWhen.map((trigger) => evaluateTrigger(record, trigger, inputs));
}

function evaluateTrigger(record: DecisionRecord, trigger: RevisitTrigger, inputs: EvidenceInputs): TriggerState {
  const label = describeTrigger(trigger);
  switch (trigger.kind) {
    case "watch": {
      if (isMissing(inputs.watch)) return { trigger, state: "unknown", message: `${label}: ${inputs.watch.missing}` };
      const fired = inputs.watch.latest.summary.triggers.filter((candidate) => candidate.vendor === trigger.vendor && (trigger.rule === undefined || candidate.rule === trigger.rule));
      // `since` is when the rule started firing: a streak that began before the decision was known to it.
      const after = fired.filter((candidate) => candidate.since.slice(0, 10) > record.date);
      const first = after.sort((a, b) => a.since.localeCompare(b.since))[0];
      if (first === undefined) return { trigger, state: "quiet", message: `${label}: ${fired.length === 0 ? "not firing" : "firing since before the decision"} (${inputs.watch.source}, ${inputs.watch.latest.ranAt.slice(0, 10)})` };
      return { trigger, state: "fired", date: first.since.slice(0, 10), message: `watch trigger ${first.rule} for ${first.vendor} fired on ${first.since.slice(0, 10)}: ${first.message}` };
    }
    case "audit": {
      if (isMissing(inputs.audit)) return { trigger, state: "unknown", message: `${label}: ${inputs.audit.missing}` };
      const audit = inputs.audit;
      let known: ReadonlySet<string> = new Set();
      if (trigger.baseline !== undefined) {
        try {
          known = readBaseline(trigger.baseline);
        } catch (error) {
          throw new EvidenceError(`${record.file}: revisit_when audit baseline ${trigger.baseline}: ${(error as Error).message}`);
        }
      }
      const families = new Set(recordFamilies(record, inputs));
      const threshold = criticalityRank(trigger.atLeast);
      const matching = audit.findings.filter(
        (finding) => families.has(finding.family) && criticalityRank(finding.criticality) >= threshold && (finding.fingerprint === undefined || !known.has(finding.fingerprint)),
      );
      if (matching.length === 0 || audit.date <= record.date) {
        return { trigger, state: "quiet", message: `${label}: ${matching.length} finding(s) (${audit.source}, ${audit.date})` };
      }
      const first = matching[0]!;
      return { trigger, state: "fired", date: audit.date, message: `${matching.length} audit finding(s) at or above ${trigger.atLeast} for ${[...families].join(", ")} (${audit.source}, ${audit.date}), e.g. ${first.file}:${first.line} ${first.criticality}` };
    }
    case "eval": {
      if (isMissing(inputs.evals)) return { trigger, state: "unknown", message: `${label}: ${inputs.evals.missing}` };
      const comparisons = comparisonsFor(trigger.option, inputs, inputs.evals);
      const hit = comparisons
        .filter((comparison) => comparison.date > record.date)
        .map((comparison) => ({ comparison, verdict: verdictAtMargin(comparison, record.criteria.nonInferiorityMargin) }))
        .filter(({ verdict }) => verdict.outcome === trigger.verdict)
        .sort((a, b) => a.comparison.date.localeCompare(b.comparison.date))[0];
      if (hit === undefined) return { trigger, state: "quiet", message: `${label}: no eval after ${record.date} with that verdict` };
      return { trigger, state: "fired", date: hit.comparison.date, message: `eval verdict for ${trigger.option} is ${trigger.verdict} (${hit.comparison.source}, ${hit.comparison.date}): ${hit.verdict.text}` };
    }
  }
}
