import { describe, expect, test } from "vitest";
import { aliasCollisions } from "../../src/catalog/catalog.js";
import { familyMatchers, loadCatalog, loadCatalogData } from "../../src/catalog/index.js";

const data = loadCatalogData();
const catalog = loadCatalog();

describe("built-in catalog data", () => {
  test("loads and validates against its schema (loading throws otherwise)", () => {
    expect(data.models.length).toBeGreaterThan(150);
    expect(data.families.length).toBeGreaterThanOrEqual(12);
  });

  test("covers the families and releases the playbook needs", () => {
    for (const family of ["llama", "gemma", "qwen", "mistral", "deepseek", "phi", "gpt", "claude", "gemini", "muse", "grok", "command"]) {
      expect(catalog.family(family), family).toBeDefined();
    }
    for (const model of ["llama-2-70b", "llama-3-8b", "llama-3.1-405b", "llama-3.2-11b-vision", "llama-3.3-70b", "llama-4-scout", "llama-4-maverick", "gemma-7b", "gemma-2-27b", "gemma-3-27b", "gemma-3n-e4b", "gemma-4-31b"]) {
      expect(catalog.model(model), model).toBeDefined();
    }
  });

  test("Gemma 4 is Apache 2.0, earlier Gemma is under the Gemma Terms, Muse Spark is closed", () => {
    expect(catalog.model("gemma-4-31b")?.licence).toBe("apache-2.0");
    expect(catalog.model("gemma-3-27b")?.licence).toBe("gemma-terms");
    expect(catalog.model("muse-spark")).toMatchObject({ openWeight: false, vendor: "meta", released: "2026-04-08" });
    expect(catalog.vendor("meta")?.strategy).toBe("shift-to-closed");
  });

  test("every licence cites a URL and carries the Llama clauses where they apply", () => {
    for (const licence of data.licences) expect(licence.url, licence.id).toMatch(/^https:\/\//);
    const llama31 = catalog.licence("llama-3.1");
    expect(llama31?.clauses.userThreshold?.monthlyActiveUsers).toBe(700_000_000);
    expect(llama31?.clauses.attribution?.text).toBe("Built with Llama");
    expect(llama31?.clauses.derivativeNaming).toEqual({ prefix: "Llama", includesOutputTraining: true });
    expect(catalog.licence("llama-3.2")?.clauses.euMultimodalRestriction?.present).toBe(true);
    expect(catalog.licence("llama-2")?.clauses.outputUse.rule).toBe("no-training-other-models");
    expect(catalog.licence("gemma-terms")?.clauses).toMatchObject({ remoteRestriction: true, acceptableUsePolicy: { mustFlowDown: true } });
    expect(catalog.licence("apache-2.0")?.spdx).toBe("Apache-2.0");
  });

  test("licence identities are SPDX or LicenseRef, never both", () => {
    for (const licence of data.licences) {
      if (licence.kind === "proprietary") continue;
      expect(licence.spdx === undefined ? licence.licenseRef : licence.spdx, licence.id).toBeDefined();
      expect(licence.spdx !== undefined && licence.licenseRef !== undefined, licence.id).toBe(false);
    }
  });

  test("no two models claim the same alias", () => {
    // deepseek.v3-v1:0 (V3.1 on Bedrock) normalises like DeepSeek-V3; the exact alias still wins.
    const allowed = new Set(["3 deepseek"]);
    expect(aliasCollisions(data).filter((collision) => !allowed.has(collision.alias))).toEqual([]);
  });

  test("every built-in price names a catalog model, with source and date", () => {
    for (const price of data.prices) {
      expect(catalog.model(price.model), `${price.provider}/${price.model}`).toBeDefined();
      expect(price.basis).toBe("own-knowledge");
    }
  });

  test("price() accepts provider spellings and provider model ids", () => {
    expect(catalog.price("openai", "gpt-4o-2024-08-06")).toMatchObject({ input: 2.5, output: 10, cachedInput: 1.25 });
    expect(catalog.price("together_ai", "meta-llama/Llama-3.3-70B-Instruct-Turbo")?.input).toBe(0.88);
    expect(catalog.price("local-vllm", "gpt-4o")).toBeUndefined();
  });
});

describe("derived views", () => {
  test("closed models carry high lock-in, permissive open models low", () => {
    expect(catalog.lockInRisk("muse-spark")?.level).toBe("high");
    expect(catalog.lockInRisk("claude-sonnet-4.5")?.level).toBe("high");
    expect(catalog.lockInRisk("qwen3-235b-a22b")?.level).toBe("low");
    const llama = catalog.lockInRisk("llama-4-maverick");
    expect(llama?.reasons.join(" ")).toMatch(/700M/);
    expect(llama?.reasons.join(" ")).toMatch(/EU/);
  });

  test("vendor summaries follow strategy and licences", () => {
    const meta = catalog.vendorSummaries().find((summary) => summary.vendor.id === "meta");
    expect(meta).toMatchObject({ selfHosting: "partial", lockIn: { level: "high" } });
    expect(catalog.vendorSummaries().find((summary) => summary.vendor.id === "anthropic")?.selfHosting).toBe("no");
  });

  test("alternatives are open-source-licensed models from other vendors", () => {
    const alternatives = catalog.alternatives("llama-3.3-70b");
    expect(alternatives.length).toBeGreaterThan(0);
    for (const alternative of alternatives) {
      expect(alternative.model.vendor).not.toBe("meta");
      expect(alternative.licence.kind).toBe("open-source");
    }
    const vision = catalog.alternatives("llama-4-scout");
    expect(vision[0]?.model.modalities.input).toContain("image");
  });

  test("family matchers expose literals and word-bounded patterns", () => {
    const llama = familyMatchers().find((matcher) => matcher.family === "llama");
    expect(llama?.literals).toContain("llama");
    expect(llama?.pattern.test("model: meta-llama/Llama-3.1-8B")).toBe(true);
    expect(llama?.pattern.test("import ollama")).toBe(false);
    expect(llama?.pattern.test("from llamaindex import x")).toBe(false);
    expect(familyMatchers().find((matcher) => matcher.family === "command")?.pattern.test("command-r-plus")).toBe(true);
  });
});
