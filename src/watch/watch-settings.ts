import type { WatchRuleSection, WatchSection } from "../config/watch-section-schema.js";
import { defaultSources, sourceFrom, type WatchSource } from "./sources/watch-source.js";

export interface PlaybookRuleSettings {
  readonly enabled: boolean;
  readonly last: number;
  readonly minLagDays: number;
  readonly frontierOnly: boolean;
  readonly vendors: readonly string[] | undefined;
}

/** The `watch:` config section with defaults applied and command-line sources added. */
export interface WatchSettings {
  readonly sources: readonly WatchSource[];
  readonly timeoutMs: number;
  readonly recent: number;
  readonly playbookRule: PlaybookRuleSettings;
  readonly rules: readonly WatchRuleSection[];
  readonly notify: string | undefined;
}

export const playbookRuleName = "frontier-went-proprietary";

/**
 * Config sources, then command-line ones (a name given twice keeps the command line's
 * URL). The public defaults apply only when neither names a source, so a run pointed
 * at recorded files never reaches the internet.
 */
export function watchSettings(options: { section: WatchSection | undefined; commandLineSources: readonly WatchSource[]; notify?: string }): WatchSettings {
  const section = options.section ?? {};
  const sources = new Map<string, WatchSource>();
  for (const [name, url] of Object.entries(section.sources ?? {})) sources.set(name, sourceFrom(name, url, `watch.sources.${name}`));
  for (const source of options.commandLineSources) sources.set(source.name, source);
  const rule = section.playbook_rule ?? {};
  return {
    sources: sources.size === 0 ? defaultSources : [...sources.values()],
    timeoutMs: section.timeout_ms ?? 15_000,
    recent: section.recent ?? 5,
    playbookRule: {
      enabled: rule.enabled ?? true,
      last: rule.last ?? 2,
      minLagDays: rule.min_lag_days ?? 90,
      frontierOnly: rule.frontier_only ?? true,
      vendors: rule.vendors,
    },
    rules: section.rules ?? [],
    notify: options.notify ?? section.notify,
  };
}
