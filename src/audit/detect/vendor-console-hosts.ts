import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/** A vendor console's host named after the family (`console.mistral.ai`, `platform.deepseek.com`), at its root or keys page; group 1 is the word. */
const consoleHost = /\bhttps?:\/\/(?:console|platform)\.([a-z]+)\.(?:ai|com|cn)(?:\/(?:api[-_]?keys?|settings\/keys)\/?)?(?=[\s>)\]"'.,]|$)/g;
/** The line says the key comes from there, or that the user signs up there. */
const keySetupWords = /\bAPI[\s_-]+keys?\b|\bsign\s+up\b/i;

/**
 * The family vendor's console, where a setup gets the family's API key ("Get your API key from <https://console.mistral.ai/api-keys>",
 * "Sign up at <https://platform.deepseek.com>"): the family's API the setup needs (round seventeen's console reading, extended to
 * its address by round twenty-two). In prose and in comments (a roxygen header says it), as the vendor's key is read there.
 *
 * Never: a docs page on the same host (`platform.deepseek.com/api-docs/…`), a console named without a key or sign-up, a vendor's
 * own word as the host (`console.anthropic.com`: Anthropic is no family word).
 */
export function detectVendorConsoleHosts(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!line.text.includes("://") || !keySetupWords.test(line.text)) return [];
  const found: Detection[] = [];
  for (const match of matchesOf(line.text, consoleHost)) {
    const family = matchers.signatures.familyOfIdentifierWord(match[1] ?? "");
    if (family === undefined || found.some((detection) => detection.family === family)) continue;
    const name = matchers.catalog.family(family)?.name ?? family;
    found.push({ line: line.number, column: match.index + 1, family, kind: "config", match: match[0], message: `${match[0]}: the console where the setup gets its key for the ${name} API`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  }
  return found;
}
