import type { ChatRequest } from "../../core/chat-request.js";
import { parseJudgeJson } from "./parse-judge-json.js";
import type { JudgeCall } from "./judge-rubric.js";

export type PairwiseOutcome = "win" | "tie" | "loss";

export interface PairwiseJudgement {
  /** From the candidate's side. */
  readonly outcome: PairwiseOutcome;
  /** Candidate's share: 1 win, 0.5 tie, 0 loss, averaged over both orders. */
  readonly score: number;
  readonly reason: string;
}

const instructions = [
  "You compare two answers to the same request and decide which is better.",
  "Judge helpfulness, correctness and following the request. Ignore the order in which the answers are shown, and their length unless it matters.",
  'Reply with JSON only: {"reason": "<one or two sentences>", "winner": "A" | "B" | "tie"}',
].join("\n");

/**
 * Asks the judge twice, with the answers in both positions, and averages: a
 * judge that always prefers whatever comes first scores a tie instead of a
 * win for one side. An unreadable verdict counts as a tie for that order.
 */
export async function judgePairwise(options: { judge: JudgeCall; prompt: string; baseline: string; candidate: string; criteria: string | undefined }): Promise<PairwiseJudgement> {
  const ask = async (first: string, second: string): Promise<{ winner: "A" | "B" | "tie"; reason: string }> => {
    const criteria = options.criteria ? `\n\n<criteria>\n${options.criteria}\n</criteria>` : "";
    const request: ChatRequest = {
      model: "",
      messages: [
        { role: "system", content: [{ type: "text", text: instructions }] },
        { role: "user", content: [{ type: "text", text: `<request>\n${options.prompt}\n</request>${criteria}\n\n<answer_A>\n${first}\n</answer_A>\n\n<answer_B>\n${second}\n</answer_B>` }] },
      ],
      sampling: { temperature: 0 },
      stream: false,
    };
    const answer = await options.judge(request);
    return readWinner(answer.text);
  };
  // Sequential on purpose: the two orders share the run's concurrency budget.
  const candidateSecond = await ask(options.baseline, options.candidate);
  const candidateFirst = await ask(options.candidate, options.baseline);
  const share = (winner: "A" | "B" | "tie", candidateLetter: "A" | "B"): number => (winner === "tie" ? 0.5 : winner === candidateLetter ? 1 : 0);
  const score = (share(candidateSecond.winner, "B") + share(candidateFirst.winner, "A")) / 2;
  const outcome: PairwiseOutcome = score > 0.5 ? "win" : score < 0.5 ? "loss" : "tie";
  const consistent = candidateSecond.winner !== "tie" && share(candidateSecond.winner, "B") === share(candidateFirst.winner, "A");
  const reason = `${outcome}${consistent ? " in both orders" : score === 0.5 ? " (orders disagree or tie)" : " (one order tied)"}: ${candidateFirst.reason || candidateSecond.reason}`;
  return { outcome, score, reason };
}

function readWinner(text: string): { winner: "A" | "B" | "tie"; reason: string } {
  const parsed = parseJudgeJson(text);
  const raw = typeof parsed?.winner === "string" ? parsed.winner : (/winner\W+(A|B|tie)\b/i.exec(text)?.[1] ?? text.trim());
  const normalised = raw.trim().replace(/^answer[_ ]?/i, "").toUpperCase();
  const winner = normalised === "A" ? "A" : normalised === "B" ? "B" : "tie";
  return { winner, reason: typeof parsed?.reason === "string" ? parsed.reason : "" };
}
