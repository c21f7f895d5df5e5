#!/usr/bin/env node
/**
 * The `switchyard` binary. Parses arguments, lazily imports the one subcommand
 * asked for, prints what it returns and exits with its code. The only place
 * that calls process.exit (CONVENTIONS §7).
 */
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { catalogUpdatesFiles, catalogUpdatesPath } from "../config/catalog-updates-file.js";
import { UsageError, type CommandResult } from "./command-result.js";

const program = new Command()
  .name("switchyard")
  .description("Make the choice of language model a configuration decision.")
  .version("0.1.0")
  .exitOverride()
  // Required for `catalog update` to own its options (see below); the program itself has only --version and --help.
  .enablePositionalOptions()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

program
  .command("serve")
  .description("run the OpenAI- and Anthropic-compatible gateway")
  .option("-c, --config <file>", "config file (default: switchyard.yaml in the working directory)")
  .option("--host <host>", "address to listen on (overrides server.host)")
  .option("-p, --port <port>", "port to listen on (overrides server.port)", parsePort)
  .option("--workers <n>", "processes sharing the port (node:cluster), or `auto` for one per core; more than 1 needs governance.redis_url", parseWorkers)
  .addOption(new Option("--log-format <format>", "log lines on stderr: json (one object per line) or pretty (for a terminal); level from SWITCHYARD_LOG_LEVEL").choices(["json", "pretty"]).default("json"))
  .action(async (options: { config?: string; host?: string; port?: number; workers?: number; logFormat: "json" | "pretty" }) => {
    const { serveCommand } = await import("./serve.js");
    await finish(serveCommand(options));
  });

const catalogProgram = program
  .command("catalog")
  .description("model families, licences, openness, prices and lock-in; open-weight alternatives; `catalog update` refreshes them")
  // `catalog update --format json`: the subcommand's options are its own, not the listing's.
  .enablePositionalOptions()
  .argument("[query]", "filter models by id, name, family, vendor or any provider's id")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
  .option("--vendors", "the vendor table: distribution strategy, licences, self-hosting, lock-in")
  .option("--lines", "the vendor table per model line: strategy, licence, self-hosting, lock-in (QUERY filters by vendor or line)")
  .option("--alternatives <model>", "open-weight alternatives for a model (any provider's id)")
  .option("--catalog <file...>", "extra catalog files that extend or override the built-in data")
  .option("--litellm-prices <file>", "import prices from LiteLLM's model_prices_and_context_window.json")
  .option("-c, --config <file>", "also read the `catalog:` files of this gateway config")
  .action(async (query: string | undefined, options: { format: "table" | "json"; vendors?: boolean; lines?: boolean; alternatives?: string; catalog?: string[]; litellmPrices?: string; config?: string }) => {
    const { catalogCommand } = await import("./catalog.js");
    // Without a config, the update file of the working directory applies (with one, the config's folder's, through its catalog files).
    const configFiles = options.config === undefined ? catalogUpdatesFiles(process.cwd()) : await catalogFilesOf(options.config);
    await finish(
      catalogCommand({
        query,
        format: options.format,
        vendors: options.vendors,
        lines: options.lines,
        alternatives: options.alternatives,
        catalogFiles: [...configFiles, ...(options.catalog ?? [])],
        litellmPrices: options.litellmPrices,
      }),
    );
  });

catalogProgram
  .command("update")
  .description("refresh prices, context windows, release dates and openness from the watch sources; writes .switchyard/catalog-updates.yaml with each value's source and as-of date")
  .option("--source <name=url...>", "a feed, as for watch: models-dev=URL, openrouter=URL, huggingface=URL; file:// works (repeatable)")
  .option("-o, --output <file>", `where to write (default: ${catalogUpdatesPath} beside the config, else in the working directory)`)
  .option("--dry-run", "show what would change; write nothing")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
  .option("-c, --config <file>", "gateway config with watch: sources and ledger: (default: switchyard.yaml if present)")
  .action(async (options: { source?: string[]; output?: string; dryRun?: boolean; format: "table" | "json"; config?: string }) => {
    const { catalogUpdateCommand } = await import("./catalog-update.js");
    await finish(catalogUpdateCommand(options));
  });

