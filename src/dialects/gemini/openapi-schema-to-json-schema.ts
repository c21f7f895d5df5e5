/**
 * Gemini's OpenAPI-3.0 schema subset (`parameters`, `responseSchema`) → JSON
 * Schema for upstreams that take one: types lower-cased (`STRING` → `string`),
 * `nullable: true` as a `"null"` type. Keywords are otherwise the same in both.
 */
export function openAPISchemaToJsonSchema(schema: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "nullable") continue;
    if (key === "type" && typeof value === "string") out.type = value.toLowerCase();
    else if (key === "properties" && isRecord(value)) out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, isRecord(child) ? openAPISchemaToJsonSchema(child) : child]));
    else if (key === "items" && isRecord(value)) out.items = openAPISchemaToJsonSchema(value);
    else if (key === "anyOf" && Array.isArray(value)) out.anyOf = value.map((child: unknown) => (isRecord(child) ? openAPISchemaToJsonSchema(child) : child));
    // Gemini's own ordering hint; JSON Schema has no such keyword.
    else if (key !== "propertyOrdering") out[key] = value;
  }
  if (schema.nullable === true && typeof out.type === "string") out.type = [out.type, "null"];
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
