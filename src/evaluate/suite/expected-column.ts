import type { RawAssertion } from "./assertion-spec.js";

const prefixes: readonly { prefix: string; type: string }[] = [
  { prefix: "contains-any:", type: "contains-any" },
  { prefix: "contains-all:", type: "contains-all" },
  { prefix: "icontains-any:", type: "icontains-any" },
  { prefix: "icontains-all:", type: "icontains-all" },
  { prefix: "icontains:", type: "icontains" },
  { prefix: "contains:", type: "contains" },
  { prefix: "starts-with:", type: "starts-with" },
  { prefix: "regex:", type: "regex" },
  { prefix: "equals:", type: "equals" },
  { prefix: "similar:", type: "similar" },
  { prefix: "llm-rubric:", type: "llm-rubric" },
  { prefix: "grade:", type: "llm-rubric" },
  { prefix: "javascript:", type: "javascript" },
  { prefix: "fn:", type: "javascript" },
  { prefix: "eval:", type: "javascript" },
];

/**
 * A CSV `__expected` cell as promptfoo spells it: `contains:Paris`,
 * `not-icontains:error`, `regex:^\d+$`, `is-json`, `grade:is polite`, …;
 * anything without a known prefix means "equals". `-any`/`-all` lists are comma-separated.
 */
export function expectedColumnAssertion(cell: string): RawAssertion {
  const trimmed = cell.trim();
  const negate = trimmed.startsWith("not-");
  const body = negate ? trimmed.slice(4) : trimmed;
  const not = negate ? "not-" : "";
  if (body === "is-json") return { type: `${not}is-json` };
  for (const { prefix, type } of prefixes) {
    if (!body.startsWith(prefix)) continue;
    const rest = body.slice(prefix.length);
    const value = type.endsWith("-any") || type.endsWith("-all") ? rest.split(",").map((item) => item.trim()) : rest;
    return { type: `${not}${type}`, value };
  }
  return { type: "equals", value: cell };
}
