import { isMissing } from "../decide/evidence/decision-evidence.js";
import type { Brief } from "./brief.js";
import { formatPercent, formatUsd } from "./format-number.js";

/**
 * The paragraph a reader who stops after it should still act on: where the
 * dependency is, what it carries, whether the vendor is closing, what the
 * candidates showed and which decision is due. Each clause names its source and date.
 */
export function summaryParagraph(brief: Omit<Brief, "summary">): string {
  const sentences: string[] = [];
  if (!isMissing(brief.exposure) && brief.exposure.rows.length > 0) {
    const top = brief.exposure.rows[0]!;
    const total = brief.exposure.rows.reduce((sum, row) => sum + row.total, 0);
    const critical = brief.exposure.rows.reduce((sum, row) => sum + row.counts.critical, 0);
    sentences.push(
      `The code depends on ${brief.exposure.rows.length} model ${brief.exposure.rows.length === 1 ? "family" : "families"} in ${total} places, ${critical} of them critical; the largest exposure is ${top.familyName} (${top.total} places, ${top.counts.critical} critical) [audit: ${brief.exposure.source}, ${brief.exposure.date}].`,
    );
  } else if (!isMissing(brief.exposure)) sentences.push(`The audit found no dependency on a model family [audit: ${brief.exposure.source}, ${brief.exposure.date}].`);
  if (!isMissing(brief.traffic) && brief.traffic.totalRequests > 0) {
    const top = brief.traffic.byFamily[0]!;
    sentences.push(
      `Over ${brief.traffic.date}, the gateway served ${brief.traffic.totalRequests.toLocaleString("en-US")} requests costing ${formatUsd(brief.traffic.totalSpendUsd)}; ${top.key} carried ${formatPercent(top.share)} of them and ${formatUsd(top.spendUsd)} of the spend [${brief.traffic.source}].`,
    );
  }
  if (!isMissing(brief.gap)) {
    for (const vendor of brief.gap.vendors) {
      for (const trigger of vendor.triggers) sentences.push(`Watch rule "${trigger.rule}" is firing for ${vendor.vendorName} since ${trigger.since}: ${trigger.message} [${brief.gap.source}, ${brief.gap.date}].`);
    }
  }
  if (!isMissing(brief.verdicts) && brief.verdicts.length > 0) {
    const good = brief.verdicts.filter((verdict) => verdict.outcome === "superior" || verdict.outcome === "non-inferior");
    const example = good[0] ?? brief.verdicts[0]!;
    sentences.push(`${good.length} of ${brief.verdicts.length} candidate comparisons showed the candidate no worse than the current model; for example, ${example.text} [eval: ${example.source}, ${example.date}].`);
  }
  const open = brief.decisions.rows.filter((row) => row.status === "proposed");
  const next = open.filter((row) => row.days_left !== null).sort((a, b) => a.days_left! - b.days_left!)[0];
  if (next !== undefined) {
    const due = next.days_left! < 0 ? `${-next.days_left!} days overdue` : `due in ${next.days_left} days (${next.deadline})`;
    sentences.push(`${open.length} decision${open.length === 1 ? " is" : "s are"} open; "${next.title}"${next.owner ? `, owned by ${next.owner},` : ""} is ${due} [decisions: ${brief.decisions.source}, ${brief.decisions.date}].`);
  } else if (brief.decisions.rows.length > 0) sentences.push(`No decision is open; ${brief.decisions.rows.length} recorded [decisions: ${brief.decisions.source}, ${brief.decisions.date}].`);
  else sentences.push(`No decision has been recorded yet [decisions: ${brief.decisions.source}].`);
  const fired = brief.decisions.rows.filter((row) => row.triggers.length > 0);
  if (fired.length > 0) sentences.push(`${fired.length} decision${fired.length === 1 ? " has" : "s have"} a revisit trigger that fired since it was taken.`);
  return sentences.join(" ");
}
