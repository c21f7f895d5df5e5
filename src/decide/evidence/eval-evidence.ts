import { readFileSync } from "node:fs";
import { z } from "zod";
import { nonInferiorityVerdict, type VerdictOutcome } from "../../evaluate/stats/verdict.js";
import { describeZodError, formatIssue } from "../../shared/describe-zod-error.js";
import { EvidenceError } from "./evidence-error.js";

const intervalSchema = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

/** The parts of `switchyard eval --format json` (evaluate/report/eval-report.ts) that evidence reads. */
const evalJsonSchema = z.object({
  version: z.literal(1),
  suite: z.string(),
  startedAt: z.string(),
  models: z.array(z.object({ label: z.string(), id: z.string(), role: z.enum(["baseline", "candidate"]) })),
  comparisons: z.array(
    z.object({
      candidate: z.string(),
      baseline: z.string(),
      pairs: z.number(),
      passRateDelta: intervalSchema.nullish(),
      verdict: z.object({ outcome: z.enum(["superior", "non-inferior", "non-inferiority-not-shown", "significantly-worse", "no-data"]), text: z.string() }),
    }),
  ),
  statistics: z.object({ margin: z.number() }),
});

export interface EvalComparisonEvidence {
  /** The eval's id for the candidate and the baseline (gateway alias or PROVIDER/MODEL). */
  readonly candidate: string;
  readonly baseline: string;
  readonly candidateLabel: string;
  readonly baselineLabel: string;
  readonly pairs: number;
  readonly passRateDelta: { readonly estimate: number; readonly lower: number; readonly upper: number } | undefined;
  readonly outcome: VerdictOutcome;
  readonly text: string;
  readonly margin: number;
  readonly suite: string;
  /** The results file. */
  readonly source: string;
  /** YYYY-MM-DD the eval started. */
  readonly date: string;
}

/** Every comparison in the given eval JSON files. */
export function loadEvalEvidence(files: readonly string[], display: (path: string) => string = (path) => path): EvalComparisonEvidence[] {
  return files.flatMap((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new EvidenceError(`${file}: cannot read eval results (${code ?? (error as Error).message}); expected the output of \`switchyard eval --format json\``);
    }
    const parsed = evalJsonSchema.safeParse(raw);
    if (!parsed.success) throw new EvidenceError(`${file}: not an eval JSON report: ${formatIssue(describeZodError(parsed.error))}`);
    const report = parsed.data;
    const idOf = (label: string): string => report.models.find((model) => model.label === label)?.id ?? label;
    return report.comparisons.map((comparison) => ({
      candidate: idOf(comparison.candidate),
      baseline: idOf(comparison.baseline),
      candidateLabel: comparison.candidate,
      baselineLabel: comparison.baseline,
      pairs: comparison.pairs,
      passRateDelta: comparison.passRateDelta ?? undefined,
      outcome: comparison.verdict.outcome,
      text: comparison.verdict.text,
      margin: report.statistics.margin,
      suite: report.suite,
      source: display(file),
      date: report.startedAt.slice(0, 10),
    }));
  });
}

/**
 * The verdict at a decision's own margin: recomputed from the pass-rate interval
 * when the decision sets a margin and the eval has one, else the eval's verdict.
 */
export function verdictAtMargin(comparison: EvalComparisonEvidence, margin: number | undefined): { outcome: VerdictOutcome; text: string; margin: number } {
  if (margin === undefined || comparison.passRateDelta === undefined || margin === comparison.margin) return { outcome: comparison.outcome, text: comparison.text, margin: comparison.margin };
  const verdict = nonInferiorityVerdict({ candidate: comparison.candidateLabel, baseline: comparison.baselineLabel, difference: comparison.passRateDelta, margin, metric: "Δ pass rate" });
  return { ...verdict, margin };
}
