import { describe, expect, it } from "vitest";
import { hashKey, SeqIndex } from "../../src/responses-store/seq-index.js";

describe("SeqIndex", () => {
  it("files each key's rows, newest first, and forgets them one by one", () => {
    const index = new SeqIndex();
    index.add("resp_a", 1);
    index.add("resp_a", 7);
    index.add("resp_a", 7); // filed twice (a catch-up re-reads the process's own rows): once
    index.add("resp_b", 3);
    expect(index.candidates("resp_a")).toEqual([7, 1]);
    expect(index.candidates("resp_b")).toEqual([3]);
    expect(index.candidates("resp_c")).toEqual([]);
    index.remove("resp_a", 7);
    expect(index.candidates("resp_a")).toEqual([1]);
    index.remove("resp_a", 1);
    index.remove("resp_a", 1);
    expect(index.candidates("resp_a")).toEqual([]);
    expect(index.size).toBe(1);
  });

  it("keeps every row of keys that share a hash: they are candidates for each other, which the store checks", () => {
    const index = new SeqIndex(() => 5);
    index.add("resp_a", 1);
    index.add("resp_b", 2);
    index.add("resp_c", 3);
    expect(index.candidates("resp_a")).toEqual([3, 2, 1]);
    index.remove("resp_b", 2);
    expect(index.candidates("resp_z")).toEqual([3, 1]);
    expect(index.size).toBe(1);
  });

  it("forgets every row below a seq (pruned, perhaps by another process), and nothing at or above it", () => {
    const index = new SeqIndex((key) => Number(key.slice(-1)) % 2);
    for (let seq = 1; seq <= 6; seq++) index.add(`resp_${seq}`, seq);
    index.add("resp_9", 9);
    index.dropBelow(5);
    expect(index.candidates("resp_1")).toEqual([9, 5]);
    expect(index.candidates("resp_2")).toEqual([6]);
    index.dropBelow(7);
    expect(index.candidates("resp_2")).toEqual([]);
    expect(index.candidates("resp_9")).toEqual([9]);
  });

  it("hashes to small integers, spread", () => {
    const hashes = new Set<number>();
    for (let n = 0; n < 10_000; n++) {
      const hash = hashKey(`resp_${n.toString(16).padStart(48, "0")}`);
      expect(Number.isInteger(hash) && hash >= -(2 ** 30) && hash < 2 ** 30).toBe(true);
      hashes.add(hash);
    }
    expect(hashes.size).toBeGreaterThan(9_990);
  });
});
