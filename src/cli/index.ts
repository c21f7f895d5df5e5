#!/usr/bin/env node
/**
 * The `switchyard` binary. Parses arguments, lazily imports the one subcommand
 * asked for, prints what it returns and exits with its code. The only place
 * that calls process.exit (CONVENTIONS §7).
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";
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
