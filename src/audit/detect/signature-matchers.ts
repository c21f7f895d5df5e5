import { architectureSuffixes, clientApiWords, clientClassSuffixes, clientFunctionWords, familySignatures, requestBodySuffixes } from "./family-signatures.js";

/** The family-signature patterns, compiled once per run for the audited families. */
export interface SignatureMatchers {
  /** Global, case-sensitive; group 1 is the prefix (`Mllama` in `MllamaProcessor`). */
  readonly architectureClass: RegExp;
  /** Global; group 1 is the module (`llama3_2` in `torchtune.models.llama3_2`). */
  readonly modelModule: RegExp;
  /** Global; group 1 is a framework's per-provider module (`mistral` in `pydantic_ai.models.mistral`, `pydantic_ai.providers.mistral`). */
  readonly frameworkModule: RegExp;
  /** Global; group 1 is an install extra named after a family (`mistral` in `pydantic-ai-slim[mistral]`). */
  readonly installExtra: RegExp;
  /**
   * Global; group 1 is a class a framework names after a family (`Claude`, `Gemini`, `HuggingFaceChatGLM3`): a family word
   * or class prefix at a CamelCase boundary, ending the name or followed by a version only.
   */
  readonly frameworkClass: RegExp;
  familyOfFrameworkClass(name: string): string | undefined;
  /**
   * Global, case-sensitive; group 1 is the family word of a class that builds one family's native request body
   * (`Nova` in `NovaInferenceConfig`, `Claude` in `ClaudePrompt`). Vendor words (`CoherePrompt`) never match.
   */
  readonly requestBodyClass: RegExp;
  /** The family of a family word as a class or constant names it (`Nova`, `NOVA`, `llama`), when it is one. */
  familyOfWord(word: string): string | undefined;
  /** Case-sensitive literals for the prefilter: request-body class names and upper-case family words (`NovaPrompt`, `NOVA`). */
  readonly caseSensitiveLiterals: readonly string[];
  /** Whether a class prefix or module name is the vendor's name rather than a family word (`Cohere`, `cohere`). */
  isVendorWord(word: string): boolean;
  /**
   * Global, case-sensitive; group 1 is the family word of a type for one family's API client (`Claude` in `ClaudeConfig`,
   * `Gemini` in `VertexGeminiClient`). Vendor words (`CohereClient`) never match.
   */
  readonly clientClass: RegExp;
  /**
   * Global, case-sensitive; group 1 is the family word of a client type named for the vendor's API by the family word and an
   * `AI` suffix, constructed (`ChatMistralAI(`, `MistralAI.new`, `new ChatMistralAI(`): LangChain's chat-model classes name the
   * provider so. Without the call, a name in prose or a title (`# ChatMistralAI`) is not matched.
   */
  readonly constructedAiClientClass: RegExp;
  /** Global: snake_case names, to be checked with `familyOfClientFunction`. */
  readonly snakeName: RegExp;
  /** The family of a snake_case name of a family's API client (`claude_build_chat_completions_body`), when it is one. */
  familyOfClientFunction(name: string): string | undefined;
  /** The family a whole identifier or module name is the word of (`claude`, `Gemini`, `MISTRAL`, not `cohere`), when it is one. */
  familyOfIdentifierWord(word: string): string | undefined;
  /** Global; group 1 is the family word of a publisher path on a cloud's model garden (`/mistralai/models/`). */
  readonly publisherPath: RegExp;
  /** Not global; group 1 is the value of a `model_type` key. */
  readonly modelTypeValue: RegExp;
  readonly endpoint: RegExp;
  readonly environmentKey: RegExp;
  /** Global; group 1 is the model type in a training flag such as axolotl's `is_mistral_derived_model: true`. */
  readonly derivedModelFlag: RegExp;
  /** Keys that count only beside one of their family's endpoints (see `FamilySignature.hostBoundKeys`). */
  readonly hostBoundKey: RegExp;
  familyOfHostBoundKey(key: string): string | undefined;
  /** Lower-case literals for the prefilter (host names and variables that contain no family keyword). */
  readonly literals: readonly string[];
  familyOfClass(prefix: string): string | undefined;
  familyOfModelType(value: string): string | undefined;
  familyOfEndpoint(host: string): string | undefined;
  familyOfEnvironmentKey(key: string): string | undefined;
  /** Global; group 1 is a vendor's GitHub organisation, group 2 the Action's repository, in a workflow's `uses:`. */
  readonly vendorAction: RegExp;
  /** The family of a vendor's Action whose name carries a word of that family (`anthropics`, `claude-code-action`), when it is one. */
  familyOfVendorAction(owner: string, repository: string): string | undefined;
}

