import { describe, expect, it } from "vitest";
import { createVirtualKey } from "../../src/governance/create-virtual-key.js";
import { hashKeySecret } from "../../src/governance/key-secret.js";
import { KeySpecError, parseKeySpec } from "../../src/governance/key-spec.js";

describe("key settings and secrets", () => {
  it("parses the CLI's flags and the admin API's JSON alike", () => {
    expect(parseKeySpec({ name: "team-a", models: "chat-default, embed", budget: "50/month", rpm: "600", tpm: "200000" })).toEqual({
      name: "team-a",
      models: ["chat-default", "embed"],
      budget: { usd: 50, period: "month" },
      rpm: 600,
      tpm: 200_000,
    });
    expect(parseKeySpec({ name: "ci", models: ["a"], budget: "$2.5/day", rpm: 5 })).toMatchObject({ models: ["a"], budget: { usd: 2.5, period: "day" }, rpm: 5, tpm: undefined });
    expect(parseKeySpec({ name: "open" })).toEqual({ name: "open", models: [], budget: undefined, rpm: undefined, tpm: undefined });
  });

  it("says which field is wrong", () => {
    expect(() => parseKeySpec({ name: "" })).toThrow(/^name:/);
    expect(() => parseKeySpec({ name: "a", budget: "50/year" })).toThrow(/^budget: expected USD per day, week or month/);
    expect(() => parseKeySpec({ name: "a", rpm: "lots" })).toThrow(KeySpecError);
    expect(() => parseKeySpec({ name: "a", tpm: 0 })).toThrow(/^tpm:/);
  });

  it("makes a 256-bit secret, stores only its SHA-256 and a hint", () => {
    const { key, secret } = createVirtualKey({ name: "a", models: [], budget: undefined, rpm: undefined, tpm: undefined });
    expect(secret).toMatch(/^sk-sy-[\w-]{43}$/);
    expect(key.secretHash).toBe(hashKeySecret(secret));
    expect(JSON.stringify(key)).not.toContain(secret.slice(10));
    expect(key.secretHint).toBe(`${secret.slice(0, 10)}…`);
    expect(key.id).toMatch(/^key_[\w-]{12}$/);
  });
});
