import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { catalogUpdatesFiles, catalogUpdatesPath } from "../config/catalog-updates-file.js";
import { defaultLedger } from "../config/gateway-config.js";
import { buildCatalogUpdates, type CatalogChange, type CatalogUpdates, type SourceModels } from "../watch/catalog-updates/build-catalog-updates.js";
import { readSource, type SourceStatus } from "../watch/read-source.js";
import { parseSourceArgument, type WatchSource } from "../watch/sources/watch-source.js";
import { openWatchStore } from "../watch/store/open-watch-store.js";
import { watchSettings } from "../watch/watch-settings.js";
import { describeSources } from "../watch/render/describe-sources.js";
import { renderTextTable } from "../shared/render-text-table.js";
import { UsageError, type CommandResult } from "./command-result.js";
import { fileUrlFrom } from "./file-url-from.js";
import { openCatalog } from "./open-catalog.js";
import { readOptionalConfig } from "./read-optional-config.js";

export interface CatalogUpdateOptions {
  /** Gateway config with `watch:` sources and `ledger:` (default: switchyard.yaml when present). */
  readonly config?: string;
  /** `NAME=URL`, as for `watch`. */
  readonly source?: readonly string[];
  /** Where to write (default `.switchyard/catalog-updates.yaml` beside the config, else in the working directory). */
  readonly output?: string;
  /** Report what would change; write nothing. */
  readonly dryRun?: boolean;
  readonly format: "table" | "json";
  readonly cwd?: string;
  readonly now?: Date;
}

/**
 * `switchyard catalog update`: read the watch sources (fresh, or each one's last
 * snapshot when offline; never recording a snapshot, so `watch` still reports the
 * change), and write the prices, context windows, release dates and openness they
 * state to the catalog update file, each value with its source and as-of date.
 * Every command that loads the catalog applies that file.
 */
export async function catalogUpdateCommand(options: CatalogUpdateOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? new Date();
  const config = await readOptionalConfig(options.config, cwd);
  let commandLineSources: WatchSource[];
  try {
    commandLineSources = (options.source ?? []).map(parseSourceArgument);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const settings = watchSettings({ section: config?.watch, commandLineSources: commandLineSources.map((source) => ({ ...source, url: fileUrlFrom(source.url, cwd) })) });
  const base = config === undefined ? cwd : dirname(resolve(cwd, options.config ?? "switchyard.yaml"));
  const output = resolve(cwd, options.output ?? resolve(base, catalogUpdatesPath));
  const catalog = openCatalog(config?.catalogFiles ?? catalogUpdatesFiles(cwd));

  const ledger = config?.ledger ?? defaultLedger;
  const store = await openWatchStore({ ledger, cwd }).catch((error: unknown) => {
    throw new UsageError(`cannot open the watch store (${ledger.store.kind === "sqlite" ? ledger.store.path : "PostgreSQL at ledger.url"}): ${(error as Error).message}`);
  });
  const ranAt = now.toISOString();
  const statuses: SourceStatus[] = [];
  const sources: SourceModels[] = [];
  try {
    for (const source of settings.sources) {
      const outcome = await readSource({ source, store, timeoutMs: settings.timeoutMs, ranAt, record: false });
      statuses.push(outcome.status);
      if (outcome.current === undefined) continue;
      sources.push({ name: source.name, type: source.type, url: source.url, asOf: (outcome.status.snapshotAt ?? ranAt).slice(0, 10), models: outcome.current });
    }
  } finally {
    await store.close();
  }
  if (sources.length === 0) throw new UsageError(`no source could be read and none has an earlier snapshot: ${statuses.map((status) => status.problem).join("; ")}`);

  const updates = buildCatalogUpdates({ catalog, sources });
  if (options.dryRun !== true) await writeUpdates({ path: output, updates, sources, ranAt });
  const written = options.dryRun === true ? null : output;
  const problems = describeSources(statuses.filter((status) => status.status === "offline" || status.status === "failed")).map((line) => `switchyard catalog update: ${line.trim()}`);
  if (options.format === "json") {
    const body = { written, sources: statuses.map(({ name, url, status, snapshotAt }) => ({ name, url, status, snapshot_at: snapshotAt })), changes: updates.changes.map(changeJson), models: updates.models.length, prices: updates.prices.length };
    return { exitCode: 0, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: problems.length > 0 ? problems.join("\n") : undefined };
  }
  return { exitCode: 0, stdout: renderSummary({ updates, written, cwd, problems }) };
}

async function writeUpdates(options: { path: string; updates: CatalogUpdates; sources: readonly SourceModels[]; ranAt: string }): Promise<void> {
  const { updates } = options;
  const header = [
    `# Written by \`switchyard catalog update\` at ${options.ranAt} from:`,
    ...options.sources.map((source) => `#   ${source.name}: ${source.url} (as of ${source.asOf})`),
    "# Every command that loads the catalog applies this file over the built-in data; the",
    "# config's own `catalog:` files apply after it. Rerun the command to refresh; do not edit.",
  ].join("\n");
  const document = stringify({ models: updates.models, prices: updates.prices }, { lineWidth: 0 });
  await mkdir(dirname(options.path), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  const temporary = `${options.path}.${process.pid}.tmp`;
  await writeFile(temporary, `${header}\n${document}`);
  await rename(temporary, options.path);
}

function renderSummary(options: { updates: CatalogUpdates; written: string | null; cwd: string; problems: readonly string[] }): string {
  const { updates } = options;
  const lines: string[] = [...options.problems];
  if (updates.changes.length === 0) lines.push("The feeds agree with the catalog: nothing changed.");
  else {
    const rows = updates.changes.map((change) => [change.model, change.field === "price" ? `price (${change.provider})` : change.field, String(change.from ?? "—"), String(change.to), change.source, change.asOf]);
    lines.push(renderTextTable({ header: ["model", "field", "catalog", "feed", "source", "as of"], rows }).trimEnd());
  }
  const counts = `${updates.models.length} models and ${updates.prices.length} prices with their sources`;
  lines.push(options.written === null ? `Dry run: would write ${counts}.` : `Wrote ${counts} to ${relative(options.cwd, options.written) || options.written}.`);
  return `${lines.join("\n")}\n`;
}

function changeJson(change: CatalogChange): Record<string, unknown> {
  return { model: change.model, field: change.field, provider: change.provider, from: change.from, to: change.to, source: change.source, as_of: change.asOf };
}