program
  .command("usage")
  .description("requests, tokens and spend from the usage ledger, by day × alias × family × vendor × licence")
  .option("-c, --config <file>", "gateway config whose ledger to read (default: switchyard.yaml, else .switchyard/ledger.db)")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
  .option("--since <date>", "from this date or ISO datetime (inclusive)")
  .option("--until <date>", "up to this date or ISO datetime (exclusive)")
  .addOption(new Option("--by <grouping>", "rows by day × alias × … (default) or one row per virtual key").choices(["day", "key"]).default("day"))
  .action(async (options: { config?: string; format: "table" | "json" | "csv"; since?: string; until?: string; by: "day" | "key" }) => {
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
  .option("--sarif-security-severity", "SARIF: add GitHub's security-severity to rules (shows findings as security alerts)")
  .action(async (path: string | undefined, options: { family?: string[]; format: "table" | "json" | "sarif" | "cyclonedx" | "markdown"; output?: string; failOn?: "critical" | "high" | "medium" | "low"; baseline?: string; writeBaseline?: string; catalog?: string[]; sarifSecuritySeverity?: boolean }) => {
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
  .option("--judge <model>", "routed model that grades model-graded assertions (llm-rubric, pairwise, factuality, g-eval, …; overrides the suite's); for a promptfoo config it takes the place of promptfoo's default grader and may be a promptfoo provider id")
  .option("--embedding <model>", "routed embeddings model for `similar` (overrides the suite's); for a promptfoo config it takes the place of promptfoo's default embeddings provider and may be a promptfoo provider id such as openai:embedding:text-embedding-3-large")
  .option("--from-shadow <route>", "judge a route's stored shadow pairs pairwise (needs --judge)")
  .option("--from-ledger <route>", "write a suite built from a route's captured requests")
  .option("--no-code-assertions", "refuse suites that run their author's code (javascript/python assertions, transforms, prompt functions, Nunjucks filters) with this process's rights")
  .action(async (suite: string | undefined, options: { format: "table" | "json" | "junit" | "html"; output?: string; config?: string; gateway?: string; concurrency?: number; cache: boolean; judge?: string; embedding?: string; fromShadow?: string; fromLedger?: string; codeAssertions: boolean }) => {
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

const decide = program.command("decide").description("decision records with owners, deadlines and revisit triggers tied to evidence");
type DecideShared = { dir?: string; config?: string; audit?: string; scan?: string; eval?: string[]; today?: string };
/** Options every decide subcommand takes; the evidence sources only where evidence is read. */
function decideOptions(command: Command, evidence: boolean): Command {
  command
    .option("--dir <folder>", "decision records folder (default: the config's decisions.dir, else decisions/)")
    .option("-c, --config <file>", "gateway config: aliases, ledger, catalog files, decisions: (default: switchyard.yaml if present)")
    .addOption(new Option("--today <date>", "treat this YYYY-MM-DD as today (reproducible output; also SWITCHYARD_TODAY)").hideHelp());
  if (evidence) {
    command
      .option("--audit <file>", "audit JSON (switchyard audit --format json) for exposure (default: the config's decisions.audit, else an audit of the working directory)")
      .option("--scan <folder>", "run the audit over this folder for exposure")
      .option("--eval <file...>", "eval result files (switchyard eval --format json) for verdicts (default: the config's decisions.evals)");
  }
  return command;
}

decideOptions(decide.command("new").description("write decisions/NNNN-slug.md for a proposed decision and print its path"), false)
  .argument("<title>", "what is being decided, one line")
  .requiredOption("--family <family>", "catalog family the decision is about (e.g. llama)")
  .option("--owner <name>", "who owns the decision")
  .option("--deadline <date>", "YYYY-MM-DD or a number of days such as 90d (default 90d)")
  .option("--options <ids>", "comma-separated options: catalog model ids or gateway aliases")
  .action(async (title: string, options: DecideShared & { family: string; owner?: string; deadline?: string; options?: string }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "new", title }));
  });

decideOptions(decide.command("list").description("every decision with its status, owner, deadline and fired triggers"), true)
  .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
  .action(async (options: DecideShared & { format: "table" | "json" }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "list" }));
  });

decideOptions(decide.command("show").description("a decision with its evidence refreshed: exposure, verdicts, traffic, licences, watch"), true)
  .argument("<id>", "decision id (7, 0007 or the file name)")
  .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
  .action(async (id: string, options: DecideShared & { format: "markdown" | "json" }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "show", id }));
  });

decideOptions(decide.command("accept").description("accept a proposed decision with the chosen option and the reason"), false)
  .argument("<id>", "decision id")
  .requiredOption("--option <option>", "the chosen option (one of the record's options)")
  .requiredOption("--reason <text>", "why; written into the record's Decision Outcome")
  .action(async (id: string, options: DecideShared & { option: string; reason: string }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "accept", id }));
  });

