import { hash, randomBytes } from "node:crypto";

const secretPrefix = "sk-sy-";

/** A new key secret: 32 random bytes, base64url, behind a prefix that secret scanners can match. */
export function newKeySecret(): string {
  return `${secretPrefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * SHA-256 of a secret, hex. A fast hash is right here (unlike passwords): the
 * secret has 256 bits of entropy, so there is nothing to brute-force, and the
 * gateway hashes every request's key. The one-shot `hash` costs about a quarter
 * of a `createHash` object's time (0.4 vs 1.6 µs here).
 */
export function hashKeySecret(secret: string): string {
  return hash("sha256", secret, "hex");
}

/** The non-secret start of a secret, for lists: `sk-sy-AbCd…`. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, secretPrefix.length + 4)}…`;
}
