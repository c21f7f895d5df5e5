import type { Catalog } from "../catalog/index.js";
import type { Missing } from "../decide/evidence/decision-evidence.js";
import type { VendorLineRow } from "./brief.js";

/**
 * The seed's vendor table per model line. The view itself belongs to the catalog
 * (`catalog --lines`, built with `switchyard watch`); until it is merged the brief
 * says the table is missing rather than inventing one.
 */
export function modelLines(_catalog: Catalog): readonly VendorLineRow[] | Missing {
  return { missing: "the per-model-line vendor table (`switchyard catalog --lines`) is not in this build" };
}
