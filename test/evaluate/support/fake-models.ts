import { startFakeUpstream, type FakeReply, type FakeUpstream, type RecordedRequest } from "../../support/fake-upstream.js";

/** A chat completion body as an OpenAI-compatible server sends it. */
export function completion(options: { model: string; text?: string; toolCall?: { name: string; arguments: string }; promptTokens?: number; completionTokens?: number }): FakeReply {
  const message = options.toolCall
    ? { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: options.toolCall }] }
    : { role: "assistant", content: options.text ?? "" };
  return {
    json: JSON.stringify({
      id: "chatcmpl-eval",
      object: "chat.completion",
      created: 1767225600,
      model: options.model,
      choices: [{ index: 0, message, finish_reason: options.toolCall ? "tool_calls" : "stop" }],
      usage: { prompt_tokens: options.promptTokens ?? 40, completion_tokens: options.completionTokens ?? 12, total_tokens: (options.promptTokens ?? 40) + (options.completionTokens ?? 12) },
    }),
  };
}

export function lastUserText(request: RecordedRequest): string {
  const messages = (request.body.messages ?? []) as { role: string; content: unknown }[];
  const last = [...messages].reverse().find((message) => message.role === "user");
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
}

export function systemText(request: RecordedRequest): string {
  const messages = (request.body.messages ?? []) as { role: string; content: unknown }[];
  return messages.filter((message) => message.role === "system").map((message) => String(message.content)).join("\n");
}

type Persona = "llama" | "gemma";

/** What each fake model says to the example suite's questions; they differ where the suite should notice. */
export function answerFor(persona: Persona, question: string): FakeReply {
  const model = persona === "llama" ? "llama-4-maverick" : "gemma-4-31b-it";
  const say = (text: string): FakeReply => completion({ model, text });
  if (question.includes("capital of France")) return say(persona === "llama" ? "Paris is the capital of France." : "The capital of France is Paris.");
  if (question.includes("order status")) return say(persona === "llama" ? '{"order": 42, "status": "shipped"}' : '```json\n{"order": 42, "status": "shipped"}\n```');
  if (question.includes("parcel")) return say(persona === "llama" ? "Sorry, the parcel arrived two days late." : "The parcel arrived two days late.");
  if (question.includes("Jinja")) return say("It prints the user's name.");
  if (question.includes("weather")) return completion({ model, toolCall: { name: "get_weather", arguments: '{"city":"Paris"}' } });
  if (question.includes("2 + 2")) return say("4");
  if (question.includes("hello to Ada")) return say("Hello, Ada!");
  if (question.includes("primary colour")) return say("Red.");
  if (question.includes("Italy")) return say("Rome is the capital of Italy.");
  return say(`An answer to: ${question}`);
}

/** A judge that reads the prompt it is given: rubric → pass; pairwise → prefers the answer that does not apologise, else a tie. */
export function judgeReply(request: RecordedRequest): FakeReply {
  const system = systemText(request);
  const user = lastUserText(request);
  if (system.includes("rubric")) return completion({ model: "judge", text: 'Verdict: {"reason": "Accurate and brief.", "score": 0.9, "pass": true}' });
  const a = /<answer_A>\n([\s\S]*?)\n<\/answer_A>/.exec(user)?.[1] ?? "";
  const b = /<answer_B>\n([\s\S]*?)\n<\/answer_B>/.exec(user)?.[1] ?? "";
  const worse = (text: string): boolean => /sorry|incorrect/i.test(text);
  const winner = worse(a) && !worse(b) ? "B" : worse(b) && !worse(a) ? "A" : "tie";
  return completion({ model: "judge", text: JSON.stringify({ reason: "compared", winner }) });
}

/** Deterministic embeddings: letter counts, so similar texts have a high cosine. */
export function embeddingsReply(request: RecordedRequest): FakeReply {
  const inputs = (request.body.input ?? []) as string[];
  const vector = (text: string): number[] => {
    const counts = new Array<number>(26).fill(0);
    for (const char of text.toLowerCase()) {
      const code = char.charCodeAt(0) - 97;
      if (code >= 0 && code < 26) counts[code]!++;
    }
    return counts;
  };
  return { json: JSON.stringify({ object: "list", model: "embed", data: inputs.map((input, index) => ({ object: "embedding", index, embedding: vector(input) })), usage: { prompt_tokens: 5, total_tokens: 5 } }) };
}

export interface FakeModels {
  readonly llama: FakeUpstream;
  readonly gemma: FakeUpstream;
  readonly judge: FakeUpstream;
  /** Gateway config (as YAML would hold it) with the example suite's aliases pointing at the fakes. */
  config(extra?: Record<string, unknown>): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startFakeModels(): Promise<FakeModels> {
  const llama = await startFakeUpstream({ respond: (request) => answerFor("llama", lastUserText(request)) });
  const gemma = await startFakeUpstream({ respond: (request) => answerFor("gemma", lastUserText(request)) });
  const judge = await startFakeUpstream({ respond: (request) => (request.path.endsWith("/embeddings") ? embeddingsReply(request) : judgeReply(request)) });
  return {
    llama,
    gemma,
    judge,
    config: (extra = {}) => ({
      providers: {
        "llama-host": { type: "openai-compatible", base_url: llama.url },
        "gemma-host": { type: "openai-compatible", base_url: gemma.url },
        "judge-host": { type: "openai-compatible", base_url: judge.url },
      },
      models: {
        "llama-4-maverick": { targets: [{ provider: "llama-host", model: "meta-llama/llama-4-maverick" }] },
        "gemma-4-31b": { targets: [{ provider: "gemma-host", model: "google/gemma-4-31b-it" }] },
        judge: { targets: [{ provider: "judge-host", model: "qwen3-judge" }] },
        embed: { targets: [{ provider: "judge-host", model: "nomic-embed-text" }] },
      },
      prices: {
        "llama-host/meta-llama/llama-4-maverick": { input: 0.2, output: 0.6 },
        "gemma-host/google/gemma-4-31b-it": { input: 0.1, output: 0.3 },
      },
      ...extra,
    }),
    close: async () => {
      await Promise.all([llama.close(), gemma.close(), judge.close()]);
    },
  };
}
