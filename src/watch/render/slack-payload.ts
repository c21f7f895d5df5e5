import type { WatchRun } from "../run-watch.js";
import { describeEvent } from "./describe-event.js";

/** Slack's limit on one section block's text. */
const sectionLimit = 3000;

/**
 * A Slack-compatible incoming-webhook body: `text` (the fallback every compatible
 * receiver shows: Mattermost, Discord's /slack endpoint, Teams workflows) plus `blocks`.
 */
export function slackPayload(run: WatchRun): { text: string; blocks: unknown[] } {
  const { summary } = run;
  const headline = `Switchyard watch: ${summary.triggers.length} trigger(s) fired, ${summary.events.length} change(s)`;
  const triggerLines = summary.triggers.map((trigger) => `• *${trigger.rule}*: ${trigger.message}`);
  const eventLines = summary.events.map((event) => `• ${event.type} ${event.vendor}/${event.model} (${event.source}): ${describeEvent(event)}`);
  const offline = run.sources.filter((source) => source.status === "offline" || source.status === "failed").map((source) => `${source.name} ${source.status}`);
  const blocks: unknown[] = [{ type: "header", text: { type: "plain_text", text: headline.slice(0, 150) } }];
  if (triggerLines.length > 0) blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(`*Triggers*\n${triggerLines.join("\n")}`) } });
  if (eventLines.length > 0) blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(`*Changes*\n${eventLines.join("\n")}`) } });
  if (offline.length > 0) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Sources not reachable (last snapshot used): ${offline.join(", ")}` }] });
  return { text: [headline, ...triggerLines].join("\n"), blocks };
}

function clip(text: string): string {
  return text.length <= sectionLimit ? text : `${text.slice(0, sectionLimit - 2)}\n…`;
}
