import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Logger } from "../shared/logger.js";
import type { LedgerStore } from "./stores/ledger-store.js";
import type { ShadowPair } from "./shadow-pair.js";
import type { UsageRecord } from "./usage-record.js";

/** Shadow pairs held while the store is down; beyond this the oldest are dropped (and counted). */
const maxBufferedPairs = 1000;

export interface LedgerWriterOptions {
  readonly store: LedgerStore;
  readonly logger: Logger;
  /** Flush cadence: the most a `kill -9` can lose is what arrived in one interval. */
  readonly flushIntervalMs: number;
  readonly batchSize: number;
  /** Records held in memory while the store is down before the oldest go to the spill file. */
  readonly maxBuffered: number;
  /** NDJSON file for records the store could not take; replayed when it recovers. */
  readonly spillPath: string;
}

export interface LedgerWriterStats {
  readonly buffered: number;
  readonly written: number;
  readonly spilled: number;
  readonly failedFlushes: number;
  readonly storeHealthy: boolean;
  readonly bufferedPairs: number;
  readonly droppedPairs: number;
}

/**
 * Keeps the ledger off the hot path: `record()` only appends to an array. A timer
 * writes batches; if the store is down, records stay buffered (bounded), then spill
 * to a local file, and the file is replayed first once the store answers again.
 * Inserts are idempotent by the gateway's record id, so a replay after a partial write is safe.
 */
export class LedgerWriter {
  private buffer: UsageRecord[] = [];
  private pairs: ShadowPair[] = [];
  private droppedPairs = 0;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  private spillWrites: Promise<void> = Promise.resolve();
  private closed = false;
  private written = 0;
  private spilled = 0;
  private failedFlushes = 0;
  private storeHealthy = true;

  constructor(private readonly options: LedgerWriterOptions) {
    mkdirSync(dirname(options.spillPath), { recursive: true });
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs);
    this.timer.unref();
  }

  record(record: UsageRecord): void {
    if (this.closed) {
      // Late records during shutdown still must not be lost.
      this.spillNow([record]);
      return;
    }
    this.buffer.push(record);
    if (this.buffer.length > this.options.maxBuffered) {
      const overflow = this.buffer.splice(0, this.buffer.length - Math.floor(this.options.maxBuffered / 2));
      this.spill(overflow);
    } else if (this.buffer.length >= this.options.batchSize && this.storeHealthy) {
      void this.flush();
    }
  }

  /**
   * Shadow comparisons are best-effort: buffered and retried like records, but
   * bounded without a spill file, since losing a sampled copy loses no accounting.
   */
  recordShadowPair(pair: ShadowPair): void {
    this.pairs.push(pair);
    if (this.pairs.length > maxBufferedPairs) {
      this.pairs.shift();
      this.droppedPairs++;
    }
  }

  /** Writes what is buffered (and any spill file) now. Concurrent calls share one flush. */
  flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  stats(): LedgerWriterStats {
    return {
      buffered: this.buffer.length,
      written: this.written,
      spilled: this.spilled,
      failedFlushes: this.failedFlushes,
      storeHealthy: this.storeHealthy,
      bufferedPairs: this.pairs.length,
      droppedPairs: this.droppedPairs,
    };
  }

  /** SIGTERM path: stop the timer, write everything; whatever the store refuses goes to the spill file. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flushing;
    // A pool can hold connections that died in an outage; a failed write is retried
    // a few times before the records are left in the spill file for the next start.
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.flush();
      await this.spillWrites;
      if (this.storeHealthy && this.buffer.length === 0 && this.pairs.length === 0 && !existsSync(this.options.spillPath)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (this.buffer.length > 0) {
      this.spillNow(this.buffer);
      this.options.logger.warn({ records: this.buffer.length, spillPath: this.options.spillPath }, "ledger store unavailable at shutdown; records kept in the spill file");
      this.buffer = [];
    }
    await this.options.store.close();
  }

  private async flushOnce(): Promise<void> {
    try {
      await this.replaySpill();
      while (this.buffer.length > 0) {
        // Take the batch out first: record() may spill the buffer's front while the insert is in flight.
        const batch = this.buffer.splice(0, this.options.batchSize);
        try {
          await this.options.store.insert(batch);
        } catch (error) {
          this.buffer.unshift(...batch);
          throw error;
        }
        this.written += batch.length;
      }
      if (this.pairs.length > 0) {
        const pairs = this.pairs.splice(0, this.pairs.length);
        try {
          await this.options.store.insertShadowPairs(pairs);
        } catch (error) {
          this.pairs.unshift(...pairs);
          throw error;
        }
      }
      if (!this.storeHealthy) this.options.logger.info({ written: this.written }, "ledger store recovered");
      this.storeHealthy = true;
    } catch (error) {
      this.failedFlushes++;
      if (this.storeHealthy) this.options.logger.error({ error: (error as Error).message, buffered: this.buffer.length }, "ledger store write failed; buffering records");
      this.storeHealthy = false;
    }
  }

  /**
   * Replays spilled records. The file is renamed first so new spills during the
   * replay go to a fresh file; the renamed file is deleted only after its records
   * are all in the store (a crash mid-replay leaves it to be replayed again).
   */
  private async replaySpill(): Promise<void> {
    await this.spillWrites;
    const replaying = `${this.options.spillPath}.replaying`;
    if (!existsSync(replaying)) {
      if (!existsSync(this.options.spillPath)) return;
      renameSync(this.options.spillPath, replaying);
    }
    const records = readFileSync(replaying, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line) => {
        try {
          return [fromSpillLine(JSON.parse(line) as SpilledRecord)];
        } catch {
          return []; // A torn last line from a crash mid-append; the rest are intact.
        }
      });
    for (let start = 0; start < records.length; start += this.options.batchSize) {
      await this.options.store.insert(records.slice(start, start + this.options.batchSize));
    }
    rmSync(replaying);
    this.written += records.length;
    if (records.length > 0) this.options.logger.info({ records: records.length }, "replayed spilled ledger records");
  }

  private spill(records: readonly UsageRecord[]): void {
    this.spilled += records.length;
    const text = toNdjson(records);
    this.spillWrites = this.spillWrites.then(() => appendFile(this.options.spillPath, text)).catch((error: unknown) => {
      this.options.logger.error({ error: (error as Error).message, lost: records.length }, "could not write the ledger spill file");
    });
  }

  private spillNow(records: readonly UsageRecord[]): void {
    this.spilled += records.length;
    appendFileSync(this.options.spillPath, toNdjson(records));
  }
}

/** A spilled line; files written before records had their own id carry only the (then unique) request id. */
type SpilledRecord = Omit<UsageRecord, "recordId"> & { readonly recordId?: string };

function fromSpillLine(line: SpilledRecord): UsageRecord {
  return { ...line, recordId: line.recordId ?? line.requestId };
}

/** One JSON record per line: a crash mid-append tears at most the last line, which replay skips. */
function toNdjson(records: readonly UsageRecord[]): string {
  return `${records.map((record) => JSON.stringify(record)).join("\n")}\n`;
}
