import type { Warning } from "../../core/warning.js";

/** Keywords of Gemini's OpenAPI-3.0 schema subset (`responseSchema`); anything else is dropped with a warning. */
const supportedKeywords = new Set([
  "type", "format", "title", "description", "nullable", "enum", "items", "properties", "required", "minItems", "maxItems",
  "minimum", "maximum", "minLength", "maxLength", "pattern", "anyOf", "propertyOrdering", "default",
]);

/**
 * JSON Schema → Gemini's `responseSchema` subset: upper-case types, `type: [T, "null"]`
 * as `nullable`, `const` as a one-value `enum`; unsupported keywords (`$ref`,
 * `additionalProperties`, `oneOf`, …) are removed and reported once each.
 */
export function convertToGeminiSchema(schema: Readonly<Record<string, unknown>>, parameter: string, warnings: Warning[]): Record<string, unknown> {
  const dropped = new Set<string>();
  const converted = convert(schema, dropped);
  if (dropped.size > 0) warnings.push({ type: "unsupported-parameter", parameter, detail: `Gemini's schema subset has no ${[...dropped].sort().join(", ")}; removed` });
  return converted;
}

function convert(schema: Readonly<Record<string, unknown>>, dropped: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "type") {
      const types = (Array.isArray(value) ? value : [value]).filter((type): type is string => typeof type === "string");
      const nonNull = types.filter((type) => type !== "null");
      if (nonNull[0]) out.type = nonNull[0].toUpperCase();
      if (nonNull.length < types.length) out.nullable = true;
      if (nonNull.length > 1) dropped.add("multiple types");
    } else if (key === "const") {
      out.enum = [value];
    } else if (key === "properties" && isRecord(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, isRecord(property) ? convert(property, dropped) : property]));
    } else if (key === "items" && isRecord(value)) {
      out.items = convert(value, dropped);
    } else if (key === "anyOf" && Array.isArray(value)) {
      out.anyOf = value.map((branch: unknown) => (isRecord(branch) ? convert(branch, dropped) : branch));
    } else if (key === "$schema") {
      // Metadata about the schema itself, not a constraint: nothing is lost.
    } else if (supportedKeywords.has(key)) {
      out[key] = value;
    } else {
      dropped.add(key);
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
