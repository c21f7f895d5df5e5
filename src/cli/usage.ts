import { ConfigError } from "../config/config-error.js";
import { defaultLedger, type LedgerConfig } from "../config/gateway-config.js";
import { loadConfigFile } from "../config/load-config.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openLedgerStore } from "../ledger/create-ledger.js";
import type { KeyUsageRow, UsageRow } from "../ledger/stores/ledger-store.js";
import { renderTextTable } from "../shared/render-text-table.js";
import { formatUsd } from "../governance/format-usd.js";
import { UsageError, type CommandResult } from "./command-result.js";

export interface UsageCommandOptions {
  readonly config?: string;
  readonly format: "table" | "json" | "csv";
  /** ISO date or datetime; inclusive. */
  readonly since?: string;
  /** ISO date or datetime; exclusive. */
  readonly until?: string;
  /** `day` (the default): day × alias × family × vendor × licence; `key`: one row per virtual key. */
  readonly by?: "day" | "key";
  readonly cwd?: string;
}

const columns = ["day", "alias", "family", "vendor", "licence", "requests", "errors", "input_tokens", "output_tokens", "cached_input_tokens", "reasoning_tokens", "cost_usd", "usage_unknown", "cost_unknown"] as const;

/** `switchyard usage`: requests, tokens and spend by day × alias × family × vendor × licence, from the ledger. */
export async function usageCommand(options: UsageCommandOptions): Promise<CommandResult> {
  const ledgerConfig = await ledgerOf(options);
  if (ledgerConfig.store.kind === "sqlite" && !existsSync(ledgerConfig.store.path)) {
    throw new UsageError(`no usage ledger at ${ledgerConfig.store.path}; run \`switchyard serve\` first (or pass --config)`);
  }
  const query = { since: parseTime(options.since, "--since"), until: parseTime(options.until, "--until") };
  const store = await openLedgerStore(ledgerConfig);
  let rows: UsageRow[];
  let keyRows: KeyUsageRow[] = [];
  try {
    await store.migrate();
    if (options.by === "key") keyRows = await store.keyUsage(query);
    rows = options.by === "key" ? [] : await store.usage(query);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the usage ledger: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
  if (options.by === "key") return renderByKey(keyRows, options.format);
  const table = rows.map((row) => [
    row.day,
    row.alias ?? "",
    row.family ?? "",
    row.vendor ?? "",
    row.licence ?? "",
    row.requests,
    row.errors,
    row.inputTokens,
    row.outputTokens,
    row.cachedInputTokens,
    row.reasoningTokens,
    Math.round(row.costUsd * 1e6) / 1e6,
    row.usageUnknown,
    row.costUnknown,
  ]);
  switch (options.format) {
    case "json":
      return { exitCode: 0, stdout: `${JSON.stringify({ rows }, null, 2)}\n` };
    case "csv":
      return { exitCode: 0, stdout: [columns.join(","), ...table.map((row) => row.map(csvCell).join(","))].join("\n") + "\n" };
    case "table": {
      if (rows.length === 0) return { exitCode: 0, stdout: "No usage recorded in that period.\n" };
      const total = rows.reduce((sum, row) => ({ requests: sum.requests + row.requests, cost: sum.cost + row.costUsd }), { requests: 0, cost: 0 });
      const rendered = renderTextTable({ header: [...columns], rows: table.map((row) => row.map(String)) });
      return { exitCode: 0, stdout: `${rendered}\n${total.requests} requests, ${formatUsd(total.cost)} priced spend\n` };
    }
  }
}

const keyColumns = ["key_id", "key_name", "requests", "errors", "input_tokens", "output_tokens", "cost_usd", "cost_unknown"] as const;

/** `usage --by key`: spend per virtual key; requests made without a key are one row with an empty key. */
function renderByKey(rows: readonly KeyUsageRow[], format: UsageCommandOptions["format"]): CommandResult {
  const cells = (row: KeyUsageRow): (string | number)[] => [row.keyId ?? "", row.keyName ?? "", row.requests, row.errors, row.inputTokens, row.outputTokens, Math.round(row.costUsd * 1e9) / 1e9, row.costUnknown];
  switch (format) {
    case "json":
      return { exitCode: 0, stdout: `${JSON.stringify({ keys: rows }, null, 2)}\n` };
    case "csv":
      return { exitCode: 0, stdout: [keyColumns.join(","), ...rows.map((row) => cells(row).map(csvCell).join(","))].join("\n") + "\n" };
    case "table": {
      if (rows.length === 0) return { exitCode: 0, stdout: "No usage recorded in that period.\n" };
      const table = rows.map((row) => [row.keyId ?? "(no key)", row.keyName ?? "", String(row.requests), String(row.errors), String(row.inputTokens), String(row.outputTokens), formatUsd(row.costUsd), String(row.costUnknown)]);
      const total = rows.reduce((sum, row) => sum + row.costUsd, 0);
      return { exitCode: 0, stdout: `${renderTextTable({ header: ["key", "name", "requests", "errors", "input_tokens", "output_tokens", "spent", "cost_unknown"], rows: table })}\n${formatUsd(total)} priced spend\n` };
    }
  }
}

async function ledgerOf(options: UsageCommandOptions): Promise<LedgerConfig> {
  const cwd = options.cwd ?? process.cwd();
  const path = resolve(cwd, options.config ?? "switchyard.yaml");
  if (!existsSync(path)) {
    if (options.config !== undefined) throw new UsageError(`config file not found: ${options.config}`);
    const store = defaultLedger.store as { kind: "sqlite"; path: string };
    return { ...defaultLedger, store: { kind: "sqlite", path: resolve(cwd, store.path) } };
  }
  try {
    return (await loadConfigFile(path)).ledger;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function parseTime(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`${flag}: not a date: ${value} (use YYYY-MM-DD or an ISO datetime)`);
  return time;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
