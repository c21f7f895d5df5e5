#!/usr/bin/env node
/**
 * The `switchyard` binary. Parses arguments, lazily imports the one subcommand
 * asked for, prints what it returns and exits with its code. The only place
 * that calls process.exit (CONVENTIONS §7).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UsageError, type CommandResult } from "./command-result.js";

const program = new Command()
  .name("switchyard")
  .description("Make the choice of language model a configuration decision.")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

program
  .command("serve")
  .description("run the OpenAI- and Anthropic-compatible gateway")
  .option("-c, --config <file>", "config file (default: switchyard.yaml in the working directory)")
  .option("--host <host>", "address to listen on (overrides server.host)")
  .option("-p, --port <port>", "port to listen on (overrides server.port)", parsePort)
  .action(async (options: { config?: string; host?: string; port?: number }) => {
    const { serveCommand } = await import("./serve.js");
    await finish(serveCommand(options));
  });

program
  .command("catalog")
  .description("model families, licences, openness, prices and lock-in; open-weight alternatives")
  .argument("[query]", "filter models by id, name, family, vendor or any provider's id")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
  .option("--vendors", "the vendor table: distribution strategy, licences, self-hosting, lock-in")
  .option("--alternatives <model>", "open-weight alternatives for a model (any provider's id)")
  .option("--catalog <file...>", "extra catalog files that extend or override the built-in data")
  .option("--litellm-prices <file>", "import prices from LiteLLM's model_prices_and_context_window.json")
  .option("-c, --config <file>", "also read the `catalog:` files of this gateway config")
  .action(async (query: string | undefined, options: { format: "table" | "json"; vendors?: boolean; alternatives?: string; catalog?: string[]; litellmPrices?: string; config?: string }) => {
    const { catalogCommand } = await import("./catalog.js");
    const configFiles = options.config === undefined ? [] : await catalogFilesOf(options.config);
    await finish(
      catalogCommand({
        query,
        format: options.format,
        vendors: options.vendors,
        alternatives: options.alternatives,
        catalogFiles: [...configFiles, ...(options.catalog ?? [])],
        litellmPrices: options.litellmPrices,
      }),
    );
  });

program
  .command("usage")
  .description("requests, tokens and spend from the usage ledger, by day × alias × family × vendor × licence")
  .option("-c, --config <file>", "gateway config whose ledger to read (default: switchyard.yaml, else .switchyard/ledger.db)")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
  .option("--since <date>", "from this date or ISO datetime (inclusive)")
  .option("--until <date>", "up to this date or ISO datetime (exclusive)")
  .action(async (options: { config?: string; format: "table" | "json" | "csv"; since?: string; until?: string }) => {
    const { usageCommand } = await import("./usage.js");
    await finish(usageCommand(options));
  });

const keys = program.command("keys").description("virtual keys: scoped to models, with budgets and RPM/TPM limits");
const keysConfigOption = (): Option => new Option("-c, --config <file>", "gateway config whose ledger database holds the keys (default: switchyard.yaml, else .switchyard/ledger.db)");
const keysFormatOption = (): Option => new Option("--format <format>", "output format").choices(["table", "json"]).default("table");

keys
  .command("create")
  .description("create a key; its secret is printed once")
  .requiredOption("--name <name>", "who the key is for (shown in the ledger)")
  .option("--models <aliases>", "comma-separated route aliases the key may use (default: all)")
  .option("--budget <usd/period>", "spend limit in USD per day, week or month, e.g. 50/month")
  .option("--rpm <n>", "requests per minute")
  .option("--tpm <n>", "tokens (input + output) per minute")
  .addOption(keysConfigOption())
  .addOption(keysFormatOption())
  .action(async (options: { name: string; models?: string; budget?: string; rpm?: string; tpm?: string; config?: string; format: "table" | "json" }) => {
    const { keysCommand } = await import("./keys.js");
    await finish(keysCommand({ action: "create", ...options }));
  });

keys
  .command("list")
  .description("list keys (secrets are never shown again)")
  .addOption(keysConfigOption())
  .addOption(keysFormatOption())
  .action(async (options: { config?: string; format: "table" | "json" }) => {
    const { keysCommand } = await import("./keys.js");
    await finish(keysCommand({ action: "list", ...options }));
  });

keys
  .command("revoke")
  .description("revoke a key; gateways refuse it within a few seconds")
  .argument("<id>", "the key's id, from `keys list`")
  .addOption(keysConfigOption())
  .addOption(keysFormatOption())
  .action(async (id: string, options: { config?: string; format: "table" | "json" }) => {
    const { keysCommand } = await import("./keys.js");
    await finish(keysCommand({ action: "revoke", id, ...options }));
  });

program
  .command("audit")
  .description("find every place a codebase depends on a model family, rated by criticality")
  .argument("[path]", "folder or file to scan (default: the working directory)")
  .option("--family <name...>", "catalog family to audit, repeatable (default: every family)")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "sarif", "cyclonedx", "markdown"]).default("table"))
  .option("-o, --output <file>", "write the report to FILE instead of stdout")
  .addOption(new Option("--fail-on <level>", "exit 1 when a finding is at or above LEVEL").choices(["critical", "high", "medium", "low"]))
  .option("--baseline <file>", "report (and fail on) only findings not in this baseline")
  .option("--write-baseline <file>", "record the current findings as the accepted baseline")
  .option("--catalog <file...>", "extra catalog files that extend or override the built-in data")
  .action(async (path: string | undefined, options: { family?: string[]; format: "table" | "json" | "sarif" | "cyclonedx" | "markdown"; output?: string; failOn?: "critical" | "high" | "medium" | "low"; baseline?: string; writeBaseline?: string; catalog?: string[] }) => {
    const { auditCommand } = await import("./audit.js");
    // A progress line only on a terminal: CI logs and pipes get clean output.
    const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[2K${line}`) : undefined;
    await finish(auditCommand({ ...options, path, catalogFiles: options.catalog, progress }));
  });

program
  .command("eval")
  .description("compare a baseline and candidate models side by side on your prompts or on shadowed live traffic")
  .argument("[suite]", "suite file (YAML/JSON), or a promptfoo config using the common subset")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "junit", "html"]).default("table"))
  .option("-o, --output <file>", "write the report to FILE instead of stdout")
  .option("-c, --config <file>", "gateway config whose providers and routes are called in-process (default: switchyard.yaml if present)")
  .option("--gateway <url>", "call a running gateway's OpenAI-compatible API instead (key from SWITCHYARD_API_KEY)")
  .option("--concurrency <n>", "model calls in flight at once (default: the suite's run.concurrency, else 4)", (value: string) => Number(value))
  .option("--no-cache", "ignore and do not write the answer cache (.switchyard/eval-cache)")
  .option("--judge <model>", "routed model that judges llm-rubric and pairwise assertions (overrides the suite's)")
  .option("--from-shadow <route>", "judge a route's stored shadow pairs pairwise (needs --judge)")
  .option("--from-ledger <route>", "write a suite built from a route's captured requests")
  .option("--no-code-assertions", "refuse suites that run their author's code (javascript/python assertions, transforms, prompt functions, Nunjucks filters) with this process's rights")
  .action(async (suite: string | undefined, options: { format: "table" | "json" | "junit" | "html"; output?: string; config?: string; gateway?: string; concurrency?: number; cache: boolean; judge?: string; fromShadow?: string; fromLedger?: string; codeAssertions: boolean }) => {
    const { evalCommand } = await import("./eval.js");
    // First Ctrl-C stops new work and reports what finished; a second one exits at once.
    const interrupt = new AbortController();
    process.once("SIGINT", () => {
      interrupt.abort(new Error("interrupted"));
      process.once("SIGINT", () => process.exit(130));
    });
    const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[2K${line}`) : undefined;
    await finish(evalCommand({ ...options, suite, signal: interrupt.signal, progress }).finally(() => progress?.("")));
  });

/** The `catalog:` files a gateway config names (paths already resolved against the config's folder). */
async function catalogFilesOf(configPath: string): Promise<readonly string[]> {
  const [{ loadConfigFile }, { ConfigError }] = await Promise.all([import("../config/load-config.js"), import("../config/config-error.js")]);
  try {
    return (await loadConfigFile(configPath)).catalogFiles;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("must be an integer from 0 to 65535");
  return port;
}

async function finish(result: Promise<CommandResult>): Promise<never> {
  try {
    const outcome = await result;
    if (outcome.stdout) process.stdout.write(outcome.stdout.endsWith("\n") ? outcome.stdout : `${outcome.stdout}\n`);
    if (outcome.stderr) process.stderr.write(outcome.stderr.endsWith("\n") ? outcome.stderr : `${outcome.stderr}\n`);
    process.exit(outcome.exitCode);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`switchyard: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`switchyard: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(70);
  }
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  throw error;
}
