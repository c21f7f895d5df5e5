import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { parseConfigText } from "../../../src/config/load-config.js";
import { createGovernance, type Governance } from "../../../src/governance/index.js";
import { createLogger } from "../../../src/shared/logger.js";
import type { ResponseCache } from "../../../src/core/request-guard.js";
import type { CostCalculator } from "../../../src/ledger/request-summary.js";
import { startGateway, type TestGateway } from "../../support/start-gateway.js";

export interface GovernedGateway extends TestGateway {
  readonly governance: Governance;
  /** The folder holding this gateway's ledger database (unless the config names another store). */
  readonly directory: string;
}

/**
 * A gateway with governance wired as `serve` wires it. Unless the config says
 * otherwise, keys live in a fresh SQLite file in a temporary folder.
 */
export async function startGovernedGateway(
  config: Record<string, unknown>,
  options: { readonly cost?: CostCalculator; readonly cache?: ResponseCache; readonly directory?: string; readonly keyReloadIntervalMs?: number } = {},
): Promise<GovernedGateway> {
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), "switchyard-governance-")));
  const withLedger = { ledger: { path: join(directory, "ledger.db"), enabled: false }, ...config };
  // Written out too, so `switchyard keys` run in that folder finds the same database.
  const configPath = join(directory, "switchyard.yaml");
  await writeFile(configPath, stringify(withLedger));
  const parsed = parseConfigText(stringify(withLedger), { path: configPath, env: process.env });
  const governance = await createGovernance({ config: parsed, logger: createLogger({ level: "silent" }), cwd: directory, keyReloadIntervalMs: options.keyReloadIntervalMs });
  const gateway = await startGateway(withLedger, { guard: governance.guard, cache: options.cache ?? governance.cache, keys: governance.keys, cost: options.cost });
  return {
    ...gateway,
    governance,
    directory,
    close: async () => {
      await gateway.close();
      await governance.close();
      if (options.directory === undefined) await rm(directory, { recursive: true, force: true });
    },
  };
}

/** A unique Redis key prefix per test run, so parallel runs never share counters. */
export function uniquePrefix(label: string): string {
  return `switchyard-test:${label}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}:`;
}
