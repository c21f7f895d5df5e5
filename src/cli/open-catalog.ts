import { CatalogError, loadCatalog, type Catalog } from "../catalog/index.js";
import { UsageError } from "./command-result.js";

/** The catalog with these files over the built-in data; a broken file is a usage error naming it and the dot-path. */
export function openCatalog(files: readonly string[]): Catalog {
  try {
    return loadCatalog({ extraFiles: files });
  } catch (error) {
    if (error instanceof CatalogError) throw new UsageError(error.message);
    throw error;
  }
}
