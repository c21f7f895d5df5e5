import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Socket } from "node:net";

/** A child process the benchmark started, with its pid for RSS sampling. */
export interface BenchProcess {
  readonly pid: number;
  stop(): Promise<void>;
}

export async function startProcess(command: string, args: readonly string[], options: { port: number; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<BenchProcess> {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + 20_000;
  while (!(await accepts(options.port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${command} ${args.join(" ")} did not start on :${options.port}\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

/** Resident set size of one process (not its children), in MB, from /proc. */
export function rssMegabytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples RSS every 100 ms until stopped; returns the maximum seen. */
export function sampleRss(pid: number): () => number {
  let max = rssMegabytes(pid);
  const timer = setInterval(() => (max = Math.max(max, rssMegabytes(pid))), 100);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(max, rssMegabytes(pid)));
  };
}
