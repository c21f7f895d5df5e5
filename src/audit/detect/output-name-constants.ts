import { matchesOf } from "./matches-of.js";

/**
 * Lines assigning a string to a name the file uses only to build where a save call writes (`lora_name =
 * "gemma2-2b_inquiry_tuned"`, then `path = f"weights/{lora_name}_epoch{n}.lora.h5"` and `save_lora_weights(path)`): the
 * name of the project's own output, as `output_dir` is (label guide: where output lands is not a use). A name also read
 * anywhere else (a load call, a request, a print) keeps its reading.
 */
const stringAssignment = /^\s*([A-Za-z_]\w*)\s*=\s*[fFrRbBuU]?["'][^"']*["']\s*$/;
const saveCall = /\.(?:save\w*|export\w*|to_disk|write\w*)\(/;
const fStringAssignment = /^\s*([A-Za-z_]\w*)\s*=\s*f["']/;
/** A name read on a line: not an attribute (`self.name`) and not part of a longer word. */
const identifier = /(?<![\w.])[A-Za-z_]\w*/g;

/**
 * The lines that read each name, from one pass over the file. Building a pattern per assignment and scanning every line
 * with it made a file of many string constants quadratic (review of the evening's fixes, 2a: 325 KB took 10 s).
 */
function linesByName(lines: readonly string[]): ReadonlyMap<string, readonly number[]> {
  const byName = new Map<string, number[]>();
  for (const [index, line] of lines.entries()) {
    for (const match of matchesOf(line, identifier)) {
      const found = byName.get(match[0]);
      if (found === undefined) byName.set(match[0], [index]);
      else if (found.at(-1) !== index) found.push(index);
    }
  }
  return byName;
}

/**
 * Whether every line reading a name, other than the one at `skip`, passes a test (and there is one), decided once per name:
 * a name assigned on many lines must not rescan its uses per assignment.
 */
function everyOtherUse(byName: ReadonlyMap<string, readonly number[]>, passes: (index: number) => boolean): (name: string, skip: number) => boolean {
  // Per name: the lines that read it, and its first two lines that fail the test (two are enough whatever line is skipped).
  const verdicts = new Map<string, { uses: ReadonlySet<number>; failing: readonly number[] }>();
  return (name, skip) => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      const uses = byName.get(name) ?? [];
      const failing: number[] = [];
      for (const use of uses) {
        if (!passes(use)) failing.push(use);
        if (failing.length === 2) break;
      }
      verdict = { uses: new Set(uses), failing };
      verdicts.set(name, verdict);
    }
    const others = verdict.uses.size - (verdict.uses.has(skip) ? 1 : 0);
    return others > 0 && verdict.failing.every((index) => index === skip);
  };
}

export function outputNameConstantLinesOf(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  // Without a save call no use can build a saved path: most files stop here, before the file is tokenised.
  if (!saveCall.test(text)) return found;
  const lines = text.split("\n");
  const byName = linesByName(lines);
  const onlySaved = everyOtherUse(byName, (index) => saveCall.test(lines[index] ?? ""));
  /** The use builds a path that only save calls read, or is a save call itself. */
  const buildsSavedPath = (index: number): boolean => {
    const line = lines[index] ?? "";
    if (saveCall.test(line)) return true;
    const built = fStringAssignment.exec(line)?.[1];
    return built !== undefined && onlySaved(built, index);
  };
  const onlyBuildingSavedPaths = everyOtherUse(byName, buildsSavedPath);
  for (const [index, line] of lines.entries()) {
    const name = stringAssignment.exec(line)?.[1];
    if (name !== undefined && onlyBuildingSavedPaths(name, index)) found.add(index + 1);
  }
  return found;
}
