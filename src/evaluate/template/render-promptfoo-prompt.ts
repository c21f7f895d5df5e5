import nunjucks from "nunjucks";

/** A custom Nunjucks filter from a promptfoo config's `nunjucksFilters` (a JS module's default export). */
export type NunjucksFilter = (...args: unknown[]) => unknown;

/**
 * Renders a promptfoo prompt the way promptfoo 0.121 does, with the `nunjucks`
 * library it uses: string variables lose one trailing newline; `{{ other }}`
 * references between variables are resolved (up to 5 rounds); a prompt that
 * parses as JSON has every string inside rendered and is re-serialised with
 * 2-space indentation; any other prompt is rendered whole, after each string
 * variable is itself rendered (unless it names an unknown variable), and a
 * prompt with an unterminated `{{`, `{%` or `{#` is sent raw. Filters: Nunjucks'
 * built-ins (`dump`, `join`, `upper`, …), `load` (JSON.parse) and the config's
 * own; `env` holds the process environment, as in promptfoo.
 */
export function renderPromptfooPrompt(raw: string, inputVars: Readonly<Record<string, unknown>>, filters: Readonly<Record<string, NunjucksFilter>>): string {
  const engine = environment(filters);
  const vars: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inputVars)) vars[key] = typeof value === "string" ? value.replace(/\n$/, "") : value;
  resolveVariables(vars);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined) return JSON.stringify(renderInObject(parsed, vars, engine), null, 2);
  const renderedVars = Object.fromEntries(
    Object.entries(vars).map(([key, value]) => {
      if (typeof value !== "string" || referencesUndefined(value, vars)) return [key, value];
      return [key, engine.renderString(wrapPartial(value), vars)];
    }),
  );
  return engine.renderString(wrapPartial(raw), renderedVars);
}

/** Renders a value (assertion values, provider config strings) against the test's variables, as promptfoo's renderVarsInObject does. */
export function renderInObject(value: unknown, vars: Readonly<Record<string, unknown>>, engine: nunjucks.Environment = environment({})): unknown {
  if (typeof value === "string") return engine.renderString(value, vars);
  if (Array.isArray(value)) return value.map((item) => renderInObject(item, vars, engine));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderInObject(item, vars, engine)]));
  return value;
}

const environments = new WeakMap<Readonly<Record<string, NunjucksFilter>>, nunjucks.Environment>();

function environment(filters: Readonly<Record<string, NunjucksFilter>>): nunjucks.Environment {
  const cached = environments.get(filters);
  if (cached) return cached;
  const engine = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
  engine.addGlobal("env", { ...process.env });
  engine.addFilter("load", (text: string) => JSON.parse(text) as unknown);
  for (const [name, filter] of Object.entries(filters)) engine.addFilter(name, filter);
  environments.set(filters, engine);
  return engine;
}

function resolveVariables(vars: Record<string, unknown>): void {
  const reference = /\{\{\s*(\w+)\s*\}\}/;
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (const key of Object.keys(vars)) {
      const value = vars[key];
      if (typeof value !== "string") continue;
      const match = reference.exec(value);
      if (!match || vars[match[1]!] === undefined) continue;
      vars[key] = value.replace(match[0], String(vars[match[1]!]));
      changed = true;
    }
    if (!changed) return;
  }
}

function wrapPartial(template: string): string {
  const partial = /({%[^%]*$|{{[^}]*$|{#[^#]*$)/m.test(template);
  const wrapped = /{%\s*raw\s*%}/.test(template) && /{%\s*endraw\s*%}/.test(template);
  return partial && !wrapped ? `{% raw %}${template}{% endraw %}` : template;
}

function referencesUndefined(template: string, vars: Readonly<Record<string, unknown>>): boolean {
  const names = new Set<string>();
  const pattern = /\{\{[\s]*([^{}\s|]+)[\s]*(?:\|[^}]+)?\}\}|\{%[\s]*(?:if|for)[\s]+([^{}\s]+)[\s]*.*?%\}/g;
  const text = template.replace(/\{#[\s\S]*?#\}/g, "");
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) names.add((match[1] ?? match[2])!);
  const loops = /\{%[\s]*for[\s]+(\w+)[\s]+in[\s]+(\w+)[\s]*%\}/g;
  for (let match = loops.exec(text); match !== null; match = loops.exec(text)) {
    names.delete(match[1]!);
    names.add(match[2]!);
  }
  return [...names].some((name) => {
    const root = /^([A-Za-z_]\w*)/.exec(name)?.[1];
    return root !== undefined && root !== "env" && vars[root] === undefined;
  });
}

/** One template rendered as promptfoo renders grading prompts: Nunjucks, no autoescape, unknown variables empty, no custom filters. */
export function renderGraderTemplate(template: string, vars: Readonly<Record<string, unknown>>): string {
  return environment({}).renderString(template, vars);
}

interface NunjucksNode {
  readonly typename?: string;
  readonly value?: unknown;
}

/**
 * Whether a template reads the variable `name`, decided as promptfoo decides it
 * for `_conversation`: from Nunjucks' syntax tree (a mention in plain text or
 * as an attribute does not count), and a template that does not parse counts
 * as reading it.
 */
export function templateReadsVariable(template: string, name: string): boolean {
  if (!template.includes(name)) return false;
  let root: unknown;
  try {
    root = (nunjucks as unknown as { parser: { parse(source: string): unknown } }).parser.parse(template);
  } catch {
    return true;
  }
  const seen = new Set<unknown>();
  const visit = (node: unknown): boolean => {
    if (typeof node !== "object" || node === null || seen.has(node)) return false;
    seen.add(node);
    if (Array.isArray(node)) return node.some(visit);
    const typed = node as NunjucksNode;
    if (typed.typename === "Symbol") return typed.value === name;
    return Object.values(node).some(visit);
  };
  return visit(root);
}
