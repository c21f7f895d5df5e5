import type { AuditMatchers } from "./audit-matchers.js";
import { matchesOf } from "./matches-of.js";

/**
 * A member of an engine's architecture enum (`Architecture.DeepseekV3`, `MultimodalArchitecture.Phi3V`,
 * `Architecture::GraniteMoeHybrid`), or any enum member passed as `arch=`: the code selects that family's model
 * implementation to load the weights with, as `LlamaForCausalLM` does (label guide, round eighteen). Group 1 is the member.
 */
const architectureMember = /(?<![A-Za-z0-9_])(?:[A-Z][A-Za-z0-9]*)?Architecture(?:::|\.)([A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_])|\barch\s*[=:]\s*(?:[A-Z][A-Za-z0-9_]*(?:::|\.))+([A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_])/g;
/** The member's first word, CamelCase or snake case (`Deepseek` in `DeepseekV3`, `Gpt` in `GptOss`, `Phi` in `Phi3V`). */
const firstWord = /^[A-Z][a-z]+|^[A-Z]+(?![a-z])/;

export interface ArchitectureMember {
  readonly column: number;
  readonly family: string;
  readonly match: string;
}

/** The architecture enum members on a line of code whose first word is a family's word; vendor words never count. */
export function architectureMembersOf(text: string, matchers: AuditMatchers): ArchitectureMember[] {
  if (!text.includes("rch")) return [];
  const { signatures } = matchers;
  const found: ArchitectureMember[] = [];
  for (const match of matchesOf(text, architectureMember)) {
    const member = match[1] ?? match[2] ?? "";
    const word = firstWord.exec(member)?.[0] ?? "";
    if (word === "" || signatures.isVendorWord(word)) continue;
    const family = signatures.familyOfClass(member) ?? signatures.familyOfIdentifierWord(word);
    if (family === undefined || found.some((other) => other.family === family)) continue;
    found.push({ column: match.index + match[0].lastIndexOf(member) + 1, family, match: match[0] });
  }
  return found;
}
