/**
 * Code commented out, in source files and in docs snippets (label guide, round twenty-four): a `//` line holding only a string
 * (`//         "/Llama-3_1-8B-Instruct-q4f32_1-ctx4k_cs1k-webgpu.wasm",` inside a commented-out config object), and a
 * commented-out method call after `//` or `#` (`// llm.SetTemplate("phi-3");`, a migration guide's old code to remove; Python's
 * `# llm.pull("llama3")`). Neither runs.
 * A `#` line holding only a string stays read: Python script metadata (PEP 723's `#     "gpt-oss",`) is written so.
 */
const commentedOutString = /^\s*\/\/\s*(?:["'`][^"'`]*["'`]\s*[,+]?\s*)$/;
const commentedOutMethodCall = /^\s*(?:\/\/|#)\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*\([^()]*\)\s*;?\s*$/;

export function isCommentedOutStatement(text: string): boolean {
  return commentedOutString.test(text) || commentedOutMethodCall.test(text);
}
