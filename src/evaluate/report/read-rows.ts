import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { TestRow } from "../run/test-row.js";

/** Rows back from a results file, one at a time. */
export async function* readRows(path: string): AsyncGenerator<TestRow> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== "") yield JSON.parse(line) as TestRow;
  }
}
