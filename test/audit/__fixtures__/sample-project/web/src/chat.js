// Chat widget: calls the gateway, falls back to OpenRouter.
import { Document } from "llamaindex";
import { getLlama } from "node-llama-cpp";

const FALLBACK_MODEL = "meta-llama/llama-4-maverick";
const mascot = "a llama, obviously";

export async function ask(question) {
  const llama = await getLlama();
  return { question, llama, fallback: FALLBACK_MODEL, mascot, doc: new Document({ text: question }) };
}
