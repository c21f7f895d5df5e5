import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { switchyardBinary } from "../support/spawn-switchyard.js";

/**
 * Output must be complete on a pipe whose reader is slower than we write: on
 * Linux a pipe write is asynchronous, and exiting right after write() used to
 * cut the output at the pipe's 64 KiB buffer with exit code 0.
 */
describe("complete output from the binary", () => {
  it("writes all of a > 1 MB JSON report into a slow pipe, and keeps the exit code", async () => {
    const tree = largeTree();
    const piped = await runIntoSlowPipe(["audit", tree, "--format", "json", "--fail-on", "low"]);
    const inFile = runIntoFile(["audit", tree, "--format", "json", "--fail-on", "low"]);
    expect(piped.code).toBe(1);
    expect(inFile.code).toBe(1);
    expect(piped.stdout.length).toBeGreaterThan(1024 * 1024);
    // The scan's own duration is the only field that differs between two runs.
    expect(withoutDuration(piped.stdout)).toEqual(withoutDuration(inFile.stdout));
    const report = JSON.parse(piped.stdout.toString("utf8")) as { findings: unknown[] };
    expect(report.findings).toHaveLength(8000);
  });

  it("writes the whole catalog into a slow pipe, byte for byte what a file gets", async () => {
    const piped = await runIntoSlowPipe(["catalog", "--format", "json"]);
    const inFile = runIntoFile(["catalog", "--format", "json"]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(64 * 1024);
    expect(piped.stdout.equals(inFile.stdout)).toBe(true);
  });
});

/** 100 files × 80 model references: 8,000 findings, several MB of JSON. */
function largeTree(): string {
  const root = mkdtempSync(join(tmpdir(), "switchyard-output-"));
  mkdirSync(join(root, "app"));
  const lines = Array.from({ length: 40 }, (_, index) => `client.chat(model="gpt-4o-mini")  # call ${index}\nother = "claude-3-5-sonnet-20241022"\n`).join("");
  for (let file = 0; file < 100; file++) writeFileSync(join(root, "app", `f${file}.py`), lines);
  return root;
}

/**
 * `switchyard ARGS | { sleep 0.3; cat; }` through a real kernel pipe (64 KiB),
 * the way a shell user pipes into a slow consumer. (Node's own child stdio is a
 * socket pair with a larger buffer, which would hide the truncation.)
 */
async function runIntoSlowPipe(args: readonly string[]): Promise<{ code: number | null; stdout: Buffer }> {
  const command = `"$0" "$@" | { sleep 0.3; cat; }; exit "\${PIPESTATUS[0]}"`;
  const child = spawn("bash", ["-c", command, process.execPath, switchyardBinary, ...args], { stdio: ["ignore", "pipe", "ignore"] });
  const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout) chunks.push(chunk as Buffer);
  return { code: await exit, stdout: Buffer.concat(chunks) };
}

/** stdout redirected to a file, as `switchyard … > out.json` does. */
function runIntoFile(args: readonly string[]): { code: number | null; stdout: Buffer } {
  const path = join(mkdtempSync(join(tmpdir(), "switchyard-output-")), "out.json");
  const fd = openSync(path, "w");
  try {
    const { status } = spawnSync(process.execPath, [switchyardBinary, ...args], { stdio: ["ignore", fd, "ignore"] });
    return { code: status, stdout: readFileSync(path) };
  } finally {
    closeSync(fd);
  }
}

function withoutDuration(output: Buffer): string {
  return output.toString("utf8").replace(/"durationMs": \d+/, '"durationMs": 0');
}
