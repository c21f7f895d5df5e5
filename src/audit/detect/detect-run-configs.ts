import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A Python config an evaluation harness runs (`opencompass examples/eval_deepseek_r1.py`, `python run.py configs/eval_llama3.py`),
 * named after the model it evaluates: the config loads that model, as `--config llama3_2/…` or `-C configs/qwen3.5-0.8b.json`
 * does (label guide, round ten: "run a config named after its model"). Harnesses whose configs are Python files take them as
 * the first argument of their command or of their `run.py`; any other script's argument (`python convert.py llama.py`) and a
 * script run by `python` itself (`python llama_train.py`, a script) are not configs.
 */
const runConfig = /(?:^|[\s;&|`$(])(?:opencompass|(?:python3?\s+)?[\w./-]*\brun\.py)\s+["']?((?:[\w.-]+\/)*([\w.-]+)\.py)(?=["'\s;&|)`]|$)/g;

/**
 * The family keyword pattern without its global flag, one per matcher set: `exec` on the shared global one moves its
 * `lastIndex`, which every other detector scanning with it would then start from.
 */
const firstKeywords = new WeakMap<AuditMatchers, RegExp>();

function firstKeywordOf(matchers: AuditMatchers): RegExp {
  let pattern = firstKeywords.get(matchers);
  if (pattern === undefined) {
    pattern = new RegExp(matchers.familyKeyword.source, matchers.familyKeyword.flags.replace(/[gy]/g, ""));
    firstKeywords.set(matchers, pattern);
  }
  return pattern;
}

export function detectRunConfigs(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!line.text.includes(".py") || (line.role !== "prose" && line.role !== "source" && line.role !== "notebook")) return [];
  for (const match of matchesOf(line.text, runConfig)) {
    const name = match[2] ?? "";
    // The config's name as words (`eval deepseek r1`), so the family keyword matches as a whole word.
    const words = name.replace(/[_.-]+/g, " ");
    const keyword = firstKeywordOf(matchers).exec(words);
    const family = keyword === null ? undefined : matchers.catalog.resolve(keyword[0])?.family.id;
    if (family === undefined || !matchers.families.has(family)) continue;
    const config = match[1] ?? "";
    return [{
      line: line.number,
      column: line.text.indexOf(config, match.index) + 1,
      family,
      kind: "model-id",
      match: config,
      message: `runs ${config}, a config named after the ${matchers.catalog.family(family)?.name ?? family} model it evaluates`,
      evidence: evidenceOf(line.text),
      confidence: 0.65,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  return [];
}
