/** Code a promptfoo config names: inline (an expression, or a body with `return`), or `file://path.js[:function]`, or `file://path.py[:function]`. */
export type CodeRef =
  | { readonly kind: "inline"; readonly code: string }
  | { readonly kind: "file"; readonly path: string; readonly functionName: string | undefined };
