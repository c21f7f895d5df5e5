import type { Catalog } from "../catalog/index.js";
import type { VendorLineRow } from "./brief.js";

/** The seed's vendor table per model line: the catalog's `catalog --lines` view, in the brief's row shape. */
export function modelLines(catalog: Catalog): readonly VendorLineRow[] {
  return catalog.lines().map((line) => ({
    line: line.name,
    vendor: line.vendor,
    strategy: line.strategy,
    licence: line.licence,
    self_hosting: line.selfHosting,
    lock_in: line.lockIn,
    open_weights: line.openWeights,
  }));
}
