import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One hand-labelled line of the real-repository set (see test/audit/__fixtures__/real/README.md). */
export interface LineLabel {
  /** `<owner>__<repo>/<path>`, `/`-separated. */
  readonly file: string;
  /** `12`, or `3:12` for line 12 of notebook cell 3. */
  readonly line: string;
  readonly family: string;
  readonly label: "dependency" | "decoy";
}

/** A place a tool reported, in the labels' terms. */
export interface ReportedLine {
  readonly file: string;
  readonly line: string;
  readonly family: string;
}

export interface LabelledScore {
  readonly dependencies: number;
  readonly decoys: number;
  readonly reported: number;
  readonly truePositives: number;
  readonly recall: number;
  readonly precision: number;
  readonly missed: readonly string[];
  readonly decoysReported: readonly string[];
  /** Reported lines that carry no dependency label (decoys included). */
  readonly falsePositives: readonly string[];
}

export const realSetRoot = new URL("../__fixtures__/real/", import.meta.url).pathname;
export const realFilesRoot = join(realSetRoot, "files");

export function readLabels(): LineLabel[] {
  const text = readFileSync(join(realSetRoot, "labels.tsv"), "utf8");
  const labels: LineLabel[] = [];
  for (const [index, row] of text.split("\n").entries()) {
    if (row.trim() === "" || row.startsWith("#")) continue;
    const [file, line, family, label] = row.split("\t");
    if (file === undefined || line === undefined || family === undefined || (label !== "dependency" && label !== "decoy")) {
      throw new Error(`labels.tsv:${index + 1}: expected file, line, family, dependency|decoy`);
    }
    labels.push({ file, line, family, label });
  }
  return labels;
}

/**
 * Repositories labelled by hand before the audit was ever run on them. Their first score
 * (in the README, per repository) is the independent one; they are scored apart from the
 * tuned set so that the general fixes they prompted stay visible and the figure cannot
 * drift unnoticed by relabelling. A new held-out repository is the next independent check.
 */
export const heldOutRepositories: ReadonlySet<string> = new Set([
  "InftyAI__llmaz",
  "hiyouga__LLaMA-Factory",
  "huggingface__alignment-handbook",
  "mistralai__mistral-finetune",
  "ollama__ollama-python",
  "otwld__ollama-helm",
  "pixegami__rag-tutorial-v2",
  "substratusai__kubeai",
  "valiantlynx__ollama-docker",
]);

/**
 * Round four: four more repositories (kaito manifests, the gemma library's examples, the
 * Mistral cookbook, Qwen-Agent examples), labelled by hand before any audit run on them
 * and committed before the first run. Scored apart so that their first-run figure stays
 * visible beside the earlier rounds.
 */
export const roundFourRepositories: ReadonlySet<string> = new Set([
  "QwenLM__Qwen-Agent",
  "google-deepmind__gemma",
  "kaito-project__kaito",
  "mistralai__cookbook",
]);

/**
 * Round five: three more repositories (modal-labs fine-tuning configs, KServe LLM manifests,
 * Gemma cookbook demos), labelled by hand under the guide as written and committed before
 * the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundFiveRepositories: ReadonlySet<string> = new Set([
  "google-gemini__gemma-cookbook",
  "kserve__kserve",
  "modal-labs__llm-finetuning",
]);

/**
 * Round six: three more repositories (SkyPilot LLM launch recipes, LiteLLM proxy configs,
 * awesome-llm-apps local RAG and fine-tuning tutorials), labelled by hand and committed before
 * the audit first ran on them, as the independent test of the fixes made after round five.
 * Scored once and not tuned on: its test pins the first run.
 */
export const roundSixRepositories: ReadonlySet<string> = new Set([
  "BerriAI__litellm",
  "Shubhamsaboo__awesome-llm-apps",
  "skypilot-org__skypilot",
]);

/**
 * Round seven: three more repositories of kinds no earlier round covered (crewAI agent example
 * apps, chat-ui's router configuration and docs, verl's RL launch scripts), labelled by hand under
 * the rules settled after round six and committed before the audit first ran on them. Scored once
 * and not tuned on: its test pins the first run.
 */
