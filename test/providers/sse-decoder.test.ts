import { describe, expect, it } from "vitest";
import { SseDecoder } from "../../src/providers/shared/sse-decoder.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("SseDecoder", () => {
  it("yields events split at any byte boundary, including inside a multi-byte character", () => {
    const text = 'event: message_start\ndata: {"text":"héllo"}\n\ndata: second\n\n';
    const encoded = bytes(text);
    for (let cut = 1; cut < encoded.length; cut++) {
      const decoder = new SseDecoder();
      const events = [...decoder.push(encoded.slice(0, cut)), ...decoder.push(encoded.slice(cut)), ...decoder.end()];
      expect(events).toEqual([
        { event: "message_start", data: '{"text":"héllo"}' },
        { event: undefined, data: "second" },
      ]);
    }
  });

  it("handles CRLF and CR line ends, comments, and multi-line data", () => {
    const decoder = new SseDecoder();
    const events = [...decoder.push(bytes(": ping\r\ndata: a\r\ndata: b\r\n\r\ndata:c\r\r")), ...decoder.end()];
    expect(events).toEqual([
      { event: undefined, data: "a\nb" },
      { event: undefined, data: "c" },
    ]);
  });

  it("reports an unterminated event at the end as partial rather than emitting it", () => {
    const decoder = new SseDecoder();
    expect(decoder.push(bytes('data: {"x":1}\n'))).toEqual([]);
    expect(decoder.hasPartialEvent).toBe(true);
    expect(decoder.end()).toEqual([]);
  });
});
