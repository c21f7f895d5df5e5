/** One Server-Sent Event. `event` is absent when the stream sent no `event:` line (OpenAI never does). */
export interface SseEvent {
  readonly event: string | undefined;
  readonly data: string;
}

/**
 * The one SSE parser (CONVENTIONS §4). Incremental: feed it bytes as they arrive
 * and it returns the events completed so far. Handles `\n`, `\r\n` and `\r` line
 * ends, multi-line `data:`, comments (ignored) and events split across chunks.
 */
export class SseDecoder {
  private readonly textDecoder = new TextDecoder();
  private buffer = "";
  private eventName: string | undefined;
  private dataLines: string[] = [];

  push(chunk: Uint8Array): SseEvent[] {
    this.buffer += this.textDecoder.decode(chunk, { stream: true });
    return this.drainLines();
  }

  /** Call at end of input; returns a final event only if the stream ended with an unterminated one. */
  end(): SseEvent[] {
    this.buffer += this.textDecoder.decode();
    // A final lone \r is a complete line end once we know no \n follows.
    if (this.buffer.endsWith("\r")) this.buffer += "\n";
    const events = this.drainLines();
    if (this.buffer.length > 0) {
      this.acceptLine(this.buffer, events);
      this.buffer = "";
    }
    // An event without its terminating blank line is incomplete by the spec; the
    // caller decides whether that is a truncated stream.
    return events;
  }

  /** True when a partial event or line is buffered (the stream stopped mid-event). */
  get hasPartialEvent(): boolean {
    return this.buffer.length > 0 || this.dataLines.length > 0;
  }

  private drainLines(): SseEvent[] {
    const events: SseEvent[] = [];
    let start = 0;
    for (;;) {
      const newline = this.findLineEnd(start);
      if (newline === -1) break;
      const line = this.buffer.slice(start, newline);
      const isCrlf = this.buffer.charCodeAt(newline) === 13 && this.buffer.charCodeAt(newline + 1) === 10;
      // A lone trailing \r might be the first half of \r\n; wait for more input.
      if (this.buffer.charCodeAt(newline) === 13 && newline + 1 === this.buffer.length) break;
      start = newline + (isCrlf ? 2 : 1);
      this.acceptLine(line, events);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private findLineEnd(from: number): number {
    for (let index = from; index < this.buffer.length; index++) {
      const code = this.buffer.charCodeAt(index);
      if (code === 10 || code === 13) return index;
    }
    return -1;
  }

  private acceptLine(line: string, events: SseEvent[]): void {
    if (line === "") {
      if (this.dataLines.length > 0) events.push({ event: this.eventName, data: this.dataLines.join("\n") });
      this.dataLines = [];
      this.eventName = undefined;
      return;
    }
    if (line.charCodeAt(0) === 58 /* ":" comment */) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") this.dataLines.push(value);
    else if (field === "event") this.eventName = value;
    // `id:` and `retry:` are meaningful only to browsers reconnecting; upstream APIs do not use them.
  }
}
