import type { AuditMatchers } from "./audit-matchers.js";
import { matchesOf } from "./matches-of.js";

/**
 * An inference engine's per-architecture recipe folder (`tensorrt_llm/examples/llama`, `TensorRT-LLM/examples/models/core/qwen`):
 * TensorRT-LLM keeps the conversion script and build recipe of each architecture in a folder named for its model type, so a
 * script that enters it converts that family's checkpoint, and an engine built there (`…/examples/llama/output_engines/`)
 * is the one the server loads (label guide, round eighteen). Group 1 is the model type.
 */
const recipeFolder = /(?<![\w-])(?:tensorrt_llm|TensorRT-LLM)\/examples\/(?:models\/(?:core|contrib)\/)?([a-z][a-z0-9_]*)(?![\w-])/gi;

export interface EngineRecipeFolder {
  readonly column: number;
  readonly family: string;
  readonly match: string;
}

export function engineRecipeFoldersOf(text: string, matchers: AuditMatchers): EngineRecipeFolder[] {
  if (!text.includes("/examples/")) return [];
  const found: EngineRecipeFolder[] = [];
  for (const match of matchesOf(text, recipeFolder)) {
    const family = matchers.signatures.familyOfModelType((match[1] ?? "").toLowerCase());
    if (family !== undefined && !found.some((other) => other.family === family)) found.push({ column: match.index + 1, family, match: match[0] });
  }
  return found;
}
