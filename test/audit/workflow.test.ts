import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { UsageError } from "../../src/cli/command-result.js";
import { runAudit } from "../../src/audit/index.js";
import { auditTree, brief } from "./support/audit-tree.js";
import { testdir } from "./support/testdir.js";

const llama = ["llama"];
const id = '"meta-llama/Llama-3.1-8B-Instruct"';

describe("ignore files", () => {
  test(".gitignore (nested too) and .switchyardignore are respected; node_modules is never scanned", () => {
    const report = auditTree(
      {
        ".gitignore": "build/\n*.log\n",
        ".switchyardignore": "vendor/\n",
        "build/out.js": `x = ${id}`,
        "run.log": `x = ${id}`,
        "vendor/lib.py": `x = ${id}`,
        "node_modules/pkg/index.js": `x = ${id}`,
        "pkg/.gitignore": "generated.py\n",
        "pkg/generated.py": `x = ${id}`,
        "pkg/kept.py": `x = ${id}`,
      },
      llama,
    );
    expect(brief(report.findings)).toEqual(["pkg/kept.py:1 llama model-id high"]);
    expect(report.summary.files.ignored).toBe(5);
  });
});

describe("inline suppression", () => {
  test("same line, next line, per family, and whole file", () => {
    const report = auditTree(
      {
        "app/a.py": [`a = ${id}  # switchyard-ignore: accepted until Q3`, "# switchyard-ignore-next-line", `b = ${id}`, `c = ${id}  # switchyard-ignore[gemma]`, `d = ${id}`].join("\n"),
        "app/b.py": `# switchyard-ignore-file\nx = ${id}\n`,
      },
      llama,
    );
    expect(brief(report.findings)).toEqual(["app/a.py:4 llama model-id high", "app/a.py:5 llama model-id high"]);
    expect(report.summary.suppressed).toBe(3);
  });
});

describe("baseline and --fail-on", () => {
  test("CI fails only on findings that are not in the baseline, even after lines move", async () => {
    const root = testdir({ "app/a.py": `a = ${id}\n`, "docs/x.md": "Llama 3.1 70B\n" });
    const baseline = join(root, "baseline.json");
    const written = await auditCommand({ path: root, family: llama, writeBaseline: baseline, failOn: "low", format: "json" });
    expect(written.exitCode).toBe(0);
    expect(written.stderr).toMatch(/wrote baseline of 2 finding/);
    expect(JSON.parse(readFileSync(baseline, "utf8"))).toMatchObject({ version: 1, findings: [{ file: "app/a.py", family: "llama", kind: "model-id" }, { file: "docs/x.md" }] });

    writeFileSync(join(root, "app/a.py"), `import os\n\na = ${id}\n`);
    const unchanged = await auditCommand({ path: root, family: llama, baseline, failOn: "low", format: "json" });
    expect(unchanged.exitCode).toBe(0);
    expect(JSON.parse(unchanged.stdout ?? "")).toMatchObject({ findings: [], summary: { baselined: 2 } });

    writeFileSync(join(root, "app/b.py"), 'b = "llama3.3:70b"\n');
    const added = await auditCommand({ path: root, family: llama, baseline, failOn: "high", format: "json" });
    expect(added.exitCode).toBe(1);
    expect(JSON.parse(added.stdout ?? "").findings.map((finding: { file: string }) => finding.file)).toEqual(["app/b.py"]);
    expect(added.stderr).toMatch(/1 finding\(s\) at or above --fail-on high/);
  });

  test("--fail-on compares levels; without it the audit succeeds", async () => {
    const root = testdir({ "tests/t.py": `a = ${id}\n` });
    expect((await auditCommand({ path: root, family: llama, failOn: "medium" })).exitCode).toBe(0);
    expect((await auditCommand({ path: root, family: llama, failOn: "low" })).exitCode).toBe(1);
    expect((await auditCommand({ path: root, family: llama })).exitCode).toBe(0);
  });
});

