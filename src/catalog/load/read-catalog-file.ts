import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { catalogFileSchema, type CatalogFile } from "../schema/catalog-file.js";
import { CatalogError, formatDotPath } from "./catalog-error.js";

export interface CatalogFileContent {
  /** How the file is named in error messages (as given, or relative to the data folder). */
  readonly label: string;
  readonly content: CatalogFile;
}

/** Reads one catalog YAML file (JSON is YAML too) and checks its top-level shape. */
export function readCatalogFile(options: { path: string; label?: string }): CatalogFileContent {
  const label = options.label ?? options.path;
  let text: string;
  try {
    text = readFileSync(options.path, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new CatalogError({ file: label, path: "", problem: `cannot read file (${reason})` });
  }
  return parseCatalogText({ text, label });
}

export function parseCatalogText(options: { text: string; label: string }): CatalogFileContent {
  const document = parseDocument(options.text, { prettyErrors: true });
  const firstError = document.errors[0];
  if (firstError !== undefined) {
    const line = firstError.linePos?.[0].line;
    const where = line === undefined ? "" : ` at line ${line}`;
    throw new CatalogError({ file: options.label, path: "", problem: `invalid YAML${where}: ${firstError.code}` });
  }
  const value: unknown = document.toJS();
  // An empty file is a valid, empty catalog file.
  const parsed = catalogFileSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogError({
      file: options.label,
      path: issue === undefined ? "" : formatDotPath(issue.path),
      problem: issue?.message ?? "invalid catalog file",
    });
  }
  return { label: options.label, content: parsed.data };
}
