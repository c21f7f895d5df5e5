import { describe, expect, it } from "vitest";
import { wordDiff } from "../../src/evaluate/report/word-diff.js";

const join = (parts: ReturnType<typeof wordDiff>, keep: "before" | "after") => parts.filter((part) => part.kind === "same" || part.kind === (keep === "before" ? "removed" : "added")).map((part) => part.text).join("");

describe("wordDiff", () => {
  it("marks the changed words and keeps the rest", () => {
    const parts = wordDiff("The capital of France is Paris.", "The capital of France is Lyon.");
    expect(parts.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "Paris" },
      { kind: "added", text: "Lyon" },
    ]);
    expect(parts[0]).toEqual({ kind: "same", text: "The capital of France is " });
    expect(parts.at(-1)).toEqual({ kind: "same", text: "." });
  });

  it("reassembles both outputs, up to whitespace", () => {
    const before = "one two\n\nthree  four five";
    const after = "one 2\n\nthree four five six";
    const parts = wordDiff(before, after);
    expect(join(parts, "after").replace(/\s+/g, " ").trim()).toBe(after.replace(/\s+/g, " ").trim());
    expect(join(parts, "before").replace(/\s+/g, " ").trim()).toBe(before.replace(/\s+/g, " ").trim());
  });

  it("identical and empty inputs", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
    expect(wordDiff("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(wordDiff("old", "")).toEqual([{ kind: "removed", text: "old" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("shows long outputs, and outputs with little in common, whole rather than searching for long", () => {
    const words = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(" ");
    for (const [before, after] of [
      [words(3000, "a"), words(3000, "a") + " end"],
      [words(300, "a"), words(300, "b")],
    ]) {
      expect(wordDiff(before!, after!)).toEqual([
        { kind: "removed", text: before },
        { kind: "added", text: after },
      ]);
    }
  });
});
