import type { Detection } from "../detection.js";
import type { FileRole } from "../walk/classify-file.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { licenceObligations } from "./licence-obligations.js";
import type { ModelReference } from "./model-reference-resolver.js";
import { readGgufHeader, type GgufValue } from "./read-gguf-header.js";
import { readSafetensorsMetadata } from "./read-safetensors-metadata.js";

/**
 * Weights in the tree: GGUF (header key/values), safetensors (`__metadata__`), and other
 * weight files by name alone (pickles and ONNX are not parsed). The identity comes from
 * the names the file carries, never from `general.architecture`: `llama` there is an
 * architecture many non-Meta models share, not a licence.
 */
export function detectWeights(options: { path: string; name: string; role: FileRole; matchers: AuditMatchers }): Detection[] {
  const { role } = options;
  if (role === "gguf") return detectGguf(options);
  if (role === "safetensors") return detectSafetensors(options);
  return detectByName(options);
}

function detectGguf(options: { path: string; name: string; matchers: AuditMatchers }): Detection[] {
  const { matchers } = options;
  let metadata: ReadonlyMap<string, GgufValue>;
  try {
    metadata = readGgufHeader(options.path).metadata;
  } catch {
    return detectByName(options);
  }
  const text = (key: string): string | undefined => {
    const value = metadata.get(key);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  const basename = text("general.basename");
  const sizeLabel = text("general.size_label");
  const identity = [text("general.name"), basename && sizeLabel ? `${basename}-${sizeLabel}` : undefined, basename, text("general.repo_url"), options.name];
  const baseCount = Number(metadata.get("general.base_model.count") ?? 0);
  const bases: string[] = [];
  for (let index = 0; index < Math.min(baseCount, 8); index += 1) {
    const organization = text(`general.base_model.${index}.organization`);
    const name = text(`general.base_model.${index}.name`);
    for (const candidate of [text(`general.base_model.${index}.repo_url`), organization && name ? `${organization}/${name}` : undefined, name]) {
      if (candidate !== undefined) bases.push(candidate);
    }
  }
  const fields = ["general.architecture", "general.name", "general.basename", "general.finetune", "general.size_label", "general.license", "general.base_model.0.name", "general.base_model.0.repo_url"]
    .filter((key) => text(key) !== undefined)
    .map((key) => `${key}=${text(key) ?? ""}`);
  const evidence = `GGUF ${fields.join(" ")}`.slice(0, 400);
  const own = firstReference(identity, matchers);
  const base = firstReference(bases, matchers);
  const found = own ?? base;
  if (found === undefined) return [];
  const licenceTag = text("general.license")?.toLowerCase();
  const tagLicence = licenceTag === undefined ? undefined : matchers.licencesByTag.get(licenceTag);
  const obligations = found.reference.obligations.length > 0 ? found.reference.obligations : tagLicence === undefined ? [] : licenceObligations(tagLicence);
  const fineTuned = own === undefined || text("general.finetune") !== undefined;
  return [
    {
      line: 1,
      column: 1,
      family: found.reference.family,
      kind: "weights",
      ...(found.reference.model === undefined ? {} : { model: found.reference.model.id }),
      match: found.text,
      message: `GGUF weights of ${describe(found.reference, found.text, matchers)}${own === undefined ? " (base model named in the header)" : ""}`,
      evidence,
      confidence: Math.min(found.reference.confidence, own === undefined ? 0.9 : 1),
      ...(obligations.length === 0 ? {} : { obligations }),
      ...(base !== undefined && fineTuned ? { lineage: { base: base.text, ...(base.reference.model === undefined ? {} : { baseModel: base.reference.model.id }) } } : {}),
    },
  ];
}

function detectSafetensors(options: { path: string; name: string; matchers: AuditMatchers }): Detection[] {
  const metadata = readSafetensorsMetadata(options.path);
  const adapter = /adapter/i.test(options.name);
  const values = Object.entries(metadata ?? {}).filter(([, value]) => value.length < 300);
  const found = firstReference([...values.map(([, value]) => value), options.name], options.matchers);
  if (found === undefined) return [];
  const key = values.find(([, value]) => value === found.text)?.[0];
  return [
    {
      line: 1,
      column: 1,
      family: found.reference.family,
      kind: adapter ? "adapter" : "weights",
      ...(found.reference.model === undefined ? {} : { model: found.reference.model.id }),
      match: found.text,
      message: `safetensors ${adapter ? "adapter for" : "weights of"} ${describe(found.reference, found.text, options.matchers)}${key === undefined ? " (from the file name)" : ` (__metadata__.${key})`}`,
      evidence: `safetensors __metadata__ ${values.map(([name, value]) => `${name}=${value}`).join(" ")}`.slice(0, 400),
      confidence: key === undefined ? found.reference.confidence * 0.8 : found.reference.confidence,
      ...(found.reference.obligations.length === 0 ? {} : { obligations: found.reference.obligations }),
      ...(adapter ? { lineage: { base: found.text, ...(found.reference.model === undefined ? {} : { baseModel: found.reference.model.id }) } } : {}),
    },
  ];
}

function detectByName(options: { name: string; matchers: AuditMatchers }): Detection[] {
  const reference = options.matchers.references.resolve(options.name, "none");
  if (reference === undefined) return [];
  return [
    {
      line: 1,
      column: 1,
      family: reference.family,
      kind: "weights",
      ...(reference.model === undefined ? {} : { model: reference.model.id }),
      match: options.name,
      message: `weights file named for ${describe(reference, options.name, options.matchers)} (identified by file name only)`,
      evidence: options.name,
      confidence: reference.confidence * 0.8,
      ...(reference.obligations.length === 0 ? {} : { obligations: reference.obligations }),
    },
  ];
}

function firstReference(candidates: readonly (string | undefined)[], matchers: AuditMatchers): { text: string; reference: ModelReference } | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const reference = matchers.references.resolve(candidate, "strong");
    if (reference !== undefined) return { text: candidate, reference };
  }
  return undefined;
}

function describe(reference: ModelReference, text: string, matchers: AuditMatchers): string {
  const family = matchers.catalog.family(reference.family)?.name ?? reference.family;
  const via = reference.via === undefined ? "" : `, ${reference.via}`;
  return reference.model === undefined ? `${text} (${family} family${via})` : `${text} (${reference.model.name}${via})`;
}
