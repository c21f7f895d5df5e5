import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { afterEach, describe, expect, it } from "vitest";
import { describeWarning } from "../../src/core/warning.js";
import { recordedSummary } from "../support/recorded-summary.js";
import { responseObject, responsesSseBody } from "./support/responses-upstream-answer.js";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";

/**
 * Citations. A Responses upstream (OpenAI with web search on) marks spans of its text with
 * `output_text.annotations`: `url_citation` has a Chat Completions shape (`message.annotations`,
 * streamed on a delta of its own) and must arrive there; `file_citation` (OpenAI's file stores)
 * has none, nor has a url_citation for an Anthropic or Gemini caller: those are named in
 * warnings, once per type, never dropped silently. And back: a Chat upstream's
 * `message.annotations` reach a Responses caller as `output_text.annotations`.
 */

// Two output_text parts, joined into one content string for a Chat caller: the second part's
// citation moves by the first part's length in code points (the emoji is one, two UTF-16 units).
const firstText = "Paris 🌤 is 18°C today. ";
const secondText = "Météo-France agrees.";
const fileCitation = { type: "file_citation", file_id: "file_1", filename: "notes.pdf", index: 3 };
const firstCitation = { type: "url_citation", url: "https://weather.example/paris", title: "Paris weather", start_index: 0, end_index: 22 };
const secondCitation = { type: "url_citation", url: "https://meteo.example/", title: "Météo-France", start_index: 0, end_index: 12 };
const webSearch = { id: "ws_1", type: "web_search_call", status: "completed", action: { type: "search", query: "weather Paris" } };
const message = {
  id: "msg_1",
  type: "message",
  status: "completed",
  role: "assistant",
  content: [
    { type: "output_text", text: firstText, annotations: [firstCitation, fileCitation], logprobs: [] },
    { type: "output_text", text: secondText, annotations: [secondCitation], logprobs: [] },
  ],
};

const answerText = firstText + secondText;
const offset = [...firstText].length;
const chatAnnotations = [
  { type: "url_citation", url_citation: { url: firstCitation.url, title: firstCitation.title, start_index: 0, end_index: 22 } },
  { type: "url_citation", url_citation: { url: secondCitation.url, title: secondCitation.title, start_index: offset, end_index: offset + 12 } },
];

const wholeAnswer = (): string => JSON.stringify(responseObject("completed", [webSearch, message]));

/** Streamed as OpenAI does: each citation in an annotation.added event, and again in the finished item (which must not double them). */
function streamedAnswer(): string {
  const part = (contentIndex: number) => ({ item_id: "msg_1", output_index: 1, content_index: contentIndex });
  const events: Record<string, unknown>[] = [
    { type: "response.created", response: responseObject("in_progress", []) },
    { type: "response.output_item.added", output_index: 0, item: { ...webSearch, status: "in_progress" } },
    { type: "response.output_item.done", output_index: 0, item: webSearch },
    { type: "response.output_item.added", output_index: 1, item: { ...message, status: "in_progress", content: [] } },
  ];
  for (const [contentIndex, content] of message.content.entries()) {
    events.push(
      { type: "response.content_part.added", ...part(contentIndex), part: { type: "output_text", text: "", annotations: [] } },
      { type: "response.output_text.delta", ...part(contentIndex), delta: content.text.slice(0, 9) },
      { type: "response.output_text.delta", ...part(contentIndex), delta: content.text.slice(9) },
      ...content.annotations.map((annotation, annotationIndex) => ({ type: "response.output_text.annotation.added", ...part(contentIndex), annotation_index: annotationIndex, annotation })),
      { type: "response.output_text.done", ...part(contentIndex), text: content.text },
      { type: "response.content_part.done", ...part(contentIndex), part: content },
    );
  }
  events.push({ type: "response.output_item.done", output_index: 1, item: message }, { type: "response.completed", response: responseObject("completed", [webSearch, message]) });
  return responsesSseBody(events);
}

const webSearchDropped = "output item web_search_call dropped (the caller's API has no equivalent)";
const fileCitationDropped = "annotation file_citation dropped (the caller's API has no equivalent)";
const urlCitationDropped = "annotation url_citation dropped (the caller's API has no equivalent)";

