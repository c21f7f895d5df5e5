import { existsSync } from "node:fs";
import { join } from "node:path";

/** Where `switchyard catalog update` writes, beside the ledger's default `.switchyard/ledger.db`. */
export const catalogUpdatesPath = ".switchyard/catalog-updates.yaml";

/**
 * The catalog update file under `base` (the config file's folder, or the working
 * directory without one) when it exists: applied over the built-in catalog and under
 * the config's own `catalog:` files, so a user's hand-written override still wins.
 */
export function catalogUpdatesFiles(base: string): string[] {
  const path = join(base, catalogUpdatesPath);
  return existsSync(path) ? [path] : [];
}
