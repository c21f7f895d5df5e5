import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** One built file of the console, held in memory with its gzipped form. */
export interface ConsoleAsset {
  readonly contentType: string;
  readonly body: Buffer;
  readonly gzipped: Buffer;
}

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

/**
 * The built console (`npm run build` writes `dist/console/ui/`). Run from `dist/`,
 * the files sit next to this module; run from source (tests, tsx), they are in
 * `dist/console/ui` of the checkout. Undefined when the console was never built.
 */
export function loadConsoleAssets(directory?: string): ReadonlyMap<string, ConsoleAsset> | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = directory ? [directory] : [join(here, "ui"), join(here, "..", "..", "dist", "console", "ui")];
  const found = candidates.find((candidate) => existsSync(join(candidate, "index.html")));
  if (found === undefined) return undefined;
  const assets = new Map<string, ConsoleAsset>();
  for (const name of readdirSync(found)) {
    const contentType = contentTypes[extname(name)];
    if (contentType === undefined) continue;
    const body = readFileSync(join(found, name));
    assets.set(name, { contentType, body, gzipped: gzipSync(body, { level: 9 }) });
  }
  return assets;
}
