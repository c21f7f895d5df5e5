import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
// A variable specifier: the rules file is plain JavaScript, read at run time.
const rulesPath = `${root}.dependency-cruiser.mjs`;

test("every top-level folder of src/ has a README whose 'May import' line is the dependency rules' row", async () => {
  const { mayImport } = (await import(rulesPath)) as { mayImport: Record<string, readonly string[]> };
  const folders = readdirSync(`${root}src`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.length).toBeGreaterThan(10);
  for (const folder of folders) {
    expect(Object.keys(mayImport), `src/${folder}/ has no row in .dependency-cruiser.mjs`).toContain(folder);
    const readme = `${root}src/${folder}/README.md`;
    expect(existsSync(readme), `src/${folder}/README.md is missing`).toBe(true);
    const line = /^May import: (.*)$/m.exec(readFileSync(readme, "utf8"))?.[1];
    expect(line, `src/${folder}/README.md has no "May import:" line`).toBeDefined();
    const listed = line === "(nothing in src/)" ? [] : line!.split(", ").map((name) => name.replace(/\/$/, ""));
    expect([...listed].sort(), `src/${folder}/README.md`).toEqual([...mayImport[folder]!].sort());
  }
});
