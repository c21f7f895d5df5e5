/**
 * What every subcommand returns. Commands never write to the process streams
 * or exit themselves: cli/index.ts prints `stdout` / `stderr` and exits with
 * `exitCode` (0 success, 1 the check failed, 2 bad usage or bad input).
 */
export interface CommandResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** Thrown by commands for bad usage or bad input; rendered as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
