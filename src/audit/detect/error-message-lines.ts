/**
 * A message string on its own line right after the call that raises or logs it (`raise ImportError(` then
 * `"Mistral3ForConditionalGeneration not found in transformers. "`): text shown to people, as a log or error message on
 * one line is (label guide: "log and error messages are decoys"). Only a line that is nothing but a string literal counts.
 */
const messageCallOpen = /(?:\braise\s+[\w.]+|\bthrow\s+new\s+[\w.]+|\b[\w.]*(?:Error|Exception)|\b(?:logger|logging|log|eval_logger|console)\.(?:debug|info|warn|warning|error|critical|exception|log)|\bwarnings\.warn)\(\s*$/;
const stringOnlyLine = /^\s*[fFrRbBuU]?(["'])(?:(?!\1).)*\1\s*,?\s*$/;

export function isMessageStringLine(text: string, previous: string): boolean {
  return previous.includes("(") && (text.includes('"') || text.includes("'")) && messageCallOpen.test(previous) && stringOnlyLine.test(text);
}
