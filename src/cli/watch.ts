import { defaultLedger, type LedgerConfig } from "../config/gateway-config.js";
import { postWebhook } from "../watch/render/post-webhook.js";
import { renderWatchMarkdown } from "../watch/render/render-watch-markdown.js";
import { renderWatchTable } from "../watch/render/render-watch-table.js";
import { slackPayload } from "../watch/render/slack-payload.js";
import { describeSources } from "../watch/render/describe-sources.js";
import { runWatch, WatchUnavailableError, type WatchRun } from "../watch/run-watch.js";
import { parseSourceArgument, type WatchSource } from "../watch/sources/watch-source.js";
import { openWatchStore } from "../watch/store/open-watch-store.js";
import type { WatchStore } from "../watch/store/watch-store.js";
import { watchSettings } from "../watch/watch-settings.js";
import { UsageError, type CommandResult } from "./command-result.js";
import { fileUrlFrom } from "./file-url-from.js";
import { openCatalog } from "./open-catalog.js";
import { readOptionalConfig } from "./read-optional-config.js";

export interface WatchCommandOptions {
  /** Gateway config with `watch:` and `ledger:` (default: switchyard.yaml when present). */
  readonly config?: string;
  /** `NAME=URL`, `TYPE:LABEL=URL`; `file://` works. */
  readonly source?: readonly string[];
  readonly format: "table" | "json" | "markdown";
  readonly notify?: string;
  readonly cwd?: string;
  /** The run's clock (tests). */
  readonly now?: Date;
}

/**
 * `switchyard watch`: fetch the feeds, compare with the previous snapshots, report
 * events, vendor timelines and triggers. Exit 1 when a trigger fired.
 */
export async function watchCommand(options: WatchCommandOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = await readOptionalConfig(options.config, cwd);
  let commandLineSources: WatchSource[];
  try {
    commandLineSources = (options.source ?? []).map(parseSourceArgument);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (options.notify !== undefined && !/^https?:\/\/\S+$/.test(options.notify)) throw new UsageError(`--notify ${options.notify}: must be an http:// or https:// URL`);
  const settings = watchSettings({ section: config?.watch, commandLineSources: commandLineSources.map((source) => ({ ...source, url: fileUrlFrom(source.url, cwd) })), notify: options.notify });
  const catalog = openCatalog(config?.catalogFiles ?? []);
  const ledger: LedgerConfig = config?.ledger ?? defaultLedger;
  let store: WatchStore;
  try {
    store = await openWatchStore({ ledger, cwd });
  } catch (error) {
    throw new UsageError(`cannot open the watch store (${ledger.store.kind === "sqlite" ? ledger.store.path : "PostgreSQL at ledger.url"}): ${(error as Error).message}`);
  }
  let run: WatchRun;
  try {
    run = await runWatch({ store, catalog, settings, now: options.now });
  } catch (error) {
    if (error instanceof WatchUnavailableError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
  const stderr: string[] = [];
  if (options.format === "json") stderr.push(...describeSources(run.sources.filter((source) => source.status === "offline" || source.status === "failed")).map((line) => `switchyard watch: ${line.trim()}`));
  if (settings.notify !== undefined && (run.summary.events.length > 0 || run.summary.triggers.length > 0)) {
    const problem = await postWebhook({ url: settings.notify, body: slackPayload(run), timeoutMs: settings.timeoutMs });
    if (problem !== undefined) stderr.push(`switchyard watch: the notification to ${new URL(settings.notify).host} failed: ${problem}`);
  }
  const stdout = options.format === "json" ? `${JSON.stringify(run.summary, null, 2)}\n` : options.format === "markdown" ? renderWatchMarkdown(run) : renderWatchTable(run);
  return { exitCode: run.summary.triggers.length > 0 ? 1 : 0, stdout, stderr: stderr.length > 0 ? stderr.join("\n") : undefined };
}
