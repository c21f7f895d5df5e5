import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/watch/parse-feed.js";
import { FeedFormatError } from "../../src/watch/sources/feed-format-error.js";
import { parseSourceArgument } from "../../src/watch/sources/watch-source.js";
import { llamaExitFixtures } from "./support/fake-feed-server.js";

const recorded = (phase: string, file: string): unknown => JSON.parse(readFileSync(`${llamaExitFixtures}${phase}/${file}`, "utf8"));

describe("feed parsers (recorded bodies in each source's format)", () => {
  it("models.dev: one record per provider × model, USD per million, open_weights, status", () => {
    const models = parseFeed("models-dev", recorded("after", "models-dev.json"));
    expect(models.map((model) => model.id)).toEqual([
      "google/gemini-2.5-pro",
      "google/gemma-4-31b-it",
      "groq/llama-3.3-70b-versatile",
      "groq/meta-llama/llama-4-scout-17b-16e-instruct",
      "meta/muse-pro",
      "meta/muse-spark",
    ]);
    const spark = models.find((model) => model.id === "meta/muse-spark");
    expect(spark).toMatchObject({ organisation: "meta", released: "2026-04-08", openWeights: false, price: { input: 1.5, output: 6 }, contextLength: 262144, deprecated: false });
    expect(models.find((model) => model.id === "groq/llama-3.3-70b-versatile")?.deprecated).toBe(true);
    expect(models.find((model) => model.id === "google/gemma-4-31b-it")?.licence).toBe("apache-2.0");
  });

  it("OpenRouter: per-token price strings become USD per million; hugging_face_id decides openness; expiration_date deprecates", () => {
    const models = parseFeed("openrouter", recorded("after", "openrouter.json"));
    const maverick = models.find((model) => model.id === "meta-llama/llama-4-maverick");
    expect(maverick).toMatchObject({ name: "Llama 4 Maverick", organisation: "meta-llama", released: "2025-04-05", openWeights: true, price: { input: 0.15, output: 0.6 }, huggingFaceId: "meta-llama/Llama-4-Maverick-17B-128E-Instruct" });
    expect(models.find((model) => model.id === "meta/muse-pro")).toMatchObject({ openWeights: false, price: { input: 5, output: 20 }, released: "2026-07-14" });
    expect(models.find((model) => model.id === "meta-llama/llama-3.3-70b-instruct")).toMatchObject({ deprecated: true, expires: "2026-09-30" });
  });

  it("Hugging Face: licence from cardData (license_name refines `other`), gating, createdAt, lineage; non-LLM repositories left out", () => {
    const models = parseFeed("huggingface", recorded("after", "huggingface-meta-llama.json"));
    expect(models.map((model) => model.id)).not.toContain("meta-llama/Llama-Prompt-Guard-2-86M");
    expect(models.find((model) => model.id === "meta-llama/Llama-4-Maverick-17B-128E-Instruct")).toMatchObject({ licence: "llama4-revised", gated: "manual", openWeights: true, released: "2025-04-01", baseModels: ["meta-llama/Llama-4-Maverick-17B-128E"] });
    expect(models.find((model) => model.id === "meta-llama/Llama-3.3-70B-Instruct")).toMatchObject({ licence: "llama3.3", gated: "manual" });
    expect(parseFeed("huggingface", [{ id: "org/m", gated: false, tags: ["license:mit"] }])[0]).toMatchObject({ licence: "mit", gated: "none" });
  });

  it("a body in the wrong format is a FeedFormatError, not a crash", () => {
    expect(() => parseFeed("openrouter", recorded("after", "models-dev.json"))).toThrow(FeedFormatError);
    expect(() => parseFeed("huggingface", { data: [] })).toThrow(FeedFormatError);
    expect(() => parseFeed("models-dev", [])).toThrow(FeedFormatError);
  });

  it("--source arguments: NAME=URL and TYPE:LABEL=URL; anything else names what was wrong", () => {
    expect(parseSourceArgument("openrouter=https://openrouter.ai/api/v1/models")).toEqual({ name: "openrouter", type: "openrouter", url: "https://openrouter.ai/api/v1/models" });
    expect(parseSourceArgument("huggingface:google=file:///tmp/g.json")).toMatchObject({ name: "huggingface:google", type: "huggingface" });
    expect(() => parseSourceArgument("rss=https://x")).toThrow(/unknown source "rss"/);
    expect(() => parseSourceArgument("openrouter")).toThrow(/expected NAME=URL/);
    expect(() => parseSourceArgument("openrouter=ftp://x")).toThrow(/not an http:\/\/, https:\/\/ or file:\/\/ URL/);
  });
});
