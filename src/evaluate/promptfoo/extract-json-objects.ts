import { parse as parseYaml } from "yaml";

/**
 * The objects embedded in a grader's text, read as promptfoo 0.121 reads
 * them: from each `{`, the span up to its balancing `}` (closed for it when
 * the text ends first) parsed as YAML flow syntax, so `{pass: true, score: 1}`
 * counts as it does in promptfoo; scanning resumes after each object found.
 * (promptfoo also turns `//` comments into `#` first; graders asked for JSON
 * rarely write them, and a span with one simply does not parse here.)
 */
export function extractJsonObjects(text: string): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const maximum = 100_000;
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== "{") continue;
    let open = 1;
    let close = 0;
    let end = start + 1;
    while (end < Math.min(start + maximum, text.length) && open > close) {
      if (text[end] === "{") open++;
      if (text[end] === "}") close++;
      end++;
      if (open !== close && end !== text.length && end !== start + maximum) continue;
      const candidate = text.slice(start, end) + "}".repeat(Math.max(0, open - close));
      let parsed: unknown;
      try {
        parsed = parseYaml(candidate, { uniqueKeys: false });
      } catch {
        if (open === close) break;
        continue;
      }
      if (typeof parsed === "object" && parsed !== null) {
        objects.push(parsed as Record<string, unknown>);
        start = end - 1;
        break;
      }
    }
  }
  return objects;
}
