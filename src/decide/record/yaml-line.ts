import type { Document, LineCounter } from "yaml";

/**
 * The line of the node at `path`, or of the nearest ancestor that exists (an
 * unknown or missing key is reported on its parent's line), relative to the YAML text.
 */
export function yamlLine(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const segments = path.slice(0, length);
    const parent = length > 0 ? (document.getIn(segments.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined) : undefined;
    const pair = parent?.items?.find((item) => item.key?.value === segments[segments.length - 1]);
    if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
    const node = document.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
