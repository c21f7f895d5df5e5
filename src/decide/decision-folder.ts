import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DecisionRecordError } from "./record/decision-record-error.js";
import type { DecisionRecord } from "./record/decision-record.js";
import { parseDecisionRecord, type ParseRecordOptions } from "./record/parse-decision-record.js";

export interface FolderOptions extends Omit<ParseRecordOptions, "path" | "display"> {
  readonly dir: string;
  /** How paths are shown in messages. */
  readonly display?: (path: string) => string;
}

export interface LoadedRecord {
  readonly record: DecisionRecord;
  readonly text: string;
}

const recordFile = /^\d{4}-.*\.md$/;

/** Every record in the folder, by id. A malformed one fails the whole read: a check that skipped it would pass wrongly. */
export function readDecisionFolder(options: FolderOptions): LoadedRecord[] {
  if (!existsSync(options.dir)) return [];
  const names = readdirSync(options.dir).filter((name) => recordFile.test(name)).sort();
  const loaded = names.map((name) => {
    const path = join(options.dir, name);
    const text = readFileSync(path, "utf8");
    return { record: parseDecisionRecord(text, { knownFamily: options.knownFamily, knownOption: options.knownOption, path, display: options.display?.(path) }), text };
  });
  const seen = new Map<string, string>();
  for (const { record } of loaded) {
    const other = seen.get(record.id);
    if (other !== undefined) throw new DecisionRecordError(`${record.file}: id ${record.id} is also used by ${other}`);
    seen.set(record.id, record.file);
  }
  return loaded;
}

/** `7`, `0007`, `0007-leave-llama` and `0007-leave-llama.md` all name record 0007. */
export function findDecision(records: readonly LoadedRecord[], id: string): LoadedRecord | undefined {
  const digits = /^(\d{1,4})(-|\.md$|$)/.exec(id)?.[1];
  if (digits === undefined) return undefined;
  const wanted = digits.padStart(4, "0");
  return records.find((loaded) => loaded.record.id === wanted);
}

export function nextDecisionId(records: readonly LoadedRecord[]): string {
  const highest = records.reduce((max, loaded) => Math.max(max, Number(loaded.record.id)), 0);
  return String(highest + 1).padStart(4, "0");
}
