import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { aliasFamilies, launchAlias } from "./launch-aliases.js";
import type { LineContext } from "./line-context.js";

/**
 * A coding tool's short model alias passed where a model is launched (`aider --model sonnet`, `claude --model opus`,
 * `aider --model r1`): the tool resolves it to that family's current release, so the run depends on the family as a full id
 * would (label guide, round eight). Only aliases that name one family's tier or release and nothing else: Claude's tiers and
 * DeepSeek's R1. `flash`, `pro` or `mini` name tiers of several families and are left out. Only with a coding tool as the
 * line's command (see `launch-aliases.ts`): another program's `--model haiku` or `-m` is its own option.
 */
export function detectLaunchAliases(line: LineContext, matchers: AuditMatchers): Detection[] {
  const match = launchAlias.exec(line.text);
  const flag = match?.[1] ?? "--model";
  const alias = match?.[2];
  const family = alias === undefined ? undefined : aliasFamilies.get(alias.toLowerCase());
  if (match === null || alias === undefined || family === undefined || !matchers.families.has(family)) return [];
  return [{
    line: line.number,
    column: match.index + match[0].lastIndexOf(alias) + 1,
    family,
    kind: "model-id",
    match: alias,
    message: `launched with ${flag} ${alias}, the tool's alias for a ${matchers.catalog.family(family)?.name ?? family} model`,
    evidence: evidenceOf(line.text),
    confidence: 0.7,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}
