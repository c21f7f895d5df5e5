import type { CatalogData } from "../schema/catalog-file.js";
import type { CatalogLine } from "../schema/catalog-line.js";
import type { CatalogModel } from "../schema/catalog-model.js";

/** The catalog models a line holds: its families' models of the line's openness, within its dates. */
export function modelsOfLine(line: CatalogLine, data: CatalogData): CatalogModel[] {
  return data.models.filter(
    (model) =>
      line.families.includes(model.family) &&
      model.openWeight === line.openWeights &&
      (line.since === undefined || model.released.slice(0, line.since.length) >= line.since) &&
      (line.until === undefined || model.released.slice(0, line.until.length) <= line.until),
  );
}
