import type { ProviderMetadata, ReasoningPart } from "../../core/content-part.js";

/**
 * What an upstream needs to see its own reasoning again (Anthropic's signature,
 * redacted thinking, Gemini's thought signatures) travels in a reasoning item's
 * `encrypted_content`, as clients that keep no server state (`store: false`)
 * send it back. It is opaque to clients, as OpenAI's is; it is not encrypted,
 * because it holds nothing the upstream did not already give the client.
 */
const prefix = "swy1.";

interface Carried {
  readonly s?: string;
  readonly r?: string;
  readonly m?: ProviderMetadata;
}

export function encodeReasoningCarrier(part: Pick<ReasoningPart, "signature" | "redactedData" | "providerMetadata">): string | undefined {
  if (part.signature === undefined && part.redactedData === undefined && part.providerMetadata === undefined) return undefined;
  const carried: Carried = { s: part.signature, r: part.redactedData, m: part.providerMetadata };
  return prefix + Buffer.from(JSON.stringify(carried), "utf8").toString("base64url");
}

/** Undefined when the blob is not one of ours (e.g. OpenAI's own encrypted reasoning). */
export function decodeReasoningCarrier(blob: string): Pick<ReasoningPart, "signature" | "redactedData" | "providerMetadata"> | undefined {
  if (!blob.startsWith(prefix)) return undefined;
  try {
    const carried = JSON.parse(Buffer.from(blob.slice(prefix.length), "base64url").toString("utf8")) as Carried;
    return { signature: carried.s, redactedData: carried.r, providerMetadata: carried.m };
  } catch {
    return undefined;
  }
}
