/** One calendar month (UTC) of the partitioned PostgreSQL usage table: [start, end) in epoch ms. */
export interface PartitionMonth {
  readonly start: number;
  readonly end: number;
  /** `switchyard_usage_pYYYYMM`; retention parses the month back from it. */
  readonly name: string;
}

/** The month starting at `start` (a UTC month start). */
export function partitionMonth(start: number): PartitionMonth {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return { start, end: Date.UTC(year, month + 1, 1), name: `switchyard_usage_p${year}${String(month + 1).padStart(2, "0")}` };
}

/** The month containing `time`. */
export function monthOf(time: number): PartitionMonth {
  const date = new Date(time);
  return partitionMonth(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function monthPartitionSql(month: PartitionMonth): string {
  return `CREATE TABLE IF NOT EXISTS ${month.name} PARTITION OF switchyard_usage FOR VALUES FROM (${month.start}) TO (${month.end})`;
}
