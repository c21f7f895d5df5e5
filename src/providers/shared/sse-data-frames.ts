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

/** What one upstream read splits into: frames located in place, or (after the fallback) decoded events. */
export type SplitRead = { readonly kind: "frames"; readonly bytes: Buffer; readonly frames: readonly DataFrame[] } | { readonly kind: "events"; readonly events: readonly SseEvent[] };

const newline = 0x0a;
const carriageReturn = 0x0d;
const dataPrefix = Buffer.from("data: ");
const eventPrefix = Buffer.from("event: ");

/**
 * Locates SSE frames in upstream bytes without decoding them, for relays that
 * forward what they read (an OpenAI-compatible pass-through): copying the bytes as
 * read is what lets a relay cost about what a bare proxy costs, where decoding,
 * re-joining and re-encoding every frame cost a large part of the stream path.
 *
 * Only the one shape OpenAI-style upstreams send is located here: each frame a
 * single `data: ` line (after one `event: ` line, with `eventLines`, as the Responses
 * API sends them), `\n` line ends, a blank line after it. This is not a second
 * SSE parser: at the first byte outside that shape (a `\r`, an `event:` or `id:`
 * field, a comment, a multi-line `data`, a byte-order mark) everything from the
 * start of that frame on goes to the one parser (SseDecoder) and stays there for
 * the rest of the stream, which then yields decoded events as before.
 */
export class SseDataFrames {
  /** Bytes after the last complete frame, waiting for the rest of their frame. */
  private pending: Buffer | undefined;
  private decoder: SseDecoder | undefined;

  /** `eventLines`: a frame may start with one `event: NAME` line (the Responses API's frames). */
  constructor(private readonly options: { readonly eventLines?: boolean } = {}) {}

  push(chunk: Buffer): SplitRead {
    if (this.decoder) return { kind: "events", events: this.decoder.push(chunk) };
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    if (bytes.includes(carriageReturn)) return this.fallBack(bytes, []);
    const frames: DataFrame[] = [];
    const eventLines = this.options.eventLines === true;
    let start = 0;
    while (start < bytes.length) {
      let dataStart = start;
      let lineEnd = bytes.indexOf(newline, start);
      if (eventLines && lineEnd !== -1 && startsWith(bytes, eventPrefix, start, lineEnd)) {
        dataStart = lineEnd + 1;
        lineEnd = bytes.indexOf(newline, dataStart);
      }
      if (lineEnd === -1 || lineEnd + 1 >= bytes.length) {
        // The frame's end is not here yet; a line start of another kind is settled now, the rest with the next read.
        const expected = dataStart === start && eventLines && !startsWith(bytes, dataPrefix, start, bytes.length) ? eventPrefix : dataPrefix;
        if (!startsWith(bytes, expected, dataStart, bytes.length)) return this.fallBack(bytes.subarray(start), frames);
        this.pending = bytes.subarray(start);
        break;
      }
      if (bytes[lineEnd + 1] !== newline || !startsWith(bytes, dataPrefix, dataStart, lineEnd)) return this.fallBack(bytes.subarray(start), frames);
      frames.push(dataFrame(bytes, start, dataStart, lineEnd + 2));
      start = lineEnd + 2;
    }
    return { kind: "frames", bytes, frames };
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
   * Hands the rest of the stream to the parser. Frames already located in this
   * read are returned as events too, so the caller sees one read in one form;
   * each keeps its `event:` name, which the caller re-emits (issue 14).
   */
  private fallBack(rest: Buffer, located: readonly DataFrame[]): SplitRead {
    this.decoder = new SseDecoder();
    const before: SseEvent[] = located.map((frame) => ({ event: frame.event(), data: frame.data() }));
    return { kind: "events", events: [...before, ...this.decoder.push(rest)] };
  }
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
