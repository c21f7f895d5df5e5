import { describe, expect, it } from "vitest";
import { SseDataFrames, type SplitRead } from "../../src/providers/shared/sse-data-frames.js";
import type { SseEvent } from "../../src/providers/shared/sse-decoder.js";

type Run = { readonly frames: string[] } | { readonly events: readonly SseEvent[] };

/** A read's runs, frames as the bytes they lie in (read from each run's own offset 0), events as decoded. */
const runs = (reads: readonly SplitRead[]): Run[] =>
  reads.map((read) => (read.kind === "frames" ? { frames: read.frames.map((frame) => read.bytes.toString("utf8", frame.start, frame.end)) } : { events: read.events }));
const frameTexts = (reads: readonly SplitRead[]): string[] => runs(reads).flatMap((run) => ("frames" in run ? run.frames : []));
/** Every frame's (event, data, id) in stream order, located or decoded. */
const inOrder = (reads: readonly SplitRead[]): SseEvent[] =>
  reads.flatMap((read) => (read.kind === "frames" ? read.frames.map((frame) => ({ event: frame.event(), data: frame.data() })) : read.events));

describe("SseDataFrames", () => {
  it("locates single-line data frames in place, keeping a frame split across reads (even inside a UTF-8 character) for the next read", () => {
    const splitter = new SseDataFrames();
    const stream = Buffer.from('data: {"a":1}\n\ndata: {"b":"café"}\n\ndata: [DONE]\n\n');
    const cut = stream.indexOf("é") + 1; // between the two bytes of é
    const first = splitter.push(stream.subarray(0, cut));
    expect(runs(first)).toEqual([{ frames: ['data: {"a":1}\n\n'] }]);
    const second = splitter.push(stream.subarray(cut));
    expect(frameTexts(second)).toEqual(['data: {"b":"café"}\n\n', "data: [DONE]\n\n"]);
    expect(inOrder(second).map((event) => event.data)).toEqual(['{"b":"café"}', "[DONE]"]);
    expect(splitter.end()).toEqual([]);
  });

  it("waits for the blank line: a frame whose line has ended but whose blank line has not is held", () => {
    const splitter = new SseDataFrames();
    expect(frameTexts(splitter.push(Buffer.from('data: {"a":1}\n')))).toEqual([]);
    expect(frameTexts(splitter.push(Buffer.from("\n")))).toEqual(['data: {"a":1}\n\n']);
  });

  it("hands the rest of the stream to the SSE parser at CR line ends", () => {
    const splitter = new SseDataFrames();
    expect(runs(splitter.push(Buffer.from('data: {"a":1}\n\n')))).toEqual([{ frames: ['data: {"a":1}\n\n'] }]);
    const read = splitter.push(Buffer.from('data: {"b":2}\r\n\r\ndata: {"c":3}\r\n\r\n'));
    expect(read).toEqual([{ kind: "events", events: [{ event: undefined, data: '{"b":2}' }, { event: undefined, data: '{"c":3}' }] }]);
    // Stays with the parser for the rest of the stream, even for frames in the simple shape.
    expect(splitter.push(Buffer.from('data: {"d":4}\n\n'))).toEqual([{ kind: "events", events: [{ event: undefined, data: '{"d":4}' }] }]);
  });

  it("a comment, an event or id field, a multi-line data cost only their own frame: the frames after are located again", () => {
    const cases: [string, readonly SseEvent[]][] = [
      [": OPENROUTER PROCESSING\n\n", []],
      ["\n", []],
      ["event: ping\ndata: {}\n\n", [{ event: "ping", data: "{}" }]],
      ["id: 7\ndata: {}\n\n", [{ event: undefined, data: "{}", id: "7" }]],
      ["data: {}\nid: 8\n\n", [{ event: undefined, data: "{}", id: "8" }]],
      ["data: {\ndata: }\n\n", [{ event: undefined, data: "{\n}" }]],
      ["data:{}\n\n", [{ event: undefined, data: "{}" }]],
    ];
    for (const [odd, events] of cases) {
      const splitter = new SseDataFrames();
      const read = splitter.push(Buffer.from(`data: {"a":1}\n\n${odd}data: {"c":3}\n\ndata: {"d":4}\n\n`));
      expect(runs(read), JSON.stringify(odd)).toEqual([{ frames: ['data: {"a":1}\n\n'] }, ...(events.length > 0 ? [{ events }] : []), { frames: ['data: {"c":3}\n\n', 'data: {"d":4}\n\n'] }]);
      // And the reads after it are located from the start.
      expect(runs(splitter.push(Buffer.from('data: {"e":5}\n\n'))), JSON.stringify(odd)).toEqual([{ frames: ['data: {"e":5}\n\n'] }]);
    }
  });

  it("a frame of another shape still unfinished at the end of a read is held until its blank line, then decoded alone", () => {
    const splitter = new SseDataFrames();
    expect(runs(splitter.push(Buffer.from("data: {}\n\nevent: x\ndata: {")))).toEqual([{ frames: ["data: {}\n\n"] }]);
    expect(runs(splitter.push(Buffer.from('}\n\ndata: {"b":2}\n\n')))).toEqual([{ events: [{ event: "x", data: "{}" }] }, { frames: ['data: {"b":2}\n\n'] }]);
  });

  it("with eventLines, locates frames that start with one `event:` line, also when a read ends inside that line or right after it", () => {
    const stream = Buffer.from('event: response.created\ndata: {"a":1}\n\nevent: response.output_text.delta\ndata: {"b":2}\n\ndata: {"c":3}\n\n');
    // Every cut point, in the event line, after it, in the data line: the same frames come out.
    for (const cut of [5, 23, 24, 30, 41, 60]) {
      const fresh = new SseDataFrames({ eventLines: true });
      const reads = [...fresh.push(stream.subarray(0, cut)), ...fresh.push(stream.subarray(cut))];
      expect(reads.every((read) => read.kind === "frames"), `cut at ${cut}`).toBe(true);
      expect(frameTexts(reads), `cut at ${cut}`).toEqual(['event: response.created\ndata: {"a":1}\n\n', 'event: response.output_text.delta\ndata: {"b":2}\n\n', 'data: {"c":3}\n\n']);
    }
    expect(inOrder(new SseDataFrames({ eventLines: true }).push(stream))).toEqual([
      { event: "response.created", data: '{"a":1}' },
      { event: "response.output_text.delta", data: '{"b":2}' },
      { event: undefined, data: '{"c":3}' },
    ]);
  });

  it("with eventLines, two event lines, an id field or an event line without its space go to the parser, that frame only", () => {
    for (const odd of ["event: a\nevent: b\ndata: {}\n\n", "event: a\nid: 1\ndata: {}\n\n", "event:a\ndata: {}\n\n"]) {
      const read = new SseDataFrames({ eventLines: true }).push(Buffer.from(`data: {"a":1}\n\n${odd}event: c\ndata: {}\n\n`));
      expect(read.map((run) => run.kind), odd).toEqual(["frames", "events", "frames"]);
    }
  });

  it("with eventLines, every frame keeps its event name and id, in order, none lost or repeated, around a comment, an id field and a comment cut by a read (issue 14)", () => {
    const named = 'event: response.created\ndata: {"a":1}\n\nevent: response.output_text.delta\ndata: {"b":2}\n\n';
    const before = [
      { event: "response.created", data: '{"a":1}' },
      { event: "response.output_text.delta", data: '{"b":2}' },
    ];
    const completed = { event: "response.completed", data: '{"c":3}' };
    for (const odd of [': keep-alive\n\nevent: response.completed\ndata: {"c":3}\n\n', 'id: 7\nevent: response.completed\ndata: {"c":3}\n\n', ": OPENROUTER PROC"]) {
      const splitter = new SseDataFrames({ eventLines: true });
      const read = splitter.push(Buffer.from(named + odd));
      const rest = odd.startsWith(": OPENROUTER") ? splitter.push(Buffer.from('ESSING\n\nevent: response.completed\ndata: {"c":3}\n\n')) : [];
      expect(inOrder([...read, ...rest]), odd).toEqual([...before, odd.startsWith("id:") ? { ...completed, id: "7" } : completed]);
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
    const reads = splitter.push(Buffer.from('event: response.created\ndata: {}\n\nevent: é\ndata: {}\n\ndata: {}\n\n'));
    expect(reads.flatMap((read) => (read.kind === "frames" ? read.frames.map((frame) => [frame.event(), frame.eventLength]) : []))).toEqual([
      ["response.created", 16],
      ["é", 2],
      [undefined, -1],
    ]);
  });
});
