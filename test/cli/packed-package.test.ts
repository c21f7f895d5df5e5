import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * What `npx switchyard-gateway …` runs outside this repository: the packed tarball,
 * installed into an empty folder with its production dependencies from the registry
 * (better-sqlite3 compiles there), then its `switchyard` bin. The npm name `switchyard`
 * belongs to an unrelated package, so the package is `switchyard-gateway`.
 */
const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "switchyard-pack-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("packs, installs into an empty folder and runs its bin", { timeout: 420_000 }, () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };
  expect(manifest.name).toBe("switchyard-gateway");
  expect(Object.keys(manifest.bin)).toEqual(["switchyard"]);

  // --ignore-scripts: `npm test` has just built dist/, so prepare need not build it again.
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], { cwd: root, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
  const files = packed[0]!.files.map((file) => file.path);
  expect(files).toContain("dist/cli/index.js");
  expect(files).toContain("dist/catalog/builtin-catalog.json");
  expect(files.filter((path) => path.startsWith("src/") || path.startsWith("test/"))).toEqual([]);

  const project = join(scratch, "project");
  execFileSync("npm", ["init", "-y"], { cwd: scratch, stdio: "ignore" });
  execFileSync("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefix", project, join(scratch, packed[0]!.filename)], { cwd: scratch, stdio: "pipe" });

  const bin = join(project, "node_modules", ".bin", "switchyard");
  const catalog = JSON.parse(execFileSync(bin, ["catalog", "gemma", "--format", "json"], { cwd: project, encoding: "utf8" })) as { models: { family: string }[] };
  expect(catalog.models.length).toBeGreaterThan(0);
  expect(catalog.models.every((model) => model.family.startsWith("gemma"))).toBe(true);
  const usage = (() => {
    try {
      execFileSync(bin, ["catalog", "--format", "yaml"], { cwd: project, encoding: "utf8", stdio: "pipe" });
      return { status: 0, stderr: "" };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { status: failed.status, stderr: failed.stderr };
    }
  })();
  expect(usage.status).toBe(2);
  expect(usage.stderr.trim().split("\n")).toHaveLength(1);
});
