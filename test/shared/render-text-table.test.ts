import { describe, expect, it } from "vitest";
import { renderTextTable } from "../../src/shared/render-text-table.js";

describe("renderTextTable", () => {
  it("aligns columns by display width: wide (CJK, emoji) and combining characters take the cells a terminal gives them", () => {
    const text = renderTextTable({
      header: ["model", "licence"],
      rows: [
        ["通义千问-72B", "qwen"],
        ["cafe\u0301-7b", "apache-2.0"],
        ["🦙-3", "llama"],
        ["plain", "mit"],
      ],
    });
    const lines = text.trimEnd().split("\n");
    // "通义千问-72B" is 4 wide characters (8 cells) + 4 = 12 cells; every second column starts at cell 14.
    expect(lines).toEqual(["model         licence", "------------  ----------", "通义千问-72B  qwen", "cafe\u0301-7b       apache-2.0", "🦙-3          llama", "plain         mit"]);
  });

  it("leaves the last column unpadded and ends with one newline", () => {
    expect(renderTextTable({ header: ["a", "b"], rows: [["x", "long value"], ["y", ""]] })).toBe("a  b\n-  ----------\nx  long value\ny\n");
  });
});
