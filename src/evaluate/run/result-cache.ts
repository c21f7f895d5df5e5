import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Answers on disk, one small JSON file per key under `dir/ab/abcdef….json`,
 * keyed by a hash of everything that determines the answer (model identity and
 * the full request). Files are written to a temporary name and renamed, so a
 * run killed mid-write never leaves a truncated entry; an unreadable entry is a miss.
 */
export class ResultCache {
  constructor(private readonly dir: string) {}

  static key(parts: unknown): string {
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.path(key), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, path);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