describe("the audit command", () => {
  test("bad input is a UsageError with a one-line reason", async () => {
    await expect(auditCommand({ path: "/no/such/dir", family: llama })).rejects.toThrow(UsageError);
    await expect(auditCommand({ path: ".", family: ["lama"] })).rejects.toThrow(/unknown family "lama"; known families: llama, /);
    const root = testdir({ "bad.json": "{" });
    await expect(auditCommand({ path: root, baseline: join(root, "bad.json") })).rejects.toThrow(/baseline is not JSON/);
  });

  test("--output writes the report to a file and says so on stderr", async () => {
    const root = testdir({ "app/a.py": `a = ${id}\n` });
    const output = join(root, "report.md");
    const result = await auditCommand({ path: root, family: llama, format: "markdown", output });
    expect(result.stdout).toBeUndefined();
    expect(result.stderr).toMatch(/wrote markdown report \(1 finding\(s\)\)/);
    const markdown = readFileSync(output, "utf8");
    expect(markdown).toMatch(/^# Model exposure audit/);
    expect(markdown).toMatch(/## Recommended remedies/);
    expect(markdown).toMatch(/gateway alias/);
    expect(markdown).toMatch(/## Licence obligations to check/);
  });

  test("the table ends with a summary by criticality, family, kind and top files", async () => {
    const root = testdir({ "app/a.py": `a = ${id}\n`, "app/p.py": 'p = "<|eot_id|>"\n' });
    const result = await auditCommand({ path: root, family: llama });
    expect(result.stdout).toMatch(/^criticality\s+kind\s+family\s+location\s+model\s+finding$/m);
    expect(result.stdout).toMatch(/^2 findings \(critical 1, high 1, medium 0, low 0\)/m);
    expect(result.stdout).toMatch(/^by family: llama 2$/m);
    expect(result.stdout).toMatch(/^by kind: model-id 1, chat-template 1$/m);
    expect(result.stdout).toMatch(/^top files: app\/a\.py \(1\), app\/p\.py \(1\)$/m);
  });

  test("JSON keeps the DESIGN contract fields and order", () => {
    const report = runAudit({ root: testdir({ "app/a.py": `a = ${id}\n` }), families: llama });
    expect(Object.keys(report.findings[0] ?? {}).slice(0, 8)).toEqual(["file", "line", "family", "kind", "criticality", "model", "message", "evidence"]);
  });

  test("progress is reported through the callback only", async () => {
    const lines: string[] = [];
    const root = testdir({ "app/a.py": `a = ${id}\n` });
    await auditCommand({ path: root, family: llama, progress: (line) => lines.push(line) });
    expect(lines.at(-1)).toBe("");
  });
});

describe("the audit never scans its own artefacts (issue 12, item 11)", () => {
  test("reports and baselines written by earlier runs, and .switchyard/, are skipped; the project's own JSON is not", async () => {
    const root = testdir({
      "app/server.py": `MODEL = ${id}\n`,
      ".switchyard/cache/last.yaml": "model: llama3.1:8b\n",
      "config/models.json": `{\n  "findings": "none yet",\n  "model": ${id}\n}\n`,
    });
    for (const format of ["json", "sarif", "cyclonedx", "markdown"] as const) {
      await auditCommand({ path: root, format, output: join(root, `audit-report.${format}`), family: llama });
    }
    await auditCommand({ path: root, writeBaseline: join(root, "audit-baseline.json"), family: llama });
    // A later run knows nothing about those paths: they are recognised by content.
    const report = runAudit({ root, families: llama });
    expect(brief(report.findings)).toEqual(["app/server.py:1 llama model-id high", "config/models.json:3 llama config medium"]);
    expect(report.summary.files.ignored).toBe(6);
  });
});

describe("files with equal content", () => {
  test("each copy is scanned in full: the prefilter's memory of one text does not carry over to an equal one", () => {
    const text = 'model = "meta-llama/Llama-3.1-8B-Instruct"\nother = "google/gemma-3-4b-it"\n';
    const report = auditTree({ "a/app.py": text, "b/app.py": text, "c/app.py": text });
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.family}`)).toEqual([
      "a/app.py:1:llama",
      "a/app.py:2:gemma",
      "b/app.py:1:llama",
      "b/app.py:2:gemma",
      "c/app.py:1:llama",
      "c/app.py:2:gemma",
    ]);
  });
});
