/**
 * The comment after a statement that only prints (`print(dspy.settings.lm.model)  # openai/gpt-5-mini`,
 * `console.log(model); // claude-…`): it shows what the call printed, sample output of a run, not a model the code sets
 * (label guide, round sixteen's sample-output comments; round twenty's DSPy docs). Only the comment's span is returned:
 * an id inside the printed call itself keeps its reading.
 */
const printStatementThenComment = /^(\s*(?:print|pprint|console\.(?:log|info)|puts|pp|IO\.(?:puts|inspect)|println!?|System\.out\.println|fmt\.Print(?:ln|f)?)\s*\((?:[^#"'\n]|"[^"\n]*"|'[^'\n]*')*?\)\s*;?\s*)(?:#|\/\/)/;

/** The span (0-based start, end exclusive) of the comment after a print statement, when the line is one. */
export function printedValueCommentSpanOf(text: string): readonly [number, number] | undefined {
  if (!text.includes("#") && !text.includes("//")) return undefined;
  const match = printStatementThenComment.exec(text);
  return match === null ? undefined : [(match[1] ?? "").length, text.length];
}
