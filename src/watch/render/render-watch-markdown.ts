import type { WatchRun } from "../run-watch.js";
import { describeEvent } from "./describe-event.js";
import { describeSources } from "./describe-sources.js";

/** A Markdown report for pull requests, wikis and issues. */
export function renderWatchMarkdown(run: WatchRun): string {
  const { summary } = run;
  const lines: string[] = [`# Model watch, ${run.ranAt.slice(0, 10)}`, "", `Run at ${run.ranAt}. Sources:`, "", ...describeSources(run.sources).map((line) => `- ${line.trim()}`), ""];
  lines.push("## Triggers", "");
  if (summary.triggers.length === 0) lines.push("No trigger fired.", "");
  else lines.push(...summary.triggers.map((trigger) => `- **${escape(trigger.vendor)}** \`${trigger.rule}\`: ${escape(trigger.message)}`), "");
  lines.push("## Events", "");
  if (summary.events.length === 0) lines.push("No changes since the previous snapshots.", "");
  else {
    lines.push("| type | vendor | model | source | what |", "|---|---|---|---|---|");
    for (const event of summary.events) lines.push(`| ${event.type} | ${escape(event.vendor)} | ${escape(event.model)} | ${escape(event.source)} | ${escape(describeEvent(event))} |`);
    lines.push("");
  }
  lines.push("## Open vs proprietary, per vendor", "", "| vendor | latest open | latest proprietary | days since open | open lag (days) | last releases |", "|---|---|---|---|---|---|");
  for (const vendor of summary.vendors) {
    const recent = vendor.recent.map((release) => `${release.open_weights ? "open" : "closed"}: ${release.name}`).join("; ");
    lines.push(
      `| ${escape(vendor.vendor)} | ${vendor.latest_open === null ? "–" : escape(`${vendor.latest_open.name} (${vendor.latest_open.released})`)} | ${vendor.latest_proprietary === null ? "–" : escape(`${vendor.latest_proprietary.name} (${vendor.latest_proprietary.released})`)} | ${vendor.days_since_open ?? "–"} | ${vendor.open_lag_days ?? "–"} | ${escape(recent) || "–"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function escape(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
