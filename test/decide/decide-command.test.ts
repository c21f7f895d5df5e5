import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decideCommand } from "../../src/cli/decide.js";

function workspace(): string {
  return mkdtempSync(join(tmpdir(), "switchyard-decide-"));
}

const base = (cwd: string, today: string) => ({ cwd, today, audit: undefined, scan: cwd });

describe("switchyard decide", () => {
  it("writes a record with a 90-day deadline, lists it as JSON, fails check when overdue and passes after accept", async () => {
    const cwd = workspace();
    const created = await decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "Leave Llama", family: "llama", owner: "Ana", deadline: "90d", options: "llama-4-maverick,gemma-4-31b" });
    expect(created.stdout?.trim()).toBe(join("decisions", "0001-leave-llama.md"));
    const listed = await decideCommand({ ...base(cwd, "2026-03-01"), action: "list", format: "json" });
    expect(JSON.parse(listed.stdout!)).toEqual([
      { id: "0001", title: "Leave Llama", status: "proposed", owner: "Ana", family: "llama", deadline: "2026-05-30", days_left: 90, overdue: false, triggers: [] },
    ]);
    expect((await decideCommand({ ...base(cwd, "2026-05-30"), action: "check" })).exitCode).toBe(0);
    const overdue = await decideCommand({ ...base(cwd, "2026-06-02"), action: "check" });
    expect(overdue.exitCode).toBe(1);
    expect(overdue.stdout).toContain('proposed decision "Leave Llama" is 3 days past its deadline 2026-05-30');
    await decideCommand({ ...base(cwd, "2026-06-02"), action: "accept", id: "1", option: "gemma-4-31b", reason: "not worse and Apache-2.0" });
    const text = readFileSync(join(cwd, "decisions", "0001-leave-llama.md"), "utf8");
    expect(text).toContain("status: accepted");
    expect(text).toContain("chosen_option: gemma-4-31b");
    expect(text).toContain('Chosen option: "gemma-4-31b", because not worse and Apache-2.0.');
    expect((await decideCommand({ ...base(cwd, "2026-06-02"), action: "check" })).exitCode).toBe(0);
  });

  it("refuses unknown options and families with exit-2 errors", async () => {
    const cwd = workspace();
    await expect(decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "X", family: "llama", options: "no-such-model" })).rejects.toThrow('--options: unknown model or alias "no-such-model"');
    await expect(decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "X", family: "lama" })).rejects.toThrow('--family: unknown family "lama"');
    await expect(decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "X", family: "llama", deadline: "soon" })).rejects.toThrow("--deadline");
  });

  it("names file, line and field of a malformed record and rewrites no file", async () => {
    const cwd = workspace();
    await decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "Leave Llama", family: "llama", options: "gemma-4-31b" });
    await decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "Second", family: "llama", options: "gemma-4-31b" });
    const bad = join(cwd, "decisions", "0002-second.md");
    writeFileSync(bad, readFileSync(bad, "utf8").replace(/^deadline: .*$/m, "deadline: 2026-02-30"));
    const before = readdirSync(join(cwd, "decisions")).map((name) => readFileSync(join(cwd, "decisions", name), "utf8"));
    const line = readFileSync(bad, "utf8").split("\n").findIndex((text) => text.startsWith("deadline:")) + 1;
    await expect(decideCommand({ ...base(cwd, "2026-03-01"), action: "accept", id: "1", option: "gemma-4-31b", reason: "r" })).rejects.toThrow(`decisions/0002-second.md:${line}: deadline: not a calendar date`);
    const after = readdirSync(join(cwd, "decisions")).map((name) => readFileSync(join(cwd, "decisions", name), "utf8"));
    expect(after).toEqual(before);
  });

  it("fires an eval revisit trigger only for evidence after the decision's date", async () => {
    const cwd = workspace();
    await decideCommand({ ...base(cwd, "2026-03-01"), action: "new", title: "Leave Llama", family: "llama", options: "gemma-4-31b" });
    const path = join(cwd, "decisions", "0001-leave-llama.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("revisit_when:\n", "revisit_when:\n  - eval: { option: gemma-4-31b, verdict: non-inferior }\n"));
    const evalFile = join(cwd, "eval.json");
    const report = (startedAt: string) => ({
      version: 1,
      suite: "suite.yaml",
      startedAt,
      models: [{ label: "chat-default", id: "chat-default", role: "baseline" }, { label: "gemma-4-31b", id: "gemma-4-31b", role: "candidate" }],
      comparisons: [{ candidate: "gemma-4-31b", baseline: "chat-default", pairs: 100, passRateDelta: { estimate: 0, lower: -0.03, upper: 0.03 }, verdict: { outcome: "non-inferior", text: "gemma-4-31b is non-inferior" } }],
      statistics: { margin: 0.05 },
    });
    writeFileSync(evalFile, JSON.stringify(report("2026-02-20T10:00:00Z")));
    expect((await decideCommand({ ...base(cwd, "2026-03-05"), action: "check", eval: [evalFile] })).exitCode).toBe(0);
    writeFileSync(evalFile, JSON.stringify(report("2026-03-04T10:00:00Z")));
    const fired = await decideCommand({ ...base(cwd, "2026-03-05"), action: "check", eval: [evalFile] });
    expect(fired.exitCode).toBe(1);
    expect(fired.stdout).toContain("eval verdict for gemma-4-31b is non-inferior");
  });
});
