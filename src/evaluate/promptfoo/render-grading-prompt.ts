import { renderGraderTemplate } from "../template/render-promptfoo-prompt.js";

/**
 * The grading prompt text promptfoo would use: the config's `rubricPrompt`
 * when it has one (a message list is serialised as JSON), else the default.
 * `file://` rubric prompts were read when the suite loaded.
 */
export function chooseRubricPrompt(rubricPrompt: unknown, fallback: string): string {
  if (rubricPrompt === undefined || rubricPrompt === null || rubricPrompt === "") return fallback;
  if (typeof rubricPrompt === "object" && Object.keys(rubricPrompt).length === 0) return fallback;
  if (typeof rubricPrompt === "object") return JSON.stringify(rubricPrompt);
  return typeof rubricPrompt === "string" ? rubricPrompt : JSON.stringify(rubricPrompt);
}

/**
 * Renders a grading prompt as promptfoo does: object variables become compact
 * JSON (objects inside a list too); a prompt that is JSON has each string in it
 * rendered and is re-serialised compactly; any other prompt is rendered whole.
 */
export function renderGradingPrompt(prompt: string, vars: Readonly<Record<string, unknown>>): string {
  const context = Object.fromEntries(
    Object.entries(vars).map(([key, value]) => {
      if (Array.isArray(value)) return [key, value.map((item: unknown) => (typeof item === "object" && item !== null ? JSON.stringify(item) : item))];
      if (typeof value === "object" && value !== null) return [key, JSON.stringify(value)];
      return [key, value];
    }),
  );
  try {
    const parsed: unknown = JSON.parse(prompt, (_key, value: unknown) => (typeof value === "string" ? renderGraderTemplate(value, context) : value));
    return JSON.stringify(parsed);
  } catch {
    return renderGraderTemplate(prompt, context);
  }
}

/** promptfoo's tryParse: the output as JSON when it is JSON, else the text. */
export function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
