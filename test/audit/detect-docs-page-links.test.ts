import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's residue, on synthetic input: the family's API named as link text to a page of the same docs site. */
describe("the family's API as link text to a docs page", () => {
  test("a site-relative link (`[Meta Llama API](/reference/…)`) is a page of the docs", () => {
    const files = {
      "docs/generator.mdx": ["| | |", "| --- | --- |", "| **API reference** | [Meta Llama API](/reference/integrations-meta-llama) |", ""].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual([]);
  });

  test("the family's API a setup needs, linked to the vendor's site, stays the family's API", () => {
    const files = {
      "docs/setup.md": ["To start, you need a [Mistral API](https://console.mistral.ai) key.", "", "Get a Mistral API key first.", ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["docs/setup.md:1 mistral", "docs/setup.md:3 mistral"]);
  });
});
