import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A Bedrock model id in its own grammar, `<vendor>.<family word>…-v<N>[:<M>]` (`anthropic.claude-v2`,
 * `anthropic.claude-instant-v1`, `cohere.command-text-v14`, `meta.llama2-13b-chat-v1`): the vendor prefix and the `-vN`
 * revision together name one model of that family, even where the family word carries no version of its own (the
 * catalog's ids start `claude-3`, `command-r`). Bedrock's provider prefixes are the catalog's vendor ids.
 */
interface BedrockPattern {
  readonly id: RegExp;
  /** `vendor/word` (lower case) to family id. */
  readonly families: ReadonlyMap<string, string>;
}

const cache = new WeakMap<AuditMatchers, BedrockPattern | null>();

function patternOf(matchers: AuditMatchers): BedrockPattern | null {
  const cached = cache.get(matchers);
  if (cached !== undefined) return cached;
  const families = new Map<string, string>();
  for (const id of matchers.families) {
    const family = matchers.catalog.family(id);
    const word = family?.name.split(/\s+/)[0]?.toLowerCase();
    if (family === undefined || word === undefined || !/^[a-z]+$/.test(word) || !/^[a-z0-9]+$/.test(family.vendor)) continue;
    families.set(`${family.vendor}/${word}`, id);
  }
  const vendors = [...new Set([...families.keys()].map((key) => key.split("/")[0] ?? ""))].sort((a, b) => b.length - a.length);
  const words = [...new Set([...families.keys()].map((key) => key.split("/")[1] ?? ""))].sort((a, b) => b.length - a.length);
  const pattern = families.size === 0 ? null : { families, id: new RegExp(`(?<![\\w.:/-])(${vendors.join("|")})\\.(${words.join("|")})[a-z0-9]*(?:-[a-z0-9]+)*-v\\d+(?::\\d+)?(?![\\w.-])`, "g") };
  cache.set(matchers, pattern);
  return pattern;
}

/** A comment line in code (`// …`, `# …`): an id named in passing or switched off. */
const commentLine = /^\s*(?:\/\/|#|\*|\/\*)/;

export function bedrockModelIdsOf(line: LineContext, matchers: AuditMatchers): Detection[] {
  const { text } = line;
  // Every Bedrock id has a `.` then a `-v`; most lines have no `-v`.
  if (!text.includes("-v") || (line.role !== "source" && line.role !== "notebook" && line.role !== "config" && line.role !== "deployment") || commentLine.test(text)) return [];
  const pattern = patternOf(matchers);
  if (pattern === null) return [];
  const detections: Detection[] = [];
  for (const match of matchesOf(text, pattern.id)) {
    const family = pattern.families.get(`${match[1] ?? ""}/${match[2] ?? ""}`);
    if (family === undefined || detections.some((detection) => detection.family === family)) continue;
    const name = matchers.catalog.family(family)?.name ?? family;
    detections.push({ line: line.number, column: match.index + 1, family, kind: "model-id", match: match[0], message: `model id ${match[0]} (a Bedrock id of the ${name} family)`, evidence: evidenceOf(text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  }
  return detections;
}
