import { readFileSync } from "node:fs";

const root = new URL("../__fixtures__/", import.meta.url);

/** Recorded wire bytes, verbatim. One loader for every fixture (CONVENTIONS §12). */
export function fixture(name: string): string {
  return readFileSync(new URL(name, root), "utf8");
}

/** An SSE fixture split into its events (each ending in a blank line), for chunked replay. */
export function sseEvents(name: string): string[] {
  return fixture(name)
    .split(/\n\n/)
    .filter((event) => event.trim() !== "")
    .map((event) => `${event}\n\n`);
}
