import { CatalogError, loadCatalog, modelLineRow, type Catalog, type CatalogModel } from "../catalog/index.js";
import { renderTextTable } from "../shared/render-text-table.js";
import { UsageError, type CommandResult } from "./command-result.js";

export interface CatalogCommandOptions {
  query?: string;
  format: "table" | "json";
  /** The playbook's vendor table instead of models. */
  vendors?: boolean;
  /** The seed's vendor table per model line. */
  lines?: boolean;
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
  if (options.lines === true && (options.vendors === true || options.alternatives !== undefined)) {
    throw new UsageError("--lines cannot be combined with --vendors or --alternatives");
  }
  const catalog = openCatalog(options);
  if (options.lines === true) return linesView({ catalog, query: options.query, format: options.format });
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
    formatPrice(catalog, model.id),
  ]);
  const header = ["id", "family", "vendor", "released", "open-weight", "licence", "context", "params", "price in/out $/1M (provider, as of)"];
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
      lines: options.catalog.lines().filter((line) => line.vendor === summary.vendor.id).map((line) => ({ line: line.name, strategy: line.strategy, licence: line.licence, self_hosting: line.selfHosting, lock_in: line.lockIn })),
    }));
    return { exitCode: 0, stdout: `${JSON.stringify({ vendors }, null, 2)}\n` };
  }
  // Lock-in is a property of a line, not a vendor: a vendor with an open and a closed line shows both.
  const rows = summaries.map((summary) => {
    const lines = options.catalog.lines().filter((line) => line.vendor === summary.vendor.id);
    return [
      summary.vendor.name,
      summary.vendor.strategy,
      summary.licences.map((licence) => licence.shortName).join(", "),
      summary.selfHosting,
      lines.length === 0 ? summary.lockIn.level : lines.map((line) => `${line.name}: ${line.lockIn}`).join("; "),
    ];
  });
  const header = ["vendor", "distribution strategy", "licence(s)", "self-hosting", "lock-in per line"];
  return { exitCode: 0, stdout: renderTextTable({ header, rows }) };
}

function linesView(options: { catalog: Catalog; query: string | undefined; format: "table" | "json" }): CommandResult {
  const { catalog } = options;
  const needle = options.query?.toLowerCase();
  const lines = catalog.lines().filter((line) => needle === undefined || line.vendor.toLowerCase().includes(needle) || line.name.toLowerCase().includes(needle) || line.id.includes(needle));
  if (options.format === "json") {
    const rows = lines.map((line) => ({
      ...modelLineRow(line),
      id: line.id,
      self_hosting_note: line.selfHostingNote ?? null,
      lock_in_note: line.lockInNote ?? null,
      licences: line.licences,
      models: catalog.modelsOfLine(line.id).map((model) => model.id),
      note: line.note,
    }));
    return { exitCode: 0, stdout: `${JSON.stringify(rows, null, 2)}\n` };
  }
  if (lines.length === 0) return { exitCode: 0, stdout: `No model lines match "${options.query ?? ""}".\n` };
  const rows = lines.map((line) => [
    line.name,
    catalog.vendor(line.vendor)?.name ?? line.vendor,
    line.strategy,
    line.licence,
    line.selfHostingNote === undefined ? line.selfHosting : `${line.selfHosting} (${line.selfHostingNote})`,
    line.lockInNote === undefined ? line.lockIn : `${line.lockIn} ${line.lockInNote}`,
  ]);
  return { exitCode: 0, stdout: renderTextTable({ header: ["line", "vendor", "strategy", "licence", "self-hosting", "lock-in"], rows }) };
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

/** The cheapest known price, with its provider and date, so a reader can judge how current it is. */
function formatPrice(catalog: Catalog, modelId: string): string {
  const price = catalog.pricesOf(modelId)[0];
  if (price === undefined) return "-";
  return `${price.input}/${price.output} (${price.provider}, ${price.asOf})`;
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