export const roundSevenRepositories: ReadonlySet<string> = new Set([
  "crewAIInc__crewAI-examples",
  "huggingface__chat-ui",
  "volcengine__verl",
]);

/**
 * Round eight: three more repositories of kinds no earlier round covered (LoRAX's adapter-serving docs
 * and Helm chart, llama-cpp-python's runtime examples and per-model server configs, aider's
 * model-provider docs and sample config), labelled by hand and committed before the audit first ran on
 * them. Scored once and not tuned on: its test pins the first run.
 */
export const roundEightRepositories: ReadonlySet<string> = new Set([
  "Aider-AI__aider",
  "abetlen__llama-cpp-python",
  "predibase__lorax",
]);

/**
 * Round nine: three more repositories of kinds no earlier round covered (Open WebUI's provider and RAG
 * pipelines, pydantic-ai's per-provider model docs and example agents, MLC LLM's on-device packaging
 * configs and deployment docs), labelled by hand and committed before the audit first ran on them.
 * Scored once and not tuned on: its test pins the first run.
 */
export const roundNineRepositories: ReadonlySet<string> = new Set([
  "mlc-ai__mlc-llm",
  "open-webui__pipelines",
  "pydantic__pydantic-ai",
]);

/**
 * Round ten: three more repositories of kinds no earlier round covered (OpenCompass's benchmark model configs,
 * eval scripts and docs, Vercel's Next.js AI chatbot with its model registry, UI components and e2e tests, LocalAI's
 * model-gallery chat templates and getting-started guides), labelled by hand and committed before the audit first
 * ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundTenRepositories: ReadonlySet<string> = new Set([
  "mudler__LocalAI",
  "open-compass__opencompass",
  "vercel__ai-chatbot",
]);

/**
 * Round eleven: three more repositories of kinds no earlier round covered (AWS's Bedrock samples with provider-prefixed
 * model and inference-profile ids and per-family native request bodies, datawhalechina's deployment and fine-tuning
 * tutorials written in Chinese, the langchaingo Go library's code, examples and docs), labelled by hand and committed
 * before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundElevenRepositories: ReadonlySet<string> = new Set([
  "aws-samples__amazon-bedrock-samples",
  "datawhalechina__self-llm",
  "tmc__langchaingo",
]);

/**
 * Round twelve: three more repositories of kinds no earlier round covered (Hugging Face's Cosmopedia synthetic-data
 * pipeline, Spring AI's Java samples with their properties files and an Ollama image workflow, the aichat Rust CLI's
 * sample config, provider table and per-family API clients), labelled by hand and committed before the audit first
 * ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundTwelveRepositories: ReadonlySet<string> = new Set([
  "huggingface__cosmopedia",
  "sigoden__aichat",
  "spring-projects__spring-ai-examples",
]);

/**
 * Round thirteen: three more repositories of kinds no earlier round covered (the langchainrb Ruby LLM library's provider
 * classes, gemspec and README, Google's ai-on-gke Terraform modules and manifests hosting Mistral, Llama and Gemma on
 * GKE, the Google AI Edge Gallery Kotlin Android app's model allowlist, Gemma Terms gate and UI strings), labelled by
 * hand and committed before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundThirteenRepositories: ReadonlySet<string> = new Set([
  "GoogleCloudPlatform__ai-on-gke",
  "google-ai-edge__gallery",
  "patterns-ai-core__langchainrb",
]);

/**
 * Round fourteen: three more repositories of kinds no earlier round covered (Flowise's marketplace flow exports, the JSON
 * a low-code builder exports with each node's model settings and parameter schema; ml-explore's MLX Swift examples, iOS
 * and macOS on-device apps and a CLI loading registry presets, with an Xcode scheme and a generated run script; Anthropic's
 * claude-code-action, a GitHub Action with its inputs, wrapper code, example workflows and cloud-provider docs), labelled
 * by hand and committed before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundFourteenRepositories: ReadonlySet<string> = new Set([
  "FlowiseAI__Flowise",
  "anthropics__claude-code-action",
  "ml-explore__mlx-swift-examples",
]);

/**
 * Round fifteen: three more repositories of kinds no earlier round covered (Prism, a Laravel/PHP LLM library: its shipped
 * provider config, provider enum, Mistral and DeepSeek clients, per-model structured-output routing and provider docs;
 * Azure's rag-postgres-openai-python, an azd sample whose Bicep parameters, .env sample and FastAPI defaults deploy and
 * call GPT models, with Ollama as the local option; Continue, an IDE extension: the onboarding defaults it writes into a
 * user's config, its new-config template, its Mistral client, its CLI onboarding and its provider and autocomplete docs),
 * labelled by hand and committed before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundFifteenRepositories: ReadonlySet<string> = new Set([
  "Azure-Samples__rag-postgres-openai-python",
  "continuedev__continue",
  "prism-php__prism",
]);

/**
 * Round sixteen: three more repositories of kinds no earlier round covered (LangChain4j's examples, Java and Maven: module
 * POMs, provider examples with model-name constants, Ollama tests on Testcontainers, a Payara MicroProfile app, the
 * GPULlama3.java and Jlama runtimes; EleutherAI's lm-evaluation-harness: a Mistral 3 backend, its LiteLLM backend, the
 * Llama-formatted eval tasks, a run script, a tokenizer test and the CLI and Python API docs; Haystack, a RAG framework:
 * `OpenAIChatGenerator`'s code and the Meta Llama API, Fallback, Bedrock, vLLM, LiteLLM, Together AI and watsonx
 * generator docs), labelled by hand and committed before the audit first ran on them. Scored once and not tuned on: its
 * test pins the first run.
 */
