import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built binary, as users run it (`npm test` builds first). */
export const switchyardBinary = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));

export interface SpawnedSwitchyard {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

/** Runs `switchyard ARGS` in `cwd`, collecting its output; the caller kills what it starts. */
export function spawnSwitchyard(args: readonly string[], options: { cwd: string; logLevel?: string }): SpawnedSwitchyard {
  const child = spawn(process.execPath, [switchyardBinary, ...args], { cwd: options.cwd, env: { ...process.env, SWITCHYARD_LOG_LEVEL: options.logLevel ?? "info" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}
