/**
 * A gateway config's route names (LiteLLM's `model_list`): each `model_name:` is a name
 * clients call, served by the `model:` under its `litellm_params`. A route named after
 * another family than the one it serves (`model_name: gpt-4` over `ollama/llama2`) is only
 * a name; the `model:` line carries the dependency. A `fallbacks:` chain lists route names
 * that will serve, so each is a model choice.
 */
export interface GatewayRoutes {
  /** Line of a `model_name:` → the `model:` value its entry serves. */
  readonly servedBy: ReadonlyMap<number, string>;
  /** Lines inside a `fallbacks:` (or `*_fallbacks:`) block. */
  readonly fallbackLines: ReadonlySet<number>;
}

const routeName = /^(\s*)-?\s*model_name\s*:/;
const servedModel = /^\s*model\s*:\s*["']?([^"'\s#]+)/;
const entryStart = /^(\s*)-\s/;
const fallbacksKey = /^(\s*)["']?\w*fallbacks["']?\s*:/;

export function gatewayRoutesOf(text: string): GatewayRoutes | undefined {
  if (!text.includes("model_name") && !text.includes("fallbacks")) return undefined;
  const lines = text.split("\n");
  const servedBy = new Map<number, string>();
  const fallbackLines = new Set<number>();
  for (const [index, line] of lines.entries()) {
    if (routeName.test(line)) {
      const served = servedModelOf(lines, index);
      if (served !== undefined) servedBy.set(index + 1, served);
    }
    const fallbacks = fallbacksKey.exec(line);
    if (fallbacks === null) continue;
    fallbackLines.add(index + 1);
    const indent = (fallbacks[1] ?? "").length;
    for (let next = index + 1; next < lines.length; next += 1) {
      const text = lines[next] ?? "";
      if (text.trim() === "" || /^\s*#/.test(text)) continue;
      const depth = /^\s*/.exec(text)?.[0].length ?? 0;
      if (depth < indent || (depth === indent && !/^\s*-/.test(text))) break;
      fallbackLines.add(next + 1);
    }
  }
  return servedBy.size === 0 && fallbackLines.size === 0 ? undefined : { servedBy, fallbackLines };
}

/** The `model:` of the same list entry, looking forward until the next entry starts at the same depth. */
function servedModelOf(lines: readonly string[], index: number): string | undefined {
  const entry = entryStart.exec(lines[index] ?? "")?.[1]?.length ?? (/^\s*/.exec(lines[index] ?? "")?.[0].length ?? 0) - 2;
  for (let next = index + 1; next < lines.length && next < index + 40; next += 1) {
    const text = lines[next] ?? "";
    const start = entryStart.exec(text);
    if (start !== null && (start[1] ?? "").length <= entry) return undefined;
    if (text.trim() !== "" && !/^\s*#/.test(text) && (/^\s*/.exec(text)?.[0].length ?? 0) <= entry) return undefined;
    const model = servedModel.exec(text);
    if (model?.[1] !== undefined) return model[1];
  }
  return undefined;
}
