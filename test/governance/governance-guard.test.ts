import { describe, expect, it } from "vitest";
import { GatewayError } from "../../src/core/gateway-error.js";
import { GovernanceGuard } from "../../src/governance/governance-guard.js";
import { KeyRegistry } from "../../src/governance/key-registry.js";
import type { LimitStore } from "../../src/governance/limit-store.js";
import { MemoryLimitStore } from "../../src/governance/memory-limit-store.js";
import { SqliteKeyStore } from "../../src/governance/sqlite-key-store.js";
import { createLogger } from "../../src/shared/logger.js";

const logger = createLogger({ level: "silent" });

async function guardWith(limits: LimitStore, apiKeys: readonly string[] = []): Promise<{ guard: GovernanceGuard; registry: KeyRegistry }> {
  const registry = await KeyRegistry.open({ store: new SqliteKeyStore(":memory:"), logger });
  return { guard: new GovernanceGuard({ registry, limits, logger, apiKeys }), registry };
}

describe("the governance guard", () => {
  it("requires keys only when configured: creating or revoking virtual keys never opens or closes the gateway", async () => {
    const { guard, registry } = await guardWith(new MemoryLimitStore());
    await expect(guard.admit({ headers: {}, alias: "a" })).resolves.toMatchObject({ keyId: undefined });
    const { key, secret } = await registry.create({ name: "only", models: ["a"], budget: undefined, rpm: undefined, tpm: undefined });
    // Still open: the first key does not silently start refusing every keyless client.
    await expect(guard.admit({ headers: {}, alias: "a" })).resolves.toMatchObject({ keyId: undefined });
    // An SDK's placeholder key is anonymous on an open gateway; a real key is identified and scoped.
    await expect(guard.admit({ headers: { authorization: "Bearer sk-placeholder" }, alias: "a" })).resolves.toMatchObject({ keyId: undefined });
    await expect(guard.admit({ headers: { authorization: `Bearer ${secret}` }, alias: "a" })).resolves.toMatchObject({ keyName: "only" });
    await expect(guard.admit({ headers: { authorization: `Bearer ${secret}` }, alias: "b" })).rejects.toMatchObject({ code: "forbidden" });

    guard.setRequireKeys(true);
    await expect(guard.admit({ headers: {}, alias: "a" })).rejects.toMatchObject({ code: "unauthenticated", message: expect.stringContaining("server.require_keys") as unknown });
    await expect(guard.admit({ headers: { authorization: "Bearer sk-placeholder" }, alias: "a" })).rejects.toMatchObject({ code: "unauthenticated" });
    await registry.revoke(key.id);
    // Revoked keys never count: refused on a closed gateway, and on an open one too (never silently anonymous).
    await expect(guard.admit({ headers: { authorization: `Bearer ${secret}` }, alias: "a" })).rejects.toMatchObject({ message: 'API key "only" was revoked' });
    await expect(guard.admit({ headers: {}, alias: "a" })).rejects.toBeInstanceOf(GatewayError);
    guard.setRequireKeys(false);
    await expect(guard.admit({ headers: { authorization: `Bearer ${secret}` }, alias: "a" })).rejects.toMatchObject({ message: 'API key "only" was revoked' });
    await expect(guard.admit({ headers: {}, alias: "a" })).resolves.toMatchObject({ keyId: undefined });
    await registry.close();
  });

  it("admits when the counter store fails (fail open), and settles only once", async () => {
    let charges = 0;
    const broken: LimitStore = {
      admit: () => Promise.reject(new Error("redis down")),
      charge: async () => {
        charges++;
      },
      close: async () => undefined,
    };
    const { guard, registry } = await guardWith(broken, ["sk-static"]);
    const { secret } = await registry.create({ name: "limited", models: ["a"], budget: undefined, rpm: 1, tpm: undefined });
    const admission = await guard.admit({ headers: { authorization: `Bearer ${secret}` }, alias: "a" });
    expect(admission.keyName).toBe("limited");
    admission.settle({ usage: undefined, costUsd: undefined });
    admission.settle({ usage: undefined, costUsd: undefined });
    expect(charges).toBe(1);
    // A static key is unscoped and unlimited; a wrong key is refused even with static keys configured.
    await expect(guard.admit({ headers: { "x-api-key": "sk-static" }, alias: "b" })).resolves.toMatchObject({ keyId: undefined });
    await expect(guard.admit({ headers: { authorization: "Bearer sk-other" }, alias: "a" })).rejects.toMatchObject({ code: "unauthenticated" });
    guard.setStaticKeys([]);
    await expect(guard.admit({ headers: { "x-api-key": "sk-static" }, alias: "b" })).rejects.toMatchObject({ code: "unauthenticated" });
    await registry.close();
  });
});
