import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";
import { perMatchers } from "./family-word-patterns.js";

/**
 * The bare id of a family whose catalog keywords are all phrases opening on one common English word (Cohere's `command r`,
 * `command light`: `command`), set where a model is expected: `--model command-medium`, `interpreter.llm.model = "command"`,
 * `completion_model: "command",` (label guide, round thirteen's bare `command` id; round twenty-three's provider page). The word
 * alone is English ("the command line", an MCP server's `command:` key), so it never counts as a keyword; the whole value of a
 * model flag or of a key ending in `model`, the word alone or joined by hyphens to more (`command-xlarge-beta`), is the vendor's
 * id. Families with a one-word keyword (`mistral`) are found by the keyword rules already.
 */
interface PhraseFamilies {
  readonly value: RegExp;
  /** Lower-case opening word to family id. */
  readonly families: ReadonlyMap<string, string>;
  /** Per family, the words its keywords put after the opening one (`r`, `light` for Cohere's `command r`, `command light`). */
  readonly variants: ReadonlyMap<string, ReadonlySet<string>>;
}

const phraseFamiliesOf = perMatchers((matchers): PhraseFamilies | null => {
  const families = new Map<string, string>();
  const variants = new Map<string, Set<string>>();
  for (const id of matchers.families) {
    const keywords = matchers.catalog.family(id)?.keywords ?? [];
    const openings = new Set(keywords.map((keyword) => keyword.split(" ")[0]?.toLowerCase() ?? ""));
    const [opening] = [...openings];
    if (keywords.length > 0 && keywords.every((keyword) => keyword.includes(" ")) && openings.size === 1 && opening !== undefined && /^[a-z]+$/.test(opening)) {
      families.set(opening, id);
      variants.set(id, new Set(keywords.map((keyword) => keyword.split(" ")[1] ?? "")));
    }
  }
  const words = [...families.keys()].sort((a, b) => b.length - a.length);
  return words.length === 0 ? null : { families, variants, value: new RegExp(`(?:--model(?:\\s+|=)["']?|(?<![\\w-])[\\w.]*model["']?\\s*[:=]\\s*["'])(${words.join("|")})((?:-[a-z0-9]+)*)(?=["']|\\s*$|\\s+(?:#|\\/\\/))`, "gi") };
});

/**
 * Hardened after the second review: the word alone or with a variant the catalog does not know (`mytool --model command`,
 * `inputModel: "command-line"`) is the vendor's id only in a file that names the vendor (`cohere`, Bedrock's `amazon.` ids);
 * `command-line` never is.
 */
function trusted(line: LineContext, matchers: AuditMatchers, family: string, suffix: string, variants: ReadonlySet<string> | undefined): boolean {
  if (/^-line\b/i.test(suffix)) return false;
  const variant = suffix.split("-")[1]?.toLowerCase();
  if (variant !== undefined && variants?.has(variant) === true) return true;
  const vendor = matchers.catalog.family(family)?.vendor;
  if (vendor === undefined) return false;
  const vendorName = matchers.catalog.vendor(vendor)?.name.split(/\s+/)[0];
  return line.file.namesWord?.(vendor) === true || (vendorName !== undefined && line.file.namesWord?.(vendorName) === true);
}

/** A line that is only a comment: a model named in passing or switched off. */
const commentLine = /^\s*(?:\/\/|#|\*|\/\*|--\s)/;

export function phraseFamilyModelIdsOf(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!/model/i.test(line.text) || commentLine.test(line.text) || line.file.disabledLines?.has(line.number) === true) return [];
  const built = phraseFamiliesOf(matchers);
  if (built === null) return [];
  const detections: Detection[] = [];
  for (const match of matchesOf(line.text, built.value)) {
    const word = match[1] ?? "";
    const family = built.families.get(word.toLowerCase());
    if (family === undefined || detections.some((detection) => detection.family === family) || !trusted(line, matchers, family, match[2] ?? "", built.variants.get(family))) continue;
    const id = `${word}${match[2] ?? ""}`;
    const name = matchers.catalog.family(family)?.name ?? family;
    const column = match.index + match[0].length - id.length + 1;
    detections.push({ line: line.number, column, family, kind: "model-id", match: id, message: `model id ${id} (the ${name} family's id, set where a model is expected)`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  }
  return detections;
}
