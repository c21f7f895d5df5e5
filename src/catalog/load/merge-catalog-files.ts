import { catalogSections, type CatalogSection } from "../schema/catalog-file.js";
import { CatalogError } from "./catalog-error.js";
import type { CatalogFileContent } from "./read-catalog-file.js";

type RawEntry = Record<string, unknown>;

export interface MergedEntry {
  readonly value: RawEntry;
  /** The file and list index that last defined or changed the entry, for error messages. */
  readonly file: string;
  readonly index: number;
}

export type MergedSections = Record<CatalogSection, Map<string, MergedEntry>>;

/**
 * Combines files in order. Within the built-in files an id may appear once (a duplicate is
 * a data mistake); a user file may repeat an id to override it, and its entry is merged
 * over the existing one — nested objects merge, lists and scalars replace — so an
 * override can be as small as `{ id: llama-3.1-70b, contextLength: 65536 }`.
 */
export function mergeCatalogFiles(options: {
  builtin: readonly CatalogFileContent[];
  overrides: readonly CatalogFileContent[];
}): MergedSections {
  const merged = Object.fromEntries(catalogSections.map((section) => [section, new Map<string, MergedEntry>()])) as MergedSections;
  for (const file of options.builtin) addFile({ merged, file, mayOverride: false });
  for (const file of options.overrides) addFile({ merged, file, mayOverride: true });
  return merged;
}

function addFile(options: { merged: MergedSections; file: CatalogFileContent; mayOverride: boolean }): void {
  const { merged, file, mayOverride } = options;
  for (const section of catalogSections) {
    const entries = file.content[section] ?? [];
    entries.forEach((entry, index) => {
      const key = entryKey({ section, entry, file: file.label, index });
      const existing = merged[section].get(key);
      if (existing !== undefined && !mayOverride) {
        throw new CatalogError({
          file: file.label,
          path: `${section}[${index}]`,
          problem: `duplicate ${describeKey(section)} "${key}" (already defined in ${existing.file})`,
        });
      }
      const value = existing === undefined ? entry : mergeObjects(existing.value, entry);
      merged[section].set(key, { value, file: file.label, index });
    });
  }
}

function entryKey(options: { section: CatalogSection; entry: RawEntry; file: string; index: number }): string {
  const { section, entry, file, index } = options;
  const required = section === "prices" ? ["provider", "model"] : ["id"];
  for (const field of required) {
    if (typeof entry[field] !== "string" || entry[field] === "") {
      throw new CatalogError({ file, path: `${section}[${index}].${field}`, problem: "expected a non-empty string" });
    }
  }
  // Price keys are case-insensitive on both parts, like the lookups that use them.
  return section === "prices"
    ? `${String(entry.provider).toLowerCase()}\u0000${String(entry.model).toLowerCase()}`
    : String(entry.id);
}

function describeKey(section: CatalogSection): string {
  return section === "prices" ? "price (provider, model)" : "id";
}

function isPlainObject(value: unknown): value is RawEntry {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeObjects(base: RawEntry, override: RawEntry): RawEntry {
  const result: RawEntry = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? mergeObjects(current, value) : value;
  }
  return result;
}
