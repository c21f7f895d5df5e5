import { readFileSync, writeFileSync } from "node:fs";
import type { CatalogData } from "./schema/catalog-file.js";

/**
 * The built-in catalog, validated and merged at build time and stored as JSON
 * next to the compiled module. Loading it instead of the YAML saves ~30 MB of
 * resident memory in a gateway process (the YAML parse's garbage grows the heap,
 * and V8 keeps those pages). Only dist/ has one; from src/ the YAML is read.
 */
const snapshotUrl = new URL("./builtin-catalog.json", import.meta.url);

export function readBuiltinSnapshot(): CatalogData | undefined {
  let text: string;
  try {
    text = readFileSync(snapshotUrl, "utf8");
  } catch {
    return undefined;
  }
  return JSON.parse(text) as CatalogData;
}

export function writeBuiltinSnapshot(data: CatalogData): void {
  writeFileSync(snapshotUrl, `${JSON.stringify(data)}\n`);
}
