import type { z } from "zod";

export interface DescribedIssue {
  /** Dot-path of the bad field (`models.chat.targets.0.provider`), empty for the root. */
  readonly path: string;
  readonly message: string;
}

/**
 * The most useful single issue of a failed parse, named by its dot-path. Union
 * failures are unwrapped to the branch that got furthest, so "messages.0.content"
 * is reported instead of "Invalid input" at "messages.0".
 */
export function describeZodError(error: z.ZodError): DescribedIssue {
  const issue = deepestIssue(error.issues);
  if (!issue) return { path: "", message: "invalid" };
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
    // Name the offending key itself, so the path points at the typo.
    return { path: [...issue.path, issue.keys[0]!].map(String).join("."), message: `unknown key${issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(", ")})` : ""}` };
  }
  return { path: issue.path.map(String).join("."), message: issue.message };
}

type Issue = z.core.$ZodIssue;

function deepestIssue(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): (Issue & { path: PropertyKey[] }) | undefined {
  let best: (Issue & { path: PropertyKey[] }) | undefined;
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    let candidate: (Issue & { path: PropertyKey[] }) | undefined = { ...issue, path };
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      for (const branch of issue.errors) {
        const inner = deepestIssue(branch, path);
        if (inner && (candidate === undefined || inner.path.length > candidate.path.length || candidate.code === "invalid_union")) candidate = inner;
      }
    }
    if (!best || candidate.path.length > best.path.length) best = candidate;
  }
  return best;
}

export function formatIssue(issue: DescribedIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
