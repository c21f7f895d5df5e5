import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import OpenAI from "openai";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { auditCommand } from "../../src/cli/audit.js";
import { decideCommand } from "../../src/cli/decide.js";
import { evalCommand } from "../../src/cli/eval.js";
import { startServe, type RunningGateway } from "../../src/cli/serve.js";
import { createLogger } from "../../src/shared/logger.js";
import { startFakeModels, type FakeModels } from "../evaluate/support/fake-models.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const artifacts = join(root, "test/console/__artifacts__");
const executablePath = "/usr/bin/chromium";
// In CI the browser is installed by scripts/ensure-chromium.sh; there the test must run, never skip.
const runnable = existsSync(executablePath) || process.env.CI === "true";
const adminToken = "console-test-admin-token-0123456789";

describe.runIf(runnable)("the web console in headless Chromium", () => {
  let healthy: FakeUpstream;
  let failing: FakeUpstream;
  let evalModels: FakeModels;
  let uploadPath: string;
  let gateway: RunningGateway;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The console's assets come from the build; build them from the current source.
    execFileSync(process.execPath, [join(root, "scripts/build-console.mjs")]);
    healthy = await startFakeUpstream();
    healthy.fallback = fromFixture.json("openai-chat/text.json");
    failing = await startFakeUpstream();
    failing.fallback = fromFixture.json("openai-chat/error-500.json", 500);
    const directory = await mkdtemp(join(tmpdir(), "switchyard-console-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        `server: { admin_token: "${adminToken}", ui: { audit: audit.json } }`,
        "providers:",
        `  local: { type: vllm, base_url: "${healthy.url}" }`,
        `  flaky: { type: vllm, base_url: "${failing.url}" }`,
        "models:",
        "  chat:",
        "    targets: [{ provider: local, model: google/gemma-4-31b-it }]",
        "    shadow: [{ provider: local, model: google/gemma-4-31b-it, sample: 1 }]",
        "  brittle:",
        "    targets: [{ provider: flaky, model: meta-llama/Llama-3.3-70B-Instruct }]",
        "    breaker: { failures: 2, cooldown_ms: 60000 }",
        "ledger: { flush_interval_ms: 100 }",
        "",
      ].join("\n"),
    );
    // A decision whose deadline has passed: the console lists it first, as overdue.
    await decideCommand({ action: "new", cwd: directory, title: "Move the support bot off Llama", family: "llama", owner: "Dana Okafor", deadline: "2026-01-31", today: "2026-01-01", options: "chat" });
    // A real eval run (the example suite against fake models), saved where the console looks, with its HTML report beside it.
    evalModels = await startFakeModels();
    await writeFile(join(directory, "eval.yaml"), stringify(evalModels.config({ ledger: { path: join(directory, "eval-ledger.db") } })));
    const suite = join(root, "examples/eval/suite.yaml");
    mkdirSync(join(directory, ".switchyard/evals"), { recursive: true });
    for (const format of ["json", "html"] as const) {
      await evalCommand({ suite, format, config: join(directory, "eval.yaml"), cwd: directory, output: `.switchyard/evals/support-bot.${format}` });
    }
    // Two real audits: one of a Llama codebase named in the config, one of a Gemma codebase to upload.
    for (const [name, files] of [
      ["llama-app", { "src/chat.py": 'client.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct", messages=m)\n', "deploy/values.yaml": "model: meta-llama/Llama-3.3-70B-Instruct\nfallback: meta-llama/Llama-3.1-8B-Instruct\n" }],
      ["gemma-app", { "app/infer.py": 'MODEL = "google/gemma-3-27b-it"\n' }],
    ] as const) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(join(directory, name, file, ".."), { recursive: true });
        await writeFile(join(directory, name, file), text);
      }
    }
    await auditCommand({ path: join(directory, "llama-app"), format: "json", output: join(directory, "audit.json") });
    uploadPath = join(directory, "gemma-audit.json");
    await auditCommand({ path: join(directory, "gemma-app"), format: "json", output: uploadPath });
    gateway = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await healthy?.close();
    await failing?.close();
    await evalModels?.close();
  });

  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

  it("asks for the admin token and refuses a wrong one", async () => {
    await page.goto(`${gateway.url}/ui/`);
    await page.getByLabel("Admin token").fill("not-the-token");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Wrong admin token");
    await shot("01-login");
    await page.getByLabel("Admin token").fill(adminToken);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("navigation", { name: "Console pages" }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "switchyard_console")).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/ui" });
  });

  it("shows requests sent through the gateway on the overview, live", async () => {
    await page.goto(`${gateway.url}/ui/#/overview`);
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("live");
    const client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "unused", maxRetries: 0 });
    for (let index = 0; index < 3; index++) await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: `hello ${index}` }] });
    // The live table gets each request over SSE at once; the totals follow from the ledger after its flush.
    await expect.poll(() => page.locator("table.live tbody tr").count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => page.locator(".cards div").first().textContent(), { timeout: 10_000 }).toMatch(/Requests\s*3/);
    expect(await page.locator("table.split").filter({ hasText: "By family" }).textContent()).toContain("gemma");
    await shot("02-overview");
  });

  it("opens a route's breaker after its upstream fails", async () => {
    await page.goto(`${gateway.url}/ui/#/routes`);
    const row = page.locator('tr[data-target="flaky/meta-llama/Llama-3.3-70B-Instruct"]');
    await expect.poll(() => row.textContent()).toContain("closed: taking traffic");
    expect(await page.locator("section.route").filter({ hasText: "chat" }).first().textContent()).toContain("100% sampled");
    const client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "unused", maxRetries: 0 });
    for (let index = 0; index < 2; index++) await expect(client.chat.completions.create({ model: "brittle", messages: [{ role: "user", content: "hi" }] })).rejects.toThrow();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain("open: ejected");
    await shot("03-routes-breaker-open");
  });

  it("creates a key, shows its secret once, and revokes it", async () => {
    await page.goto(`${gateway.url}/ui/#/keys`);
    await page.getByLabel("Name").fill("ci-bot");
    await page.getByLabel("Budget").fill("20/month");
    await page.getByRole("button", { name: "Create key" }).click();
    const secret = await page.getByLabel("Secret").inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await shot("04-key-created");
    await page.getByRole("button", { name: "I have copied it" }).click();
    expect(await page.getByLabel("Secret").count()).toBe(0);
    // The list never carries the secret, only its hint.
    const row = page.locator('tr[data-key="ci-bot"]');
    expect(await row.textContent()).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
    // The key works until it is revoked.
    const keyed = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: secret, maxRetries: 0 });
    await keyed.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke key ci-bot" }).click();
    await expect.poll(() => row.textContent()).toContain("revoked");
    await expect(keyed.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(/401|revoked/i);
    await shot("05-key-revoked");
  });

  it("lists decisions overdue first and opens one", async () => {
    await page.goto(`${gateway.url}/ui/#/decisions`);
    const link = page.getByRole("link", { name: "Move the support bot off Llama" });
    await link.waitFor();
    expect(await page.locator("table.decisions tbody tr").first().textContent()).toMatch(/Dana Okafor.*days overdue/);
    await link.click();
    await page.getByRole("heading", { name: "Move the support bot off Llama", level: 2 }).waitFor();
    expect(await page.locator("article.decision").textContent()).toContain("Evidence");
    await shot("06-decision");
  });

  it("lists eval runs with their verdicts, each linking to its HTML report", async () => {
    await page.goto(`${gateway.url}/ui/#/evaluations`);
    const row = page.locator("table tbody tr").filter({ hasText: "llama-4-maverick" }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/gemma-4-31b vs llama-4-maverick.*non-inferiority not shown/s);
    const link = row.getByRole("link", { name: "HTML report" });
    const [report] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await report.waitForLoadState();
    expect(await report.textContent("body")).toContain("non-inferiority not shown");
    await report.screenshot({ path: join(artifacts, "08-eval-report.png") });
    await report.close();
    // The shadow target on "chat" has been sampling the overview's traffic.
    // Shadow calls are recorded after their primary answers, so the page is re-entered until the
    // comparison table is there; its text is read with a bound, as a missing table would wait forever.
    await expect
      .poll(async () => {
        await page.goto(`${gateway.url}/ui/#/overview`);
        await page.goto(`${gateway.url}/ui/#/evaluations`);
        return page.locator("table").nth(1).textContent({ timeout: 1_000 }).catch(() => "");
      }, { timeout: 10_000 })
      .toContain("local/google/gemma-4-31b-it");
    await shot("09-evaluations");
  });

  it("shows the configured audit by family and criticality with its top files, then an uploaded one", async () => {
    await page.goto(`${gateway.url}/ui/#/exposure`);
    const byFamily = page.locator("table").filter({ hasText: "Findings by family and criticality" });
    await byFamily.waitFor();
    expect(await page.locator("p.hint").first().textContent()).toContain("audit.json");
    expect(await byFamily.locator("tbody tr").first().textContent()).toMatch(/^llama\d/);
    const topFiles = page.locator("table").filter({ hasText: "Top files" });
    expect(await topFiles.textContent()).toContain("deploy/values.yaml");
    expect(await topFiles.textContent()).toContain("src/chat.py");
    await shot("10-exposure-configured");
    await page.getByLabel(/Upload an audit/).setInputFiles(uploadPath);
    await expect.poll(() => page.locator("p.hint").first().textContent()).toContain("gemma-audit.json");
    expect(await byFamily.locator("tbody").textContent()).toContain("gemma");
    expect(await byFamily.locator("tbody").textContent()).not.toContain("llama");
    expect(await topFiles.textContent()).toContain("app/infer.py");
    await shot("11-exposure-uploaded");
  });

  it("explores usage by day, route and key, with a CSV of the same rows", async () => {
    await page.goto(`${gateway.url}/ui/#/usage`);
    const rows = page.locator("table tbody tr").filter({ hasText: "chat" });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain("gemma");
    // Fetched by the page itself, with its session cookie, from the link it offers.
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv.split("\r\n")[0]).toBe("day,alias,key_id,key_name,family,vendor,licence,requests,errors,input_tokens,output_tokens,cost_usd,cost_unknown_requests,latency_avg_ms");
    expect(csv).toContain(",chat,");
    await shot("12-usage");
  });

  it("works in a narrow window and by keyboard", async () => {
    await page.setViewportSize({ width: 380, height: 800 });
    await page.goto(`${gateway.url}/ui/#/overview`);
    await page.locator(".cards").waitFor();
    // Nothing wider than the window but the scroll containers meant for wide tables.
    const overflow = Number(await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
    expect(overflow).toBeLessThanOrEqual(0);
    await shot("07-narrow");
    // From a fresh load, the first Tab reaches the skip link, then the navigation.
    await page.reload();
    await page.locator(".cards").waitFor();
    await page.keyboard.press("Tab");
    expect(await page.locator(":focus").textContent()).toBe("Skip to content");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe("#/routes");
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});
