/**
 * SSE decoding cost on the streaming hot path: µs per event for the decoder the
 * providers use, on 400-event OpenAI and Anthropic streams cut into 1 KiB reads.
 * `npx tsx bench/sse-decoder.bench.ts [path-to-another-sse-decoder.ts]` compares
 * with another implementation (for example the hand-written one in git history).
 */
import { SseDecoder } from "../src/providers/shared/sse-decoder.js";

interface Decoder {
  push(chunk: Uint8Array): readonly unknown[];
  end(): readonly unknown[];
}
type DecoderClass = new () => Decoder;

const openAIChunk = (index: number) => `data: {"id":"chatcmpl-123","object":"chat.completion.chunk","created":1700000000,"model":"mock","choices":[{"index":0,"delta":{"content":"token ${index} "},"finish_reason":null}]}\n\n`;
const anthropicChunk = (index: number) => `event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"token ${index} "}}\n\n`;

const contenders: [string, DecoderClass][] = [["eventsource-parser (current)", SseDecoder]];
const other = process.argv[2];
if (other) contenders.push([`other (${other})`, ((await import(other)) as { SseDecoder: DecoderClass }).SseDecoder]);

for (const [stream, makeChunk] of [["openai", openAIChunk], ["anthropic", anthropicChunk]] as const) {
  const bytes = new TextEncoder().encode(Array.from({ length: 400 }, (_, index) => makeChunk(index)).join("") + "data: [DONE]\n\n");
  const reads: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += 1024) reads.push(bytes.subarray(offset, offset + 1024));
  const decodeOnce = (Decoder: DecoderClass): number => {
    const decoder = new Decoder();
    let events = 0;
    for (const read of reads) events += decoder.push(read).length;
    return events + decoder.end().length;
  };
  const best = new Map<string, number>();
  // Interleaved rounds, best of each: the machine is shared, so the minimum is the least disturbed figure.
  for (let round = 0; round < 7; round++) {
    for (const [name, Decoder] of contenders) {
      for (let warm = 0; warm < 100; warm++) decodeOnce(Decoder);
      const started = performance.now();
      let events = 0;
      for (let run = 0; run < 1000; run++) events += decodeOnce(Decoder);
      const microsPerEvent = ((performance.now() - started) * 1000) / events;
      best.set(name, Math.min(best.get(name) ?? Infinity, microsPerEvent));
    }
  }
  for (const [name, micros] of best) console.log(`${stream}: ${name}: ${micros.toFixed(3)} µs/event`);
}
