/**
 * Builds a little-endian GGUF v3 header with the given metadata, followed by
 * `padding` bytes standing in for tensor data. Strings are GGUF strings, numbers
 * uint32, string arrays type 9 of type 8 (like `tokenizer.ggml.tokens`).
 */
export function buildGguf(metadata: Readonly<Record<string, string | number | readonly string[]>>, padding = 0): Buffer {
  const parts: Buffer[] = [];
  const u32 = (value: number) => {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    return buffer;
  };
  const u64 = (value: number) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(value));
    return buffer;
  };
  const gstring = (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    return Buffer.concat([u64(bytes.length), bytes]);
  };
  const entries = Object.entries(metadata);
  parts.push(Buffer.from("GGUF", "latin1"), u32(3), u64(0), u64(entries.length));
  for (const [key, value] of entries) {
    parts.push(gstring(key));
    if (typeof value === "string") parts.push(u32(8), gstring(value));
    else if (typeof value === "number") parts.push(u32(4), u32(value));
    else parts.push(u32(9), u32(8), u64(value.length), ...value.map(gstring));
  }
  parts.push(Buffer.alloc(padding, 0x5a));
  return Buffer.concat(parts);
}

/** A safetensors file: 8-byte header length, JSON header with `__metadata__`, then fake tensor bytes. */
export function buildSafetensors(metadata: Readonly<Record<string, string>>): Buffer {
  const header = Buffer.from(JSON.stringify({ __metadata__: metadata, "weight": { dtype: "F16", shape: [2, 2], data_offsets: [0, 8] } }), "utf8");
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, header, Buffer.alloc(8, 1)]);
}
