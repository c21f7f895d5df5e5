import { randomBytes } from "node:crypto";
import { hashKeySecret, newKeySecret, secretHint } from "./key-secret.js";
import type { KeySpec } from "./key-spec.js";
import type { VirtualKey } from "./virtual-key.js";

/** A new key record and its secret. The secret exists only in this return value: show it once, store the record. */
export function createVirtualKey(spec: KeySpec, now: Date = new Date()): { readonly key: VirtualKey; readonly secret: string } {
  const secret = newKeySecret();
  const key: VirtualKey = {
    id: `key_${randomBytes(9).toString("base64url")}`,
    name: spec.name,
    secretHash: hashKeySecret(secret),
    secretHint: secretHint(secret),
    models: spec.models,
    budget: spec.budget,
    rpm: spec.rpm,
    tpm: spec.tpm,
    createdAt: now.toISOString(),
    revokedAt: undefined,
  };
  return { key, secret };
}
