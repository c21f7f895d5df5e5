import { daysBetween } from "./calendar-date.js";
import type { LoadedRecord } from "./decision-folder.js";
import type { EvidenceInputs } from "./evidence/evidence-inputs.js";
import { evaluateTriggers, type TriggerState } from "./fired-triggers.js";
import type { DecisionRecord } from "./record/decision-record.js";

/** Whether a record is still live: rejected and superseded ones are history and never reopen. */
export function isOpen(record: DecisionRecord): boolean {
  return record.status === "proposed" || record.status === "accepted";
}

export interface DecisionCheck {
  /** One line per problem: an overdue proposed decision, a trigger that fired after the decision. */
  readonly problems: readonly string[];
  /** Triggers whose evidence is missing; reported, not failed, so a missing source is visible but not fatal. */
  readonly warnings: readonly string[];
}

/** `decide check`: problems fail CI (exit 1). */
export function checkDecisions(records: readonly LoadedRecord[], inputs: EvidenceInputs): DecisionCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const { record } of records) {
    if (!isOpen(record)) continue;
    if (record.status === "proposed" && record.deadline !== undefined && record.deadline < inputs.today) {
      const days = daysBetween(record.deadline, inputs.today);
      problems.push(`${record.file}: proposed decision "${record.title}" is ${days} day${days === 1 ? "" : "s"} past its deadline ${record.deadline}${record.owner === undefined ? "" : ` (owner: ${record.owner})`}`);
    }
    for (const state of evaluateTriggers(record, inputs)) {
      if (state.state === "fired") problems.push(`${record.file}: revisit "${record.title}" (${record.status} ${record.date}): ${state.message}`);
      if (state.state === "unknown") warnings.push(`${record.file}: cannot evaluate revisit trigger ${state.message}`);
    }
  }
  return { problems, warnings };
}

export interface DecisionListRow {
  readonly id: string;
  readonly title: string;
  readonly status: DecisionRecord["status"];
  readonly owner: string | null;
  readonly family: string | null;
  readonly deadline: string | null;
  /** Days from today to the deadline (negative when past); null without a deadline. */
  readonly days_left: number | null;
  /** A proposed decision past its deadline. */
  readonly overdue: boolean;
  /** Revisit triggers that fired after the decision's date. */
  readonly triggers: readonly string[];
}

/** `decide list --format json`: the DESIGN.md contract row. */
export function listRow(record: DecisionRecord, inputs: EvidenceInputs, states: readonly TriggerState[] = evaluateTriggers(record, inputs)): DecisionListRow {
  const daysLeft = record.deadline === undefined ? null : daysBetween(inputs.today, record.deadline);
  return {
    id: record.id,
    title: record.title,
    status: record.status,
    owner: record.owner ?? null,
    family: record.subject.kind === "family" ? record.subject.family : null,
    deadline: record.deadline ?? null,
    days_left: daysLeft,
    overdue: record.status === "proposed" && daysLeft !== null && daysLeft < 0,
    triggers: isOpen(record) ? states.filter((state) => state.state === "fired").map((state) => state.message) : [],
  };
}
