import { CatalogError, loadCatalog, type Catalog, type CatalogModel } from "../catalog/index.js";
import { renderTextTable } from "../shared/render-text-table.js";
import { UsageError, type CommandResult } from "./command-result.js";

export interface CatalogCommandOptions {
  query?: string;
  format: "table" | "json";
  /** The playbook's vendor table instead of models. */
  vendors?: boolean;
  /** Open-weight alternatives for this model id (any provider's spelling). */
  alternatives?: string;
  catalogFiles?: string[];
  litellmPrices?: string;
}

/** `switchyard catalog [QUERY] [--vendors] [--alternatives MODEL]`: reads the catalog, never changes it. */
export async function catalogCommand(options: CatalogCommandOptions): Promise<CommandResult> {
  if (options.vendors === true && options.alternatives !== undefined) {
    throw new UsageError("--vendors and --alternatives cannot be combined");
  }
  const catalog = openCatalog(options);
  if (options.vendors === true) return vendorsView({ catalog, format: options.format });
  if (options.alternatives !== undefined) return alternativesView({ catalog, id: options.alternatives, format: options.format });
  return modelsView({ catalog, query: options.query, format: options.format });
}

function openCatalog(options: CatalogCommandOptions): Catalog {
  try {
    return loadCatalog({
      extraFiles: options.catalogFiles ?? [],
      litellmPriceFiles: options.litellmPrices === undefined ? [] : [options.litellmPrices],
    });
  } catch (error) {
    if (error instanceof CatalogError) throw new UsageError(error.message);
    throw error;
  }
}

function modelsView(options: { catalog: Catalog; query: string | undefined; format: "table" | "json" }): CommandResult {
  const { catalog } = options;
  const models = catalog.search(options.query);
  if (options.format === "json") {
    const rows = models.map((model) => ({ ...model, lockIn: catalog.lockInRisk(model.id) }));
    return { exitCode: 0, stdout: `${JSON.stringify({ models: rows }, null, 2)}\n` };
  }
  if (models.length === 0) return { exitCode: 0, stdout: `No catalog models match "${options.query ?? ""}".\n` };
  const rows = models.map((model) => [
    model.id,
    model.family,
    model.vendor,
    model.released,
    model.openWeight ? "yes" : "no",
    catalog.licence(model.licence)?.shortName ?? model.licence,
    formatContext(model.contextLength),
    formatParameters(model),
  ]);
  const header = ["id", "family", "vendor", "released", "open-weight", "licence", "context", "params"];
  return { exitCode: 0, stdout: renderTextTable({ header, rows }) };
}

function vendorsView(options: { catalog: Catalog; format: "table" | "json" }): CommandResult {
  const summaries = options.catalog.vendorSummaries();
  if (options.format === "json") {
    const vendors = summaries.map((summary) => ({
      id: summary.vendor.id,
      name: summary.vendor.name,
      strategy: summary.vendor.strategy,
      strategyNote: summary.vendor.strategyNote,
      licences: summary.licences.map((licence) => licence.id),
      selfHosting: summary.selfHosting,
      lockIn: summary.lockIn,
      models: summary.modelCount,
    }));
    return { exitCode: 0, stdout: `${JSON.stringify({ vendors }, null, 2)}\n` };
  }
  const rows = summaries.map((summary) => [
    summary.vendor.name,
    summary.vendor.strategy,
    summary.licences.map((licence) => licence.shortName).join(", "),
    summary.selfHosting,
    summary.lockIn.level,
  ]);
  const header = ["vendor", "distribution strategy", "licence(s)", "self-hosting", "lock-in"];
  return { exitCode: 0, stdout: renderTextTable({ header, rows }) };
}

function alternativesView(options: { catalog: Catalog; id: string; format: "table" | "json" }): CommandResult {
  const { catalog, id } = options;
  const target = catalog.model(id) ?? catalog.resolve(id)?.model;
  if (target === undefined) throw new UsageError(`unknown model "${id}"; try \`switchyard catalog ${id.split(/[/:]/)[0] ?? id}\``);
  const alternatives = catalog.alternatives(target.id);
  if (options.format === "json") {
    const rows = alternatives.map((alternative) => ({ model: alternative.model.id, licence: alternative.licence.id, score: alternative.score, why: alternative.why }));
    return { exitCode: 0, stdout: `${JSON.stringify({ model: target.id, alternatives: rows }, null, 2)}\n` };
  }
  const rows = alternatives.map((alternative) => [alternative.model.id, alternative.licence.shortName, alternative.why.slice(1).join("; ")]);
  const title = `Open-weight alternatives to ${target.id} (${target.name}):\n`;
  return { exitCode: 0, stdout: title + renderTextTable({ header: ["model", "licence", "why"], rows }) };
}

function formatContext(tokens: number | undefined): string {
  if (tokens === undefined) return "-";
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(1))}M`;
  return `${Math.round(tokens / 1024)}K`;
}

function formatParameters(model: CatalogModel): string {
  const parameters = model.parameters;
  if (parameters?.totalBillions === undefined) return model.tier === undefined ? "-" : `(${model.tier})`;
  return parameters.activeBillions === undefined ? `${parameters.totalBillions}B` : `${parameters.totalBillions}B/${parameters.activeBillions}B active`;
}
