import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import type { AuditFinding } from "../finding.js";

/**
 * The baseline: the fingerprints of accepted findings. With `--baseline FILE` only
 * findings not in it are reported and count for `--fail-on`, so CI fails on new
 * exposure, not on what a team already knows about. Paths and matches are kept
 * next to each fingerprint so reviewers can read the file in a diff.
 */
const baselineSchema = z.object({
  version: z.literal(1),
  findings: z.array(z.object({ fingerprint: z.string().min(1), file: z.string(), family: z.string(), kind: z.string(), match: z.string() })),
});

export class BaselineError extends Error {
  override readonly name = "BaselineError";
}

export function readBaseline(path: string): ReadonlySet<string> {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new BaselineError(`${path}: cannot read baseline (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BaselineError(`${path}: baseline is not JSON`);
  }
  const result = baselineSchema.safeParse(parsed);
  if (!result.success) throw new BaselineError(`${path}: not a switchyard baseline (${result.error.issues[0]?.path.join(".") ?? ""}: ${result.error.issues[0]?.message ?? "invalid"})`);
  return new Set(result.data.findings.map((finding) => finding.fingerprint));
}

export function writeBaseline(path: string, findings: readonly AuditFinding[]): void {
  const entries = findings.map(({ fingerprint, file, family, kind, match }) => ({ fingerprint, file, family, kind, match }));
  writeFileSync(path, `${JSON.stringify({ version: 1, findings: entries }, null, 2)}\n`);
}
