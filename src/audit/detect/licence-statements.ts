import type { Catalog, CatalogLicence } from "../../catalog/index.js";
import type { ModelReferenceResolver } from "./model-reference-resolver.js";

/** One kind of licence statement and the licence (hence family and obligations) it belongs to. */
export interface LicenceStatement {
  readonly pattern: RegExp;
  readonly family: string;
  readonly licence: CatalogLicence;
  /** The family's licences that carry this clause, for picking the one whose version the text names. */
  readonly versions?: readonly CatalogLicence[];
  /** What the statement is, for the message ("Llama acceptable use policy"). */
  readonly label: string;
}

export interface LicenceStatements {
  readonly statements: readonly LicenceStatement[];
  /** Lower-case literals for the prefilter: statements that need not contain a family keyword. */
  readonly literals: readonly string[];
}

/**
 * Statements a licence puts into files besides its own name, derived from the catalog's
 * clauses so every family with such a clause is covered: the use-policy title ("Meta
 * Llama 3 Acceptable Use Policy", "Gemma Prohibited Use Policy"), the user-threshold
 * clause ("700 million monthly active users", only where one family's licences use that
 * number), and the derivative-naming duty ('include "Llama" at the beginning of any such
 * AI model name', "published as Llama-3.1-…").
 */
export function buildLicenceStatements(options: { catalog: Catalog; references: ModelReferenceResolver; families: ReadonlySet<string> }): LicenceStatements {
  const { catalog, references, families } = options;
  const statements: LicenceStatement[] = [];
  const thresholds = new Map<number, Map<string, CatalogLicence>>();
  const policyFamilies = new Map<string, CatalogLicence[]>();
  const namingPrefixes = new Map<string, { family: string; licence: CatalogLicence }>();
  for (const licence of catalog.licences()) {
    if (licence.kind === "open-source") continue;
    const family = references.licenceFamily(licence.id);
    if (family === undefined) continue;
    const threshold = licence.clauses.userThreshold?.monthlyActiveUsers;
    if (threshold !== undefined) {
      const perFamily = thresholds.get(threshold) ?? new Map<string, CatalogLicence>();
      if (!perFamily.has(family)) perFamily.set(family, licence);
      thresholds.set(threshold, perFamily);
    }
    if (!families.has(family)) continue;
    if (licence.clauses.acceptableUsePolicy !== undefined) policyFamilies.set(family, [...(policyFamilies.get(family) ?? []), licence]);
    const prefix = licence.clauses.derivativeNaming?.prefix;
    if (prefix !== undefined && !namingPrefixes.has(prefix)) namingPrefixes.set(prefix, { family, licence });
  }
  for (const [family, licences] of policyFamilies) {
    const name = catalog.family(family)?.name ?? family;
    const newest = licences.at(-1);
    if (newest === undefined) continue;
    statements.push({ pattern: new RegExp(`\\b(?:Meta\\s+)?${escapeRegExp(name)}(?:[\\s-]*\\d+(?:\\.\\d+)*)?\\s+(?:Acceptable|Prohibited)\\s+Use\\s+Policy\\b`, "gi"), family, licence: newest, versions: licences, label: `${name} use policy` });
  }
  for (const [users, perFamily] of thresholds) {
    // A number two families' licences share (100M: Qwen and Kimi) proves neither.
    const only = perFamily.size === 1 ? [...perFamily][0] : undefined;
    if (only === undefined || !families.has(only[0])) continue;
    const millions = users / 1_000_000;
    const digits = users.toLocaleString("en-US").replace(/,/g, "[,.\\s]?");
    statements.push({ pattern: new RegExp(`\\b(?:${millions}\\s+million|${digits})\\s+monthly\\s+active\\s+users`, "gi"), family: only[0], licence: only[1], label: `${millions}M monthly-active-user clause` });
  }
  for (const [prefix, { family, licence }] of namingPrefixes) {
    const quoted = `["“']${escapeRegExp(prefix)}["”']`;
    statements.push({ pattern: new RegExp(`\\binclude\\s+${quoted}\\s+at\\s+the\\s+beginning`, "gi"), family, licence, label: `"${prefix}" naming clause` });
    statements.push({
      pattern: new RegExp(`\\b(?:published|released|distributed|named|shipped)\\s+(?:as|under\\s+the\\s+name)\\s+["“'\`]?${escapeRegExp(prefix).replace(/\\? /g, "[-\\s]?")}[-\\s]?\\d[\\w.…-]*`, "gi"),
      family,
      licence,
      label: `derivative named with the "${prefix}" prefix`,
    });
  }
  return { statements, literals: statements.length === 0 ? [] : ["monthly active"] };
}

/** The licence a statement belongs to: the one whose name has the version the text names ("Llama 3 Acceptable Use Policy"), else the newest. */
export function licenceOfStatement(statement: LicenceStatement, text: string): CatalogLicence {
  const version = /\d+(?:\.\d+)*/.exec(text)?.[0];
  if (version === undefined || statement.versions === undefined) return statement.licence;
  return statement.versions.find((licence) => new RegExp(`\\s${version.replace(/\./g, "\\.")}\\s`).test(` ${licence.name} `)) ?? statement.licence;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
