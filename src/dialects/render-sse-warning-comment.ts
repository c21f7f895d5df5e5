import { describeWarning, type Warning } from "../core/warning.js";

/**
 * A warning found mid-stream, after the headers (where `x-switchyard-warnings` goes)
 * were sent, as an SSE comment line. SSE parsers skip comments (the `openai` and
 * `@anthropic-ai/sdk` clients do), so no client breaks on it, and whoever reads the
 * raw stream sees what was dropped. The server also logs it and records it with the request.
 */
export function renderSseWarningComment(warning: Warning): string {
  return `: x-switchyard-warning: ${describeWarning(warning).replace(/[\r\n]+/g, " ")}\n\n`;
}
