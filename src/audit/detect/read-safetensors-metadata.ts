import { closeSync, openSync, readSync } from "node:fs";

/** safetensors caps its JSON header at 100 MB; we read at most this much of it. */
const maximumHeaderBytes = 100 * 1024 * 1024;

/**
 * The `__metadata__` string map of a safetensors file: 8 bytes of little-endian
 * header length, then that much JSON. Only the header is read, never the tensors.
 * Returns undefined for a file that is not safetensors.
 */
export function readSafetensorsMetadata(path: string): Record<string, string> | undefined {
  const descriptor = openSync(path, "r");
  try {
    const lengthBytes = Buffer.alloc(8);
    if (readSync(descriptor, lengthBytes, 0, 8, 0) < 8) return undefined;
    const length = lengthBytes.readBigUInt64LE(0);
    if (length < 2n || length > BigInt(maximumHeaderBytes)) return undefined;
    const header = Buffer.alloc(Number(length));
    if (readSync(descriptor, header, 0, header.length, 8) < header.length) return undefined;
    const parsed: unknown = JSON.parse(header.toString("utf8"));
    if (typeof parsed !== "object" || parsed === null || !("__metadata__" in parsed)) return {};
    const metadata: unknown = parsed.__metadata__;
    if (typeof metadata !== "object" || metadata === null) return {};
    return Object.fromEntries(Object.entries(metadata).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}
