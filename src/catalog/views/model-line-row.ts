import type { CatalogLine } from "../schema/catalog-line.js";

/** One row of the seed's vendor table per model line: the `catalog --lines --format json` contract (DESIGN.md). */
export interface ModelLineRow {
  readonly line: string;
  readonly vendor: string;
  readonly strategy: string;
  readonly licence: string;
  readonly self_hosting: CatalogLine["selfHosting"];
  readonly lock_in: CatalogLine["lockIn"];
  readonly open_weights: boolean;
}

export function modelLineRow(line: CatalogLine): ModelLineRow {
  return { line: line.name, vendor: line.vendor, strategy: line.strategy, licence: line.licence, self_hosting: line.selfHosting, lock_in: line.lockIn, open_weights: line.openWeights };
}
