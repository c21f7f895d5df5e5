import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

function schema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
}

/** The official CycloneDX 1.6 schema (draft-07) with the two files it references, registered by file name. */
export function cycloneDxValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Formats the schema uses that ajv-formats lacks (see bom-sarif notes).
  ajv.addFormat("iri-reference", true);
  ajv.addFormat("idn-email", true);
  ajv.addSchema(schema("spdx.schema.json"), "spdx.schema.json");
  ajv.addSchema(schema("jsf-0.82.schema.json"), "jsf-0.82.schema.json");
  return ajv.compile(schema("bom-1.6.schema.json"));
}

/** The OASIS SARIF 2.1.0 schema (draft-04). */
export function sarifValidator(): ValidateFunction {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema("sarif-schema-2.1.0.json"));
}
