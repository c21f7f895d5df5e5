import type { WatchRuleSection } from "../config/watch-section-schema.js";
import type { PlaybookRuleSettings } from "./watch-settings.js";
import { playbookRuleName } from "./watch-settings.js";
import type { TimelineRelease, VendorTimeline, WatchEvent } from "./watch-summary.js";

/** A trigger before the store adds when its streak began. */
export interface FiredRule {
  readonly vendor: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * The playbook's rule and the user's rules, per vendor. The playbook's rule:
 * the vendor's last N (frontier) releases are all proprietary, and its latest
 * open-weight release of the same tier trails the newest of them by at least
 * `minLagDays` — the open line lags. Vendors with no open release at that tier are
 * out of scope: the rule is about an open line going quiet, not about closed
 * vendors staying closed.
 */
export function evaluateTriggers(options: {
  readonly timelines: readonly VendorTimeline[];
  readonly releases: ReadonlyMap<string, readonly TimelineRelease[]>;
  readonly events: readonly WatchEvent[];
  readonly playbookRule: PlaybookRuleSettings;
  readonly rules: readonly WatchRuleSection[];
}): FiredRule[] {
  const fired: FiredRule[] = [];
  for (const timeline of options.timelines) {
    const playbook = playbookRuleFires({ timeline, releases: options.releases.get(timeline.vendor) ?? [], settings: options.playbookRule });
    if (playbook !== undefined) fired.push({ vendor: timeline.vendor, rule: playbookRuleName, message: playbook });
    for (const rule of options.rules) {
      const message = userRuleFires({ rule, timeline, events: options.events.filter((event) => event.vendor === timeline.vendor) });
      if (message !== undefined) fired.push({ vendor: timeline.vendor, rule: rule.name, message: rule.message ?? message });
    }
  }
  return fired;
}

function playbookRuleFires(options: { timeline: VendorTimeline; releases: readonly TimelineRelease[]; settings: PlaybookRuleSettings }): string | undefined {
  const { timeline, settings } = options;
  if (!settings.enabled || (settings.vendors !== undefined && !settings.vendors.includes(timeline.vendor))) return undefined;
  // The open line is measured at the same tier: a small open update does not stand in for an open frontier model.
  const considered = options.releases.filter((release) => !settings.frontierOnly || release.frontier);
  const latestOpen = considered.find((release) => release.open_weights);
  if (latestOpen === undefined) return undefined;
  const counted = considered.slice(0, settings.last);
  if (counted.length < settings.last || counted.some((release) => release.open_weights)) return undefined;
  const newest = counted[0]!;
  const lag = Math.round((Date.parse(newest.released) - Date.parse(latestOpen.released)) / 86_400_000);
  if (lag < settings.minLagDays) return undefined;
  const tier = settings.frontierOnly ? "frontier " : "";
  const list = counted.map((release) => `${release.name} ${release.released}`).join(", ");
  return `${timeline.vendor}: the last ${settings.last} ${tier}releases are proprietary (${list}); the latest open-weight ${tier}release, ${latestOpen.name} (${latestOpen.released}), trails by ${lag} days`;
}

function userRuleFires(options: { rule: WatchRuleSection; timeline: VendorTimeline; events: readonly WatchEvent[] }): string | undefined {
  const { rule, timeline } = options;
  if (rule.vendors !== undefined && !rule.vendors.includes(timeline.vendor)) return undefined;
  const reasons: string[] = [];
  if (rule.event !== undefined) {
    const types: readonly string[] = Array.isArray(rule.event) ? rule.event : [rule.event];
    const needle = rule.model_contains?.toLowerCase();
    const matching = options.events.filter((event) => types.includes(event.type) && (needle === undefined || event.model.toLowerCase().includes(needle) || event.source_model.toLowerCase().includes(needle)));
    if (matching.length === 0) return undefined;
    reasons.push(`${matching.length} ${types.join("/")} event(s): ${[...new Set(matching.map((event) => event.model))].slice(0, 5).join(", ")}`);
  }
  if (rule.days_since_open_over !== undefined) {
    if (timeline.days_since_open === null || timeline.days_since_open <= rule.days_since_open_over) return undefined;
    reasons.push(`${timeline.days_since_open} days since the last open-weight release (over ${rule.days_since_open_over})`);
  }
  if (rule.recent_open_share_below !== undefined) {
    if (timeline.recent_open_share === null || timeline.recent_open_share >= rule.recent_open_share_below) return undefined;
    reasons.push(`${Math.round(timeline.recent_open_share * 100)}% of the last ${timeline.recent.length} releases are open-weight (below ${Math.round(rule.recent_open_share_below * 100)}%)`);
  }
  if (rule.open_lag_days_over !== undefined) {
    if (timeline.open_lag_days === null || timeline.open_lag_days <= rule.open_lag_days_over) return undefined;
    reasons.push(`the open line trails the proprietary one by ${timeline.open_lag_days} days (over ${rule.open_lag_days_over})`);
  }
  return `${timeline.vendor}: ${reasons.join("; ")}`;
}