export const roundSixteenRepositories: ReadonlySet<string> = new Set([
  "EleutherAI__lm-evaluation-harness",
  "deepset-ai__haystack",
  "langchain4j__langchain4j-examples",
]);

/**
 * Round seventeen: three more repositories of kinds no earlier round covered (Semantic Kernel's .NET samples: a model
 * router, a Bedrock model menu, Hugging Face Llama 2, ONNX Phi-3, Ollama, and the Mistral and Gemini connectors;
 * smol-course, a fine-tuning course: units on SFT, DPO, LoRA and VLMs and an evaluation project; any-llm, a
 * provider-abstraction library: its Llama API and llamafile providers, extras, provider enum, Groq tests, README and
 * quickstart), labelled by hand and committed before the audit first ran on them. Scored once and not tuned on: its
 * test pins the first run.
 */
export const roundSeventeenRepositories: ReadonlySet<string> = new Set([
  "huggingface__smol-course",
  "microsoft__semantic-kernel",
  "mozilla-ai__any-llm",
]);

/**
 * Round eighteen: three more repositories of kinds the set had little of (E2B's Fragments, a Next.js app: its JSON model
 * registry over eleven providers, AI SDK provider routing, env template, default model and README; mistral.rs, a Rust
 * inference engine named after a family: its Python examples, CLI TOML config and multi-model JSON config; LeaderWorkerSet,
 * Kubernetes multi-node serving: llama.cpp, SGLang, vLLM and TensorRT-LLM manifests, images, scripts and docs), labelled
 * by hand and committed before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundEighteenRepositories: ReadonlySet<string> = new Set([
  "EricLBuehler__mistral.rs",
  "e2b-dev__fragments",
  "kubernetes-sigs__lws",
]);

/**
 * Round nineteen: three more repositories of kinds the set had little of (charmbracelet/mods, a Go CLI: its provider
 * config of models, aliases and fallbacks over fourteen APIs, go.mod, the Anthropic and Cohere SDK clients and provider
 * selection; unslothai/notebooks: two Colab fine-tuning notebooks, Phi-4 conversational LoRA and Qwen3-4B GRPO; VoltAgent,
 * a TypeScript agent framework: its Anthropic, Bedrock, Gemini-tool and Next.js starter examples), labelled by hand and
 * committed before the audit first ran on them. Scored once and not tuned on: its test pins the first run.
 */