decideOptions(decide.command("reject").description("reject a proposed decision"), false)
  .argument("<id>", "decision id")
  .option("--reason <text>", "why; written into the record's Decision Outcome")
  .action(async (id: string, options: DecideShared & { reason?: string }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "reject", id }));
  });

decideOptions(decide.command("supersede").description("mark a decision superseded by another"), false)
  .argument("<id>", "decision id")
  .requiredOption("--by <id2>", "the decision that replaces it")
  .action(async (id: string, options: DecideShared & { by: string }) => {
    const { decideCommand } = await import("./decide.js");
    await finish(decideCommand({ ...options, action: "supersede", id }));
  });

decideOptions(decide.command("check").description("exit 1 when a proposed decision is overdue or a revisit trigger fired (for CI and cron)"), true).action(async (options: DecideShared) => {
  const { decideCommand } = await import("./decide.js");
  await finish(decideCommand({ ...options, action: "check" }));
});

program
  .command("report")
  .description("the leadership brief: exposure, traffic and spend, vendors, the open-vs-proprietary gap, verdicts, decisions")
  .addOption(new Option("--format <format>", "output format").choices(["html", "markdown"]).default("html"))
  .option("-o, --output <file>", "write the brief to FILE instead of stdout")
  .option("-c, --config <file>", "gateway config: ledger and watch store, catalog files, decisions: (default: switchyard.yaml if present)")
  .option("--dir <folder>", "decision records folder (default: the config's decisions.dir, else decisions/)")
  .option("--audit <file>", "audit JSON (switchyard audit --format json) (default: the config's decisions.audit, else an audit of the working directory)")
  .option("--scan <folder>", "run the audit over this folder instead")
  .option("--eval <file...>", "eval result files (switchyard eval --format json) (default: the config's decisions.evals)")
  .addOption(new Option("--today <date>", "treat this YYYY-MM-DD as today (also SWITCHYARD_TODAY)").hideHelp())
  .action(async (options: DecideShared & { format: "html" | "markdown"; output?: string }) => {
    const { reportCommand } = await import("./report.js");
    await finish(reportCommand(options));
  });

program
  .command("watch")
  .description("watch model releases, licences, gating and prices; the open-vs-proprietary gap per vendor; exit 1 when a trigger fires")
  .option("--source <name=url...>", "a feed: models-dev=URL, openrouter=URL, huggingface=URL, or TYPE:LABEL=URL; file:// works (repeatable)")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "markdown"]).default("table"))
  .option("--notify <url>", "post a Slack-compatible webhook when there are changes or triggers")
  .option("-c, --config <file>", "gateway config with watch: and ledger: (default: switchyard.yaml if present)")
  .action(async (options: { source?: string[]; format: "table" | "json" | "markdown"; notify?: string; config?: string }) => {
    const { watchCommand } = await import("./watch.js");
    await finish(watchCommand(options));
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

function parseWorkers(value: string): number {
  if (value === "auto") return availableParallelism();
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new InvalidArgumentError("must be an integer from 1 to 256, or auto");
  return workers;
}

async function finish(result: Promise<CommandResult>): Promise<never> {
  try {
    const outcome = await result;
    if (outcome.stdout) process.stdout.write(outcome.stdout.endsWith("\n") ? outcome.stdout : `${outcome.stdout}\n`);
    if (outcome.stderr) process.stderr.write(outcome.stderr.endsWith("\n") ? outcome.stderr : `${outcome.stderr}\n`);
    return await exitWhenWritten(outcome.exitCode);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`switchyard: ${error.message}\n`);
      return await exitWhenWritten(2);
    }
    process.stderr.write(`switchyard: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return await exitWhenWritten(70);
  }
}

/**
 * Exits once everything written to stdout and stderr has reached the OS. On
 * Linux, writes to a pipe are asynchronous: exiting right after write() cut
 * output at the pipe's buffer size (64 KiB) whenever the reader was slower than
 * us. An empty write's callback runs after every earlier write has completed.
 * We still exit explicitly (rather than only setting exitCode) because a
 * command may leave a handle open (a pool, a watcher) that would keep us alive.
 */
async function exitWhenWritten(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    // A reader that went away (EPIPE, `| head`) ends the wait too; there is nobody left to write to.
    stream.once("error", () => resolve());
    stream.write("", () => resolve());
  });
}

// A closed pipe is the reader's choice, not our crash: without a listener, EPIPE would throw.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) await exitWhenWritten(error.exitCode === 0 ? 0 : 2);
  throw error;
}
