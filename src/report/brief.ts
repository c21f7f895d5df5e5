import type { Criticality } from "../audit/index.js";
import type { DecisionListRow } from "../decide/check-decisions.js";
import type { Missing } from "../decide/evidence/decision-evidence.js";
import type { VerdictOutcome } from "../evaluate/stats/verdict.js";

/** Where a number came from and when: every figure in the brief points at one of these. */
export interface Provenance {
  readonly source: string;
  /** YYYY-MM-DD, or a range `YYYY-MM-DD to YYYY-MM-DD`. */
  readonly date: string;
}

export interface ExposureRow {
  readonly family: string;
  readonly familyName: string;
  readonly vendor: string;
  readonly counts: Readonly<Record<Criticality, number>>;
  readonly total: number;
}

export interface TrafficGroup {
  readonly key: string;
  readonly requests: number;
  /** 0–1 of all requests. */
  readonly share: number;
  readonly spendUsd: number;
  /** Requests that could not be priced. */
  readonly costUnknown: number;
}

export interface TrafficSection extends Provenance {
  readonly totalRequests: number;
  readonly totalSpendUsd: number;
  readonly byFamily: readonly TrafficGroup[];
  readonly byVendor: readonly TrafficGroup[];
  readonly byLicence: readonly TrafficGroup[];
}

/** One row of the seed's vendor table (the `catalog --lines` contract). */
export interface VendorLineRow {
  readonly line: string;
  readonly vendor: string;
  readonly strategy: string;
  readonly licence: string;
  readonly self_hosting: "full" | "partial" | "none";
  readonly lock_in: "low" | "medium" | "high";
  readonly open_weights: boolean;
}

export interface GapRelease {
  readonly model: string;
  readonly name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as known. */
  readonly released: string;
  readonly openWeights: boolean;
  readonly frontier: boolean;
  readonly source: string;
}

export interface VendorGap {
  readonly vendor: string;
  readonly vendorName: string;
  readonly strategy: string;
  readonly releases: readonly GapRelease[];
  readonly latestOpen: GapRelease | undefined;
  readonly latestProprietary: GapRelease | undefined;
  /** Days from the latest open-weight release to the brief's date. */
  readonly daysSinceOpen: number | undefined;
  /** Watch triggers firing for the vendor in the latest run. */
  readonly triggers: readonly { readonly rule: string; readonly message: string; readonly since: string }[];
}

export interface VerdictRow extends Provenance {
  readonly candidate: string;
  readonly baseline: string;
  readonly outcome: VerdictOutcome;
  readonly text: string;
  readonly suite: string;
}

export interface DecisionRow extends DecisionListRow {
  readonly file: string;
  readonly chosenOption: string | null;
}

export interface Brief {
  /** YYYY-MM-DD the brief describes. */
  readonly date: string;
  readonly summary: string;
  readonly exposure: (Provenance & { readonly rows: readonly ExposureRow[] }) | Missing;
  readonly traffic: TrafficSection | Missing;
  readonly lines: (Provenance & { readonly rows: readonly VendorLineRow[] }) | Missing;
  readonly gap: (Provenance & { readonly vendors: readonly VendorGap[] }) | Missing;
  readonly verdicts: readonly VerdictRow[] | Missing;
  readonly decisions: Provenance & { readonly rows: readonly DecisionRow[] };
}
