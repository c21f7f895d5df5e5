import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { loadCatalog } from "../catalog/index.js";
import { defaultLedger, type GatewayConfig, type LedgerConfig } from "../config/gateway-config.js";
import { loadConfigFile } from "../config/load-config.js";
import { isCalendarDate, toCalendarDate } from "./calendar-date.js";
import { isKnownOption, type AliasTargets } from "./evidence/resolve-option.js";
import type { AuditSource } from "./evidence/audit-evidence.js";
import type { EvidenceInputs } from "./evidence/evidence-inputs.js";
import { loadEvidenceInputs, type EvidenceSourceOptions } from "./load-evidence-inputs.js";

/** Options every `decide` and `report` invocation shares. */
export interface DecideSharedOptions {
  /** Records folder; default the config's `decisions.dir`, else `decisions/`. */
  readonly dir?: string;
  /** Gateway config; default `switchyard.yaml` in cwd when it exists. */
  readonly config?: string;
  /** Audit JSON file for exposure (default the config's `decisions.audit`). */
  readonly audit?: string;
  /** Run the audit over this folder instead of reading a file. */
  readonly scan?: string;
  /** Eval result files (default the config's `decisions.evals`). */
  readonly eval?: readonly string[];
  /** YYYY-MM-DD that counts as today (tests and reproducible briefs); default SWITCHYARD_TODAY, else the UTC date. */
  readonly today?: string;
  readonly cwd?: string;
}

export interface DecideContext {
  readonly cwd: string;
  readonly today: string;
  readonly dir: string;
  readonly config: GatewayConfig | undefined;
  readonly ledger: LedgerConfig;
  readonly aliases: AliasTargets;
  readonly evalFiles: readonly string[];
  /** Where exposure comes from when it is wanted: a file, else a scan (of cwd unless --scan says). */
  readonly auditSource: (excludeFiles: readonly string[]) => AuditSource;
  readonly knownFamily: (family: string) => boolean;
  readonly knownOption: (option: string) => boolean;
}

/** Thrown for bad usage; the CLI turns it into one line and exit code 2. */
export class DecideUsageError extends Error {
  override readonly name = "DecideUsageError";
}

export async function decideContext(options: DecideSharedOptions): Promise<DecideContext> {
  const cwd = options.cwd ?? process.cwd();
  const todayValue = options.today ?? process.env.SWITCHYARD_TODAY;
  if (todayValue !== undefined && !isCalendarDate(todayValue)) throw new DecideUsageError(`--today: not a date: ${todayValue} (use YYYY-MM-DD)`);
  const today = todayValue ?? toCalendarDate(Date.now());
  const configPath = resolve(cwd, options.config ?? "switchyard.yaml");
  let config: GatewayConfig | undefined;
  if (existsSync(configPath)) config = await loadConfigFile(configPath);
  else if (options.config !== undefined) throw new DecideUsageError(`config file not found: ${options.config}`);
  const defaultStore = defaultLedger.store as { kind: "sqlite"; path: string };
  const ledger = config?.ledger ?? { ...defaultLedger, store: { kind: "sqlite", path: resolve(cwd, defaultStore.path) } };
  const aliases: AliasTargets = new Map([...(config?.routes.values() ?? [])].map((route) => [route.alias, route.targets.map((target) => target.model)] as const));
  const catalog = loadCatalog({ extraFiles: config?.catalogFiles ?? [] });
  if (options.audit !== undefined && options.scan !== undefined) throw new DecideUsageError("--audit and --scan: give one source of exposure, not both");
  const auditFile = options.audit === undefined ? (options.scan === undefined ? config?.decisions?.audit : undefined) : resolve(cwd, options.audit);
  const scanRoot = resolve(cwd, options.scan ?? ".");
  return {
    cwd,
    today,
    dir: options.dir !== undefined ? resolve(cwd, options.dir) : (config?.decisions?.dir ?? resolve(cwd, "decisions")),
    config,
    ledger,
    aliases,
    evalFiles: options.eval !== undefined && options.eval.length > 0 ? options.eval.map((file) => resolve(cwd, file)) : (config?.decisions?.evals ?? []),
    auditSource: (excludeFiles) => (auditFile !== undefined ? { kind: "file", path: auditFile } : { kind: "scan", root: scanRoot, excludeFiles }),
    knownFamily: (family) => catalog.family(family) !== undefined,
    knownOption: (option) => isKnownOption(option, catalog, aliases),
  };
}

/** A path as sources show it: relative to the working directory when inside it. */
export function shownPath(context: DecideContext, path: string): string {
  const relativePath = relative(context.cwd, path);
  return relativePath.startsWith("..") ? path : relativePath;
}

/**
 * The evidence `decide` and `report` read, from the context's sources. `audit` is
 * the records' paths to leave out of a scan, or undefined when no exposure is wanted.
 */
export async function evidenceInputsFor(context: DecideContext, options: { readonly recordPaths: readonly string[] | undefined; readonly skip?: EvidenceSourceOptions["skip"] }): Promise<EvidenceInputs> {
  return loadEvidenceInputs({
    today: context.today,
    cwd: context.cwd,
    config: context.config,
    aliases: context.aliases,
    ledger: context.ledger,
    audit: options.recordPaths === undefined ? undefined : context.auditSource(options.recordPaths),
    evalFiles: context.evalFiles,
    display: (path) => shownPath(context, path),
    skip: options.skip,
  });
}
