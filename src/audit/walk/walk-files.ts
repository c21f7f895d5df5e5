import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ignore, { type Ignore } from "ignore";

export interface WalkedFile {
  readonly absolutePath: string;
  /** Relative to the root, `/`-separated. */
  readonly relativePath: string;
  readonly size: number;
}

export interface WalkStatistics {
  /** Files and folders excluded by `.gitignore` / `.switchyardignore` or always-skipped folders. */
  ignored: number;
  /** Symbolic links are not followed: they can loop, and the target is usually scanned where it lives. */
  symlinks: number;
  unreadable: number;
}

/** Never the project's own code, and often huge; skipped even without a `.gitignore`. */
// `.switchyard/` holds the tool's own state (ledger, caches, reports): never the project's dependencies.
const alwaysSkipped = new Set([".switchyard", ".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".mypy_cache", ".pytest_cache", ".tox"]);
const ignoreFileNames = [".gitignore", ".switchyardignore"] as const;

interface IgnoreScope {
  /** Folder the rules belong to, relative to the root, "" for the root, else ending in `/`. */
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * Depth-first, sorted (so reports are stable), synchronous: on a warm cache the
 * syscalls are cheap and a sync loop keeps one core busy without promise overhead.
 * Each folder's `.gitignore` and `.switchyardignore` apply below it, as git does.
 */
export function* walkFiles(root: string, statistics: WalkStatistics): Generator<WalkedFile> {
  yield* walkDirectory({ root, relativeDirectory: "", scopes: [], statistics });
}

function* walkDirectory(options: { root: string; relativeDirectory: string; scopes: readonly IgnoreScope[]; statistics: WalkStatistics }): Generator<WalkedFile> {
  const { root, relativeDirectory, statistics } = options;
  const absoluteDirectory = join(root, relativeDirectory);
  let entries;
  try {
    entries = readdirSync(absoluteDirectory, { withFileTypes: true });
  } catch {
    statistics.unreadable += 1;
    return;
  }
  const scopes = [...options.scopes];
  const localRules = readIgnoreRules(absoluteDirectory, entries.map((entry) => entry.name));
  if (localRules !== undefined) scopes.push({ base: relativeDirectory, rules: localRules });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relativePath = `${relativeDirectory}${entry.name}`;
    if (entry.isSymbolicLink()) {
      statistics.symlinks += 1;
      continue;
    }
    if (entry.isDirectory()) {
      if (alwaysSkipped.has(entry.name) || isIgnored(scopes, `${relativePath}/`)) {
        statistics.ignored += 1;
        continue;
      }
      yield* walkDirectory({ root, relativeDirectory: `${relativePath}/`, scopes, statistics });
      continue;
    }
    if (!entry.isFile()) continue;
    if (isIgnored(scopes, relativePath)) {
      statistics.ignored += 1;
      continue;
    }
    const absolutePath = join(absoluteDirectory, entry.name);
    let size: number;
    try {
      size = statSync(absolutePath).size;
    } catch {
      statistics.unreadable += 1;
      continue;
    }
    yield { absolutePath, relativePath, size };
  }
}

function readIgnoreRules(directory: string, names: readonly string[]): Ignore | undefined {
  let rules: Ignore | undefined;
  for (const fileName of ignoreFileNames) {
    if (!names.includes(fileName)) continue;
    try {
      rules ??= ignore();
      rules.add(readFileSync(join(directory, fileName), "utf8"));
    } catch {
      // An unreadable ignore file ignores nothing; the scan goes on.
    }
  }
  return rules;
}

function isIgnored(scopes: readonly IgnoreScope[], relativePath: string): boolean {
  for (const scope of scopes) {
    if (scope.rules.ignores(relativePath.slice(scope.base.length))) return true;
  }
  return false;
}
