/** FNV-1a over the key's UTF-16 code units, shifted to 31 bits: a small integer, which a Map keeps without a heap object. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash >> 1;
}

/**
 * Which rows a key (a response id, an output item's id) may be in, by the rows'
 * `seq`, held in memory by the SQLite response store instead of an index in the
 * file. Ids are random, so each insert into an index in the file dirtied a page of
 * its own, which the commit writes to the WAL and the checkpoint writes again: at a
 * few hundred thousand stored responses that was most of a stored response's cost
 * (bench/results/responses-profile.md). The table alone is appended to in `seq`
 * order, which dirties a few pages a commit.
 *
 * An entry is a 31-bit hash of its key and a seq (no string is kept), so a hash is
 * now and then shared by different keys: `candidates` are rows to read and check,
 * never answers. The store reads each one anyway.
 */
export class SeqIndex {
  /** Hash to the seq of each row filed under it: one number, or several when keys share a hash. */
  private readonly slots = new Map<number, number | number[]>();
  /** No entry has a lower seq than this (entries below it may have gone). */
  private lowest = Number.POSITIVE_INFINITY;

  constructor(private readonly hash: (key: string) => number = hashKey) {}

  get size(): number {
    return this.slots.size;
  }

  add(key: string, seq: number): void {
    const slot = this.hash(key);
    const filed = this.slots.get(slot);
    if (filed === undefined) this.slots.set(slot, seq);
    else if (typeof filed === "number") {
      if (filed !== seq) this.slots.set(slot, [filed, seq]);
    } else if (!filed.includes(seq)) filed.push(seq);
    if (seq < this.lowest) this.lowest = seq;
  }

  /** Seqs of the rows that may hold `key`, highest (newest) first. */
  candidates(key: string): readonly number[] {
    const filed = this.slots.get(this.hash(key));
    if (filed === undefined) return [];
    if (typeof filed === "number") return [filed];
    return [...filed].sort((a, b) => b - a);
  }

  remove(key: string, seq: number): void {
    const slot = this.hash(key);
    const filed = this.slots.get(slot);
    if (filed === undefined) return;
    if (typeof filed === "number") {
      if (filed === seq) this.slots.delete(slot);
      return;
    }
    const kept = filed.filter((entry) => entry !== seq);
    this.slots.set(slot, kept.length === 1 ? kept[0]! : kept);
  }

  /** Forgets every row below `seq`: rows another process pruned or deleted, which this one never removed. */
  dropBelow(seq: number): void {
    if (seq <= this.lowest) return;
    for (const [slot, filed] of this.slots) {
      if (typeof filed === "number") {
        if (filed < seq) this.slots.delete(slot);
        continue;
      }
      const kept = filed.filter((entry) => entry >= seq);
      if (kept.length === 0) this.slots.delete(slot);
      else this.slots.set(slot, kept.length === 1 ? kept[0]! : kept);
    }
    this.lowest = seq;
  }

  clear(): void {
    this.slots.clear();
    this.lowest = Number.POSITIVE_INFINITY;
  }
}
