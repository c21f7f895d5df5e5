/**
 * A docs block the sentence above introduces as what a request or command returns ("The output should be similar to the
 * following", "Expected response:", "You should see"): sample output, which names the model that answered and repeats
 * the tokens it printed, not a setting or a request (label guide, round eighteen; as aider's `--list-models` output in
 * round eight). The request the page sends, in its own block, carries the dependency. "Looks like this" alone is not
 * enough: "adding the secrets looks like this:" introduces a setup step (round twenty), so the sentence must name what
 * came back. Returns the block's lines, 1-based.
 */
const responseIntro = /\b(?:output|response|result|reply)\s+(?:should|will|would)\s+(?:be|look)\b|\b(?:output|response|result|reply|answer)\b[^.]*\b(?:looks?|be)\s+(?:similar\s+to|like)\s+(?:the\s+following|this)\b|^\s*(?:\*\*|__)?(?:the\s+)?(?:expected|example|sample|possible)\s+(?:output|response|result|reply)\b|\byou\s+should\s+(?:see|get|receive)\b/i;
const fence = /^\s*(?:```|~~~)/;

export function sampleResponseLinesOf(text: string): Set<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  let intro = "";
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").replace(/\r$/, "");
    if (!fence.test(line)) {
      if (line.trim() !== "") intro = line;
      continue;
    }
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1] ?? "```";
    const sample = responseIntro.test(intro);
    for (index += 1; index < lines.length && !(lines[index] ?? "").trimStart().startsWith(marker); index += 1) if (sample) found.add(index + 1);
    intro = "";
  }
  return found;
}

/**
 * A docs block whose fields the sentence right after it explains ("Where id is the model id, name is the model name …"):
 * it shows the format of an entry to write, and the model in it is an example of a value, not one the project uses
 * (label guide, round eighteen; as round fifteen's "e.g." names). Returns the block's lines, 1-based.
 */
const fieldsExplainedAfter = /^\s*(?:where|here,?)\s+`?[A-Za-z_][\w.]*`?\s+(?:is|are|sets?|gives?)\s+(?:the|a|an|your)\b/i;

export function formatExampleLinesOf(text: string): Set<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(lines[index] ?? "")?.[1];
    if (marker === undefined) continue;
    const open = index;
    for (index += 1; index < lines.length && !(lines[index] ?? "").trimStart().startsWith(marker); index += 1);
    let next = index + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next += 1;
    if (!fieldsExplainedAfter.test(lines[next] ?? "")) continue;
    for (let inside = open + 1; inside < index; inside += 1) found.add(inside + 1);
  }
  return found;
}
