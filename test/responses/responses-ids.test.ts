import { afterEach, describe, expect, it, vi } from "vitest";
import { listedInputItemId, newResponsesId } from "../../src/dialects/openai-responses/responses-ids.js";

describe("newResponsesId", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps OpenAI's shape: a prefix and 48 hex digits, never the same twice", () => {
    const ids = Array.from({ length: 600 }, () => newResponsesId("resp"));
    for (const id of ids) expect(id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newResponsesId("fc")).toMatch(/^fc_[0-9a-f]{48}$/);
  });

  it("starts with the time in milliseconds, so ids minted later sort after earlier ones (the store's indexes stay append-mostly)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 11, 7, 12, 0, 0, 0));
    const earlier = Array.from({ length: 300 }, () => newResponsesId("msg"));
    vi.setSystemTime(Date.UTC(2026, 11, 7, 12, 0, 0, 1));
    const later = Array.from({ length: 300 }, () => newResponsesId("msg"));
    expect(Number.parseInt(earlier[0]!.slice(4, 16), 16)).toBe(Date.UTC(2026, 11, 7, 12, 0, 0, 0));
    const lastEarlier = [...earlier].sort().at(-1)!;
    const firstLater = [...later].sort()[0]!;
    expect(lastEarlier < firstLater).toBe(true);
  });
});

describe("listedInputItemId", () => {
  it("derives the same id from the same response and position, another from any other, in OpenAI's shape", () => {
    const id = listedInputItemId("resp_abc", 0, "message");
    expect(id).toMatch(/^msg_[0-9a-f]{48}$/);
    expect(listedInputItemId("resp_abc", 0, "message")).toBe(id);
    expect(listedInputItemId("resp_abc", 1, "message")).not.toBe(id);
    expect(listedInputItemId("resp_abd", 0, "message")).not.toBe(id);
    expect(listedInputItemId("resp_abc", 2, "function_call_output")).toMatch(/^fco_[0-9a-f]{48}$/);
  });
});
