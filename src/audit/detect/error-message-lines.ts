/**
 * A message string on its own line right after the call that raises or logs it (`raise ImportError(` then
 * `"Mistral3ForConditionalGeneration not found in transformers. "`): text shown to people, as a log or error message on
 * one line is (label guide: "log and error messages are decoys"). So is a message a UI call shows the user (`interpreter.display_message(`
 * then `"> Model set to `llama3` …"`, round twenty-three). Only a line that is nothing but a string literal counts.
 * A project's own log helpers named for the level (`logInfo(…)`, `logWarn(…)`, round twenty-four) log as `logger.info` does.
 */
const messageCallOpen = /(?:\braise\s+[\w.]+|\bthrow\s+new\s+[\w.]+|\b[\w.]*(?:Error|Exception)|\b(?:logger|logging|log|eval_logger|console)\.(?:debug|info|warn|warning|error|critical|exception|log)|\bwarnings\.warn|\b[\w.]*(?:display|show)_(?:message|markdown|text)|\blog(?:Debug|Info|Warn(?:ing)?|Error))\(\s*$/;
const stringOnlyLine = /^\s*[fFrRbBuU]?(["'])(?:(?!\1).)*\1\s*,?\s*$/;

export function isMessageStringLine(text: string, previous: string): boolean {
  return previous.includes("(") && (text.includes('"') || text.includes("'")) && messageCallOpen.test(previous) && stringOnlyLine.test(text);
}

/** The same call with its message string on the same line (`raise ValueError("Please set MISTRAL_API_KEY …")`); group 2 opens the string. */
const messageCallInline = /(?:\braise\s+[\w.]+|\bthrow\s+new\s+[\w.]+|\b(?:logger|logging|log|eval_logger|console)\.(?:debug|info|warn|warning|error|critical|exception|log)|\bwarnings\.warn|\blog(?:Debug|Info|Warn(?:ing)?|Error))\(\s*([fFrRbBuU]?)(["'`])/;

/**
 * The span (0-based start, end exclusive) of the message string an error or log call on this line is given
 * (`raise ValueError("Please set MISTRAL_API_KEY environment variable")`): what it names is text shown to people, as on
 * a message's own line. Undefined when the line raises or logs nothing, or the string does not close on the line.
 */
export function messageStringSpanOf(text: string): readonly [number, number] | undefined {
  if (!text.includes("(")) return undefined;
  const call = messageCallInline.exec(text);
  if (call === null) return undefined;
  const quote = call[2] ?? '"';
  const start = call.index + call[0].length;
  const end = text.indexOf(quote, start);
  return end === -1 ? undefined : [start, end];
}

/** A string framed by rules (`"\n======== HuggingFace Llama 2 example ========\n"`, `"--- Gemini demo ---"`): a title printed for people. */
const bannerString = /(["'`])(?:\\n|\s)*(={3,}|-{3,}|\*{3,}|#{3,})[^"'`]*?\2(?:\\n|\s)*\1/;

/** The span (0-based start, end exclusive) of a banner string on the line, when it has one. */
export function bannerStringSpanOf(text: string): readonly [number, number] | undefined {
  if (!text.includes("===") && !text.includes("---") && !text.includes("***") && !text.includes("###")) return undefined;
  const banner = bannerString.exec(text);
  return banner === null ? undefined : [banner.index, banner.index + banner[0].length];
}