describe("text annotations between a Responses upstream and other APIs", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  const joinedText = (blocks: readonly Anthropic.ContentBlock[]): string => blocks.map((block) => (block.type === "text" ? block.text : "")).join("");

  async function recordedWarnings(number: number): Promise<string[]> {
    return (await recordedSummary(setup.gateway, number)).warnings.map(describeWarning);
  }

  it("Chat Completions, whole: url_citations arrive in message.annotations (the second part's moved by the first's length); file_citation is named once", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ json: wholeAnswer() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const { data, response } = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Weather in Paris?" }] }).withResponse();
    expect(data.choices[0]!.message.content).toBe(answerText);
    expect(data.choices[0]!.message.annotations).toEqual(chatAnnotations);
    expect(response.headers.get("x-switchyard-warnings")).toBe([webSearchDropped, fileCitationDropped].join("; "));
    expect(await recordedWarnings(1)).toEqual([webSearchDropped, fileCitationDropped]);
  });

  it("Chat Completions, streamed: the citations come on one delta of their own, and the SDK's final message carries them; file_citation is named once", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ sseBody: streamedAnswer() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const chunks: ChatCompletionChunk[] = [];
    const stream = client.chat.completions.stream({ model: "m", stream: true, messages: [{ role: "user", content: "Weather in Paris?" }] });
    stream.on("chunk", (chunk) => chunks.push(chunk));
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]!.message.content).toBe(answerText);
    expect(final.choices[0]!.message.annotations).toEqual(chatAnnotations);
    expect(final.choices[0]!.finish_reason).toBe("stop");
    const withAnnotations = chunks.filter((chunk) => (chunk.choices[0]?.delta as { annotations?: unknown } | undefined)?.annotations !== undefined);
    expect(withAnnotations).toHaveLength(1);
    expect(withAnnotations[0]!.choices[0]!.delta).toEqual({ annotations: chatAnnotations });
    expect(await recordedWarnings(1)).toEqual([webSearchDropped, fileCitationDropped]);
  });

  it("Anthropic Messages, whole and streamed: the text arrives; url_citation and file_citation are each named once", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ json: wholeAnswer() }, { sseBody: streamedAnswer() });
    const client = new Anthropic({ baseURL: setup.gateway.url, apiKey: "k", maxRetries: 0 });
    const { data, response } = await client.messages.create({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "Weather in Paris?" }] }).withResponse();
    expect(joinedText(data.content)).toBe(answerText);
    expect(response.headers.get("x-switchyard-warnings")).toBe([webSearchDropped, fileCitationDropped, urlCitationDropped].join("; "));
    expect(await recordedWarnings(1)).toEqual([webSearchDropped, fileCitationDropped, urlCitationDropped]);

    const final = await client.messages.stream({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "Weather in Paris?" }] }).finalMessage();
    expect(joinedText(final.content)).toBe(answerText);
    // In the order met: the search item, the first citation, the file citation after it.
    expect(await recordedWarnings(2)).toEqual([webSearchDropped, urlCitationDropped, fileCitationDropped]);
  });

  it("Gemini, whole: the text arrives and x-switchyard-warnings names url_citation (groundingMetadata is not an exact match)", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ json: wholeAnswer() });
    const response = await fetch(`${setup.gateway.url}/v1beta/models/m:generateContent`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Weather in Paris?" }] }] }),
    });
    const body = (await response.json()) as { candidates: { content: { parts: { text?: string }[] } }[] };
    expect(body.candidates[0]!.content.parts.map((part) => part.text ?? "").join("")).toBe(answerText);
    expect(response.headers.get("x-switchyard-warnings")).toBe([webSearchDropped, fileCitationDropped, urlCitationDropped].join("; "));
  });
});

