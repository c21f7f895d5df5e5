/**
 * Prose that gives a model as an example (label guide, round twenty-four: "But here let me use Mistral 7B as an example
 * again."): the sentence ends by saying the model stands for any other. A default named just before and set aside by such a
 * sentence ("The default model is Llama 2 7B. But here let me use Mistral 7B as an example") is a remark on the tool's
 * default, not a model the project picks. The phrase must close its clause ("as an example." / "as an example again,"): "as an
 * example of a production service" says what the model is used for (hardened after the second review).
 */
const asExampleInSentence = /^(?:[^.!?]|\.(?!\s))*?\bas\s+an?\s+example(?:\s+again)?\s*(?:[.,;!?]|$)/i;
const defaultIsBefore = /\bthe\s+default(?:\s+model)?\s+is\s+$/i;
const setAsideByExampleAfter = /^(?:[^.!?]|\.(?!\s))*[.!?]\s+(?:but|however)\b(?:[^.!?]|\.(?!\s))*\bas\s+an?\s+example(?:\s+again)?\s*(?:[.,;!?]|$)/i;

export function isExampleSentence(before: string, after: string): boolean {
  if (!/example/i.test(after)) return false;
  return asExampleInSentence.test(after) || (defaultIsBefore.test(before) && setAsideByExampleAfter.test(after));
}