export const roundNineteenRepositories: ReadonlySet<string> = new Set([
  "VoltAgent__voltagent",
  "charmbracelet__mods",
  "unslothai__notebooks",
]);

/**
 * Round twenty: three more repositories of kinds the set had little or none of (Snowflake-Labs/sf-samples: SQL that calls
 * models through Snowflake Cortex COMPLETE/AI_COMPLETE in views, tasks, stored procedures and config seeds, a Cortex agent
 * spec, Streamlit-in-Snowflake apps and ML Jobs fine-tuning configs; brainlid/langchain, an Elixir LLM library: Bumblebee
 * chat-template formats and Llama tool-call parsers, provider mapping, Bedrock config, env, CI, Livebook notebooks and
 * README; stanfordnlp/dspy: DSPy docs configuring LMs, its LM client's reasoning-model routing, citation and reasoning types
 * and its Ollama CI job), labelled by hand and committed before the audit first ran on them. Scored once and not tuned on:
 * its test pins the first run.
 */
export const roundTwentyRepositories: ReadonlySet<string> = new Set([
  "Snowflake-Labs__sf-samples",
  "brainlid__langchain",
  "stanfordnlp__dspy",
]);

/**
 * Round twenty-one: three more repositories of kinds the set had little or none of (acon96/home-llm, a Home Assistant
 * conversation integration: its backends and per-model option overrides, manifest and requirements, Ollama and llama.cpp
 * compose services and scripts, an axolotl Gemma 3 270M config and chat template, README; ml-explore/mlx-lm, Apple's MLX LM
 * package: README, LoRA and cache-management docs, example scripts and configs, Gemma 4, Kimi K2 and GLM 4.7 tool-call
 * parsers; JetBrains/koog, a Kotlin agent framework: its Anthropic and Ollama model registries, provider and executor code,
 * examples and README), labelled by hand and committed before the audit first ran on them. Scored once and not tuned on:
 * its test pins the first run.
 */
export const roundTwentyOneRepositories: ReadonlySet<string> = new Set([
  "JetBrains__koog",
  "acon96__home-llm",
  "ml-explore__mlx-lm",
]);

/**
 * Round twenty-two: three repositories in languages the set had none of (tidyverse/ellmer, an R package's provider code,
 * vignette, README and package metadata; ahyatt/llm, an Emacs Lisp library's Claude, Gemini, Vertex, DeepSeek, llama.cpp,
 * Ollama and GPT4All providers and README.org; olimorris/codecompanion.nvim, a Neovim plugin's Lua HTTP and agent adapters
 * and configuration docs), labelled by hand and committed before the audit first ran on them. Its test pins the first run.
 */
export const roundTwentyTwoRepositories: ReadonlySet<string> = new Set([
  "ahyatt__llm",
  "olimorris__codecompanion.nvim",
  "tidyverse__ellmer",
]);

/**
 * Round twenty-three: three repositories of kinds the set had none of (oobabooga/text-generation-webui, a local model UI's
 * instruction templates, thinking-format parser and docs; OpenInterpreter/open-interpreter, an agent CLI's Ollama profiles,
 * default profile and provider docs; davidmigloz/langchain_dart, a Dart LLM library's provider docs, examples, pubspecs and
 * READMEs), labelled by hand and committed before the audit first ran on them. Its test pins the first run.
 */
export const roundTwentyThreeRepositories: ReadonlySet<string> = new Set([
  "OpenInterpreter__open-interpreter",
  "davidmigloz__langchain_dart",
  "oobabooga__text-generation-webui",
]);

/**
 * Round twenty-four: three repositories of kinds the set had none of (logancyang/obsidian-copilot, a note-app plugin's model
 * enum, provider table, chat-model manager and docs; undreamai/LLMUnity, a Unity package's downloadable model list, runtime,
 * build processor, tests, README and migration notes; mlc-ai/web-llm, an in-browser runtime's README and examples), labelled
 * by hand and committed before the audit first ran on them. Its test pins the first run.
 */
