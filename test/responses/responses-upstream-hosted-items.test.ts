import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { describeWarning } from "../../src/core/warning.js";
import { recordedSummary } from "../support/recorded-summary.js";
import { responseObject, responsesSseBody } from "./support/responses-upstream-answer.js";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";

/**
 * A Responses upstream (OpenAI with hosted tools on) answers with items a Chat or
 * Anthropic caller has no shape for. The text must still arrive, and the dropped
 * item types must be named: in `x-switchyard-warnings` when the answer is whole, and
 * for a stream (whose headers left before the items came) as an SSE comment the SDKs
 * skip, in the log and in the request's recorded warnings.
 */

const answerText = "It is 18°C in Paris.";

// Output items as OpenAI sends them with web search and code interpreter enabled.
const webSearch = (id: string) => ({ id, type: "web_search_call", status: "completed", action: { type: "search", query: "weather Paris" } });
const codeInterpreter = { id: "ci_1", type: "code_interpreter_call", status: "completed", code: "print(18)", container_id: "cntr_1", outputs: null };
const reasoning = { id: "rs_1", type: "reasoning", summary: [{ type: "summary_text", text: "Looked it up." }] };
const message = { id: "msg_1", type: "message", status: "completed", role: "assistant", content: [{ type: "output_text", text: answerText, annotations: [], logprobs: [] }] };
const output = [reasoning, webSearch("ws_1"), webSearch("ws_2"), codeInterpreter, message];

const wholeAnswer = (): string => JSON.stringify(responseObject("completed", output));

/** The same answer streamed: each item added, its progress events, then done; the text in two deltas. */
function streamedAnswer(): string {
  const events: Record<string, unknown>[] = [
    { type: "response.created", response: responseObject("in_progress", []) },
    { type: "response.in_progress", response: responseObject("in_progress", []) },
    { type: "response.output_item.added", output_index: 0, item: { ...reasoning, summary: [] } },
    { type: "response.reasoning_summary_text.delta", item_id: "rs_1", output_index: 0, summary_index: 0, delta: "Looked it up." },
    { type: "response.output_item.done", output_index: 0, item: reasoning },
  ];
  for (const [index, item] of [webSearch("ws_1"), webSearch("ws_2"), codeInterpreter].entries()) {
    const outputIndex = index + 1;
    events.push(
      { type: "response.output_item.added", output_index: outputIndex, item: { ...item, status: "in_progress" } },
      { type: item.type === "web_search_call" ? "response.web_search_call.completed" : "response.code_interpreter_call.completed", output_index: outputIndex, item_id: item.id },
      { type: "response.output_item.done", output_index: outputIndex, item },
    );
  }
  const base = { item_id: "msg_1", output_index: 4, content_index: 0 };
  events.push(
    { type: "response.output_item.added", output_index: 4, item: { ...message, status: "in_progress", content: [] } },
    { type: "response.content_part.added", ...base, part: { type: "output_text", text: "", annotations: [] } },
    { type: "response.output_text.delta", ...base, delta: answerText.slice(0, 8) },
    { type: "response.output_text.delta", ...base, delta: answerText.slice(8) },
    { type: "response.output_text.done", ...base, text: answerText },
    { type: "response.output_item.done", output_index: 4, item: message },
    { type: "response.completed", response: responseObject("completed", output) },
  );
  return responsesSseBody(events);
}

const droppedWarnings = ["output item web_search_call dropped (the caller's API has no equivalent)", "output item code_interpreter_call dropped (the caller's API has no equivalent)"];

describe("hosted-tool output items of a Responses upstream, for Chat and Anthropic callers", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  /** The `number`th request's recorded warnings (waited for: recorded after the last byte): each dropped type once, and nothing about reasoning (which is carried). */
  async function expectRecordedWarnings(number: number): Promise<void> {
    expect((await recordedSummary(setup.gateway, number)).warnings.map(describeWarning)).toEqual(droppedWarnings);
  }

  it("Chat Completions, whole: the text arrives and x-switchyard-warnings names each dropped item type once", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ json: wholeAnswer() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const { data, response } = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Weather in Paris?" }] }).withResponse();
    expect(data.choices[0]!.message.content).toBe(answerText);
    expect(data.choices[0]!.finish_reason).toBe("stop");
    expect(response.headers.get("x-switchyard-warnings")).toBe(droppedWarnings.join("; "));
    await expectRecordedWarnings(1);
  });

  it("Chat Completions, streamed: the SDK gets the text; the raw stream carries one SSE comment per dropped type", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ sseBody: streamedAnswer() }, { sseBody: streamedAnswer() });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    let text = "";
    let reasoningText = "";
    for await (const chunk of await client.chat.completions.create({ model: "m", stream: true, messages: [{ role: "user", content: "Weather in Paris?" }] })) {
      text += chunk.choices[0]?.delta.content ?? "";
      reasoningText += (chunk.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? "";
    }
    expect(text).toBe(answerText);
    expect(reasoningText).toBe("Looked it up.");
    await expectRecordedWarnings(1);

    const raw = await fetch(`${setup.gateway.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer k" },
      body: JSON.stringify({ model: "m", stream: true, messages: [{ role: "user", content: "Weather in Paris?" }] }),
    }).then((response) => response.text());
    const comments = raw.split("\n").filter((line) => line.startsWith(":"));
    expect(comments).toEqual(droppedWarnings.map((warning) => `: x-switchyard-warning: ${warning}`));
    expect(raw.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  it("Anthropic Messages, whole and streamed: @anthropic-ai/sdk gets the text; the warnings name the dropped item types", async () => {
    setup = await startResponsesGateway("openai-responses");
    setup.upstream.enqueue({ json: wholeAnswer() }, { sseBody: streamedAnswer() });
    const client = new Anthropic({ baseURL: setup.gateway.url, apiKey: "k", maxRetries: 0 });
    const { data, response } = await client.messages.create({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "Weather in Paris?" }] }).withResponse();
    expect(data.content.filter((block) => block.type === "text")).toEqual([expect.objectContaining({ text: answerText })]);
    expect(response.headers.get("x-switchyard-warnings")).toBe(droppedWarnings.join("; "));
    await expectRecordedWarnings(1);

    const final = await client.messages.stream({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "Weather in Paris?" }] }).finalMessage();
    expect(final.content.filter((block) => block.type === "text")).toEqual([expect.objectContaining({ text: answerText })]);
    expect(final.stop_reason).toBe("end_turn");
    await expectRecordedWarnings(2);
  });
});
