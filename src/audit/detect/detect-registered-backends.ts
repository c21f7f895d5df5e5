import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A backend registered under a name that carries one family's architecture (`@register_model("hf-mistral3")`): it exists
 * only to run that family's models, as a chat handler for one family's format does (label guide, round sixteen). A name
 * part must be the family's model type (`mistral3`, `qwen2_vl`), not its vendor's word, so `"openai-chat"` never matches.
 */
const registration = /^\s*@(?:[A-Za-z_]\w*\.)*register(?:_model|_backend|_provider|_llm)?\(\s*((?:["'][\w.-]+["']\s*,?\s*)+)\)/;
const quoted = /["']([\w.-]+)["']/g;

/** The class a registration decorates (`class Mistral3LM(HFLM):` under `@register_model("hf-mistral3")`) is that backend. */
const classDefinition = /^\s*class\s+([A-Za-z_]\w*)/;

export function detectRegisteredBackends(line: LineContext, matchers: AuditMatchers): Detection[] {
  const decorated = line.previous.includes("register") ? classDefinition.exec(line.text) : null;
  if (decorated?.[1] !== undefined) {
    const registered = registeredFamily(line.previous, matchers);
    if (registered === undefined) return [];
    return [{
      line: line.number,
      column: decorated.index + decorated[0].indexOf(decorated[1]) + 1,
      family: registered.family,
      kind: "sdk",
      match: decorated[1],
      message: `${decorated[1]}: the ${registered.name} backend for ${matchers.catalog.family(registered.family)?.name ?? registered.family} models`,
      evidence: evidenceOf(line.text),
      confidence: 0.75,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  const registered = line.text.includes("@") && line.text.includes("register") ? registeredFamily(line.text, matchers) : undefined;
  if (registered === undefined) return [];
  return [{
    line: line.number,
    column: line.text.indexOf(registered.name) + 1,
    family: registered.family,
    kind: "sdk",
    match: registered.name,
    message: `registers the ${registered.name} backend for ${matchers.catalog.family(registered.family)?.name ?? registered.family} models`,
    evidence: evidenceOf(line.text),
    confidence: 0.75,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}

/** The family whose model type a registration decorator's name carries, and that name. */
function registeredFamily(text: string, matchers: AuditMatchers): { family: string; name: string } | undefined {
  const names = registration.exec(text)?.[1];
  if (names === undefined) return undefined;
  const { signatures } = matchers;
  for (const match of matchesOf(names, quoted)) {
    const name = match[1] ?? "";
    for (const part of name.split(/[-.]/)) {
      const family = signatures.isVendorWord(part) ? undefined : signatures.familyOfModelType(part);
      if (family !== undefined) return { family, name };
    }
  }
  return undefined;
}
