import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync, readdirSync } from "node:fs";
import { createServer, Socket } from "node:net";

/** A child process the benchmark started, with its pid for RSS sampling. */
export interface BenchProcess {
  readonly pid: number;
  stop(): Promise<void>;
}

/** `stdoutPath`: where the child's standard output goes (V8's `--trace-gc-nvp` writes there); otherwise it is discarded. */
export async function startProcess(command: string, args: readonly string[], options: { port: number; env?: NodeJS.ProcessEnv; cwd?: string; stdoutPath?: string }): Promise<BenchProcess> {
  const stdout = options.stdoutPath === undefined ? "ignore" : openSync(options.stdoutPath, "w");
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", stdout, "pipe"] });
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

/** A TCP port on 127.0.0.1 that nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The process and its descendants (a `serve --workers N` primary has N children). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    try {
      const children = readFileSync(`/proc/${tree[index]}/task/${tree[index]}/children`, "utf8").trim();
      if (children) tree.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended meanwhile.
    }
  }
  return tree;
}

/** Resident set size of a process and its descendants, in MB, from /proc. */
export function rssMegabytes(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, "utf8"));
      total += match ? Number(match[1]) / 1024 : 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

const clockTicksPerSecond = 100; // USER_HZ on Linux

/** CPU time (user + system) used so far by a process and its descendants, in ms. */
export function cpuMilliseconds(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${member}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / clockTicksPerSecond;
}

/**
 * CPU time (user + system) so far of each thread of one process, in ms: the main
 * thread as `main`, the others summed by name (/proc/PID/task/TID/comm; worker
 * threads are `node` as well, V8's helpers have their own names).
 */
export function threadCpuMilliseconds(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = task === String(pid) ? "main" : readFileSync(`/proc/${pid}/task/${task}/comm`, "utf8").trim();
      const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8").split(") ")[1]!.split(" ");
      byName.set(name, (byName.get(name) ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byName;
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
