import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";
import { vendorKeyProperties } from "./vendor-key-properties.js";

/**
 * Models picked from a library's model namespace (`model = AnthropicModels.Sonnet_3_7`, `execute(prompt,
 * GoogleModels.Gemini2_0Flash)`, `fixingModel = OpenAIModels.Reasoning.GPT4oMini`) and a vendor's API key read as a property
 * (`ApiKeyService.anthropicApiKey`) in code (label guide, round twenty-one). The member must open with the family word
 * followed by a version (`Gemini2_0Flash`, `GPT4oMini`), or be a tier name only one family uses (`Sonnet_4`: Claude's, as
 * `--model sonnet` was in round eight), after `=`, `(`, `,` or `to`. Imports and doc comments select nothing and are left out.
 * After round twenty-four: also an object's property set to the member (`name: ChatModels.GEMINI_3_5_FLASH,` in a built-in
 * model list), and an upper-case member whose family word comes after a router's or vendor's words
 * (`OPENROUTER_GEMINI_3_5_FLASH`, `SILICONFLOW_QWEN3_EMBEDDING_0_6B`): the words before name where the model is served.
 */
const namespacedModel = /(?:[=(,:]|\bto)\s*(?:[A-Z][A-Za-z0-9]*Models)(?:\.[A-Z][A-Za-z]*)*\.([A-Z][A-Za-z0-9_]*)\b(?![.(])/g;
/** Tier names that stand for one family's models without its word. */
const tierFamilies: ReadonlyMap<string, string> = new Map([["sonnet", "claude"], ["opus", "claude"], ["haiku", "claude"]]);
/**
 * The key property in three shapes (round twenty-four): read (`getSettings().xaiApiKey`), set as an object's or settings
 * type's property (`anthropicApiKey: await …`, `cohereApiKey: "",`) and named as a string (`anthropic: "anthropicApiKey",` in a
 * provider → key table).
 */
const keyPatterns: readonly (readonly [RegExp, string])[] = vendorKeyProperties.map(([property, family]) => [
  new RegExp(`\\.(${property})\\b|(?<![\\w.$"'\`])(${property})\\??\\s*:(?!:)|(["'\`])${property}\\3`),
  family,
]);
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
      const tier = tierFamilies.get(/^([A-Za-z]+)_\d/.exec(member)?.[1]?.toLowerCase() ?? "");
      const family = tier ?? familyOfMember(member, matchers.families);
      if (family !== undefined) add(family, column, member, `sets the model from ${member}, a ${matchers.catalog.family(family)?.name ?? family} model's constant`);
    }
  }
  if (line.text.includes("ApiKey")) {
    for (const [pattern, family] of keyPatterns) {
      const match = pattern.exec(line.text);
      if (match === null) continue;
      const property = vendorKeyProperties.find(([name]) => match[0].includes(name))?.[0] ?? match[0];
      add(family, line.text.indexOf(property, match.index) + 1, property, `names ${property}, the vendor's API key for ${matchers.catalog.family(family)?.name ?? family}`);
    }
  }
  return detections;
}

/** The family a member opens with (`Gemini2_0Flash`, `GPT_41`), or, upper case, opens with after other words (`OPENROUTER_GEMINI_3_5_FLASH`). */
function familyOfMember(member: string, families: ReadonlySet<string>): string | undefined {
  const lower = member.toLowerCase();
  const starts = [0];
  if (member === member.toUpperCase()) for (const match of matchesOf(lower, /_/g)) starts.push(match.index + 1);
  for (const start of starts) {
    const rest = lower.slice(start);
    const family = [...families].find((name) => rest.startsWith(name) && /^[\d_]/.test(rest.slice(name.length)));
    if (family !== undefined) return family;
  }
  return undefined;
}
