import { criticalities } from "../audit/index.js";
import { daysBetween } from "./calendar-date.js";
import { isMissing, type DecisionEvidence } from "./evidence/decision-evidence.js";
import { describeTrigger, type TriggerState } from "./fired-triggers.js";
import type { DecisionRecord } from "./record/decision-record.js";
import type { WatchEvent } from "../watch/read-watch-summary.js";

/** `decide show --format json`: the record, its trigger states and the refreshed evidence. */
export function decisionJson(record: DecisionRecord, evidence: DecisionEvidence, triggers: readonly TriggerState[]): unknown {
  return {
    record: { ...record, subject: undefined, family: record.subject.kind === "family" ? record.subject.family : null, models: record.subject.kind === "models" ? record.subject.models : null },
    revisit: triggers.map((state) => ({ trigger: describeTrigger(state.trigger), state: state.state, date: state.date ?? null, message: state.message })),
    evidence: {
      ...evidence,
      terms: evidence.terms.map((term) => ({ ...term, model: term.model?.id ?? null })),
    },
  };
}

const percent = (fraction: number): string => `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
/** Amounts under a cent keep four decimals, so a small pilot does not read as $0.00. */
const usd = (value: number): string => (value !== 0 && Math.abs(value) < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`);

/** `decide show`: the record file as written, then an "Evidence" section refreshed now. */
export function decisionMarkdown(options: { text: string; record: DecisionRecord; evidence: DecisionEvidence; triggers: readonly TriggerState[] }): string {
  const { record, evidence } = options;
  const lines: string[] = [options.text.trimEnd(), "", `## Evidence (refreshed ${evidence.gatheredOn})`, ""];
  if (record.deadline !== undefined) {
    const days = daysBetween(evidence.gatheredOn, record.deadline);
    lines.push(`Deadline ${record.deadline}: ${days >= 0 ? `${days} days left` : `${-days} days past`}${record.owner ? `; owner ${record.owner}` : ""}; status ${record.status}.`, "");
  }

  lines.push("### Audit exposure", "");
  if (isMissing(evidence.exposure)) lines.push(`Not available: ${evidence.exposure.missing}.`);
  else {
    const exposure = evidence.exposure;
    lines.push(`${exposure.findings} finding(s) for ${exposure.families.join(", ")} — ${criticalities.map((level) => `${exposure.byCriticality[level]} ${level}`).join(", ")}. Source: ${exposure.source}, ${exposure.date}.`);
  }
  lines.push("", "### Eval verdicts", "");
  if (isMissing(evidence.verdicts)) lines.push(`Not available: ${evidence.verdicts.missing}.`);
  else if (evidence.verdicts.length === 0) lines.push("No eval result compares any option with a baseline.");
  else for (const verdict of evidence.verdicts) lines.push(`* **${verdict.option}** vs ${verdict.baseline}: ${verdict.outcome} — ${verdict.text}. Source: ${verdict.source} (suite ${verdict.suite}), ${verdict.date}.`);

  lines.push("", "### Traffic and spend", "");
  if (isMissing(evidence.traffic)) lines.push(`Not available: ${evidence.traffic.missing}.`);
  else {
    const traffic = evidence.traffic;
    const share = traffic.share === undefined ? "no requests recorded" : `${percent(traffic.share)} of ${traffic.totalRequests} requests`;
    const unpriced = traffic.costUnknown > 0 ? ` (${traffic.costUnknown} request(s) could not be priced)` : "";
    lines.push(`${traffic.requests} requests (${share}), ${usd(traffic.spendUsd)} of ${usd(traffic.totalSpendUsd)} spend${unpriced}, ${traffic.since} to ${traffic.until}. Source: ${traffic.source}, ${traffic.date}.`);
  }

  lines.push("", "### Options: licence and lock-in", "");
  if (evidence.terms.length === 0) lines.push("No options listed.");
  for (const term of evidence.terms) {
    if (term.model === undefined) {
      lines.push(`* **${term.option}**: not in the catalog.`);
      continue;
    }
    const lockIn = term.lockIn === undefined ? "unknown" : `${term.lockIn.level} (${term.lockIn.reasons.join("; ")})`;
    const price = term.cheapestPrice === undefined ? "no list price" : `from $${term.cheapestPrice.input} in / $${term.cheapestPrice.output} out per million tokens at ${term.cheapestPrice.provider} (${term.cheapestPrice.basis}, as of ${term.cheapestPrice.asOf})`;
    lines.push(`* **${term.option}** (${term.model.name}, ${term.vendor ?? "?"}): licence ${term.licence?.shortName ?? "unknown"}; ${term.model.openWeight ? "open weights" : "closed weights"}; self-hostable: ${term.selfHostable === undefined ? "unknown" : term.selfHostable ? "yes" : "no"}; lock-in ${lockIn}; ${price}.`);
    for (const obligation of term.obligations) lines.push(`  * ${obligation}`);
  }
  if (evidence.terms.length > 0) lines.push("", `Source: ${evidence.terms[0]!.source}, ${evidence.terms[0]!.date}.`);

  if (evidence.criteria.length > 0) {
    lines.push("", "### Criteria", "", "| option | criterion | result | evidence |", "|---|---|---|---|");
    for (const assessment of evidence.criteria) lines.push(`| ${assessment.option} | ${assessment.criterion} | ${assessment.result} | ${assessment.detail.replaceAll("|", "\\|")} |`);
  }

  lines.push("", "### Watch", "");
  if (isMissing(evidence.watch)) lines.push(`Not available: ${evidence.watch.missing}.`);
  else {
    const watch = evidence.watch;
    const timeline = watch.timeline;
    if (timeline !== undefined) {
      lines.push(
        `${watch.vendor}: latest open-weight release ${timeline.latest_open ? `${timeline.latest_open.name} (${timeline.latest_open.released})` : "none"}; latest proprietary ${timeline.latest_proprietary ? `${timeline.latest_proprietary.name} (${timeline.latest_proprietary.released})` : "none"}; ${timeline.days_since_open === null ? "" : `${timeline.days_since_open} days since the last open-weight release; `}${timeline.recent_open_share === null ? "" : `${percent(timeline.recent_open_share)} of the last ${timeline.recent.length} releases open.`}`,
      );
    }
    for (const trigger of watch.triggers) lines.push(`* trigger **${trigger.rule}** (since ${trigger.since.slice(0, 10)}): ${trigger.message}`);
    for (const event of watch.events) lines.push(`* ${event.type} ${event.model} (${event.source}, detected ${event.detected_at.slice(0, 10)})${describeEvent(event)}`);
    if (watch.events.length === 0 && watch.triggers.length === 0) lines.push(`No events or triggers for ${watch.vendor} in the latest run.`);
    lines.push("", `Source: ${watch.source}, ${watch.date}.`);
  }

  lines.push("", "### Revisit triggers", "");
  if (options.triggers.length === 0) lines.push("None set.");
  for (const state of options.triggers) lines.push(`* ${state.state}: ${state.message}`);
  return `${lines.join("\n")}\n`;
}

function describeEvent(event: WatchEvent): string {
  switch (event.type) {
    case "release":
      return `: ${event.open_weights === null ? "openness unknown" : event.open_weights ? "open weights" : "proprietary"}${event.released ? `, released ${event.released}` : ""}`;
    case "licence-change":
      return `: licence ${event.from ?? "?"} → ${event.to ?? "?"}`;
    case "gating-change":
      return `: gating ${event.from} → ${event.to}`;
    case "price-change":
      return `: price ${event.from ? `$${event.from.input}/$${event.from.output}` : "none"} → ${event.to ? `$${event.to.input}/$${event.to.output}` : "none"}`;
    case "deprecation":
      return event.expires ? `: ends ${event.expires}` : "";
  }
}
