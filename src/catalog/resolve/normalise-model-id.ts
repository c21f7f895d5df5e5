/**
 * Turns any provider's model id into comparable pieces. Used for both sides of a lookup:
 * the catalog's aliases at load time and incoming ids at request time, so the two only
 * have to agree with each other, not with any "true" spelling.
 *
 * All patterns are compiled once here; a call does a handful of replaces and one split.
 */

export interface NormalisedModelId {
  /** Lower-cased and trimmed, otherwise untouched: what exact aliases are compared with. */
  readonly exact: string;
  /** `exact` without host prefixes and host-only suffixes (Bedrock profile and `-v1:0`, `:free`, ARNs, `hf.co/`…). */
  readonly stripped: string;
  /** Tokens per path segment of `stripped`, noise removed; the last segment usually names the model. */
  readonly segments: readonly (readonly string[])[];
}

const arnPrefix = /^arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(?:foundation-model|inference-profile|provisioned-model|imported-model|custom-model)\//;
const hostPrefixes = [
  /^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//,
  /^(?:https?:\/\/)?registry\.ollama\.ai\/(?:library\/)?/,
  /^@(?:cf|hf)\//,
  /^accounts\/[^/]+\/models\//,
  /^projects\/[^/]+\/locations\/[^/]+\/publishers\/[^/]+\/models\//,
  /^publishers\/[^/]+\/models\//,
  /^models\//,
  /^~/,
];
/** OpenRouter routing variants: same model, different serving policy. */
const openRouterVariant = /:(?:free|nitro|floor|thinking|online|extended|beta|exacto)$/;
/** Bedrock `<profile>.<vendor>.<model>`; only known vendor prefixes, so `llama3.1` is never split here. */
const bedrockVendor =
  /^(?:(?:us|eu|apac|global|us-gov|jp|au|ca)\.)?(meta|mistral|amazon|anthropic|cohere|ai21|deepseek|qwen|google|openai|writer|moonshot|moonshotai|minimax|nvidia|twelvelabs|stability)\.(?=[a-z])/;
/** Bedrock API-version suffixes: `-v1:0`, `-v1`, `-1:0`. */
const bedrockVersion = /(?:-v\d+(?::\d+)?|-\d+:\d+)$/;
const fileExtension = /\.(?:gguf|safetensors|bin|pt|onnx|llamafile)$/;
/** Fireworks writes versions as `v3p1`, `qwen2p5`; `p` between digits is a decimal point. */
const decimalP = /(\d)p(\d)/g;
/** `Command R+` is `command-r-plus` on every host. */
const plusSign = /\+/g;
const nonAlphanumeric = /[^a-z0-9]+/;
/** `llama3`, `qwen2`, `gpt4o`: a word glued to a version. Single letters (`r1`, `o3`, `k2`, `e4b`) stay whole. */
const wordThenDigit = /^([a-z]{2,})(\d.*)$/;
const versionV = /^v(\d+)$/;
/** A quantisation tag (`q4_K_M`, `Q8_0`, `IQ4_XS`); it and everything after it is file detail. */
const quantStart = /^i?q\d+$/;
const weightFormat = /^(?:w\d+a\d+|\d+bit|f(?:p)?(?:8|16|32)|bf16|int[48]|nf4)$/;

/** Tokens that say how or where a model is served, never which model it is. */
const noiseTokens: ReadonlySet<string> = new Set([
  "instruct", "chat", "hf", "it", "versatile", "instant", "maas", "latest", "meta",
  "awq", "gptq", "gguf", "ggml", "mlx", "exl2", "onnx", "safetensors", "bnb", "quantized",
  "free", "basic", "tput", "fast", "lora", "dynamic", "qat", "llamafile",
]);

export function normaliseModelId(raw: string): NormalisedModelId {
  const exact = raw.trim().toLowerCase();
  let stripped = exact.replace(arnPrefix, "");
  for (const prefix of hostPrefixes) stripped = stripped.replace(prefix, "");
  stripped = stripped.replace(openRouterVariant, "");
  const bedrock = bedrockVendor.exec(stripped);
  if (bedrock !== null) {
    // Keep the vendor as its own path segment: `deepseek.r1` needs it to name a family.
    stripped = `${bedrock[1] ?? ""}/${stripped.slice(bedrock[0].length).replace(bedrockVersion, "")}`;
  }
  stripped = stripped.replace(fileExtension, "");
  const segments = stripped
    .split("/")
    .map(tokeniseSegment)
    .filter((tokens) => tokens.length > 0);
  return { exact, stripped, segments };
}

function tokeniseSegment(segment: string): string[] {
  const tokens: string[] = [];
  for (const rawToken of segment.replace(decimalP, "$1.$2").replace(plusSign, "-plus").split(nonAlphanumeric)) {
    if (rawToken === "") continue;
    if (quantStart.test(rawToken)) break;
    if (noiseTokens.has(rawToken) || weightFormat.test(rawToken)) continue;
    const glued = wordThenDigit.exec(rawToken);
    if (glued !== null && !noiseTokens.has(glued[1] ?? "")) {
      tokens.push(glued[1] ?? "", stripVersionV(glued[2] ?? ""));
      continue;
    }
    tokens.push(stripVersionV(rawToken));
  }
  return tokens;
}

function stripVersionV(token: string): string {
  const match = versionV.exec(token);
  return match === null ? token : (match[1] ?? token);
}

/** Parameter-count tokens (`70b`, `8x7b`, `e4b`, `a22b`, `500m`): never dropped when loosening a match. */
export function isSizeToken(token: string): boolean {
  return sizeToken.test(token);
}
const sizeToken = /^(?:\d+x)?\d+[bm]$|^[ea]\d+b$/;

/** Order-insensitive key: `Llama-3.2-11B-Vision` and `llama3.2-vision:11b` agree. */
export function tokenKey(tokens: readonly string[]): string {
  return [...tokens].sort().join(" ");
}
