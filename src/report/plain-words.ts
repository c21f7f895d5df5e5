import type { VerdictOutcome } from "../evaluate/stats/verdict.js";

/** Verdicts as a reader outside engineering says them. */
export function outcomeWords(outcome: VerdictOutcome): string {
  return { superior: "better", "non-inferior": "no worse", "significantly-worse": "worse", "non-inferiority-not-shown": "not enough evidence to say it is no worse", "no-data": "no data" }[outcome];
}

/** Catalog strategies in plain words. */
export function strategyWords(strategy: string): string {
  return ({ "open-weight": "releases open weights", closed: "proprietary only", mixed: "open and proprietary lines", "shift-to-closed": "moving from open weights to proprietary" } as Record<string, string>)[strategy] ?? strategy;
}
