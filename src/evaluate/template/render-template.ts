const placeholder = /\{\{\s*([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*|\[\d+\])*)\s*((?:\|\s*[A-Za-z]+\s*)*)\}\}/g;

const filters: Readonly<Record<string, (value: unknown) => unknown>> = {
  dump: (value) => JSON.stringify(value),
  json: (value) => JSON.stringify(value),
  trim: (value) => asText(value).trim(),
  upper: (value) => asText(value).toUpperCase(),
  lower: (value) => asText(value).toLowerCase(),
};

/**
 * Replaces `{{ name }}`, `{{ name.field }}`, `{{ name[0] }}` and `{{ name | dump }}`
 * when `name` is one of the test's variables. Everything else — `{{` in code
 * samples, JSON, other template languages, unknown filters — is left exactly as
 * written, which is why prompts containing braces never break (promptfoo's
 * Nunjucks rendering fails on them). Non-string values are inserted as JSON.
 */
export function renderTemplate(template: string, vars: Readonly<Record<string, unknown>>): string {
  return template.replace(placeholder, (whole, name: string, path: string, filterText: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    let value = lookup(vars[name], path);
    if (value === undefined) return whole;
    const names = filterText
      .split("|")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    for (const filter of names) {
      const apply = Object.hasOwn(filters, filter) ? filters[filter] : undefined;
      if (!apply) return whole;
      value = apply(value);
    }
    return asText(value);
  });
}

function lookup(value: unknown, path: string): unknown {
  if (path === "") return value;
  let current = value;
  for (const segment of path.match(/\.[A-Za-z_$][\w$]*|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== "object") return undefined;
    const key = segment.startsWith(".") ? segment.slice(1) : Number(segment.slice(1, -1));
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return value.toString();
  if (value === undefined || value === null) return "";
  return JSON.stringify(value) ?? "";
}
