import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

// One instance: ajv caches compiled schemas by identity and key, so every row reuses the validator built at load time.
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

/**
 * A JSON Schema (draft 2020-12, including `if`/`then`/`else`; earlier drafts'
 * common keywords work too) compiled with ajv. Throws on an unusable schema —
 * callers compile when the suite loads, so the error comes before any model call.
 */
export function compileJsonSchema(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) throw new Error("a schema must be an object");
    // `$schema` naming another draft would make ajv refuse it; the keywords are what matter here.
    const { $schema: _ignored, ...body } = schema as Record<string, unknown>;
    validate = ajv.compile(body);
    compiled.set(key, validate);
  }
  return validate;
}

/** ajv's first error as "at PATH: MESSAGE". */
export function describeSchemaError(validate: ValidateFunction): string {
  const error = validate.errors?.[0];
  if (!error) return "invalid";
  return `at ${error.instancePath === "" ? "(root)" : error.instancePath.slice(1).replace(/\//g, ".")}: ${error.message ?? "invalid"}`;
}
