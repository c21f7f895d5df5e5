import { evidenceOf, type Detection } from "../detection.js";
import { licenceObligations } from "./licence-obligations.js";
import { normalisePhrase, type AuditMatchers } from "./audit-matchers.js";
import { licenceOfStatement } from "./licence-statements.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/** A comment line of code (`# …`, `// …`, ` * …`, `<!-- …` in a resource file). */
const codeCommentLine = /^\s*(?:#|\/\/|\/\*|\*(?!\*)|<!--)/;
/**
 * Words by which a comment binds code to a licence (a file header: "distributed according to the terms of the Llama 2
 * Community License", "Licensed under …", "subject to …"). A comment naming the licence without them describes code that
 * handles it ("A composable for Gemma Terms of Use dialog", "Has the Gemma terms of use been accepted"): a remark.
 */
const bindingWords = /\b(?:licen[cs]ed|subject\s+to|governed|terms\s+of\s+the|according\s+to|under\s+the|distributed|provided\s+under|copyright|see|available\s+at)\b/i;
/** A display-name key's string value opening right before (`formatted_name = "`, `"display_name": "`). */
const displayNameValueBefore = /\b(?:formatted_?name|display_?name|displayName|formattedName)["']?\s*[:=]\s*["']$/i;
const presentsWords = /\b(?:built|powered|made|created|developed|based)\b/i;

/**
 * The notice's name run on into a longer model name: a version or variant joined to it ("Kimi K2.5", "Kimi K2-Instruct"),
 * or a further word naming a release or a series ("Kimi K2 Thinking", "Kimi K2 family", "Kimi K2 models"). The product
 * displays the notice as it is; a longer name is a model named in passing.
 */
const longerModelNameAfter = /^(?:[.-]?\w|\s+(?:[A-Z0-9][\w.-]*|family|series|models?|line(?:up)?)(?![\w-]))/;

/**
 * A notice that is only the model's name (Kimi's "Kimi K2") is shown where the product presents
 * itself; the same name in a code comment or in a coding assistant's instructions names the model in passing,
 * and so does the name run on into a longer model name anywhere (`longerModelNameAfter`).
 */
function isNameOnlyNoticeInPassing(line: LineContext, notice: string, column: number): boolean {
  if (presentsWords.test(notice)) return false;
  // A model choice's display name (`formatted_name = "Kimi K2.7 Code"`) names a model a picker offers, in any file.
  if (displayNameValueBefore.test(line.text.slice(0, column))) return true;
  if (line.file.agentInstructions === true) return true;
  if (longerModelNameAfter.test(line.text.slice(column + notice.length))) return true;
  return isCodeComment(line);
}

function isCodeComment(line: LineContext): boolean {
  return (line.role === "source" || line.role === "notebook") && codeCommentLine.test(line.text);
}

/** A licence's name in a code comment that does not bind the file to it (see `bindingWords`): a remark on code. */
function isRemarkInComment(line: LineContext): boolean {
  // A header's sentence may start on the comment line above ("…distributed according to the\n# terms of the Llama 2 Community License").
  return isCodeComment(line) && !bindingWords.test(line.text) && !(codeCommentLine.test(line.previous) && bindingWords.test(line.previous));
}

/**
 * A licence's address as the target of a prose link whose text does not name it ("[your data is used](https://ai.google.dev/gemini-api/terms#unpaid-services)"):
 * a link to a passage cited in passing, not the licence stated. Link text naming terms, a licence or a policy keeps it.
 */
function isLinkedInPassing(line: LineContext, phrase: string, index: number): boolean {
  if (line.role !== "prose" || !phrase.includes("/")) return false;
  const before = line.text.slice(0, index);
  const target = /\]\(\s*<?(?:https?:\/\/)?(?:www\.)?$/.exec(before);
  if (target === null) return false;
  const text = before.slice(before.lastIndexOf("[", target.index) + 1, target.index);
  return !/\b(?:terms|licen[cs]e|agreement|polic(?:y|ies))\b/i.test(text);
}

/** Model-card front matter (`license: llama3.1`, `license_name: llama4`). */
const licenceTag = /^\s*license(?:_name)?\s*:\s*["']?([\w.-]+)["']?\s*$/i;

/**
 * Licence texts and notices that bind the product: a vendored LICENSE or USE_POLICY,
 * a "Built with Llama" notice, a model card's licence tag. Each carries the
 * licence's obligations, read from the catalog's clauses.
 */
export function detectLicenceText(line: LineContext, matchers: AuditMatchers): Detection[] {
  const detections: Detection[] = [];
  for (const match of matchesOf(line.text, matchers.licencePhrase)) {
    const phrase = matchers.licencePhrases.get(normalisePhrase(match[0]));
    if (phrase === undefined) continue;
    if (phrase.licence === undefined && isNameOnlyNoticeInPassing(line, match[0], match.index)) continue;
    if (phrase.licence !== undefined && isRemarkInComment(line)) continue;
    if (phrase.licence !== undefined && isLinkedInPassing(line, match[0], match.index)) continue;
    detections.push({
      line: line.number,
      column: match.index + 1,
      family: phrase.family,
      kind: "license",
      match: match[0],
      message: phrase.licence === undefined ? `${phrase.label}: the product presents itself as built with this family` : `licence text: ${phrase.licence.name}`,
      evidence: evidenceOf(line.text),
      confidence: phrase.licence === undefined ? 0.8 : 0.95,
      ...(phrase.licence === undefined ? {} : { obligations: licenceObligations(phrase.licence) }),
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    });
  }
  for (const statement of matchers.licenceStatements.statements) {
    for (const match of matchesOf(line.text, statement.pattern)) {
      const licence = licenceOfStatement(statement, match[0]);
      detections.push({
        line: line.number,
        column: match.index + 1,
        family: statement.family,
        kind: "license",
        match: match[0],
        message: `licence statement: ${statement.label} (${licence.name})`,
        evidence: evidenceOf(line.text),
        confidence: 0.9,
        obligations: licenceObligations(licence),
        ...(line.cell === undefined ? {} : { cell: line.cell }),
      });
    }
  }
  const tag = licenceTag.exec(line.text);
  const licence = tag?.[1] === undefined ? undefined : matchers.licencesByTag.get(tag[1].toLowerCase());
  const family = licence === undefined ? undefined : matchers.references.licenceFamily(licence.id);
  if (tag?.[1] !== undefined && licence !== undefined && family !== undefined) {
    detections.push({
      line: line.number,
      column: line.text.indexOf(tag[1]) + 1,
      family,
      kind: "license",
      match: tag[1],
      message: `model card licence tag ${tag[1]}: ${licence.name}`,
      evidence: evidenceOf(line.text),
      confidence: 0.9,
      obligations: licenceObligations(licence),
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    });
  }
  return detections;
}
