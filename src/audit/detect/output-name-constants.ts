/**
 * Lines assigning a string to a name the file uses only to build where a save call writes (`lora_name =
 * "gemma2-2b_inquiry_tuned"`, then `path = f"weights/{lora_name}_epoch{n}.lora.h5"` and `save_lora_weights(path)`): the
 * name of the project's own output, as `output_dir` is (label guide: where output lands is not a use). A name also read
 * anywhere else (a load call, a request, a print) keeps its reading.
 */
const stringAssignment = /^\s*([A-Za-z_]\w*)\s*=\s*[fFrRbBuU]?["'][^"']*["']\s*$/;
const saveCall = /\.(?:save\w*|export\w*|to_disk|write\w*)\(/;

function wordPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w.])${name}(?!\\w)`);
}

/** The lines of `lines` (other than `skip`) that read `name`. */
function usesOf(lines: readonly string[], name: string, skip: number): number[] {
  const pattern = wordPattern(name);
  return lines.flatMap((line, index) => (index !== skip && pattern.test(line) ? [index] : []));
}

/** The use builds a path that only save calls read, or is a save call itself. */
function buildsSavedPath(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (saveCall.test(line)) return true;
  const built = /^\s*([A-Za-z_]\w*)\s*=\s*f["']/.exec(line);
  if (built?.[1] === undefined) return false;
  const reads = usesOf(lines, built[1], index);
  return reads.length > 0 && reads.every((read) => saveCall.test(lines[read] ?? ""));
}

export function outputNameConstantLinesOf(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const name = stringAssignment.exec(line)?.[1];
    if (name === undefined) continue;
    const uses = usesOf(lines, name, index);
    if (uses.length > 0 && uses.every((use) => buildsSavedPath(lines, use))) found.add(index + 1);
  }
  return found;
}
