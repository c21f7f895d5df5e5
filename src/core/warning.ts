/** Something the target could not honour. Surfaced in `x-switchyard-warnings` and the log, never dropped silently. */
export type Warning =
  | { readonly type: "unsupported-parameter"; readonly parameter: string; readonly detail?: string }
  | { readonly type: "other"; readonly message: string };

export function describeWarning(warning: Warning): string {
  return warning.type === "unsupported-parameter"
    ? `unsupported parameter ${warning.parameter}${warning.detail ? ` (${warning.detail})` : ""}`
    : warning.message;
}
