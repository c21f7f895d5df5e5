import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { familySignatures } from "./family-signatures.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * Models picked from a library's model namespace (`model = AnthropicModels.Sonnet_3_7`, `execute(prompt,
 * GoogleModels.Gemini2_0Flash)`, `fixingModel = OpenAIModels.Reasoning.GPT4oMini`) and a vendor's API key read as a property
 * (`ApiKeyService.anthropicApiKey`) in code (label guide, round twenty-one). The member must open with the family word
 * followed by a version (`Gemini2_0Flash`, `GPT4oMini`), or be a tier name only one family uses (`Sonnet_4`: Claude's, as
 * `--model sonnet` was in round eight), after `=`, `(`, `,` or `to`. Imports and doc comments select nothing and are left out.
 */
const namespacedModel = /(?:[=(,]|\bto)\s*(?:[A-Z][A-Za-z0-9]*Models)(?:\.[A-Z][A-Za-z]*)*\.([A-Z][A-Za-z0-9_]*)\b(?![.(])/g;
/** Tier names that stand for one family's models without its word. */
const tierFamilies: ReadonlyMap<string, string> = new Map([["sonnet", "claude"], ["opus", "claude"], ["haiku", "claude"]]);
/** `anthropicApiKey` from `ANTHROPIC_API_KEY`: each family's vendor key variable in camelCase, read as a property. */
const keyProperties: readonly (readonly [string, string])[] = familySignatures.flatMap((signature) =>
  signature.environmentKeys.flatMap((key) => {
    const vendor = /^([A-Z]+)_API_KEY$/.exec(key)?.[1];
    return vendor === undefined ? [] : [[`${vendor.toLowerCase()}ApiKey`, signature.family] as const];
  }),
);
const notSelecting = /^\s*(?:import|package|\*|\/\/|\/\*)/;

export function detectNamespacedModels(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || notSelecting.test(line.text)) return [];
  const detections: Detection[] = [];
  const add = (family: string, column: number, match: string, message: string): void => {
    if (!matchers.families.has(family) || detections.some((detection) => detection.family === family)) return;
    detections.push({ line: line.number, column, family, kind: "model-id", match, message, evidence: evidenceOf(line.text), confidence: 0.7, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  };
  if (line.text.includes("Models.")) {
    for (const match of matchesOf(line.text, namespacedModel)) {
      const member = match[1] ?? "";
      const column = match.index + match[0].lastIndexOf(member) + 1;
      const lower = member.toLowerCase();
      const tier = tierFamilies.get(/^([A-Za-z]+)_\d/.exec(member)?.[1]?.toLowerCase() ?? "");
      const family = tier ?? [...matchers.families].find((name) => lower.startsWith(name) && /^[\d_]/.test(lower.slice(name.length)));
      if (family !== undefined) add(family, column, member, `sets the model from ${member}, a ${matchers.catalog.family(family)?.name ?? family} model's constant`);
    }
  }
  if (line.text.includes("ApiKey")) {
    for (const [property, family] of keyProperties) {
      const index = line.text.search(new RegExp(`\\.${property}\\b`));
      if (index !== -1) add(family, index + 2, property, `reads ${property}, the vendor's API key for ${matchers.catalog.family(family)?.name ?? family}`);
    }
  }
  return detections;
}
