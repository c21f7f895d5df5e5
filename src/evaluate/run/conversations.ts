/** One earlier turn as a promptfoo prompt sees it in `_conversation`. */
export interface ConversationTurn {
  /** The rendered prompt: parsed when it is JSON, else the text. */
  readonly prompt: unknown;
  /** The last message's content when the prompt is a message list, else the prompt. */
  readonly input: unknown;
  /** What the provider answered (promptfoo's output value), or "" when it failed. */
  readonly output: unknown;
}

/**
 * promptfoo's multi-turn history: each model × prompt × `conversationId` keeps
 * the turns already run, in the order they ran (tests without a
 * conversationId share one history, as in promptfoo). The runner runs rows one
 * at a time while a prompt reads `_conversation`, so that order is test order.
 */
export class Conversations {
  private readonly byKey = new Map<string, ConversationTurn[]>();

  /** A copy: later turns must not show up in a prompt already rendered. */
  turns(key: string): ConversationTurn[] {
    return [...(this.byKey.get(key) ?? [])];
  }

  add(key: string, rendered: string, output: unknown): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rendered);
    } catch {
      parsed = undefined;
    }
    const last: unknown = Array.isArray(parsed) ? parsed.at(-1) : undefined;
    // promptfoo's truthiness rules, so an empty content falls back the way it does.
    const lastInput = Array.isArray(parsed) ? (typeof last === "object" && last !== null ? (last as { content?: unknown }).content : undefined) || last : undefined;
    const turns = this.byKey.get(key) ?? [];
    turns.push({ prompt: parsed || rendered, input: lastInput || parsed || rendered, output: output || "" });
    this.byKey.set(key, turns);
  }
}
