import { describe, expect, it } from "vitest";
import { matchesOf } from "../../src/audit/detect/matches-of.js";

/** What `text.matchAll(regex)` yields, as plain values, for comparison. */
function viaMatchAll(text: string, regex: RegExp): unknown[] {
  return [...text.matchAll(regex)].map((match) => ({ all: [...match], index: match.index, groups: match.groups }));
}

function viaMatchesOf(text: string, regex: RegExp): unknown[] {
  return matchesOf(text, regex).map((match) => ({ all: [...match], index: match.index, groups: match.groups }));
}

describe("matchesOf", () => {
  const cases: [string, RegExp][] = [
    ["Llama-3 and llama3, not ollama", /(?<![a-z])llama-?(\d)?/gi],
    ["a1b22c333", /\d*/g],
    ["😀x😀", /(?:)/gu],
    ["😀x😀", /(?:)/g],
    ["key=1 other=2", /(?<key>\w+)=(?<value>\d)/g],
    ["nothing here", /absent/g],
  ];
  it.each(cases)("yields what matchAll yields on %s for %s", (text, regex) => {
    expect(viaMatchesOf(text, regex)).toEqual(viaMatchAll(text, regex));
  });

  it("starts at the regex's lastIndex and leaves it as found, as matchAll does", () => {
    const regex = /o/g;
    regex.lastIndex = 5;
    const expected = viaMatchAll("foo boo zoo", regex);
    expect(viaMatchesOf("foo boo zoo", regex)).toEqual(expected);
    expect(expected).toHaveLength(4);
    expect(regex.lastIndex).toBe(5);
  });

  it("refuses a regex without the global flag, as matchAll does", () => {
    expect(() => matchesOf("abc", /b/)).toThrow(TypeError);
  });
});
