import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { renderTextTable } from "../shared/render-text-table.js";
import { ConfigError } from "../config/config-error.js";
import { defaultLedger, type LedgerConfig } from "../config/gateway-config.js";
import { loadConfigFile } from "../config/load-config.js";
import { createVirtualKey } from "../governance/create-virtual-key.js";
import { describeKey, type KeyDescription } from "../governance/describe-key.js";
import { formatUsd } from "../governance/format-usd.js";
import { openGatewayNote } from "../server/handle-admin-keys.js";
import { newKeySpend, readKeySpend } from "../governance/key-spend.js";
import type { VirtualKey } from "../governance/virtual-key.js";
import { openLedgerStore } from "../ledger/create-ledger.js";
import type { KeyStore } from "../governance/key-store.js";
import { KeySpecError, parseKeySpec } from "../governance/key-spec.js";
import { openKeyStore } from "../governance/open-key-store.js";
import { UsageError, type CommandResult } from "./command-result.js";

export type KeysCommandOptions =
  | ({ readonly action: "create"; readonly name: string; readonly models?: string; readonly budget?: string; readonly rpm?: string; readonly tpm?: string } & CommonOptions)
  | ({ readonly action: "list" } & CommonOptions)
  | ({ readonly action: "revoke"; readonly id: string } & CommonOptions);

interface CommonOptions {
  readonly format: "table" | "json";
  /** Gateway config whose ledger database holds the keys (default: switchyard.yaml, else .switchyard/ledger.db). */
  readonly config?: string;
  readonly cwd?: string;
}

/**
 * `switchyard keys create|list|revoke`: virtual keys in the ledger's database,
 * which running gateways re-read every few seconds, so changes apply without a restart.
 */
export async function keysCommand(options: KeysCommandOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const { ledger, aliases, requireKeys } = await readConfig(options.config, cwd);
  let store: KeyStore;
  try {
    store = await openKeyStore({ ledger, cwd });
  } catch (error) {
    throw new UsageError(`cannot open the key store (${describeStore(ledger)}): ${(error as Error)?.message ?? String(error)}`);
  }
  try {
    switch (options.action) {
      case "create":
        return await create(store, options, aliases, requireKeys);
      case "list":
        return await list(store, options.format, ledger);
      case "revoke":
        return await revoke(store, options.id, options.format);
    }
  } finally {
    await store.close();
  }
}

async function create(store: KeyStore, options: Extract<KeysCommandOptions, { action: "create" }>, aliases: ReadonlySet<string> | undefined, requireKeys: boolean): Promise<CommandResult> {
  let spec;
  try {
    spec = parseKeySpec({ name: options.name, models: options.models, budget: options.budget, rpm: options.rpm, tpm: options.tpm });
  } catch (error) {
    if (error instanceof KeySpecError) throw new UsageError(`--${error.message}`);
    throw error;
  }
  const { key, secret } = createVirtualKey(spec);
  await store.insert(key);
  // Not an error: the alias may be added to the config later; but a typo should be visible now.
  const unknown = aliases ? spec.models.filter((alias) => !aliases.has(alias)) : [];
  const notes = [
    ...(unknown.length > 0 ? [`note: not a model in the config: ${unknown.join(", ")}`] : []),
    // Said plainly every time: a key on an open gateway is an identity, not a lock.
    ...(requireKeys ? [] : [`note: ${openGatewayNote}`]),
  ];
  const warning = notes.map((note) => `${note}\n`).join("");
  if (options.format === "json") return { exitCode: 0, stdout: `${JSON.stringify({ ...describeKey(key, newKeySpend(key)), secret }, null, 2)}\n`, stderr: warning || undefined };
  const stdout = `${renderKeys([describeKey(key, newKeySpend(key))])}\nsecret: ${secret}\nStore it now: it is shown only once (only its SHA-256 is kept).\n`;
  return { exitCode: 0, stdout, stderr: warning || undefined };
}

