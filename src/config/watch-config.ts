import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/**
 * Calls `onChange` when the config file changes. Watches the directory, not the
 * file: editors and Kubernetes ConfigMaps replace files (rename), which a file
 * watch loses track of. Bursts of events are debounced into one call.
 */
export function watchConfigFile(path: string, onChange: () => void, debounceMs = 150): () => void {
  const absolute = resolve(path);
  const name = basename(absolute);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(absolute), (_event, changed) => {
      if (changed !== null && changed !== name && !changed.startsWith("..data")) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
  } catch {
    return () => undefined; // Unwatchable (some network filesystems): SIGHUP still reloads.
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