describe("text annotations from a Chat upstream to a Responses caller", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  const text = "Paris 🌤 is 18°C today.";
  const citation = { url: "https://weather.example/paris", title: "Paris weather", start_index: 0, end_index: 22 };
  const completion = {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_765_000_000,
    model: "upstream-model",
    choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null, annotations: [{ type: "url_citation", url_citation: citation }] }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 },
  };
  /** As OpenAI streams a search model's answer: the text, then the citations on a delta of their own, then the finish. */
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1_765_000_000, model: "upstream-model", choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  const streamed = [
    chunk({ role: "assistant", content: "" }),
    chunk({ content: text.slice(0, 10) }),
    chunk({ content: text.slice(10) }),
    chunk({ annotations: [{ type: "url_citation", url_citation: citation }] }),
    chunk({}, "stop"),
    "data: [DONE]\n\n",
  ].join("");
  const responsesAnnotation = { type: "url_citation", ...citation };

  it("whole and streamed, the openai client's Response carries the citation in output_text.annotations, and so does the stored one", async () => {
    setup = await startResponsesGateway("openai-compatible");
    setup.upstream.enqueue({ json: JSON.stringify(completion) }, { sseBody: streamed });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

    const carried = [expect.objectContaining({ type: "message", content: [expect.objectContaining({ type: "output_text", text, annotations: [responsesAnnotation] })] })];
    const whole = await client.responses.create({ model: "m", input: "Weather in Paris?" });
    expect(whole.output).toEqual(carried);

    const events: ResponseStreamEvent[] = [];
    const stream = client.responses.stream({ model: "m", input: "Weather in Paris?" });
    stream.on("event", (event) => events.push(event));
    const final = await stream.finalResponse();
    expect(final.output).toEqual(carried);
    expect(events.filter((event) => event.type === "response.output_text.annotation.added")).toEqual([
      expect.objectContaining({ output_index: 0, content_index: 0, annotation_index: 0, annotation: responsesAnnotation }),
    ]);
    expect((await client.responses.retrieve(final.id)).output).toEqual(carried);
    expect((await recordedSummary(setup.gateway, 2)).warnings).toEqual([]);
  });
});

/**
 * Citations from an Anthropic upstream (web search on, or documents with citations enabled): each
 * text block carries `citations` that cite the whole block. URL-bearing ones (web_search_result_location)
 * become url_citation annotations over that block's span of the answer; document ones (char_location,
 * page_location, content_block_location) have no Responses or Chat shape and are named in warnings.
 */
