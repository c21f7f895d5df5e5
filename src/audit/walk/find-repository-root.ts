import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** Where report paths are anchored: the git top-level when the scan is inside a repository, else the scanned folder. */
export interface SourceRoot {
  /** `file:///…/` of the anchor folder, with a trailing slash (SARIF `originalUriBaseIds`). */
  readonly uri: string;
  /** `/`-separated path from the anchor to the scanned folder (`""` or `services/api/`), prefixed to every finding's file. */
  readonly prefix: string;
  readonly inRepository: boolean;
}

/**
 * Finds the git top-level above a scanned path by looking for `.git` (a folder, or a
 * file in worktrees and submodules) without running git, so GitHub code scanning can
 * place `src/app.py` when only `src/` was scanned.
 */
export function findSourceRoot(scanned: string): SourceRoot {
  const absolute = resolve(scanned);
  const folder = isDirectory(absolute) ? absolute : dirname(absolute);
  let current = folder;
  for (;;) {
    if (existsSync(join(current, ".git"))) return anchorAt({ anchor: current, folder, inRepository: true });
    const parent = dirname(current);
    if (parent === current) return anchorAt({ anchor: folder, folder, inRepository: false });
    current = parent;
  }
}

function anchorAt(options: { anchor: string; folder: string; inRepository: boolean }): SourceRoot {
  const between = relative(options.anchor, options.folder).split(sep).filter((part) => part !== "").join("/");
  const uri = pathToFileURL(options.anchor).href;
  return { uri: uri.endsWith("/") ? uri : `${uri}/`, prefix: between === "" ? "" : `${between}/`, inRepository: options.inRepository };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
