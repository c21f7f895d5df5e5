import type { ChatRequest } from "../../core/chat-request.js";
import { checkError, type CheckOutcome } from "../assert/assertion-result.js";
import type { ModelAnswer } from "../run/model-client.js";
import { parseJudgeJson } from "./parse-judge-json.js";

export type JudgeCall = (request: ChatRequest) => Promise<ModelAnswer>;

const instructions = [
  "You are grading an AI assistant's answer against a rubric.",
  "Judge only what the rubric asks. Do not reward length or style the rubric does not mention.",
  'Reply with JSON only: {"reason": "<one or two sentences>", "score": <number from 0 to 1>, "pass": <true|false>}',
].join("\n");

/** llm-rubric: the named judge grades one answer; passes when the judge says pass (or, with a threshold, when score ≥ threshold). */
export async function judgeRubric(options: { judge: JudgeCall; rubric: string; prompt: string; output: string; threshold: number | undefined }): Promise<CheckOutcome> {
  const request: ChatRequest = {
    model: "",
    messages: [
      { role: "system", content: [{ type: "text", text: instructions }] },
      { role: "user", content: [{ type: "text", text: `<rubric>\n${options.rubric}\n</rubric>\n\n<question>\n${options.prompt}\n</question>\n\n<answer>\n${options.output}\n</answer>` }] },
    ],
    sampling: { temperature: 0 },
    stream: false,
  };
  const answer = await options.judge(request);
  const verdict = parseJudgeJson(answer.text);
  if (!verdict || (typeof verdict.pass !== "boolean" && typeof verdict.score !== "number")) return checkError(`judge answer unreadable: "${answer.text.slice(0, 120)}"`);
  const score = typeof verdict.score === "number" ? Math.max(0, Math.min(1, verdict.score)) : verdict.pass === true ? 1 : 0;
  const pass = options.threshold !== undefined ? score >= options.threshold : typeof verdict.pass === "boolean" ? verdict.pass : score >= 0.5;
  return { pass, score, reason: typeof verdict.reason === "string" ? verdict.reason : `judge: ${pass ? "pass" : "fail"}` };
}