const never = /(?!)/g;

export function buildSignatureMatchers(families: ReadonlySet<string>): SignatureMatchers {
  const audited = familySignatures.filter((signature) => families.has(signature.family));
  const classFamilies = new Map<string, string>();
  const modelTypes: { type: string; family: string }[] = [];
  const endpoints = new Map<string, string>();
  const keys = new Map<string, string>();
  const hostBoundKeys = new Map<string, string>();
  const vendorWords = new Set<string>();
  const classWords = new Map<string, string>();
  const actionOwners = new Map<string, string>();
  for (const signature of audited) {
    for (const owner of signature.actionOwners ?? []) actionOwners.set(owner.toLowerCase(), signature.family);
    for (const word of signature.vendorWords ?? []) vendorWords.add(word);
    for (const prefix of signature.classPrefixes) classFamilies.set(prefix, signature.family);
    for (const word of [...signature.classPrefixes, ...(signature.apiClassWords ?? [])]) if (!/\d$/.test(word)) classWords.set(word, signature.family);
    for (const type of signature.modelTypes) modelTypes.push({ type, family: signature.family });
    for (const host of signature.endpoints) endpoints.set(host, signature.family);
    for (const key of signature.environmentKeys) keys.set(key, signature.family);
    for (const key of signature.hostBoundKeys ?? []) hostBoundKeys.set(key, signature.family);
  }
  // The same API's endpoint variable beside its key (`LLAMA_API_KEY` and `LLAMA_API_BASE`, `MISTRAL_API_URL`): where the
  // family's API is reached, as its host is (vendor-API rule). Not `…_BASE_URL`: tools read it to point the client at a
  // proxy or another server (`ANTHROPIC_BASE_URL` passed through an Action), which the guide leaves unlabelled.
  for (const [key, family] of [...keys]) {
    if (!key.endsWith("_API_KEY")) continue;
    const prefix = key.slice(0, -"_API_KEY".length);
    for (const sibling of [`${prefix}_API_BASE`, `${prefix}_API_URL`]) if (!keys.has(sibling)) keys.set(sibling, family);
  }
  // A vendor's key with one more word in its name (`GOOGLE_GEMINI_API_KEY`, `MISTRAL_AI_API_KEY`) is that key (lead decision, round
  // thirteen): one capitalised word before the family's key, or `AI` after its first word. Never any other word after it, so
  // `GEMINI_API_KEY_FILE` or `MISTRAL_API_KEY_ID` stay names of something else.
  const widenedKeys = new Map<string, string>();
  for (const [key, family] of keys) {
    const [first, ...rest] = key.split("_");
    if (first === undefined || rest.length === 0) continue;
    // An owner word, the same with AI (`GOOGLE_AI_GEMINI_API_KEY`), or AI after the first word (`MISTRAL_AI_API_KEY`).
    widenedKeys.set(`[A-Z][A-Z0-9]*_(?:AI_)?${key}`, family).set(`${first}_AI_${rest.join("_")}`, family);
  }
  const familyOfWidenedKey = (key: string): string | undefined => keys.get(key.replace(/^[A-Z][A-Z0-9]*_(?:AI_)?(?=[A-Z])/, "")) ?? keys.get(key.replace(/^([A-Z][A-Z0-9]*)_AI_/, "$1_"));
  // The same key as a command-line switch or config entry (`--anthropic-api-key`, `anthropic-api-key:`).
  // Also in snake case, as an Action's input or a config's key names it (`anthropic_api_key:`, `claude_code_oauth_token:`).
  // The same key as a Java or MicroProfile property (`deepseek.api.key=…`, `@ConfigProperty(name = "deepseek.api.key")`).
  const dottedKeys = new Map([...keys].map(([key, family]) => [key.toLowerCase().replace(/_/g, "."), family] as const));
  const switches = new Map([...keys].flatMap(([key, family]) => [[switchOf(key), family], [key.toLowerCase(), family]] as const));
  // Longest first, so `qwen2_moe` is not read as `qwen`, nor `Mllama` as something shorter.
  modelTypes.sort((a, b) => b.type.length - a.type.length);
  const prefixes = byLength([...classFamilies.keys()]);
  const suffixes = byLength(architectureSuffixes);
  const types = modelTypes.map((entry) => entry.type);
  const familyOfModelType = (value: string): string | undefined => {
    const lower = value.toLowerCase();
    // The type is the whole name or is followed by a version or variant (`llama3_2`, `qwen2_vl`), never by letters (`phil`).
    return modelTypes.find((entry) => lower.startsWith(entry.type) && /^(?:$|[\d_])/.test(lower.slice(entry.type.length)))?.family;
  };
  const words = byLength([...classWords.keys()]);
  const bodyWords = words.filter((word) => !vendorWords.has(word.toLowerCase()));
  const wordFamilies = new Map([...classWords].filter(([word]) => !vendorWords.has(word.toLowerCase())).map(([word, family]) => [word.toLowerCase(), family]));
  // Whole identifiers and module names: the class words and the letters-only model types (`claude`, `deepseek`), never a vendor's word.
  const identifierWords = new Map(wordFamilies);
  for (const { type, family } of modelTypes) if (/^[a-z]+$/.test(type) && !vendorWords.has(type)) identifierWords.set(type, family);
  const lowerWords = byLength([...identifierWords.keys()]);
  const functionWords = new Set(clientFunctionWords);
  const apiWords = new Set(clientApiWords);
  const familyOfClientFunction = (name: string): string | undefined => {
    let family: string | undefined;
    let api = false;
    for (const part of name.split("_")) {
      const own = identifierWords.get(part);
      if (own !== undefined && family === undefined) family = own;
      else if (apiWords.has(part)) api = true;
      else if (!functionWords.has(part)) return undefined;
    }
    return api ? family : undefined;
  };
  const frameworkClass = words.length === 0 ? undefined : new RegExp(`^(?:[A-Z][A-Za-z0-9]*?[a-z0-9])?(${words.join("|")})(?:AI)?\\d*(?:_\\d+)*$`);
  return {
    frameworkClass: frameworkClass === undefined ? never : /(?<![\w.])[A-Z][A-Za-z0-9_]*(?![\w.])/g,
    familyOfFrameworkClass: (name) => {
      const word = frameworkClass?.exec(name)?.[1];
      return word === undefined || vendorWords.has(word.toLowerCase()) ? undefined : classWords.get(word);
    },
    requestBodyClass: bodyWords.length === 0 ? never : new RegExp(`(?<![A-Za-z0-9_])(${bodyWords.join("|")})(?:${byLength(requestBodySuffixes).join("|")})(?![A-Za-z0-9_])`, "g"),
    familyOfWord: (word) => wordFamilies.get(word.toLowerCase()),
    clientClass: bodyWords.length === 0 ? never : new RegExp(`(?<![A-Za-z0-9_])(?:[A-Z][a-z0-9]+)*?(${bodyWords.join("|")})(?:AI)?(?:${byLength(clientClassSuffixes).join("|")})(?![A-Za-z0-9_])`, "g"),
    constructedAiClientClass: bodyWords.length === 0 ? never : new RegExp(`(?<![A-Za-z0-9_])(?:[A-Z][a-z0-9]+)*?(${bodyWords.join("|")})AI(?:\\s*\\(|\\.new\\b)`, "g"),
    snakeName: /(?<![A-Za-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_])/g,
    familyOfClientFunction,
    familyOfIdentifierWord: (word) => identifierWords.get(word.toLowerCase()),
    publisherPath: lowerWords.length === 0 ? never : new RegExp(`/(${lowerWords.join("|")})(?:-?ai)?/models/`, "gi"),
    caseSensitiveLiterals: [...bodyWords.flatMap((word) => requestBodySuffixes.map((suffix) => `${word}${suffix}`)), ...bodyWords.map((word) => word.toUpperCase())],
    architectureClass: prefixes.length === 0 ? never : new RegExp(`(?<![A-Za-z0-9_])(${prefixes.join("|")})(?:[A-Z0-9][A-Za-z0-9_]*?)?(?:${suffixes.join("|")})(?![A-Za-z0-9_])`, "g"),
    modelModule: types.length === 0 ? never : new RegExp(`\\b(?:transformers|torchtune|vllm(?:\\.model_executor)?|mlx_lm|optimum\\.[a-z_]+)\\.models\\.((?:${types.map(escapeRegExp).join("|")})[a-z0-9_]*)`, "g"),
    frameworkModule: types.length === 0 ? never : new RegExp(`(?<![\\w.])(?!transformers\\.|torchtune\\.|vllm\\.|mlx_lm\\.|optimum\\.)[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*\\.(?:models|providers)\\.((?:${types.map(escapeRegExp).join("|")})[a-z0-9_]*)\\b`, "g"),
    installExtra: types.length === 0 ? never : new RegExp(`(?<=[A-Za-z0-9][\\w.-]*\\[(?:[\\w-]+,\\s*)*)(${types.map(escapeRegExp).join("|")})(?=\\s*(?:,[\\w\\s,-]*)?\\])`, "g"),
    isVendorWord: (word) => vendorWords.has(word.toLowerCase().replace(/\d+$/, "")),
    modelTypeValue: types.length === 0 ? /(?!)/ : /\bmodel_type["']?\s*[:=]\s*["']?([A-Za-z][A-Za-z0-9_]*)/,
    endpoint: endpoints.size === 0 ? never : new RegExp(`(?<![\\w.-])(?:${byLength([...endpoints.keys()]).map(escapeRegExp).join("|")})(?![\\w-])`, "g"),
    environmentKey:
      keys.size === 0
        ? never
        : new RegExp(`(?<![A-Za-z0-9_])(?:${byLength([...keys.keys()]).join("|")})(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?:${byLength([...widenedKeys.keys()]).join("|")})(?![A-Za-z0-9_])|--(?:${byLength([...switches.keys()]).join("|")})(?![\\w-])|(?<![\\w-])(?:${byLength([...switches.keys()]).join("|")})(?=\\s*:)|(?<![\\w.-])(?:${byLength([...dottedKeys.keys()]).map(escapeRegExp).join("|")})(?=\\s*[=:"'])`, "g"),
    derivedModelFlag: types.length === 0 ? never : new RegExp(`\\bis_(${types.map(escapeRegExp).join("|")})_derived_model["']?\\s*[:=]\\s*["']?(?:true|yes|1)\\b`, "gi"),
    hostBoundKey: hostBoundKeys.size === 0 ? never : new RegExp(`(?<![A-Za-z0-9_])(?:${byLength([...hostBoundKeys.keys()]).join("|")})(?![A-Za-z0-9_])`, "g"),
    familyOfHostBoundKey: (key) => hostBoundKeys.get(key),
    literals: [...endpoints.keys(), ...keys.keys(), ...hostBoundKeys.keys(), ...switches.keys(), ...dottedKeys.keys()].map((literal) => literal.toLowerCase()),
    familyOfClass: (prefix) => classFamilies.get(prefix),
    familyOfModelType,
    familyOfEndpoint: (host) => endpoints.get(host),
    vendorAction: actionOwners.size === 0 ? never : new RegExp(`\\buses\\s*:\\s*["']?(${byLength([...actionOwners.keys()]).map(escapeRegExp).join("|")})/([\\w.-]+)(?:/[\\w./-]*)?@`, "gi"),
    familyOfVendorAction: (owner, repository) => {
      const family = actionOwners.get(owner.toLowerCase());
      const words = repository.toLowerCase().split(/[^a-z]+/);
      return family !== undefined && words.some((word) => identifierWords.get(word) === family) ? family : undefined;
    },
    familyOfEnvironmentKey: (key) => keys.get(key) ?? switches.get(key.replace(/^--/, "")) ?? dottedKeys.get(key) ?? familyOfWidenedKey(key),
  };
}

function switchOf(key: string): string {
  return key.toLowerCase().replace(/_/g, "-");
}

function byLength(items: readonly string[]): string[] {
  return [...new Set(items)].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
