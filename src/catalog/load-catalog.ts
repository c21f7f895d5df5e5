import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createCatalog, type Catalog } from "./catalog.js";
import { buildCatalogData } from "./load/build-catalog-data.js";
import { mergeCatalogFiles } from "./load/merge-catalog-files.js";
import { readCatalogFile, type CatalogFileContent } from "./load/read-catalog-file.js";
import { importLitellmPrices } from "./prices/import-litellm-prices.js";
import type { CatalogData } from "./schema/catalog-file.js";
import { readBuiltinSnapshot } from "./builtin-snapshot.js";

/** Resolves from both src/catalog (tests) and dist/catalog (compiled). */
const builtinDirectory = new URL("../../data/catalog/", import.meta.url);

export interface LoadCatalogOptions {
  /** User catalog files (`--catalog FILE`, the config's `catalog:` list), applied in order over the built-in data. */
  readonly extraFiles?: readonly string[];
  /** Files in LiteLLM's `model_prices_and_context_window.json` format. */
  readonly litellmPriceFiles?: readonly string[];
}

let builtinFiles: readonly CatalogFileContent[] | undefined;
let builtinCatalog: Catalog | undefined;

/**
 * Loads the catalog. The built-in files are read once per process; with no extra files
 * the same Catalog instance (and its resolution cache) is returned every time.
 * Throws CatalogError naming the file and dot-path of the first problem.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const extraFiles = options.extraFiles ?? [];
  const priceFiles = options.litellmPriceFiles ?? [];
  if (extraFiles.length === 0 && priceFiles.length === 0) {
    builtinCatalog ??= createCatalog({ data: loadCatalogData() });
    return builtinCatalog;
  }
  const data = loadCatalogData({ extraFiles });
  const importedPrices = priceFiles.flatMap((path) => importLitellmPrices({ path }));
  return createCatalog({ data, importedPrices });
}

/** The validated, merged data without indexes (for tests and tools that only read). */
export function loadCatalogData(options: { extraFiles?: readonly string[]; ignoreSnapshot?: boolean } = {}): CatalogData {
  if (!options.ignoreSnapshot && (options.extraFiles ?? []).length === 0) {
    const snapshot = readBuiltinSnapshot();
    if (snapshot) return snapshot;
  }
  builtinFiles ??= readBuiltinFiles();
  const overrides = (options.extraFiles ?? []).map((path) => readCatalogFile({ path }));
  return buildCatalogData(mergeCatalogFiles({ builtin: builtinFiles, overrides }));
}

function readBuiltinFiles(): CatalogFileContent[] {
  const root = fileURLToPath(builtinDirectory);
  const relativePaths = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".yaml"))
    .map((path) => path.split("\\").join("/"))
    .sort();
  return relativePaths.map((relative) => readCatalogFile({ path: `${root}${relative}`, label: `data/catalog/${relative}` }));
}
