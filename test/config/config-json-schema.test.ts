import { expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/config-json-schema.js";

// The committed schema/switchyard.schema.json must match the zod schema; `npx vitest run -u` regenerates it.
it("schema/switchyard.schema.json is generated from the config schema", async () => {
  await expect(`${JSON.stringify(configJsonSchema(), null, 2)}\n`).toMatchFileSnapshot("../../schema/switchyard.schema.json");
});
