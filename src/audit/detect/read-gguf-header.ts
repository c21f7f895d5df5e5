import { closeSync, openSync, readSync } from "node:fs";

export type GgufValue = string | number | bigint | boolean | readonly GgufValue[];

export interface GgufHeader {
  readonly version: number;
  readonly tensorCount: bigint;
  /** Scalar and string metadata; arrays are kept only when short (token lists are skipped, not stored). */
  readonly metadata: ReadonlyMap<string, GgufValue>;
}

export class GgufFormatError extends Error {
  override readonly name = "GgufFormatError";
}

/** The metadata section is a few KB to a few MB (token arrays); beyond this the file is not a sane GGUF. */
const maximumHeaderBytes = 64 * 1024 * 1024;
const chunkBytes = 64 * 1024;
const keptArrayLength = 16;
/** Byte sizes of the fixed-width value types, by type id (0–12, see the GGUF spec). */
const fixedSizes: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const stringType = 8;
const arrayType = 9;

/**
 * Reads a GGUF file's header and metadata key/value pairs only, in 64 KB chunks
 * from the start of the file, and stops before the tensor infos: a 40 GB model
 * costs a few reads. Little-endian files (every published GGUF) only.
 */
export function readGgufHeader(path: string): GgufHeader {
  const reader = new ChunkReader(path);
  try {
    if (reader.bytes(4).toString("latin1") !== "GGUF") throw new GgufFormatError("not a GGUF file (bad magic)");
    const version = reader.uint32();
    if (version < 1 || version > 3) throw new GgufFormatError(`unsupported GGUF version ${version}`);
    // Version 1 used 32-bit counts and lengths.
    const count = (): bigint => (version === 1 ? BigInt(reader.uint32()) : reader.uint64());
    const tensorCount = count();
    const kvCount = count();
    const metadata = new Map<string, GgufValue>();
    const readString = (): string => reader.bytes(Number(count())).toString("utf8");
    const readValue = (type: number): GgufValue => {
      switch (type) {
        case 0: return reader.bytes(1).readUInt8(0);
        case 1: return reader.bytes(1).readInt8(0);
        case 2: return reader.bytes(2).readUInt16LE(0);
        case 3: return reader.bytes(2).readInt16LE(0);
        case 4: return reader.uint32();
        case 5: return reader.bytes(4).readInt32LE(0);
        case 6: return reader.bytes(4).readFloatLE(0);
        case 7: return reader.bytes(1).readUInt8(0) !== 0;
        case stringType: return readString();
        case 10: return reader.uint64();
        case 11: return reader.bytes(8).readBigInt64LE(0);
        case 12: return reader.bytes(8).readDoubleLE(0);
        case arrayType: {
          const elementType = reader.uint32();
          const length = Number(count());
          const fixed = fixedSizes[elementType];
          if (fixed !== undefined && length > keptArrayLength) {
            reader.skip(fixed * length);
            return [];
          }
          const values: GgufValue[] = [];
          for (let index = 0; index < length; index += 1) {
            const value = readValue(elementType);
            if (index < keptArrayLength) values.push(value);
          }
          return values;
        }
        default: throw new GgufFormatError(`unknown GGUF value type ${type}`);
      }
    };
    for (let index = 0n; index < kvCount; index += 1n) {
      const key = readString();
      const value = readValue(reader.uint32());
      metadata.set(key, value);
    }
    return { version, tensorCount, metadata };
  } finally {
    reader.close();
  }
}

/** Positional reads through a small buffer; never more than `maximumHeaderBytes` in total. */
class ChunkReader {
  private readonly descriptor: number;
  private buffer = Buffer.alloc(0);
  /** File offset of buffer[0]. */
  private bufferStart = 0;
  private position = 0;

  constructor(path: string) {
    this.descriptor = openSync(path, "r");
  }

  bytes(length: number): Buffer {
    if (!Number.isSafeInteger(length) || length < 0 || this.position + length > maximumHeaderBytes) {
      throw new GgufFormatError("GGUF metadata is larger than 64 MB or corrupt");
    }
    this.ensure(length);
    const offset = this.position - this.bufferStart;
    this.position += length;
    return this.buffer.subarray(offset, offset + length);
  }

  uint32(): number {
    return this.bytes(4).readUInt32LE(0);
  }

  uint64(): bigint {
    return this.bytes(8).readBigUInt64LE(0);
  }

  skip(length: number): void {
    if (!Number.isSafeInteger(length) || this.position + length > maximumHeaderBytes) throw new GgufFormatError("GGUF metadata is larger than 64 MB or corrupt");
    this.position += length;
  }

  private ensure(length: number): void {
    const end = this.position + length;
    if (this.position >= this.bufferStart && end <= this.bufferStart + this.buffer.length) return;
    const size = Math.max(length, chunkBytes);
    const chunk = Buffer.alloc(size);
    const read = readSync(this.descriptor, chunk, 0, size, this.position);
    if (read < length) throw new GgufFormatError("GGUF file ends inside its header");
    this.buffer = chunk.subarray(0, read);
    this.bufferStart = this.position;
  }

  close(): void {
    closeSync(this.descriptor);
  }
}