export const roundTwentyFourRepositories: ReadonlySet<string> = new Set([
  "logancyang__obsidian-copilot",
  "mlc-ai__web-llm",
  "undreamai__LLMUnity",
]);

/** A held-out round: its number (rounds one to three were labelled as one set, numbered 1), its name and its repositories. */
export interface HeldOutRound {
  readonly number: number;
  readonly name: string;
  readonly repositories: ReadonlySet<string>;
}

/** Every held-out round, in the order it was labelled. A new round is added here and nowhere else. */
export const heldOutRounds: readonly HeldOutRound[] = [
  { number: 1, name: "held out (rounds one to three)", repositories: heldOutRepositories },
  { number: 4, name: "round four", repositories: roundFourRepositories },
  { number: 5, name: "round five", repositories: roundFiveRepositories },
  { number: 6, name: "round six", repositories: roundSixRepositories },
  { number: 7, name: "round seven", repositories: roundSevenRepositories },
  { number: 8, name: "round eight", repositories: roundEightRepositories },
  { number: 9, name: "round nine", repositories: roundNineRepositories },
  { number: 10, name: "round ten", repositories: roundTenRepositories },
  { number: 11, name: "round eleven", repositories: roundElevenRepositories },
  { number: 12, name: "round twelve", repositories: roundTwelveRepositories },
  { number: 13, name: "round thirteen", repositories: roundThirteenRepositories },
  { number: 14, name: "round fourteen", repositories: roundFourteenRepositories },
  { number: 15, name: "round fifteen", repositories: roundFifteenRepositories },
  { number: 16, name: "round sixteen", repositories: roundSixteenRepositories },
  { number: 17, name: "round seventeen", repositories: roundSeventeenRepositories },
  { number: 18, name: "round eighteen", repositories: roundEighteenRepositories },
  { number: 19, name: "round nineteen", repositories: roundNineteenRepositories },
  { number: 20, name: "round twenty", repositories: roundTwentyRepositories },
  { number: 21, name: "round twenty-one", repositories: roundTwentyOneRepositories },
  { number: 22, name: "round twenty-two", repositories: roundTwentyTwoRepositories },
  { number: 23, name: "round twenty-three", repositories: roundTwentyThreeRepositories },
  { number: 24, name: "round twenty-four", repositories: roundTwentyFourRepositories },
];

/** The repositories the detectors were first tuned on: in no held-out round. */
export function tunedRepositories(): string[] {
  return repositoriesBefore(1);
}

/** Every labelled repository except those of round `number` and later: the set as it stood before that round was labelled. */
export function repositoriesBefore(number: number): string[] {
  const later = heldOutRounds.filter((round) => round.number >= number);
  return labelledRepositories().filter((repository) => !later.some((round) => round.repositories.has(repository)));
}

/** The repository folders under files/ (`<owner>__<repo>`), scanned one at a time as a user would. */
export function labelledRepositories(): string[] {
  return readdirSync(realFilesRoot).sort();
}

function keyOf(entry: ReportedLine): string {
  return `${entry.file}:${entry.line} ${entry.family}`;
}

/** Recall over dependency labels; precision over everything reported (by file, line and family). */
export function scoreLabelledSet(labels: readonly LineLabel[], reported: readonly ReportedLine[]): LabelledScore {
  const dependencies = new Set(labels.filter((label) => label.label === "dependency").map(keyOf));
  const decoys = new Set(labels.filter((label) => label.label === "decoy").map(keyOf));
  const found = new Set(reported.map(keyOf));
  const truePositives = [...found].filter((key) => dependencies.has(key)).length;
  return {
    dependencies: dependencies.size,
    decoys: decoys.size,
    reported: found.size,
    truePositives,
    recall: dependencies.size === 0 ? 1 : truePositives / dependencies.size,
    precision: found.size === 0 ? 1 : truePositives / found.size,
    missed: [...dependencies].filter((key) => !found.has(key)),
    decoysReported: [...found].filter((key) => decoys.has(key)),
    falsePositives: [...found].filter((key) => !dependencies.has(key)),
  };
}
