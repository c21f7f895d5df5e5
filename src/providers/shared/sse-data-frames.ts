import { SseDecoder, type SseEvent } from "./sse-decoder.js";

/** One `data: …` frame found in the bytes of an upstream read, by byte offsets into `bytes`. */
export interface DataFrame {
  /** The read the frame lies in (the previous read's tail joined to this one when a frame spans two). */
  readonly bytes: Buffer;
  /** Offset of the frame's first line (`event: ` when it has one, else `data: `). */
  readonly start: number;
  /** Offset just past the blank line that ends the frame. */
  readonly end: number;
  /** The frame's `data` text, decoded only when asked for. */
  data(): string;
  /** The `event:` name, when the frame has that line (only with `eventLines`). */
  event(): string | undefined;
  /** The `event:` name's length in bytes, -1 without that line: read without decoding the name. */
  readonly eventLength: number;
}

/** A run of one upstream read: frames located in place, or events the parser decoded (frames of other shapes, or all after a `\r`). */
export type SplitRead = { readonly kind: "frames"; readonly bytes: Buffer; readonly frames: readonly DataFrame[] } | { readonly kind: "events"; readonly events: readonly SseEvent[] };

const newline = 0x0a;
const carriageReturn = 0x0d;
const colon = 0x3a;
const dataPrefix = Buffer.from("data: ");
const eventPrefix = Buffer.from("event: ");
const blankLine = Buffer.from("\n\n");

/**
 * Locates SSE frames in upstream bytes without decoding them, for relays that
 * forward what they read (an OpenAI-compatible pass-through): copying the bytes as
 * read is what lets a relay cost about what a bare proxy costs, where decoding,
 * re-joining and re-encoding every frame cost a large part of the stream path.
 *
 * Only the one shape OpenAI-style upstreams send is located here: each frame a
 * single `data: ` line (after one `event: ` line, with `eventLines`, as the Responses
 * API sends them), `\n` line ends, a blank line after it. This is not a second
 * SSE parser: a frame of any other shape with `\n` line ends (a comment such as
 * OpenRouter's `: OPENROUTER PROCESSING`, an `id:` field, a multi-line `data`) ends
 * at its blank line, and only that frame goes to the one parser (SseDecoder); the
 * frames after it are located again, so a comment costs its own frame, not the rest
 * of the stream. A `\r` anywhere (CR or CRLF line ends, where a blank line has more
 * than one spelling) hands everything from there on to the parser for good.
 */
export class SseDataFrames {
  /** Bytes after the last complete frame, waiting for the rest of their frame. */
  private pending: Buffer | undefined;
  /** Set once a `\r` is seen: the parser has the rest of the stream. */
  private decoder: SseDecoder | undefined;
  /** Decodes frames of other shapes one at a time (each ends with its blank line, so it holds nothing between them); made when first needed. */
  private frameDecoder: SseDecoder | undefined;

  /** `eventLines`: a frame may start with one `event: NAME` line (the Responses API's frames). */
  constructor(private readonly options: { readonly eventLines?: boolean } = {}) {}

  /** One upstream read, as runs of located frames and decoded events, in stream order. */
  push(chunk: Buffer): readonly SplitRead[] {
    if (this.decoder) return [{ kind: "events", events: this.decoder.push(chunk) }];
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    if (bytes.includes(carriageReturn)) return [this.fallBack(bytes)];
    const split: SplitRead[] = [];
    // The located frames of the current run, with offsets into `rest`: each run is read from its own offset 0.
    let frames: DataFrame[] = [];
    let rest = bytes;
    let start = 0;
    while (start < rest.length) {
      const located = this.locate(rest, start);
      if (located === undefined) break;
      if (located.kind === "frame") {
        frames.push(located.frame);
        start = located.frame.end;
        continue;
      }
      if (frames.length > 0) split.push({ kind: "frames", bytes: rest, frames });
      frames = [];
      // A lone comment line (a keep-alive) or blank line holds no event: nothing to decode.
      const events = isCommentLine(rest, start, located.end) ? [] : (this.frameDecoder ??= new SseDecoder()).push(rest.subarray(start, located.end));
      if (events.length > 0) split.push({ kind: "events", events });
      rest = rest.subarray(located.end);
      start = 0;
    }
    if (frames.length > 0) split.push({ kind: "frames", bytes: rest, frames });
    if (start < rest.length) this.pending = rest.subarray(start);
    return split;
  }

  /** End of input: what the parser makes of any unfinished tail (by the spec, an event without its blank line is dropped). */
  end(): readonly SseEvent[] {
    if (this.decoder) return this.decoder.end();
    if (!this.pending) return [];
    const decoder = new SseDecoder();
    const events = decoder.push(this.pending);
    this.pending = undefined;
    return [...events, ...decoder.end()];
  }

  /**
   * The complete frame at `start`: located when in the usual shape, else where it
   * ends (past its blank line) for the parser; undefined when its end is not here yet.
   */
  private locate(bytes: Buffer, start: number): { readonly kind: "frame"; readonly frame: DataFrame } | { readonly kind: "other"; readonly end: number } | undefined {
    let dataStart = start;
    let lineEnd = bytes.indexOf(newline, start);
    if (this.options.eventLines === true && lineEnd !== -1 && startsWith(bytes, eventPrefix, start, lineEnd)) {
      dataStart = lineEnd + 1;
      lineEnd = bytes.indexOf(newline, dataStart);
    }
    if (lineEnd !== -1 && lineEnd + 1 < bytes.length && bytes[lineEnd + 1] === newline && startsWith(bytes, dataPrefix, dataStart, lineEnd)) {
      return { kind: "frame", frame: dataFrame(bytes, start, dataStart, lineEnd + 2) };
    }
    // A frame of another shape ends at the first blank line: a lone `\n` here, else the first `\n\n`.
    if (bytes[start] === newline) return { kind: "other", end: start + 1 };
    const blank = bytes.indexOf(blankLine, start);
    return blank === -1 ? undefined : { kind: "other", end: blank + 2 };
  }

  /** Hands the rest of the stream to the parser (a `\r` was seen). */
  private fallBack(rest: Buffer): SplitRead {
    this.decoder = new SseDecoder();
    return { kind: "events", events: this.decoder.push(rest) };
  }
}

/** Whether the frame from `start` to `end` is one comment line (`: …\n\n`) or a blank line. */
function isCommentLine(bytes: Buffer, start: number, end: number): boolean {
  return end - start === 1 || (bytes[start] === colon && bytes.indexOf(newline, start) === end - 2);
}

/**
 * Whether the bytes from `start` (up to `limit`) begin with `prefix`, or, cut short by `limit`, with its beginning.
 * Compared here, byte by byte: the prefixes are 6 and 7 bytes, and a call into `Buffer#compare` for each
 * line of a stream cost more than the comparison (2-3 µs a Responses stream, 36 lines).
 */
function startsWith(bytes: Buffer, prefix: Buffer, start: number, limit: number): boolean {
  if (limit < start) return false;
  const length = Math.min(prefix.length, limit - start);
  for (let index = 0; index < length; index++) if (bytes[start + index] !== prefix[index]) return false;
  return true;
}

function dataFrame(bytes: Buffer, start: number, dataStart: number, end: number): DataFrame {
  return {
    bytes,
    start,
    end,
    eventLength: dataStart === start ? -1 : dataStart - 1 - (start + eventPrefix.length),
    data: () => bytes.toString("utf8", dataStart + dataPrefix.length, end - 2),
    event: () => (dataStart === start ? undefined : bytes.toString("utf8", start + eventPrefix.length, dataStart - 1)),
  };
}
