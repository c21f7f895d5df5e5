/** Deepest `{`/`[` nesting a request body may have; real requests (JSON Schemas in tools included) stay far below it. */
export const maxJsonDepth = 64;

/**
 * Whether JSON text nests objects and arrays deeper than `limit`. One pass over
 * the characters, skipping string contents (with their escapes), so it costs no
 * more than the parse it guards and never recurses itself.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
