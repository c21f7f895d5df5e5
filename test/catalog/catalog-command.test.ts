import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { UsageError } from "../../src/cli/command-result.js";
import { catalogCommand } from "../../src/cli/catalog.js";
import { loadCatalog } from "../../src/catalog/index.js";

const directory = mkdtempSync(join(tmpdir(), "switchyard-catalog-"));
function writeTemp(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe("switchyard catalog", () => {
  test("QUERY lists matching models as a table", async () => {
    const result = await catalogCommand({ query: "llama", format: "table" });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout?.split("\n") ?? [];
    expect(lines[0]).toMatch(/^id\s+family\s+vendor\s+released\s+open-weight\s+licence\s+context\s+params\s+price in\/out \$\/1M \(provider, as of\)$/);
    expect(result.stdout).toMatch(/llama-3\.1-70b\s+llama\s+meta\s+2024-07-23\s+yes\s+Llama 3\.1\s+128K\s+70B/);
    expect(result.stdout).toContain("deepseek-r1-distill-llama-70b");
    expect(result.stdout).not.toContain("gpt-4o");
  });

  test("a provider id finds its model; JSON carries lock-in", async () => {
    const result = await catalogCommand({ query: "accounts/fireworks/models/llama-v3p1-70b-instruct-custom", format: "json" });
    const parsed = JSON.parse(result.stdout ?? "") as { models: { id: string; lockIn: { level: string } }[] };
    expect(parsed.models.map((model) => model.id)).toEqual(["llama-3.1-70b"]);
    expect(parsed.models[0]?.lockIn.level).toMatch(/low|medium|high/);
  });

  test("--vendors prints the playbook's table", async () => {
    const result = await catalogCommand({ format: "table", vendors: true });
    expect(result.stdout).toMatch(/^vendor\s+distribution strategy\s+licence\(s\)\s+self-hosting\s+lock-in per line/);
    expect(result.stdout).toMatch(/Meta\s+shift-to-closed\s+.*Llama 4.*\s+partial\s+Llama: low; Muse Spark: high/);
    expect(result.stdout).toMatch(/Anthropic\s+closed\s+Anthropic API terms\s+no\s+Claude: high/);
    // A vendor-level roll-up used to call Microsoft "open-weight, low" and Google "high": both run open and closed lines.
    expect(result.stdout).toMatch(/Microsoft\s+mixed\s+.*Phi: low; Microsoft MAI\/Foundry: high/);
    expect(result.stdout).toMatch(/Google\s+mixed\s+.*Gemma 4: low; .*Gemini: high/);
  });

  test("--lines reproduces the seed's vendor table per model line", async () => {
    const json = JSON.parse((await catalogCommand({ format: "json", lines: true })).stdout ?? "") as Record<string, unknown>[];
    const pick = (name: string): Record<string, unknown> | undefined => {
      const row = json.find((line) => line.line === name);
      return row === undefined ? undefined : { line: row.line, vendor: row.vendor, strategy: row.strategy, licence: row.licence, self_hosting: row.self_hosting, lock_in: row.lock_in, open_weights: row.open_weights };
    };
    expect(pick("Gemma 4")).toEqual({ line: "Gemma 4", vendor: "google", strategy: "open ecosystem", licence: "Apache 2.0", self_hosting: "full", lock_in: "low", open_weights: true });
    expect(pick("Microsoft MAI/Foundry")).toEqual({ line: "Microsoft MAI/Foundry", vendor: "microsoft", strategy: "proprietary and reseller", licence: "commercial", self_hosting: "none", lock_in: "high", open_weights: false });
    expect(pick("Muse Spark")).toEqual({ line: "Muse Spark", vendor: "meta", strategy: "proprietary, was open", licence: "closed", self_hosting: "none", lock_in: "high", open_weights: false });
    expect(pick("Llama")).toEqual({ line: "Llama", vendor: "meta", strategy: "open-weight legacy", licence: "Llama licence", self_hosting: "full", lock_in: "low", open_weights: true });
    expect(json.find((line) => line.line === "Gemma 4")?.models).toContain("gemma-4-31b");
    expect(json.find((line) => line.line === "Gemma 4")?.models).not.toContain("gemma-3-27b");
    const table = (await catalogCommand({ format: "table", lines: true, query: "meta" })).stdout ?? "";
    expect(table).toMatch(/Llama\s+Meta\s+open-weight legacy\s+Llama licence\s+full\s+low for now/);
    expect(table).toMatch(/Muse Spark\s+Meta\s+proprietary, was open\s+closed\s+none\s+high/);
    await expect(catalogCommand({ format: "table", lines: true, vendors: true })).rejects.toThrow(UsageError);
  });

  test("the models table has a price column with provider and as-of date", async () => {
    const table = (await catalogCommand({ format: "table", query: "gpt-4o-mini" })).stdout ?? "";
    expect(table).toContain("price in/out $/1M (provider, as of)");
    expect(table).toMatch(/gpt-4o-mini .*0\.15\/0\.6 \(openai, 2025-10\)/);
  });

  test("--alternatives MODEL lists open-weight alternatives with licence and why", async () => {
    const result = await catalogCommand({ format: "table", alternatives: "meta-llama/Llama-3.3-70B-Instruct" });
    expect(result.stdout).toContain("Open-weight alternatives to llama-3.3-70b");
    expect(result.stdout).toMatch(/Apache-2\.0|MIT/);
    expect(result.stdout).not.toMatch(/\n(llama|codellama)-/);
    const json = JSON.parse((await catalogCommand({ format: "json", alternatives: "gpt-4o" })).stdout ?? "") as { alternatives: unknown[] };
    expect(json.alternatives.length).toBeGreaterThan(0);
  });

  test("an unknown model or a bad file is a one-line UsageError", async () => {
    await expect(catalogCommand({ format: "table", alternatives: "no-such-model" })).rejects.toThrow(UsageError);
    const bad = writeTemp("bad.yaml", "models:\n  - id: llama-3.1-70b\n    contextLength: lots\n");
    const error = await catalogCommand({ format: "table", catalogFiles: [bad] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`${bad}: models[0].contextLength: Invalid input: expected number, received string`);
    expect((error as Error).message).not.toContain("\n");
    await expect(catalogCommand({ format: "table", catalogFiles: [join(directory, "missing.yaml")] })).rejects.toThrow(/cannot read file \(ENOENT\)/);
  });
});

describe("user catalog files", () => {
  test("override fields of a built-in model and add new models, families and prices", () => {
    const file = writeTemp(
      "override.yaml",
      [
        "models:",
        "  - id: llama-3.1-70b",
        "    contextLength: 65536",
        "    aliases: { vendor: [corp-llama-prod] }",
        "  - id: acme-llama-ft",
        "    name: Acme Llama fine-tune",
        "    family: llama",
        "    vendor: meta",
        "    released: 2025-01",
        "    openWeight: true",
        "    licence: llama-3.1",
        "    baseModel: llama-3.1-8b",
        "    modalities: { input: [text], output: [text] }",
        "    aliases: { huggingface: [acme/llama-ft-v2] }",
        "prices:",
        "  - { provider: local-vllm, model: acme-llama-ft, input: 0, output: 0, basis: user, source: internal, asOf: 2025-06 }",
      ].join("\n"),
    );
    const catalog = loadCatalog({ extraFiles: [file] });
    expect(catalog.model("llama-3.1-70b")).toMatchObject({ contextLength: 65536, licence: "llama-3.1" });
    expect(catalog.resolve("corp-llama-prod")?.model?.id).toBe("llama-3.1-70b");
    expect(catalog.resolve("acme/llama-ft-v2")).toMatchObject({ model: { id: "acme-llama-ft" }, confidence: 1 });
    expect(catalog.price("local-vllm", "acme/llama-ft-v2")?.input).toBe(0);
    // The built-in catalog is untouched.
    expect(loadCatalog().model("llama-3.1-70b")?.contextLength).toBe(131072);
  });

  test("a reference to an unknown licence names the file and path", () => {
    const file = writeTemp("dangling.yaml", "models:\n  - { id: x-1, name: X, family: llama, vendor: meta, released: '2025', openWeight: true, licence: nope, modalities: { input: [text], output: [text] } }\n");
    expect(() => loadCatalog({ extraFiles: [file] })).toThrow(`${file}: models[0].licence: unknown licence "nope"`);
  });
});

describe("LiteLLM price import", () => {
  test("converts per-token costs to per-million and keys them by provider id and catalog id", () => {
    const file = writeTemp(
      "litellm.json",
      JSON.stringify({
        sample_spec: { input_cost_per_token: 0, output_cost_per_token: 0, litellm_provider: "one of https://docs.litellm.ai/docs/providers" },
        "gpt-4o": { input_cost_per_token: 2.5e-6, output_cost_per_token: 1e-5, cache_read_input_token_cost: 1.25e-6, litellm_provider: "openai", mode: "chat" },
        "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo": { input_cost_per_token: 8.8e-7, output_cost_per_token: 8.8e-7, litellm_provider: "together_ai", mode: "chat" },
        "bedrock/us.meta.llama3-3-70b-instruct-v1:0": { input_cost_per_token: 7.2e-7, output_cost_per_token: 7.2e-7, litellm_provider: "bedrock_converse", mode: "chat" },
        "dall-e-3": { input_cost_per_pixel: 1e-8, litellm_provider: "openai", mode: "image_generation" },
        "some-unknown-model": { input_cost_per_token: 1e-6, output_cost_per_token: 2e-6, litellm_provider: "deepinfra" },
      }),
    );
    const catalog = loadCatalog({ litellmPriceFiles: [file] });
    expect(catalog.price("openai", "gpt-4o")).toMatchObject({ input: 2.5, output: 10, cachedInput: 1.25, basis: "litellm-import" });
    expect(catalog.price("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo")?.input).toBe(0.88);
    expect(catalog.price("bedrock", "us.meta.llama3-3-70b-instruct-v1:0")?.input).toBe(0.72);
    expect(catalog.price("bedrock", "llama-3.3-70b")?.output).toBe(0.72);
    expect(catalog.price("deepinfra", "some-unknown-model")?.output).toBe(2);
  });

  test("a malformed file is a CatalogError naming the entry", () => {
    const file = writeTemp("broken.json", JSON.stringify({ "gpt-4o": { input_cost_per_token: "cheap" } }));
    expect(() => loadCatalog({ litellmPriceFiles: [file] })).toThrow(`${file}: gpt-4o.input_cost_per_token:`);
  });
});
