import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { familySignatures } from "./family-signatures.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A list of model architectures the code routes on, set on one line (`static List<string> embeddingOnlyArchs = new List<string>
 * { "bert", …, "gemma-embedding" };`, `EMBEDDING_ARCHITECTURES = ["bert", "qwen3"]`): an item that is a family's architecture
 * name (a model type, alone or with a variant: `gemma-embedding`, `qwen2_vl`) makes the code handle that family's weights
 * in its own way, as round nine's `"model_type": "llama"` does (label guide, round twenty-four). A list named for what is
 * supported (`SUPPORTED_ARCHS`) says what a tool can load, not what it depends on (rounds eight and nine), and is left out.
 * Hardened after the second review: a list of machines (`cpu_archs = ["granite-rapids", …]`, `TARGET_ARCHS`) names processors,
 * not models; a hyphenated item counts only with a model-type suffix (`gemma-embedding`, `qwen-vl`), as `phi-2` or
 * `granite-rapids` is a model's or a chip's name, not an architecture. The finding is a routing config, not a model id.
 */
const architectureList = /(?<![\w$])([A-Za-z_]\w*?(?:Archs?|Architectures?|ARCHS?|ARCHITECTURES?|_archs?|_architectures?))\s*(?::[^=]*)?=[^=]/;
const supportedName = /support/i;
const machineName = /cpu|gpu|target|platform|host/i;
const modelTypeSuffix = /^-(?:embedding|embed|vl|vision|moe|text|audio|omni)$/;
const quotedItem = /["']([A-Za-z][\w.-]*)["']/g;
const modelTypes = familySignatures.flatMap((signature) => signature.modelTypes.map((type) => [type, signature.family] as const)).sort((a, b) => b[0].length - a[0].length);

/** `qwen2_vl`, `gemma3`, `gemma-embedding`: an underscore or a version, or a hyphen before a model-type suffix. */
function isVariantTail(tail: string): boolean {
  return tail.startsWith("-") ? modelTypeSuffix.test(tail) : /^[_\d]/.test(tail);
}

export function detectArchitectureLists(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || !/arch/i.test(line.text)) return [];
  const list = architectureList.exec(line.text);
  if (list === null || supportedName.test(list[1] ?? "") || machineName.test(list[1] ?? "")) return [];
  const detections: Detection[] = [];
  for (const item of matchesOf(line.text.slice(list.index), quotedItem)) {
    const name = (item[1] ?? "").toLowerCase();
    const family = modelTypes.find(([type]) => name === type || (name.startsWith(type) && isVariantTail(name.slice(type.length))))?.[1];
    if (family === undefined || !matchers.families.has(family) || detections.some((detection) => detection.family === family)) continue;
    detections.push({
      line: line.number,
      column: list.index + item.index + 2,
      family,
      kind: "config",
      match: item[1] ?? "",
      message: `${item[1] ?? ""}: an architecture ${list[1] ?? ""} routes, ${matchers.catalog.family(family)?.name ?? family} weights`,
      evidence: evidenceOf(line.text),
      confidence: 0.7,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    });
  }
  return detections;
}
