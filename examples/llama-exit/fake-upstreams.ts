import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * OpenAI-compatible servers on loopback that stand in for the example's vLLM
 * servers and hosted API. They answer the support questions ("What is A + B?")
 * by model: each model gets a few sums wrong, Gemma slightly more than Llama,
 * so the eval has something to measure. Usage is reported, so the ledger can price it.
 */
export interface FakeUpstream {
  readonly url: string;
  close(): Promise<void>;
}

function answer(model: string, question: string): string {
  const sum = /What is (\d+) \+ (\d+)\?/.exec(question);
  if (sum === null) return "Your parcel is on its way and should arrive within two working days.";
  const a = Number(sum[1]);
  const b = Number(sum[2]);
  // One wrong sum each, on different questions: the models are equally good, which the eval must show.
  const wrong = model.includes("gemma") ? a === 50 : a === 90;
  return `${a} + ${b} is ${wrong ? a + b + 1 : a + b}.`;
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
        response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { model: string; messages: { role: string; content: string }[] };
      const question = body.messages.filter((message) => message.role === "user").at(-1)?.content ?? "";
      const content = answer(body.model, question);
      // Real support prompts carry the customer's order history: about 1,800 prompt tokens.
      const promptTokens = 1_800 + Math.ceil(question.length / 4);
      const completionTokens = 240 + Math.ceil(content.length / 4);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
          usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
