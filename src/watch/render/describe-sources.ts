import type { SourceStatus } from "../read-source.js";

/** One line per source; offline fallbacks say so, with the date of the snapshot used instead. */
export function describeSources(sources: readonly SourceStatus[]): string[] {
  return sources.map((source) => {
    const when = source.snapshotAt === null ? "" : ` (snapshot ${source.snapshotAt})`;
    switch (source.status) {
      case "fetched":
        return `  ${source.name}: fetched, ${source.models} models${when}`;
      case "unchanged":
        return `  ${source.name}: unchanged since the last snapshot, ${source.models} models${when}`;
      case "first":
        return `  ${source.name}: first snapshot recorded as the baseline, ${source.models} models; changes are reported from the next run`;
      case "offline":
        return `  ${source.name}: OFFLINE, using the last snapshot${when}: ${source.problem ?? ""}`;
      case "failed":
        return `  ${source.name}: FAILED and no earlier snapshot: ${source.problem ?? ""}`;
    }
  });
}
