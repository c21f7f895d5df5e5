import { matchesOf } from "./matches-of.js";
/**
 * Runtimes named after a family (llama.cpp and its bindings, llamafile, ExLlama) run any
 * model in their format: their packages, modules, binaries and classes name the runtime,
 * not a dependency on the family. The model the runtime loads carries the dependency.
 * These are the spans of a line that name a runtime; a detection inside one is dropped.
 */

/**
 * A family word fused with a runtime's name (`llama.cpp`, `llama-cpp-python`, `node-llama-cpp`,
 * `llamacpp`, `llama_cpp.llama_tokenizer.LlamaHFTokenizer`, `llamafile`, `exllamav2`), with the
 * dotted path that follows a module name: everything under the runtime's module is the runtime's. Also a port named for
 * a family in its language (`llama2.c`, `gemma.cpp`, `llama3.java`, `GPULlama3.java`): an inference runtime (round sixteen).
 * GPT4All (`ggml-gpt4all-j`, `gpt4all`), Nomic's local runtime and its models, carries `gpt` and is no OpenAI model (label
 * guide: a line that mentions only GPT4All is a decoy), wherever a model would otherwise be expected (round nineteen).
 */
const runtimeName = /(?<![\w-])(?:node[-_])?llama[-_.]?cpp(?:[-_.]python)?(?:\.\w+)*|(?<![\w-])llamafile\b|(?<![\w-])exllama(?:v\d)?(?:\.\w+)*|(?<![A-Za-z0-9])gpt4all(?![A-Za-z0-9])/gi;
/** A family's port named with its language (`llama2.c`, `gemma.cpp`, `llama3.java`): tried only where such an extension follows a dot. */
const familyPort = /(?<![\w/.-])[A-Za-z]*?(?:llama|gemma|qwen|mistral|phi|olmo|granite)\d*(?:\.\d+)?\.(?:c|cpp|java|go|rs|mojo|zig|jl)(?![\w/-]|\.\w)/gi;
const portExtension = /\.(?:c|cpp|java|go|rs|mojo|zig|jl)(?![\w/-]|\.\w)/;

/** `from llama_cpp import Llama, LlamaGrammar` / `from llama_cpp.x import (A, B)`: classes the runtime exports. */
const runtimeImport = /^\s*from\s+(?:llama_cpp|exllamav?\d?)(?:\.\w+)*\s+import[ \t]+\(?([\w \t,]+)\)?/gim;

/** Names a file imports from a runtime's module (its `Llama` class), so their uses name the runtime too. */
export function runtimeImportsOf(text: string): ReadonlySet<string> | undefined {
  if (!text.includes("import")) return undefined;
  const names = new Set<string>();
  for (const match of matchesOf(text, runtimeImport)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      // Only the runtime's own names (`Llama`, `LlamaGrammar`, `ExLlamaV2`): a family's handler it exports (`Gemma4ChatHandler`) is that family's.
      if (name !== undefined && /^(?:Ex)?Llama\w*$/i.test(name)) names.add(name);
    }
  }
  return names.size === 0 ? undefined : names;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Spans of `text` that name a runtime: its names, and the classes `imported` from it with their member chain (not the same word inside an id: `Meta-Llama-3`). */
export function runtimeSpansOf(text: string, imported: ReadonlySet<string> | undefined): Span[] {
  const spans: Span[] = [];
  for (const match of matchesOf(text, runtimeName)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (text.includes(".") && portExtension.test(text)) for (const match of matchesOf(text, familyPort)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (imported !== undefined) {
    for (const name of imported) {
      for (const match of matchesOf(text, new RegExp(`(?<![\\w./-])${name}(?:\\.\\w+)*(?![\\w-])`, "g"))) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** Whether a match at 1-based `column` of `length` characters overlaps one of the spans (`import llama_cpp` overlaps `llama_cpp`). */
export function overlapsSpan(spans: readonly Span[], column: number, length: number): boolean {
  const start = column - 1;
  const end = start + Math.max(length, 1);
  return spans.some((span) => start < span.end && end > span.start);
}
