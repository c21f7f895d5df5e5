import { describe, expect, it } from "vitest";
import { SseDataFrames, type SplitRead } from "../../src/providers/shared/sse-data-frames.js";

const frameTexts = (read: SplitRead): string[] => (read.kind === "frames" ? read.frames.map((frame) => read.bytes.toString("utf8", frame.start, frame.end)) : []);

describe("SseDataFrames", () => {
  it("locates single-line data frames in place, keeping a frame split across reads (even inside a UTF-8 character) for the next read", () => {
    const splitter = new SseDataFrames();
    const stream = Buffer.from('data: {"a":1}\n\ndata: {"b":"café"}\n\ndata: [DONE]\n\n');
    const cut = stream.indexOf("é") + 1; // between the two bytes of é
    const first = splitter.push(stream.subarray(0, cut));
    expect(first.kind).toBe("frames");
    expect(frameTexts(first)).toEqual(['data: {"a":1}\n\n']);
    const second = splitter.push(stream.subarray(cut));
    expect(frameTexts(second)).toEqual(['data: {"b":"café"}\n\n', "data: [DONE]\n\n"]);
    expect(second.kind === "frames" && second.frames.map((frame) => frame.data())).toEqual(['{"b":"café"}', "[DONE]"]);
    expect(splitter.end()).toEqual([]);
  });

  it("waits for the blank line: a frame whose line has ended but whose blank line has not is held", () => {
    const splitter = new SseDataFrames();
    expect(frameTexts(splitter.push(Buffer.from('data: {"a":1}\n')))).toEqual([]);
    expect(frameTexts(splitter.push(Buffer.from("\n")))).toEqual(['data: {"a":1}\n\n']);
  });

  it("hands the rest of the stream to the SSE parser at CR line ends, with the frames already located in that read, in order", () => {
    const splitter = new SseDataFrames();
    expect(splitter.push(Buffer.from('data: {"a":1}\n\n')).kind).toBe("frames");
    const read = splitter.push(Buffer.from('data: {"b":2}\r\n\r\ndata: {"c":3}\r\n\r\n'));
    expect(read).toEqual({ kind: "events", events: [{ event: undefined, data: '{"b":2}' }, { event: undefined, data: '{"c":3}' }] });
    // Stays with the parser for the rest of the stream, even for frames in the simple shape.
    expect(splitter.push(Buffer.from('data: {"d":4}\n\n'))).toEqual({ kind: "events", events: [{ event: undefined, data: '{"d":4}' }] });
  });

  it("hands over at an event field, a comment or a multi-line data, keeping the frames before it", () => {
    for (const odd of ["event: ping\ndata: {}\n\n", ": keep-alive\n\n", "data: {\ndata: }\n\n", "data:{}\n\n"]) {
      const splitter = new SseDataFrames();
      const read = splitter.push(Buffer.from(`data: {"a":1}\n\n${odd}`));
      expect(read.kind, odd).toBe("events");
      expect(read.kind === "events" && read.events[0], odd).toEqual({ event: undefined, data: '{"a":1}' });
    }
  });

  it("hands over when a frame that does not start with `data: ` is still incomplete at the end of a read", () => {
    const splitter = new SseDataFrames();
    expect(splitter.push(Buffer.from("event: x\ndata: {")).kind).toBe("events");
    expect(splitter.push(Buffer.from("}\n\n"))).toEqual({ kind: "events", events: [{ event: "x", data: "{}" }] });
  });

  it("with eventLines, locates frames that start with one `event:` line, also when a read ends inside that line or right after it", () => {
    const splitter = new SseDataFrames({ eventLines: true });
    const stream = Buffer.from('event: response.created\ndata: {"a":1}\n\nevent: response.output_text.delta\ndata: {"b":2}\n\ndata: {"c":3}\n\n');
    const names: (string | undefined)[] = [];
    const texts: string[] = [];
    // Every cut point, in the event line, after it, in the data line: the same frames come out.
    for (const cut of [5, 23, 24, 30, 41, 60]) {
      const fresh = new SseDataFrames({ eventLines: true });
      const reads = [fresh.push(stream.subarray(0, cut)), fresh.push(stream.subarray(cut))];
      expect(reads.every((read) => read.kind === "frames"), `cut at ${cut}`).toBe(true);
      expect(reads.flatMap(frameTexts), `cut at ${cut}`).toEqual(['event: response.created\ndata: {"a":1}\n\n', 'event: response.output_text.delta\ndata: {"b":2}\n\n', 'data: {"c":3}\n\n']);
    }
    const read = splitter.push(stream);
    if (read.kind !== "frames") throw new Error("expected frames");
    for (const frame of read.frames) {
      names.push(frame.event());
      texts.push(frame.data());
    }
    expect(names).toEqual(["response.created", "response.output_text.delta", undefined]);
    expect(texts).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it("with eventLines, still hands over at two event lines, an id field or an event line without its space", () => {
    for (const odd of ["event: a\nevent: b\ndata: {}\n\n", "event: a\nid: 1\ndata: {}\n\n", "event:a\ndata: {}\n\n"]) {
      const read = new SseDataFrames({ eventLines: true }).push(Buffer.from(`data: {"a":1}\n\n${odd}`));
      expect(read.kind, odd).toBe("events");
    }
  });

  it("with eventLines, frames located before the hand-over keep their event names, in order, none lost or repeated (issue 14)", () => {
    const named = 'event: response.created\ndata: {"a":1}\n\nevent: response.output_text.delta\ndata: {"b":2}\n\n';
    const before = [
      { event: "response.created", data: '{"a":1}' },
      { event: "response.output_text.delta", data: '{"b":2}' },
    ];
    const completed = { event: "response.completed", data: '{"c":3}' };
    // A comment (OpenRouter sends `: OPENROUTER PROCESSING`), an id field, and an odd frame still unfinished at the end of the read.
    for (const odd of [': keep-alive\n\nevent: response.completed\ndata: {"c":3}\n\n', 'id: 7\nevent: response.completed\ndata: {"c":3}\n\n', ": OPENROUTER PROC"]) {
      const splitter = new SseDataFrames({ eventLines: true });
      const read = splitter.push(Buffer.from(named + odd));
      const rest = odd.startsWith(": OPENROUTER") ? splitter.push(Buffer.from('ESSING\n\nevent: response.completed\ndata: {"c":3}\n\n')) : undefined;
      const events = [read, rest].flatMap((split) => (split?.kind === "events" ? split.events : []));
      expect(read.kind, odd).toBe("events");
      expect(events, odd).toEqual([...before, completed]);
    }
  });

  it("drops an unfinished last frame at the end, as the parser does", () => {
    const splitter = new SseDataFrames();
    splitter.push(Buffer.from('data: {"a":1}\n\ndata: {"b"'));
    expect(splitter.end()).toEqual([]);
  });
});

describe("SseDataFrames eventLength", () => {
  it("gives the event name's length in bytes from the located offsets, -1 for a frame without an event line", () => {
    const splitter = new SseDataFrames({ eventLines: true });
    const read = splitter.push(Buffer.from('event: response.created\ndata: {}\n\nevent: é\ndata: {}\n\ndata: {}\n\n'));
    expect(read.kind === "frames" && read.frames.map((frame) => [frame.event(), frame.eventLength])).toEqual([
      ["response.created", 16],
      ["é", 2],
      [undefined, -1],
    ]);
  });
});
