import { renderTextTable } from "../../shared/render-text-table.js";
import type { WatchRun } from "../run-watch.js";
import { describeEvent } from "./describe-event.js";
import { describeSources } from "./describe-sources.js";

/** The terminal view: sources, events, vendor timelines, then triggers (what the exit code is about) last. */
export function renderWatchTable(run: WatchRun): string {
  const { summary } = run;
  const parts: string[] = [`Watch run ${run.ranAt}`, ...describeSources(run.sources), ""];
  if (summary.events.length === 0) parts.push("No changes since the previous snapshots.\n");
  else {
    parts.push(`Events (${summary.events.length}):`);
    parts.push(renderTextTable({ header: ["type", "vendor", "model", "source", "what"], rows: summary.events.map((event) => [event.type, event.vendor, event.model, event.source, describeEvent(event)]) }));
  }
  parts.push("Open vs proprietary, per vendor:");
  parts.push(
    renderTextTable({
      header: ["vendor", "latest open", "latest proprietary", "days since open", "open lag", "last N open"],
      rows: summary.vendors.map((vendor) => [
        vendor.vendor,
        vendor.latest_open === null ? "-" : `${vendor.latest_open.name} (${vendor.latest_open.released})`,
        vendor.latest_proprietary === null ? "-" : `${vendor.latest_proprietary.name} (${vendor.latest_proprietary.released})`,
        vendor.days_since_open === null ? "-" : String(vendor.days_since_open),
        vendor.open_lag_days === null ? "-" : `${vendor.open_lag_days}d`,
        vendor.recent.length === 0 ? "-" : `${vendor.recent.filter((release) => release.open_weights).length}/${vendor.recent.length}`,
      ]),
    }),
  );
  if (summary.triggers.length === 0) parts.push("No trigger fired.");
  else {
    parts.push(`Triggers fired (${summary.triggers.length}):`);
    for (const trigger of summary.triggers) parts.push(`  [${trigger.rule}] ${trigger.message}${trigger.since === trigger.fired_at ? "" : ` (firing since ${trigger.since.slice(0, 10)})`}`);
  }
  return `${parts.join("\n")}\n`;
}
