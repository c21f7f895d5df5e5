import { modelLineRow, type Catalog } from "../catalog/index.js";
import type { VendorLineRow } from "./brief.js";

/** The seed's vendor table per model line: the catalog's `catalog --lines` rows. */
export function modelLines(catalog: Catalog): readonly VendorLineRow[] {
  return catalog.lines().map(modelLineRow);
}
