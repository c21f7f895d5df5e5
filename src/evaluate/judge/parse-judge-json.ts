/**
 * The first JSON object in a judge's answer. Judges wrap JSON in prose or
 * code fences, whatever the prompt says; a lenient read keeps a vendor-neutral
 * judge usable (promptfoo's strict read fails off its default grader).
 */
export function parseJudgeJson(text: string): Record<string, unknown> | undefined {
  for (let start = text.indexOf("{"); start !== -1; start = text.indexOf("{", start + 1)) {
    let depth = 0;
    let inString = false;
    for (let index = start; index < text.length; index++) {
      const char = text[index];
      if (inString) {
        if (char === "\\") index++;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') inString = true;
      else if (char === "{") depth++;
      else if (char === "}" && --depth === 0) {
        try {
          const parsed: unknown = JSON.parse(text.slice(start, index + 1));
          if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
        } catch {
          // Not JSON after all; try the next brace.
        }
        break;
      }
    }
  }
  return undefined;
}