describe("citations from an Anthropic upstream to Responses and Chat callers", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  const lead = "Sources say 🌤 ";
  const cited = "Paris is 18°C today.";
  const trail = " Per the PDF: mild.";
  const webCitation = { type: "web_search_result_location", url: "https://weather.example/paris", title: "Paris weather", encrypted_index: "EqgfCioIARgB", cited_text: "Paris: 18°C" };
  const pageCitation = { type: "page_location", cited_text: "mild", document_index: 0, document_title: "notes.pdf", start_page_number: 1, end_page_number: 2 };
  const charCitation = { type: "char_location", cited_text: "mild", document_index: 0, document_title: "notes.txt", start_char_index: 0, end_char_index: 4 };
  const blocks = [
    { type: "text", text: lead, citations: null },
    { type: "text", text: cited, citations: [webCitation] },
    { type: "text", text: trail, citations: [pageCitation, charCitation, pageCitation] },
  ];
  const message = {
    id: "msg_1",
    type: "message",
    role: "assistant",
    model: "upstream-model",
    content: blocks,
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 8 },
  };
  /** As Anthropic streams it: each block's citations come as citations_delta before its text. */
  function streamed(): string {
    const frame = (event: Record<string, unknown>) => `event: ${event.type as string}\ndata: ${JSON.stringify(event)}\n\n`;
    const frames = [frame({ type: "message_start", message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 1 } } })];
    blocks.forEach((block, index) => {
      frames.push(frame({ type: "content_block_start", index, content_block: { type: "text", text: "", ...(block.citations && { citations: [] }) } }));
      for (const citation of block.citations ?? []) frames.push(frame({ type: "content_block_delta", index, delta: { type: "citations_delta", citation } }));
      frames.push(frame({ type: "content_block_delta", index, delta: { type: "text_delta", text: block.text.slice(0, 5) } }));
      frames.push(frame({ type: "content_block_delta", index, delta: { type: "text_delta", text: block.text.slice(5) } }));
      frames.push(frame({ type: "content_block_stop", index }));
    });
    frames.push(frame({ type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 8 } }), frame({ type: "message_stop" }));
    return frames.join("");
  }

  const answerText = lead + cited + trail;
  // The cited block's span of the whole answer, in code points (the emoji before it is one).
  const start = [...lead].length;
  const end = start + [...cited].length;
  const responsesAnnotation = { type: "url_citation", url: webCitation.url, title: webCitation.title, start_index: start, end_index: end };
  const chatAnnotation = { type: "url_citation", url_citation: { url: webCitation.url, title: webCitation.title, start_index: start, end_index: end } };
  const pageDropped = "annotation page_location dropped (the caller's API has no equivalent)";
  const charDropped = "annotation char_location dropped (the caller's API has no equivalent)";

  it("Responses, whole and streamed: web_search_result_location becomes a url_citation over the cited block; page_location and char_location are named once each", async () => {
    setup = await startResponsesGateway("anthropic");
    setup.upstream.enqueue({ json: JSON.stringify(message) }, { sseBody: streamed() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

    const { data: whole, response } = await client.responses.create({ model: "m", input: "Weather in Paris?" }).withResponse();
    expect(whole.output_text).toBe(answerText);
    const annotationsOf = (output: OpenAI.Responses.ResponseOutputItem[]) =>
      output.flatMap((item) => (item.type === "message" ? item.content.flatMap((part) => (part.type === "output_text" ? part.annotations : [])) : []));
    // Each annotation's span is read against the output_text part it sits on.
    const spanned = (output: OpenAI.Responses.ResponseOutputItem[]) =>
      output.flatMap((item) => (item.type === "message" ? item.content.flatMap((part) => (part.type === "output_text" ? part.annotations.map((a) => [...part.text].slice((a as { start_index: number }).start_index, (a as { end_index: number }).end_index).join("")) : [])) : []));
    expect(annotationsOf(whole.output)).toEqual([responsesAnnotation]);
    expect(spanned(whole.output)).toEqual([cited]);
    expect(response.headers.get("x-switchyard-warnings")).toBe([pageDropped, charDropped].join("; "));
    expect((await recordedSummary(setup.gateway, 1)).warnings.map(describeWarning)).toEqual([pageDropped, charDropped]);

    const events: ResponseStreamEvent[] = [];
    const stream = client.responses.stream({ model: "m", input: "Weather in Paris?" });
    stream.on("event", (event) => events.push(event));
    const final = await stream.finalResponse();
    expect(final.output_text).toBe(answerText);
    expect(annotationsOf(final.output)).toEqual([responsesAnnotation]);
    expect(spanned(final.output)).toEqual([cited]);
    expect(events.filter((event) => event.type === "response.output_text.annotation.added")).toEqual([expect.objectContaining({ annotation_index: 0, annotation: responsesAnnotation })]);
    expect(annotationsOf((await client.responses.retrieve(final.id)).output)).toEqual([responsesAnnotation]);
    expect((await recordedSummary(setup.gateway, 2)).warnings.map(describeWarning)).toEqual([pageDropped, charDropped]);
  });

  it("Chat Completions, whole and streamed: the url citation arrives in message.annotations; page_location and char_location are named once each", async () => {
    setup = await startResponsesGateway("anthropic");
    setup.upstream.enqueue({ json: JSON.stringify(message) }, { sseBody: streamed() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

    const { data, response } = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Weather in Paris?" }] }).withResponse();
    expect(data.choices[0]!.message.content).toBe(answerText);
    expect(data.choices[0]!.message.annotations).toEqual([chatAnnotation]);
    expect(response.headers.get("x-switchyard-warnings")).toBe([pageDropped, charDropped].join("; "));

    const final = await client.chat.completions.stream({ model: "m", stream: true, messages: [{ role: "user", content: "Weather in Paris?" }] }).finalChatCompletion();
    expect(final.choices[0]!.message.content).toBe(answerText);
    expect(final.choices[0]!.message.annotations).toEqual([chatAnnotation]);
    expect((await recordedSummary(setup.gateway, 2)).warnings.map(describeWarning)).toEqual([pageDropped, charDropped]);
  });
});