async function list(store: KeyStore, format: "table" | "json", ledger: LedgerConfig): Promise<CommandResult> {
  const stored = await store.list();
  const spend = await spendOf(stored, ledger);
  const keys = stored.map((key) => describeKey(key, spend?.get(key.id)));
  if (format === "json") return { exitCode: 0, stdout: `${JSON.stringify({ keys }, null, 2)}\n` };
  if (keys.length === 0) return { exitCode: 0, stdout: "No virtual keys yet; create one with `switchyard keys create --name NAME`.\n" };
  return { exitCode: 0, stdout: renderKeys(keys), stderr: spend ? undefined : "note: spend unknown: the usage ledger could not be read\n" };
}

/** Spend to date per key from the usage ledger (same database as the keys, or PostgreSQL); undefined when it cannot be read. */
async function spendOf(keys: readonly VirtualKey[], ledger: LedgerConfig): Promise<Awaited<ReturnType<typeof readKeySpend>> | undefined> {
  if (keys.length === 0) return new Map();
  let ledgerStore: Awaited<ReturnType<typeof openLedgerStore>> | undefined;
  try {
    ledgerStore = await openLedgerStore(ledger);
    await ledgerStore.migrate();
    const opened = ledgerStore;
    return await readKeySpend(keys, (query) => opened.keyUsage(query));
  } catch {
    return undefined;
  } finally {
    await ledgerStore?.close().catch(() => undefined);
  }
}

async function revoke(store: KeyStore, id: string, format: "table" | "json"): Promise<CommandResult> {
  const revoked = await store.revoke(id, new Date());
  if (!revoked) throw new UsageError(`no key with id ${id} (see \`switchyard keys list\`)`);
  if (format === "json") return { exitCode: 0, stdout: `${JSON.stringify(describeKey(revoked), null, 2)}\n` };
  return { exitCode: 0, stdout: `revoked ${revoked.id} (${revoked.name}); gateways refuse it within a few seconds\n` };
}

function renderKeys(keys: readonly KeyDescription[]): string {
  const rows = keys.map((key) => [
    key.id,
    key.name,
    key.models.length === 0 ? "(all)" : key.models.join(","),
    key.budget ? `${formatUsd(key.budget.usd)}/${key.budget.period}` : "-",
    key.period_spend_usd === null ? "-" : `${formatUsd(key.period_spend_usd)} ${key.budget?.period === "day" ? "today" : `this ${key.budget?.period ?? "period"}`}`,
    key.spend_usd === null ? "?" : formatUsd(key.spend_usd),
    key.rpm === null ? "-" : String(key.rpm),
    key.tpm === null ? "-" : String(key.tpm),
    key.secret_hint,
    key.created_at.slice(0, 19).replace("T", " "),
    key.revoked_at === null ? "active" : `revoked ${key.revoked_at.slice(0, 10)}`,
  ]);
  return renderTextTable({ header: ["id", "name", "models", "budget", "budget spent", "spent to date", "rpm", "tpm", "secret", "created (UTC)", "status"], rows });
}

/** The ledger settings and the route aliases, from the config file when there is one (as `serve` and `usage` find it). */
async function readConfig(file: string | undefined, cwd: string): Promise<{ ledger: LedgerConfig; aliases: ReadonlySet<string> | undefined; requireKeys: boolean }> {
  const path = resolve(cwd, file ?? "switchyard.yaml");
  if (!existsSync(path)) {
    if (file !== undefined) throw new UsageError(`config file not found: ${file}`);
    const store = defaultLedger.store as { kind: "sqlite"; path: string };
    return { ledger: { ...defaultLedger, store: { kind: "sqlite", path: resolve(cwd, store.path) } }, aliases: undefined, requireKeys: false };
  }
  try {
    const config = await loadConfigFile(path);
    return { ledger: config.ledger, aliases: new Set(config.routes.keys()), requireKeys: config.server.requireKeys };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function describeStore(ledger: LedgerConfig): string {
  return ledger.store.kind === "sqlite" ? ledger.store.path : "PostgreSQL";
}
