/**
 * A comment that shows what the code above printed (`# >> 'meta': [{'model': 'meta-llama/…'}]`, `// => "gpt-4o"`,
 * `# Output: …`): sample output of a run, which names the model that answered, not one the code sets (label guide,
 * round sixteen: "sample-output comments are decoys"). Only the marker right after the comment sign counts.
 */
const outputComment = /^\s*(?:#|\/\/)\s*(?:>>(?!>)|=>|Output\s*:|Out\s*:|Prints?\s*:)/i;

export function isSampleOutputComment(text: string): boolean {
  return (text.includes("#") || text.includes("//")) && outputComment.test(text);
}
