/**
 * Switchyard's own default grading prompts for promptfoo's model-graded
 * assertions. The wording is ours; what each asks the grader to answer is the
 * shape promptfoo's parser for that assertion reads (check-model-graded.ts), so
 * verdicts are parsed, scored and thresholded as promptfoo does. A config's
 * `rubricPrompt` replaces these, with the same template variables.
 */

/** Variables: `output`, `rubric` (and the test's). The answer is JSON `{reason, pass, score}`. */
export const rubricGradingPrompt = JSON.stringify([
  {
    role: "system",
    content: [
      "You check a model's output against a rubric and report whether it meets it.",
      "Judge only what the rubric asks for; length and style count only when the rubric says so.",
      'Answer with one JSON object and nothing else: {"reason": "<a sentence or two>", "pass": true or false, "score": a number from 0.0 to 1.0}.',
    ].join("\n"),
  },
  { role: "user", content: "<Output>\n{{ output }}\n</Output>\n<Rubric>\n{{ rubric }}\n</Rubric>" },
]);

/** Variables: `input`, `ideal`, `completion`. The answer is JSON `{category: "A".."E", reason}`. */
export const factualityGradingPrompt = JSON.stringify([
  {
    role: "system",
    content: [
      "You compare the facts in a submitted answer with an expert's answer to the same question. Ignore wording, style and punctuation.",
      "Choose exactly one category:",
      "A: the submission is a subset of the expert answer and consistent with it.",
      "B: the submission is a superset of the expert answer and consistent with it.",
      "C: the submission has the same details as the expert answer.",
      "D: the submission disagrees with the expert answer.",
      "E: the two differ, but not in any way that matters for factual correctness.",
      'Answer with one JSON object and nothing else: {"category": "<A, B, C, D or E>", "reason": "<why>"}.',
    ].join("\n"),
  },
  { role: "user", content: "Question:\n{{ input }}\n\nExpert answer:\n{{ ideal }}\n\nSubmitted answer:\n{{ completion }}" },
]);

/** Variables: `input`, `criteria`, `completion`. The answer ends with Y or N alone. */
export const closedQaGradingPrompt = JSON.stringify([
  {
    role: "system",
    content: "You decide whether a submission meets one criterion. Reason step by step, briefly, then write the verdict on a line of its own as the last thing in your answer: Y if the criterion is met, N if it is not.",
  },
  { role: "user", content: "Task:\n{{ input }}\n\nSubmission:\n{{ completion }}\n\nCriterion:\n{{ criteria }}" },
]);

/** Variables: `criteria`. The answer is JSON `{"steps": [...]}` on one line. */
export const gEvalStepsPrompt = [
  "Write the evaluation steps a careful reviewer would follow to score a reply against these criteria.",
  "",
  "Criteria:",
  "{{ criteria }}",
  "",
  'Give three or four short steps. Answer with JSON on a single line and nothing else: {"steps": ["<step>", "<step>", ...]}',
].join("\n");

/** Variables: `criteria`, `steps`, `maxScore`, `input`, `output`. The answer is JSON `{score, reason}` on one line. */
export const gEvalScorePrompt = [
  "Score a reply against the criteria, following the evaluation steps.",
  "",
  "Criteria:",
  "{{ criteria }}",
  "",
  "Evaluation steps:",
  "- {{ steps }}",
  "",
  "Source text:",
  "{{ input }}",
  "",
  "Reply:",
  "{{ output }}",
  "",
  'Give a whole number from 0 to {{ maxScore }}, where {{ maxScore }} fully meets the criteria. Answer with JSON on a single line and nothing else: {"score": <number>, "reason": "<why>"}',
].join("\n");

/** Variables: `answer`. The answer is one question. */
export const answerRelevanceQuestionPrompt = "Write the one question that this answer responds to. Reply with the question only.\n\nAnswer:\n{{ answer }}";

/** Variables: `context`, `groundTruth`. One line per sentence of the ground truth, each marked [Attributed] or [Not Attributed]. */
export const contextRecallPrompt = [
  "For each sentence of the answer below, decide whether the context supports it.",
  "Write one line per sentence, numbered, quoting the sentence and ending with [Attributed] if the context supports it or [Not Attributed] if it does not.",
  "",
  "Context:",
  "{{ context }}",
  "",
  "Answer:",
  "{{ groundTruth }}",
].join("\n");

/** Variables: `context`, `query`. The relevant context sentences one per line, or "Insufficient Information". */
export const contextRelevancePrompt = [
  "Copy, word for word and one per line, the sentences of the context that are needed to answer the query. Do not change them.",
  'If none are needed, or the context cannot answer the query, reply only: Insufficient Information',
  "",
  "Query:",
  "{{ query }}",
  "",
  "Context:",
  "{{ context }}",
].join("\n");

/** Variables: `question`, `answer`. One simple, self-contained statement per line. */
export const faithfulnessStatementsPrompt = [
  "Break the answer below into short statements, each one fact that stands on its own. Write one statement per line and nothing else.",
  "",
  "Question:",
  "{{ question }}",
  "",
  "Answer:",
  "{{ answer }}",
].join("\n");

/** Variables: `context`, `statements`. A verdict per statement, then "Final verdict for each statement in order:" and Yes./No. per statement. */
export const faithfulnessVerdictsPrompt = [
  "Decide for each statement whether the context supports it.",
  'For each one write the statement, a short reason, and "Verdict: Yes" or "Verdict: No".',
  'End with the line "Final verdict for each statement in order:" followed by Yes. or No. for each statement, in order, separated by spaces.',
  "",
  "Context:",
  "{{ context }}",
  "",
  "Statements:",
  "{% for statement in statements %}{{ loop.index }}. {{ statement }}\n{% endfor %}",
].join("\n");

/** Variables: `criteria`, `outputs`. The answer is the 0-based index of the best output. */
export const selectBestPrompt = JSON.stringify([
  {
    role: "system",
    content: "You pick which of several outputs best meets a criterion. Outputs are numbered from 0. Reply with the number of the best output and nothing else.",
  },
  { role: "user", content: "Criterion: {{ criteria }}\n\n{% for output in outputs %}Output {{ loop.index0 }}:\n{{ output }}\n\n{% endfor %}" },
]);
