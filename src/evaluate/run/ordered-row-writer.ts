import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import type { TestRow } from "./test-row.js";

/**
 * Writes rows to a JSONL file in row order although they complete out of
 * order. Only rows waiting for an earlier one are held, which with bounded
 * concurrency is a handful — this is what keeps memory flat on large suites.
 * Each written row is handed to `onRow` (the statistics) exactly once.
 */
export class OrderedRowWriter {
  private readonly stream: WriteStream;
  private readonly pending = new Map<number, TestRow>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();
  private failure: Error | undefined;

  constructor(
    readonly path: string,
    private readonly onRow: (row: TestRow) => void,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  /** Resolves when the row (and any it unblocked) is written, so callers feel back-pressure. */
  add(row: TestRow): Promise<void> {
    this.pending.set(row.index, row);
    const ready: TestRow[] = [];
    for (let waiting = this.pending.get(this.next); waiting; waiting = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      ready.push(waiting);
      this.next++;
    }
    return this.enqueue(ready);
  }

  /** After an interruption: rows past a gap (a discarded in-flight row) are written in order, then the file is closed. */
  async close(): Promise<void> {
    const rest = [...this.pending.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
    this.pending.clear();
    await this.enqueue(rest);
    this.stream.end();
    await once(this.stream, "close");
    if (this.failure) throw this.failure;
  }

  private enqueue(rows: readonly TestRow[]): Promise<void> {
    if (rows.length === 0) return this.chain;
    this.chain = this.chain.then(async () => {
      for (const row of rows) {
        this.onRow(row);
        if (!this.stream.write(`${JSON.stringify(row)}\n`)) await once(this.stream, "drain");
      }
    });
    return this.chain;
  }
}
