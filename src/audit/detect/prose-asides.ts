import type { LineContext } from "./line-context.js";

/**
 * Prose that names a model aside from any use (label guide: a release named in passing is a decoy; residue of rounds one
 * to seventeen, 2026-12-07 afternoon). Each shape reads only the line's own text, for every family:
 *
 * - a bold run-in title opening a paragraph (`**Codestral API Key**: The API keys for …`): the paragraph's topic, read as
 *   a heading is (it counts only with a use verb in it). A list item's bold title (`1. **Mistral API Key**: Sign up …`)
 *   names a step or prerequisite of the setup and keeps its reading;
 * - what a picture shows ("The screenshot below shows `o3-mini` and `gpt-4o` deployments"): a caption of the image;
 * - the model a sample below is for ("Below is the `mlc-chat-config.json` file corresponding to Llama2 model:"): the
 *   sample's own lines carry the dependency, the line that introduces it names what it is an example of;
 * - a remark whose subject is the model after a clause giving the reason ("Due to the length of the prompts, **Gemma-4-E4B**
 *   currently offers the most stable tool calling"): what the model does, as "X supports …" at a sentence's start is.
 */
const runInTitleBefore = /^\s*\*\*[^*]*$/;
const runInTitleAfter = /^[^*]*(?::\*\*|\*\*\s*:)/;
const pictureShowsBefore = /\b(?:screen\w*|image|figure|picture|diagram|illustration)\s+(?:below|above)\s+(?:shows?|displays?|illustrates?)\b[^.;!?]*$/i;
const sampleIntroBefore = /^\s*(?:below|here)\s+(?:is|are)\b(?:[^.;!?]|\.(?=\S))*\b(?:for|corresponding\s+to)\s+(?:the\s+)?[`*]*$/i;
const endsWithColon = /:\s*$/;
const reasonClauseSubjectBefore = /(?:^\s*(?:[-*+]\s+)?(?:\*\*[^*]+\*\*\s*)?|[.!?]\s+)(?:due\s+to|because\s+of|thanks\s+to|given)\b[^.;!?]*,\s+(?:the\s+)?[`*]*$/i;
const remarkVerbAfter = /^[`*]*\s+(?:(?:currently|still|generally|usually|typically|often)\s+)?(?:offers|provides|gives|delivers|performs|works|handles|supports|struggles|is|has)\b/i;

export function isProseAside(options: { line: LineContext; before: string; after: string; used: (text: string) => boolean }): boolean {
  const { line, before, after, used } = options;
  if (line.role !== "prose" || line.file.fencedLines?.has(line.number) === true) return false;
  if (runInTitleBefore.test(before) && runInTitleAfter.test(after)) {
    const title = `${before}${after.slice(0, after.indexOf("*"))}`;
    return !used(title);
  }
  if (pictureShowsBefore.test(before)) return true;
  // A hyphenated compound (`tool-calling behavior`) is an adjective, not the clause's verb.
  if (reasonClauseSubjectBefore.test(before) && remarkVerbAfter.test(after)) return !used((/^[^.;!?]*/.exec(after)?.[0] ?? after).replace(/\b[\w]+-[\w-]+/g, ""));
  return sampleIntroBefore.test(before) && endsWithColon.test(after) && !used(line.text);
}
