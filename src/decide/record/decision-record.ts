import type { Criticality } from "../../audit/index.js";

export const decisionStatuses = ["proposed", "accepted", "rejected", "superseded"] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

/** What a decision must satisfy; every field is optional because a decision names only what it cares about. */
export interface DecisionCriteria {
  /** The candidate's eval verdict against the baseline must be `superior` or `non-inferior` at this margin (pass-rate scale, 0–1). */
  readonly nonInferiorityMargin?: number;
  /** USD per million tokens, the cheapest catalog price of the option. */
  readonly maxPricePerMillion?: { readonly input?: number; readonly output?: number };
  /** The option's licence must be OSI-style open source (Apache-2.0, MIT), without field-of-use conditions. */
  readonly licencePermissive?: boolean;
  /** Open weights under a licence that allows production use. */
  readonly selfHostable?: boolean;
}

/** A condition that reopens a decision when the evidence shows it after the decision's date. */
export type RevisitTrigger =
  /** A named `switchyard watch` trigger for a vendor (`rule` omitted: any rule). */
  | { readonly kind: "watch"; readonly vendor: string; readonly rule?: string }
  /** Audit findings for the decision's family at or above a criticality (new ones only, when a baseline file is given). */
  | { readonly kind: "audit"; readonly atLeast: Criticality; readonly baseline?: string }
  /** An eval verdict for one option (`superior`, `non-inferior`, `significantly-worse`, `non-inferiority-not-shown`). */
  | { readonly kind: "eval"; readonly option: string; readonly verdict: EvalOutcome };

export type EvalOutcome = "superior" | "non-inferior" | "significantly-worse" | "non-inferiority-not-shown";

/** What the record is about: a catalog family, or explicit models when a decision spans several. */
export type DecisionSubject = { readonly kind: "family"; readonly family: string } | { readonly kind: "models"; readonly models: readonly string[] };

export interface DecisionRecord {
  /** Four digits, from the file name (`0007-leave-llama.md` → `0007`). */
  readonly id: string;
  readonly path: string;
  /** The path as shown to users (relative to the working directory when inside it). */
  readonly file: string;
  readonly title: string;
  readonly status: DecisionStatus;
  /** YYYY-MM-DD: when the decision was last updated (MADR). */
  readonly date: string;
  readonly decisionMakers: readonly string[];
  readonly consulted: readonly string[];
  readonly informed: readonly string[];
  readonly subject: DecisionSubject;
  readonly owner: string | undefined;
  /** YYYY-MM-DD. */
  readonly deadline: string | undefined;
  readonly options: readonly string[];
  readonly criteria: DecisionCriteria;
  readonly revisitWhen: readonly RevisitTrigger[];
  readonly chosenOption: string | undefined;
  readonly supersededBy: string | undefined;
  readonly supersedes: string | undefined;
}

/** The family a record's evidence is about: the family itself, or the first model's family. */
export function subjectLabel(subject: DecisionSubject): string {
  return subject.kind === "family" ? subject.family : subject.models.join(", ");
}
