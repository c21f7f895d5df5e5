import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A model set from a constant named after a checkpoint (`.modelName(CLAUDE_HAIKU_4_5_20251001)`, `.modelName(GPT_4_O_MINI)`,
 * `MODEL_NAME = LLAMA_3_1`, `model=MISTRAL_SMALL_LATEST`): the constant brings that model into the file that sets it (label
 * guide, round sixteen). The constant's name must read as a checkpoint: the family word, then only versions, sizes and tiers;
 * a list's name (`GEMINI_ONBOARDING_MODELS`) is not one (round fifteen).
 */
const modelSetting = /(?:\.model(?:Name|Id)?\(\s*|\b(?:[A-Za-z_]*_)?(?:model|MODEL)(?:_?(?:name|NAME|id|ID)|Name|Id)?\s*(?:=|:(?!:))\s*|\bmodel(?:_name|_id)?\s*=\s*)(?:[A-Z][A-Za-z0-9]*\.)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![\w(])/g;
/** Words a checkpoint's constant is made of after the family word, besides versions (`4`, `20251001`) and short parts (`O`, `V3`). */
const checkpointWords = new Set([
  "SMALL", "MEDIUM", "LARGE", "TINY", "MINI", "NANO", "LATEST", "PRO", "FLASH", "LITE", "ULTRA", "HAIKU", "SONNET", "OPUS",
  "TURBO", "INSTRUCT", "CHAT", "CODER", "VISION", "PREVIEW", "REASONER", "MAX", "PLUS", "EXP",
]);

function isCheckpointPart(part: string): boolean {
  return /^\d+$/.test(part) || part.length <= 2 || checkpointWords.has(part);
}

export function detectModelConstants(line: LineContext, matchers: AuditMatchers): Detection[] {
  // A setting of a model and an UPPER_SNAKE constant, before the setting's pattern.
  if ((!line.text.includes("odel") && !line.text.includes("ODEL")) || !/[A-Z0-9]_[A-Z0-9]/.test(line.text)) return [];
  const code = line.role === "source" || line.role === "notebook" || (line.role === "prose" && line.file.fencedLines?.has(line.number) === true);
  if (!code) return [];
  const detections: Detection[] = [];
  for (const match of matchesOf(line.text, modelSetting)) {
    const constant = match[1] ?? "";
    const [first, ...rest] = constant.split("_");
    const family = first === undefined ? undefined : first.toLowerCase();
    if (family === undefined || !matchers.families.has(family) || rest.length === 0 || !rest.every(isCheckpointPart)) continue;
    if (detections.some((detection) => detection.family === family)) continue;
    const name = matchers.catalog.family(family)?.name ?? family;
    detections.push({
      line: line.number,
      column: match.index + match[0].lastIndexOf(constant) + 1,
      family,
      kind: "model-id",
      match: constant,
      message: `sets the model from ${constant}, a ${name} checkpoint's constant`,
      evidence: evidenceOf(line.text),
      confidence: 0.75,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    });
  }
  return detections;
}
