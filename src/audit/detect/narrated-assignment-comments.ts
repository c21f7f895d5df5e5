/**
 * Whole-line comments that narrate the assignment on the next line (`# 加载 Qwen2.5 的 model 和 tokenizer` over
 * `tokenizer, model = get_model()`): the comment names every variable the next line assigns, and that line gets them from
 * a call given no string, so the model is chosen elsewhere (the function's own `from_pretrained`). The comment tells what
 * the step does; it sets nothing (label guide, round eleven: "comment narrating the load step"). A comment over a line
 * that gives the id itself, or that names other things, keeps its reading.
 */
const commentLine = /^\s*(?:#|\/\/)\s*(.*)$/;
const assignmentFromCall = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=\s*[A-Za-z_][\w.]*\(([^"'`]*)\)\s*;?\s*$/;

export function narratedAssignmentCommentsOf(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const comment = commentLine.exec(line);
    if (comment === null) continue;
    const assignment = assignmentFromCall.exec(lines[index + 1] ?? "");
    if (assignment === null) continue;
    const words = new Set((comment[1] ?? "").toLowerCase().match(/[a-z_]\w*/g) ?? []);
    const names = (assignment[1] ?? "").split(",").map((name) => name.trim().toLowerCase());
    if (names.every((name) => words.has(name))) found.add(index + 1);
  }
  return found;
}
