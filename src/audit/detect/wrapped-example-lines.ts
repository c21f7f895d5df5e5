import type { LineContext } from "./line-context.js";

/**
 * The text before a candidate in prose, with the line above prefixed where the candidate's line continues its sentence:
 * "For example, to fine-tune a Mistral 7B you can use `--model" wrapped before "mistralai/Mistral-7B-v0.1`." gives the id as
 * an example as much as on one line. The line above continues into this one when it is prose text (not blank, a list item, a
 * heading, a table row or a fence) and ends without a full stop, colon or other sentence end; lines in a fenced block are code.
 */
export function proseTextBefore(line: LineContext, before: string): string {
  if (before.trim() !== "" || line.file.fencedLines?.has(line.number) === true || line.file.fencedLines?.has(line.number - 1) === true) return before;
  if (!continuedSentence.test(line.previous) || blockStart.test(line.previous)) return before;
  return `${line.previous.trim()} ${before}`;
}

/** Prose text that stops mid-sentence (no `.`, `!`, `?`, `:` or `;` at its end). */
const continuedSentence = /\S[^.!?:;]$/;
const blockStart = /^\s*(?:[-*+|>]|\d+\.|#{1,6}\s|```|~~~)/;
