/** Something the target could not honour. Surfaced in `x-switchyard-warnings` and the log, never dropped silently. */
export type Warning =
  | { readonly type: "unsupported-parameter"; readonly parameter: string; readonly detail?: string }
  /**
   * An output item of the upstream's answer that the caller's API has no shape for (a Responses upstream's
   * `web_search_call`, `code_interpreter_call`, … to a Chat or Anthropic caller): the rest of the answer is sent.
   */
  | { readonly type: "dropped-output"; readonly itemType: string }
  /**
   * A text annotation the caller's API has no shape for (a `url_citation` to an Anthropic or Gemini caller,
   * a `file_citation` to anyone but a Responses caller): the text is sent without it. Named by its wire type.
   */
  | { readonly type: "dropped-annotation"; readonly annotationType: string }
  | { readonly type: "other"; readonly message: string };

export function describeWarning(warning: Warning): string {
  switch (warning.type) {
    case "unsupported-parameter":
      return `unsupported parameter ${warning.parameter}${warning.detail ? ` (${warning.detail})` : ""}`;
    case "dropped-output":
      return `output item ${warning.itemType} dropped (the caller's API has no equivalent)`;
    case "dropped-annotation":
      return `annotation ${warning.annotationType} dropped (the caller's API has no equivalent)`;
    case "other":
      return warning.message;
  }
}
