import type { FindingKind } from "../finding.js";

/** What to do about each kind of finding, for the Markdown report and SARIF help. */
export const remedies: Readonly<Record<FindingKind, string>> = {
  "model-id": "Route the call through a gateway alias (e.g. a `switchyard serve` route such as `chat-default`) so the model becomes one line of configuration.",
  sdk: "Put the vendor SDK or model server behind an OpenAI-compatible endpoint and pass the model as configuration, not as a launch argument baked into code or images.",
  config: "Keep the model id in exactly one configuration point (a gateway alias), and reference that alias from deployment files and settings.",
  "chat-template": "Replace hand-written template tokens with the tokenizer's chat template (`apply_chat_template`) or a chat-completions API, which formats prompts for whatever model serves them.",
  adapter: "Plan retraining: an adapter only works on its base model. Keep the training data and recipe under version control and evaluate a candidate base before the decision deadline.",
  weights: "Record where these weights came from and their licence; keep them out of the repository (model registry or object store) and load them by configured name.",
  license: "Check the licence obligations listed (attribution, naming, user thresholds, use policy, regional restrictions) with whoever owns compliance.",
};

export function remedyFor(kind: FindingKind): string {
  return remedies[kind];
}
