import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = join(root, "examples/llama-exit/out");
const artifacts = join(root, "test/report/__artifacts__");
const executablePath = "/usr/bin/chromium";
// In CI the browser is installed by scripts/ensure-chromium.sh; there the test must run, never skip.
const runnable = existsSync(executablePath) || process.env.CI === "true";

describe.runIf(runnable)("the llama-exit example and its brief", () => {
  it("runs end to end, and the brief renders in headless Chromium with every section", { timeout: 300_000 }, async () => {
    // The example itself (it builds nothing: `npm test` has built dist/ already).
    const { stdout } = await promisify(execFile)(join(root, "node_modules/.bin/tsx"), [join(root, "examples/llama-exit/run-example.ts")], { cwd: root, maxBuffer: 20_000_000 });
    expect(stdout).toContain("decisions/0001-move-the-support-bot-off-llama.md");
    expect(stdout).toMatch(/is 1 day past its deadline[\s\S]*\(exit 1\)[\s\S]*accepted \(gemma-4-31b\)[\s\S]*no decision is overdue/);
    const markdown = readFileSync(join(out, "brief.md"), "utf8");
    expect(markdown).toContain("## Candidate verdicts");
    expect(markdown).toMatch(/\| gemma-4-31b \| chat-default \| no worse \|/);

    const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(out, "brief.html")).href);
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, "brief.png"), fullPage: true });
      // Self-contained: the file itself is the only thing loaded.
      expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
      expect(await page.locator("h1").textContent()).toBe("Model dependency brief");
      for (const id of ["summary", "exposure", "traffic", "vendors", "gap", "verdicts", "decisions"]) expect(await page.locator(`section#${id}`).count()).toBe(1);
      expect(await page.locator("#summary p.summary").textContent()).toMatch(/Llama \(7 places, 3 critical\) \[audit: audit\.json, \d{4}-\d{2}-\d{2}\]/);
      expect(await page.locator("#exposure svg rect.critical").count()).toBeGreaterThan(0);
      expect(await page.locator("#traffic svg rect.bar").count()).toBe(3);
      expect(await page.locator("#gap svg circle.open").count()).toBeGreaterThan(5);
      expect(await page.locator("#gap svg rect.closed").count()).toBeGreaterThan(0);
      expect(await page.locator("#verdicts td").first().textContent()).toBe("gemma-4-31b");
      expect(await page.locator("#decisions tbody tr").first().textContent()).toContain("Dana Okafor");
      // Every section that has figures says where they came from.
      expect(await page.locator("#exposure p.source, #traffic p.source, #gap p.source, #decisions p.source").count()).toBe(4);
      const svgBox = await page.locator("#gap svg").boundingBox();
      expect(svgBox?.width).toBeGreaterThan(300);
    } finally {
      await browser.close();
    }
  });
});
