import { expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import { loadCatalogData } from "../../src/catalog/load-catalog.js";

// dist/ loads the built-in catalog from a JSON snapshot written at build time; it must behave as the YAML does.
it("the built-in catalog survives a JSON round trip unchanged, so the build snapshot behaves like the YAML", () => {
  const data = loadCatalogData({ ignoreSnapshot: true });
  const roundTripped = JSON.parse(JSON.stringify(data)) as typeof data;
  expect(roundTripped).toEqual(data);
  const fromSnapshot = createCatalog({ data: roundTripped });
  expect(fromSnapshot.resolve("accounts/fireworks/models/llama-v3p1-70b-instruct")?.model?.id).toBe("llama-3.1-70b");
  expect(fromSnapshot.models()).toHaveLength(data.models.length);
});
