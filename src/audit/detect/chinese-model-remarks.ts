/**
 * Chinese prose that says what a series holds or how its models compare, not which one the tutorial runs (label guide,
 * round eleven: "what GPT-OSS is"), for every family:
 *
 * - the versions a series includes, listed after a colon ("…模型系列，包含两个版本：gpt-oss-120b 和 gpt-oss-20b");
 * - a model as the subject of a benchmark result ("GPT-OSS-120B 模型在核心推理基准测试中与 … 几乎持平"), unless a use verb
 *   stands in that first clause;
 * - a model another is compared with ("超越了 OpenAI o1 和 GPT‑4o 等专有模型", "与 OpenAI o4-mini 模型几乎持平").
 */
const versionsListBefore = /(?:包含|包括|分为|提供|推出了?)[^。；;]{0,12}?(?:版本|型号|规格|尺寸|变体)\s*[:：]\s*(?:[`*]*[\w.-]+[`*]*\s*(?:和|及|与|、|，|,)\s*)*[`*]*$/;
const clauseStartBefore = /(?:^\s*|[。！？；;]\s*)[`*]*$/;
const benchmarkSubjectAfter = /^[`*]*\s*(?:模型)?\s*在[^。；;，,]*?(?:基准|测试|评测|榜单|benchmark)[^。；;，,]*?(?:中|上)/i;
const comparedBefore = /(?:超越|超过|优于|媲美|比肩|对标|击败|持平于|相当于)了?\s*(?:[A-Za-z]+\s+)?(?:[`*]*[\w.‑-]+[`*]*\s*(?:和|及|与|、)\s*)*[`*]*$/;
const comparedWithBefore = /与\s*(?:[A-Za-z]+\s+)?[`*]*$/;
const comparisonAfter = /^[`*]*\s*(?:模型)?\s*(?:几乎)?(?:持平|相当|类似|相近|接近|媲美)|^[`*]*\s*(?:模型)?[^。；;，,]{0,24}?(?:取得|达到)(?:了)?(?:类似|相近|相当|接近)/;

/** The Chinese text around a candidate remarks on its series or compares it (see the module comment). */
export function isChineseModelRemark(options: { before: string; after: string; used: (text: string) => boolean }): boolean {
  const { before, after, used } = options;
  if (versionsListBefore.test(before)) return true;
  const benchmark = clauseStartBefore.test(before) ? benchmarkSubjectAfter.exec(after) : null;
  // The benchmark's own name may hold a verb ("推理基准测试"): the clause's use verb is read after it.
  if (benchmark !== null) return !used(after.slice(benchmark[0].length).split(/[。！？；;，,]/)[0] ?? "");
  return comparedBefore.test(before) || (comparedWithBefore.test(before) && comparisonAfter.test(after));
}
