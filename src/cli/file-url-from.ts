import { resolve } from "node:path";

/** `file://relative/path` is taken from the working directory, as users type it. */
export function fileUrlFrom(url: string, cwd: string): string {
  if (!url.startsWith("file://") || url.startsWith("file:///")) return url;
  return `file://${resolve(cwd, url.slice("file://".length))}`;
}
