import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { responsesFilePath } from "../../src/responses-store/responses-file-path.js";

describe("responsesFilePath", () => {
  it.each([
    { ledger: join(".switchyard", "ledger.db"), responses: join(".switchyard", "ledger-responses.db") },
    { ledger: join("/srv", "data.v2", "usage.sqlite3"), responses: join("/srv", "data.v2", "usage-responses.sqlite3") },
    { ledger: join("data", "usage"), responses: join("data", "usage-responses") },
    { ledger: "ledger.db", responses: "ledger-responses.db" },
  ])("puts the responses of $ledger beside it, in $responses", ({ ledger, responses }) => {
    expect(responsesFilePath(ledger)).toBe(responses);
  });

  it("keeps an in-memory ledger's responses in memory", () => {
    expect(responsesFilePath(":memory:")).toBe(":memory:");
  });
});
