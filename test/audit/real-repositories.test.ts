import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit/index.js";
import { heldOutRepositories, labelledRepositories, roundFiveRepositories, roundFourRepositories, roundSixRepositories, roundSevenRepositories, roundEightRepositories, roundNineRepositories, roundTenRepositories, roundElevenRepositories, roundTwelveRepositories, roundThirteenRepositories, roundFourteenRepositories, roundFifteenRepositories, roundSixteenRepositories, roundSeventeenRepositories, roundEighteenRepositories, roundNineteenRepositories, roundTwentyRepositories, roundTwentyOneRepositories, roundTwentyTwoRepositories, roundTwentyThreeRepositories, roundTwentyFourRepositories, readLabels, realFilesRoot, repositoriesBefore, scoreLabelledSet, tunedRepositories, type ReportedLine } from "./support/score-labelled-set.js";

/**
 * The labelled set of real public repositories (test/audit/__fixtures__/real): files
 * copied unchanged, lines labelled by hand. Targets from issue 17: recall and precision
 * of at least 0.95, and no decoy reported.
 */
function scoreRepositories(repositories: readonly string[]) {
  const labels = readLabels().filter((label) => repositories.some((repository) => label.file.startsWith(`${repository}/`)));
  const reported: ReportedLine[] = repositories.flatMap((repository) =>
    runAudit({ root: join(realFilesRoot, repository) }).findings.map((finding) => ({
      file: `${repository}/${finding.file}`,
      line: finding.cell === undefined ? String(finding.line) : `${finding.cell}:${finding.line}`,
      family: finding.family,
    })),
  );
  return scoreLabelledSet(labels, reported);
}

type Score = ReturnType<typeof scoreRepositories>;

/** Prints a round's figures per repository and in all, in the form its README table quotes. */
function printRound(round: string, repositories: readonly string[], score: Score): void {
  const line = (one: Score): string =>
    `recall ${one.recall.toFixed(2)} (${one.truePositives}/${one.dependencies}), precision ${one.precision.toFixed(2)} (${one.truePositives}/${one.reported}), decoys reported ${one.decoysReported.length}/${one.decoys}`;
  for (const repository of repositories) console.log(`${round} ${repository}: ${line(scoreRepositories([repository]))}`);
  console.log(`${round}: ${line(score)}`);
}

/**
 * A held-out round's first run as floors: at least `found` dependencies, precision at least
 * found/reported, no decoy beyond the listed ones; where the misses are listed, no other
 * miss; where `unlabelled` is given, nothing reported beyond the listed decoys and those lines.
 */
function expectFirstRunFloors(score: Score, firstRun: { found: number; reported: number; decoys: readonly string[]; misses?: readonly string[]; unlabelled?: readonly string[] }): void {
  const { misses, unlabelled } = firstRun;
  expect(score.truePositives, `missed:\n${score.missed.join("\n")}`).toBeGreaterThanOrEqual(firstRun.found);
  if (misses) expect(score.missed.filter((miss) => !misses.includes(miss))).toEqual([]);
  expect(score.precision, `not dependencies:\n${score.falsePositives.join("\n")}`).toBeGreaterThanOrEqual(firstRun.found / firstRun.reported);
  expect(score.decoysReported.filter((decoy) => !firstRun.decoys.includes(decoy))).toEqual([]);
  if (unlabelled) expect(score.falsePositives.filter((key) => !firstRun.decoys.includes(key) && !unlabelled.includes(key))).toEqual([]);
}

/**
 * The two first-run tests every held-out round from seven on carries: its size, then its first-run floors with the
 * exact lists of what it missed and reported (printed per repository first).
 */
function itPinsFirstRun(round: string, repositories: readonly string[], score: Score, firstRun: { dependencies: number; decoys: number; found: number; reported: number; decoyLines: readonly string[]; misses: readonly string[]; unlabelled: readonly string[] }): void {
  it("is built from three repositories of other kinds and families, with decoys", () => {
    expect(repositories.length).toBe(3);
    expect(score.dependencies).toBe(firstRun.dependencies);
    expect(score.decoys).toBe(firstRun.decoys);
  });

  it("keeps recall and precision at or above the first-run figures, missing and reporting nothing beyond the listed lines", () => {
    printRound(round, repositories, score);
    expectFirstRunFloors(score, { found: firstRun.found, reported: firstRun.reported, decoys: firstRun.decoyLines, misses: firstRun.misses, unlabelled: firstRun.unlabelled });
  });
}

/** After a round's fixes: exactly these lines missed and these reported that are not dependencies. */
function expectAfterFix(score: Score, afterFix: { found: number; misses: readonly string[]; reported: readonly string[] }): void {
  expect(score.truePositives).toBe(afterFix.found);
  expect([...score.missed].sort()).toEqual([...afterFix.misses].sort());
  expect([...score.falsePositives].sort()).toEqual([...afterFix.reported].sort());
}

describe("audit on labelled real repositories (the set the detectors were tuned on)", () => {
  const tuned = tunedRepositories();
  const score = scoreRepositories(tuned);

  it("is built from several repositories, with decoys", () => {
    expect(tuned.length).toBeGreaterThanOrEqual(6);
    expect(score.dependencies).toBeGreaterThanOrEqual(100);
    expect(score.decoys).toBeGreaterThanOrEqual(30);
  });

  it("finds at least 95% of the labelled dependencies", () => {
    expect(score.recall, `missed:\n${score.missed.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("reports no decoy and keeps precision at or above 0.95", () => {
    expect(score.decoysReported).toEqual([]);
    expect(score.precision, `not dependencies:\n${score.falsePositives.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * Held out: labelled by hand before the audit ran on them. Their first score is the
 * independent one (the README gives it per repository); the detectors were then fixed
 * for the general defects these repositories showed, and these floors, at what the
 * fixes reached, stop the figure from slipping back unnoticed. The next independent
 * check is a new held-out repository, not this set. Round three's repositories were
 * scored once and not tuned on; their first-run figures are the independent ones.
 */
describe("audit on held-out labelled repositories", () => {
  const heldOut = [...heldOutRepositories];
  const score = scoreRepositories(heldOut);

  it("is built from several repositories of other kinds, with decoys", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(6);
    expect(score.dependencies).toBeGreaterThanOrEqual(70);
    expect(score.decoys).toBeGreaterThanOrEqual(100);
  });

  it("keeps recall and precision at or above the measured floors, reporting no decoy", () => {
    for (const repository of heldOut) {
      const one = scoreRepositories([repository]);
      console.log(`held out ${repository}: recall ${one.recall.toFixed(2)} (${one.truePositives}/${one.dependencies}), precision ${one.precision.toFixed(2)}, decoys reported ${one.decoysReported.length}/${one.decoys}`);
    }
    console.log(`held out: recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.dependencies}), precision ${score.precision.toFixed(3)} (${score.truePositives}/${score.reported}), decoys reported ${score.decoysReported.length}/${score.decoys}`);
    expect(score.recall, `missed:\n${score.missed.join("\n")}`).toBeGreaterThanOrEqual(0.99);
    // Round three's first run reported four decoys (two output folders named after the model,
    // two comments remarking on gpt-oss); the label guide then stated both rules for every
    // family and the detectors follow them. These floors are what that change measured.
    expect(score.precision, `not dependencies:\n${score.falsePositives.join("\n")}`).toBeGreaterThanOrEqual(0.99);
    expect(score.decoysReported).toEqual([]);
  });

  it("scores round three at recall 1.00 and precision 1.00 after the output-folder and comment rules", () => {
    const roundThree = scoreRepositories(["InftyAI__llmaz", "hiyouga__LLaMA-Factory", "ollama__ollama-python"]);
    expect(roundThree.missed).toEqual([]);
    expect(roundThree.falsePositives).toEqual([]);
    expect(roundThree.dependencies).toBe(65);
  });
});

/**
 * Round four: labelled and committed before the audit first ran on it. Its first run is
 * the independent figure: recall 91/95 (0.96), precision 91/105 (0.87), 12 of 54 decoys
 * reported (eight in Qwen-Agent: commented-out code, agent names and descriptions, a
 * docstring and an "e.g." comment; two release-page links in gemma's checkpoint index; a
 * file name in a kaito comment; a narrating comment in the Mistral cookbook). The general
 * fixes that followed bring it to the floors below, which are therefore not independent.
 */
describe("audit on round four (held out)", () => {
  const roundFour = [...roundFourRepositories];
  const score = scoreRepositories(roundFour);

  it("is built from four repositories of other kinds and families, with decoys", () => {
    expect(roundFour.length).toBe(4);
    expect(score.dependencies).toBe(95);
    // 54 when first run; the vendor-API rule settled after round six added two commented-out DashScope lines as decoys.
    expect(score.decoys).toBe(56);
  });

  it("keeps recall and precision at the after-fix floors, reporting no decoy", () => {
    printRound("round four", roundFour, score);
    // `cl.instrument_mistralai()`, a call that exists only for the Mistral SDK, was the last miss; instrumentation of one SDK now counts as its use.
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round five: labelled and committed before the audit first ran on it, then scored once;
 * no detector or label was changed after. These are its first-run figures: recall 46/56
 * (0.82), precision 46/85 (0.54), 15 of 56 decoys reported. The floors are those figures,
 * and the decoys it may still report are the ones listed, so any change shows here.
 * Of the 39 reported lines that are not dependencies, 24 are the `[INST]` prompt format that
 * modal-labs adds to the vocabulary as new tokens, reported as Llama and left unlabelled by the
 * decision recorded before the run (fixture README); the README gives the misses by cause.
 */
describe("audit on round five (held out, first run)", () => {
  const roundFive = [...roundFiveRepositories];
  const score = scoreRepositories(roundFive);
  const firstRunDecoys = [
    "google-gemini__gemma-cookbook/Demos/Emoji-Gemma-on-Web/resources/Convert_Gemma_3_270M_to_ONNX.ipynb:3:3 gemma",
    "google-gemini__gemma-cookbook/Demos/Emoji-Gemma-on-Web/resources/Convert_Gemma_3_270M_to_ONNX.ipynb:8:1 gemma",
    "google-gemini__gemma-cookbook/Demos/Emoji-Gemma-on-Web/resources/Convert_Gemma_3_270M_to_ONNX.ipynb:14:3 gemma",
    "google-gemini__gemma-cookbook/Demos/Gemma-on-Cloudrun/code-examples/genai_examples.py:10 gemma",
    "google-gemini__gemma-cookbook/Demos/Gemma-on-Cloudrun/code-examples/genai_examples.py:18 gemma",
    "google-gemini__gemma-cookbook/Demos/Gemma-on-Cloudrun/code-examples/ollama_examples.py:11 gemma",
    "google-gemini__gemma-cookbook/Demos/Gemma-on-Cloudrun/code-examples/ollama_examples.py:23 gemma",
    "google-gemini__gemma-cookbook/Demos/Gemma-on-Cloudrun/code-examples/openai_examples.py:10 gemma",
    "google-gemini__gemma-cookbook/Demos/business-email-assistant/email-processing-webapp/models/gemma.py:40 gemma",
    "google-gemini__gemma-cookbook/Demos/business-email-assistant/email-processing-webapp/models/gemma.py:73 gemma",
    "google-gemini__gemma-cookbook/Demos/business-email-assistant/model-tuning/main.py:38 gemma",
    "kserve__kserve/docs/samples/llmisvc/agentic-tool-calling/nemotron-3-ultra-pd.yaml:44 qwen",
    "kserve__kserve/docs/samples/llmisvc/agentic-tool-calling/nemotron-3-ultra-pd.yaml:99 qwen",
    "kserve__kserve/docs/samples/llmisvc/e2e-gpt-oss/model_weights_job.yaml:15 gpt",
    "modal-labs__llm-finetuning/README.md:103 mistral",
  ];

  it("is built from three repositories of other kinds and families, with decoys", () => {
    expect(roundFive.length).toBe(3);
    // 56 and 56 when first run; the prose rule settled after round six changed four notebook labels (fixture README).
    expect(score.dependencies).toBe(58);
    expect(score.decoys).toBe(54);
  });

  it("keeps recall and precision at or above the first-run figures, reporting no decoy beyond the listed ones", () => {
    printRound("round five", roundFive, score);
    expectFirstRunFloors(score, { found: 46, reported: 85, decoys: firstRunDecoys });
  });

  // After the general fixes rounds five and six prompted (vocabulary-added tokens, serving parsers, example
  // markers, "using" narration, link anchors, Keras Hub classes; then multi-line list items under a model or
  // recipe key, a serving resource's own name, `pvc://` URIs, volume claims as storage, family scripts fetched
  // and run, docstrings, and the prose rule settled after round six). Not independent: these pin what the
  // fixes reached under the labels as they now stand, and list what remains, so any change shows here.
  it("after the fixes, misses and reports only the listed lines", () => {
    expect(score.truePositives).toBe(58);
    expect(score.missed).toEqual([]);
    // The adapter name used only to name the output files went with the evening's residue fixes (2026-12-07): a string
    // the file uses only to build where a save call writes is its own output's name (`output-name-constants.ts`).
    expect(score.falsePositives).toEqual([]);
  });
});

/**
 * Round six: labelled and committed (3c69775) before the audit first ran on it, then scored
 * once against main as it stood; no detector or label was changed after. These are its
 * first-run figures: recall 59/67 (0.88), precision 59/96 (0.61), 32 of 88 decoys reported. The floors are those figures, and
 * the decoys it may still report are the ones listed, so any change shows here. The round was
 * meant to test the fixes made after round five, but none had landed when it ran (17:36 UTC,
 * main c64cbb7), so it measures the detectors round five measured. The README gives each miss
 * and decoy by cause.
 */
describe("audit on round six (held out, first run)", () => {
  const roundSix = [...roundSixRepositories];
  const score = scoreRepositories(roundSix);
  const firstRunDecoys = [
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:5 gpt",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:8 gpt",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:13 gpt",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:13 llama",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:17 gpt",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/aliases_config.yaml:28 llama",
    "BerriAI__litellm/litellm/proxy/example_config_yaml/load_balancer.yaml:5 gpt",
    "Shubhamsaboo__awesome-llm-apps/advanced_llm_apps/llm_finetuning_tutorials/llama3.2_finetuning/README.md:1 llama",
    "Shubhamsaboo__awesome-llm-apps/advanced_llm_apps/llm_finetuning_tutorials/llama3.2_finetuning/README.md:10 llama",
    "Shubhamsaboo__awesome-llm-apps/advanced_llm_apps/llm_finetuning_tutorials/llama3.2_finetuning/README.md:21 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/README.md:2 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/README.md:8 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/README.md:16 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/README.md:25 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/README.md:33 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/llama3.1_local_rag.py:9 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/llama3.1_local_rag.py:29 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/llama3.1_local_rag.py:31 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/llama3.1_local_rag.py:34 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/llama3.1_local_rag/llama3.1_local_rag.py:41 llama",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/README.md:1 qwen",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/README.md:3 qwen",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/README.md:3 gemma",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:41 qwen",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:44 qwen",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:45 gemma",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:75 qwen",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:76 gemma",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:77 gemma",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:78 deepseek",
    "Shubhamsaboo__awesome-llm-apps/rag_tutorials/qwen_local_rag/qwen_local_rag_agent.py:79 qwen",
    "skypilot-org__skypilot/llm/gpt-oss-finetuning/gpt-oss-20b-lora.yaml:13 gpt",
  ];

  it("is built from three repositories of other kinds and families, with decoys", () => {
    expect(roundSix.length).toBe(3);
    // 67 and 88 when first run; the two rules settled after round six added 7 vendor-API dependencies and turned
    // 7 prose decoys into dependencies (fixture README).
    expect(score.dependencies).toBe(81);
    expect(score.decoys).toBe(81);
  });

  it("keeps recall and precision at or above the first-run figures, reporting no decoy beyond the listed ones", () => {
    printRound("round six", roundSix, score);
    expectFirstRunFloors(score, { found: 59, reported: 96, decoys: firstRunDecoys });
  });

  // After the general fixes round six prompted (UI text, docstrings, prose release names in passing, routing and
  // step comments, commented-out samples, folder and script names in commands, LiteLLM aliases against their served
  // model, fallback chains, distill bases behind a provider prefix, two-word family names, sizes in brackets,
  // is_<family>_derived_model, vendor API keys, experiment-tracker projects). Not independent: the fixes were made
  // with this round in view, so this pins what they reached; the next held-out round is the independent check.
  it("after the fixes, finds every labelled dependency and reports nothing else", () => {
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
  });
});

/**
 * Round seven: labelled and committed (920fa37, two headings relabelled in 676954b under the heading
 * reading of the rules settled after round six) before the audit first ran on it, then scored once
 * against main as it stood after round six's general fixes (4e4f214, 20:51 UTC); no detector or
 * label was changed after. These are its first-run figures: recall 90/104 (0.87), precision 90/124
 * (0.73), 34 of 152 decoys reported, and no reported line outside the labels. The floors are those
 * figures: it may miss only the listed lines and report only the listed decoys, so any change shows
 * here. The README gives each miss and decoy by cause.
 */
describe("audit on round seven (held out, first run)", () => {
  const roundSeven = [...roundSevenRepositories];
  const score = scoreRepositories(roundSeven);
  const firstRunMisses = [
    "crewAIInc__crewAI-examples/crews/landing_page_generator/README.md:44 gpt",
    "crewAIInc__crewAI-examples/crews/markdown_validator/src/markdown_validator/main.py:13 gpt",
    "crewAIInc__crewAI-examples/crews/stock_analysis/README.md:37 gpt",
    "crewAIInc__crewAI-examples/integrations/azure_model/main.py:12 gpt",
    "huggingface__chat-ui/src/lib/server/reasoningPolicy.ts:37 gemma",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:66 kimi",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:69 deepseek",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:70 deepseek",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:71 glm",
    "huggingface__chat-ui/scripts/artifact-real-eval.ts:86 glm",
    "volcengine__verl/examples/grpo_trainer/run_deepseek671b_math_megatron_96gb.sh:12 deepseek",
    "volcengine__verl/examples/sapo_trainer/run_qwen30b_sapo.sh:16 qwen",
    "volcengine__verl/examples/split_placement/config/ppo_trainer_split.yaml:31 deepseek",
    "volcengine__verl/examples/split_placement/config/ppo_trainer_split.yaml:114 deepseek",
  ];
  const firstRunDecoys = [
    "crewAIInc__crewAI-examples/crews/landing_page_generator/src/landing_page_generator/main.py:15 gpt",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:76 kimi",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:76 qwen",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:83 gpt",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:83 kimi",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:84 glm",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:84 qwen",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:90 qwen",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:114 qwen",
    "huggingface__chat-ui/.claude/skills/sync-models/SKILL.md:179 qwen",
    "huggingface__chat-ui/docs/source/configuration/overview.md:33 llama",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:61 gemma",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:61 llama",
    "huggingface__chat-ui/scripts/reasoning-replay-harness.ts:388 gemma",
    "huggingface__chat-ui/src/lib/server/reasoningPolicy.ts:34 gemma",
    "huggingface__chat-ui/src/lib/server/reasoningPolicy.ts:35 gemma",
    "huggingface__chat-ui/src/lib/server/textGeneration/utils/prepareFiles.ts:21 kimi",
    "huggingface__chat-ui/src/lib/utils/artifacts.ts:87 kimi",
    "huggingface__chat-ui/src/lib/utils/artifacts.ts:150 kimi",
    "volcengine__verl/examples/data_preprocess/pokemon.py:20 gpt",
    "volcengine__verl/examples/data_preprocess/pokemon.py:27 gpt",
    "volcengine__verl/examples/grpo_trainer/README.md:64 qwen",
    "volcengine__verl/examples/grpo_trainer/run_deepseek671b_math_megatron_96gb.sh:41 deepseek",
    "volcengine__verl/examples/grpo_trainer/run_deepseek671b_math_megatron_96gb.sh:74 deepseek",
    "volcengine__verl/examples/grpo_trainer/run_qwen3-8b.sh:2 qwen",
    "volcengine__verl/examples/grpo_trainer/run_qwen3moe-30b_megatron_lora.sh:25 qwen",
    "volcengine__verl/examples/ppo_trainer/README.md:83 qwen",
    "volcengine__verl/examples/ppo_trainer/README.md:102 qwen",
    "volcengine__verl/examples/ppo_trainer/README.md:103 qwen",
    "volcengine__verl/examples/ppo_trainer/run_qwen1.5_moe_a2.7b-gsm8k_megatron.sh:6 qwen",
    "volcengine__verl/examples/sft/vlm/run_qwen3_vl_2b.sh:10 gpt",
    "volcengine__verl/examples/sft/vlm/run_qwen3_vl_2b.sh:69 qwen",
    "volcengine__verl/examples/sft/vlm/run_qwen3_vl_2b.sh:73 qwen",
    "volcengine__verl/examples/sglang_multiturn/run_qwen3_4b_dapo_multiturn.sh:27 qwen",
  ];

  itPinsFirstRun("round seven", roundSeven, score, { dependencies: 104, decoys: 152, found: 90, reported: 124, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: [] });

  // After the general fixes round seven prompted (releases the catalog does not know, by shape, in model lists and
  // defaults; family patterns in code; model paths nested under a model key; OpenAI's first-party host; headings with a
  // versioned family and a use verb; code comments that remark vs configure; coding-assistant instruction files;
  // experiment and project names; data named after a model; results rows and log links; `#command` commented out;
  // display names; printed text; name-only licence notices in code comments). Not independent: the fixes were made
  // with this round in view, so this pins what they reached (104/104, no decoy); the next held-out round is the check.
  it("after the fixes, finds every labelled dependency and reports nothing else", () => {
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
  });
});

/**
 * Round eight: labelled and committed (7b6d999) before the audit first ran on it (LoRAX's adapter-serving docs
 * and Helm chart, llama-cpp-python's runtime examples and server configs, aider's model-provider docs), then
 * scored once against main after round seven's general fixes (533883d, merged as 7c841b5, 21:25 UTC); no
 * detector or label was changed after. These are its first-run figures: recall 146/169 (0.86), precision
 * 146/278 (0.53), 82 of 269 decoys reported, and 50 reported lines the guide leaves unlabelled (ChatML
 * `<|im_start|>` tokens reported as Qwen, `[INST]` prompts reported as Llama). The floors are those figures:
 * it may miss only the listed lines and report only the listed decoys and unlabelled lines, so any change
 * shows here. The README gives each miss and decoy by cause.
 */
describe("audit on round eight (held out, first run)", () => {
  const roundEight = [...roundEightRepositories];
  const score = scoreRepositories(roundEight);
  const firstRunMisses = [
    "predibase__lorax/docs/guides/merging_adapters.md:82 llama",
    "predibase__lorax/docs/guides/merging_adapters.md:93 llama",
    "predibase__lorax/docs/guides/merging_adapters.md:94 llama",
    "predibase__lorax/docs/guides/merging_adapters.md:95 llama",
    "predibase__lorax/docs/models/adapters/index.md:107 mistral",
    "abetlen__llama-cpp-python/examples/server/README.md:12 qwen",
    "abetlen__llama-cpp-python/examples/server/README.md:21 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:119 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:130 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:121 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:132 qwen",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:0:1 gemma",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:2:2 gemma",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:2:8 gemma",
    "abetlen__llama-cpp-python/examples/low_level_api/Chat.py:14 llama",
    "Aider-AI__aider/aider/website/docs/llms/anthropic.md:11 claude",
    "Aider-AI__aider/aider/website/docs/llms/deepseek.md:29 deepseek",
    "Aider-AI__aider/aider/website/docs/llms/gemini.md:8 gemini",
    "Aider-AI__aider/aider/website/docs/llms/gemini.md:29 gemini",
    "Aider-AI__aider/aider/website/docs/config/reasoning.md:18 claude",
    "Aider-AI__aider/aider/website/docs/config/reasoning.md:24 deepseek",
    "Aider-AI__aider/aider/website/docs/config/api-keys.md:29 claude",
    "Aider-AI__aider/aider/website/docs/config/api-keys.md:49 claude",
  ];
  const firstRunDecoys = [
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:449 claude",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:452 claude",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:455 claude",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:458 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:461 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:464 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:467 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:470 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:473 deepseek",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:476 gpt",
    "Aider-AI__aider/aider/website/assets/sample.aider.conf.yml:479 gpt",
    "Aider-AI__aider/aider/website/docs/config/reasoning.md:20 gpt",
    "Aider-AI__aider/aider/website/docs/config/reasoning.md:67 gpt",
    "Aider-AI__aider/aider/website/docs/config/reasoning.md:174 gpt",
    "Aider-AI__aider/aider/website/docs/llms/azure.md:46 gpt",
    "Aider-AI__aider/aider/website/docs/llms/bedrock.md:35 claude",
    "Aider-AI__aider/aider/website/docs/llms/cohere.md:9 command",
    "Aider-AI__aider/aider/website/docs/llms/openai.md:44 gpt",
    "Aider-AI__aider/aider/website/docs/llms/other.md:23 gpt",
    "Aider-AI__aider/aider/website/docs/llms/other.md:24 gpt",
    "Aider-AI__aider/aider/website/docs/llms/other.md:25 gpt",
    "Aider-AI__aider/aider/website/docs/llms/other.md:26 gpt",
    "Aider-AI__aider/aider/website/docs/llms/other.md:60 claude",
    "Aider-AI__aider/aider/website/docs/llms/other.md:71 command",
    "Aider-AI__aider/aider/website/docs/llms/other.md:72 mistral",
    "Aider-AI__aider/aider/website/docs/llms/other.md:73 command",
    "Aider-AI__aider/aider/website/docs/llms/other.md:75 qwen",
    "Aider-AI__aider/aider/website/docs/llms/other.md:78 deepseek",
    "Aider-AI__aider/aider/website/docs/llms/other.md:83 gemini",
    "Aider-AI__aider/aider/website/docs/llms/other.md:89 mistral",
    "Aider-AI__aider/aider/website/docs/llms/other.md:90 kimi",
    "Aider-AI__aider/aider/website/docs/llms/other.md:115 grok",
    "Aider-AI__aider/aider/website/docs/usage/copypaste.md:76 gpt",
    "Aider-AI__aider/aider/website/docs/usage/modes.md:73 gemini",
    "Aider-AI__aider/aider/website/docs/usage/modes.md:132 gpt",
    "Aider-AI__aider/aider/website/docs/usage/modes.md:134 gpt",
    "Aider-AI__aider/aider/website/docs/usage/modes.md:160 claude",
    "abetlen__llama-cpp-python/docs/install/macos.md:33 llama",
    "abetlen__llama-cpp-python/docs/install/macos.md:34 llama",
    "abetlen__llama-cpp-python/docs/server.md:3 llama",
    "abetlen__llama-cpp-python/docs/server.md:14 llama",
    "abetlen__llama-cpp-python/docs/server.md:54 llama",
    "abetlen__llama-cpp-python/docs/server.md:83 llama",
    "abetlen__llama-cpp-python/docs/server.md:102 llama",
    "abetlen__llama-cpp-python/docs/server.md:126 gpt",
    "abetlen__llama-cpp-python/docs/server.md:182 gpt",
    "abetlen__llama-cpp-python/docs/server.md:192 gpt",
    "abetlen__llama-cpp-python/docs/server.md:202 gpt",
    "abetlen__llama-cpp-python/examples/batch-processing/server.py:9 llama",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:0:3 llama",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:2:1 llama",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:2:2 llama",
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:2:14 llama",
    "abetlen__llama-cpp-python/examples/gradio_chat/local.py:1 llama",
    "abetlen__llama-cpp-python/examples/gradio_chat/local.py:2 llama",
    "abetlen__llama-cpp-python/examples/gradio_chat/local.py:9 llama",
    "abetlen__llama-cpp-python/examples/gradio_chat/local.py:15 gpt",
    "abetlen__llama-cpp-python/examples/gradio_chat/server.py:7 gpt",
    "abetlen__llama-cpp-python/examples/hf_pull/main.py:1 llama",
    "abetlen__llama-cpp-python/examples/hf_pull/main.py:2 llama",
    "abetlen__llama-cpp-python/examples/hf_pull/main.py:8 llama",
    "abetlen__llama-cpp-python/examples/high_level_api/fastapi_server.py:31 llama",
    "abetlen__llama-cpp-python/examples/high_level_api/langchain_custom_llm.py:3 llama",
    "abetlen__llama-cpp-python/examples/ray/llm.py:5 llama",
    "abetlen__llama-cpp-python/examples/server/README.md:15 llama",
    "abetlen__llama-cpp-python/examples/server/README.md:400 qwen",
    "abetlen__llama-cpp-python/examples/server/README.md:450 gemma",
    "predibase__lorax/README.md:56 llama",
    "predibase__lorax/README.md:184 mistral",
    "predibase__lorax/README.md:186 mistral",
    "predibase__lorax/README.md:187 mistral",
    "predibase__lorax/README.md:188 mistral",
    "predibase__lorax/docs/getting_started/kubernetes.md:8 mistral",
    "predibase__lorax/docs/index.md:48 llama",
    "predibase__lorax/docs/models/base_models.md:6 llama",
    "predibase__lorax/docs/models/base_models.md:9 mistral",
    "predibase__lorax/docs/models/base_models.md:10 gemma",
    "predibase__lorax/docs/models/base_models.md:11 gemma",
    "predibase__lorax/docs/models/base_models.md:12 phi",
    "predibase__lorax/docs/models/base_models.md:13 qwen",
    "predibase__lorax/docs/models/base_models.md:14 command",
    "predibase__lorax/docs/reference/launcher.md:10 mistral",
  ];
  const firstRunUnlabelled = [
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:147 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:161 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:165 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:189 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:202 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:204 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:232 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:235 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:241 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:243 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.5-0.8b.json:250 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:149 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:163 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:167 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:191 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:204 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:206 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:234 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:237 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:243 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:245 qwen",
    "abetlen__llama-cpp-python/examples/server/configs/qwen3.6-27b.json:252 qwen",
    "predibase__lorax/README.md:101 llama",
    "predibase__lorax/README.md:115 llama",
    "predibase__lorax/README.md:142 llama",
    "predibase__lorax/docs/getting_started/docker.md:43 llama",
    "predibase__lorax/docs/getting_started/docker.md:52 llama",
    "predibase__lorax/docs/getting_started/docker.md:66 llama",
    "predibase__lorax/docs/getting_started/docker.md:81 llama",
    "predibase__lorax/docs/getting_started/docker.md:97 llama",
    "predibase__lorax/docs/getting_started/docker.md:106 llama",
    "predibase__lorax/docs/getting_started/docker.md:120 llama",
    "predibase__lorax/docs/getting_started/docker.md:136 llama",
    "predibase__lorax/docs/getting_started/skypilot.md:65 llama",
    "predibase__lorax/docs/guides/merging_adapters.md:104 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:105 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:106 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:111 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:112 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:113 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:115 qwen",
    "predibase__lorax/docs/guides/merging_adapters.md:116 qwen",
    "predibase__lorax/docs/index.md:86 llama",
    "predibase__lorax/docs/index.md:95 llama",
    "predibase__lorax/docs/index.md:117 llama",
    "predibase__lorax/docs/models/adapters/medusa.md:76 llama",
    "predibase__lorax/docs/models/adapters/medusa.md:91 llama",
    "predibase__lorax/docs/models/adapters/medusa.md:113 llama",
    "predibase__lorax/docs/models/adapters/medusa.md:128 llama",
    "predibase__lorax/docs/models/adapters/medusa.md:220 llama",
  ];

  itPinsFirstRun("round eight", roundEight, score, { dependencies: 169, decoys: 269, found: 146, reported: 278, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  // After round eight's general fixes (runtimes named after a family are never dependencies; shared template formats
  // count only where the file settles the family; hub pages that are no model; help lines of commented-out settings;
  // prose lists of bare key variables; vendor-key switches; Qwen-VL vision tokens; a runtime's family-only chat
  // handler), then the fixes made after round nine (auditfix4: model folders a step reads and its `-o` outputs,
  // prose examples, supported-architecture and suggestion lists, aliases only for the served family, docs
  // transcripts' output, snippet comments read as code comments, constant names, TinyLlama where loaded, s3://
  // adapter paths, `--model <family>`, the family's API key in setup prose, closed-weights names sent to a local
  // server). Not independent: the fixes were made
  // with this round in view, so this pins what they reached (166/169, 166/172, 6 of 269 decoys, no unlabelled
  // line; 157/169, 157/198, 41 decoys before the fixes made after round nine); the next held-out round is the check.
  // Left: aider's aliases without a family word (`--model sonnet`, `--model r1`) and a notebook title; sample session
  // output and warnings, and prose remarks whose subject is not the model. The afternoon's residue fixes (2026-12-07) no
  // longer report what a screenshot shows (azure.md 46: 166/167, 1 decoy). The evening's residue fixes (2026-12-07) find
  // aider's aliases (`--model sonnet`, `--model r1`: a coding tool's launch alias naming one family) and no longer report a
  // generation in a role after "an" ("Pairing an o1 architect", modes.md 134): 168/168, no decoy.
  const afterFixMisses = [
    "abetlen__llama-cpp-python/examples/colab/Gemma4-12B-QAT.ipynb:0:1 gemma",
  ];
  const afterFixDecoys: string[] = [];
  it("after the fixes, misses and reports exactly the listed lines, and no line the guide leaves unlabelled", () => {
    expectAfterFix(score, { found: 168, misses: afterFixMisses, reported: afterFixDecoys });
    expect(score.decoysReported.length).toBe(0);
  });
});

/**
 * Round nine: labelled and committed (d580660) before the audit first ran on it (Open WebUI's provider and RAG
 * pipelines, pydantic-ai's per-provider model docs and example agents, MLC LLM's packaging configs and deployment
 * docs), then scored once against main after the third round of detector fixes (142bafb, merged as c121ea3,
 * 21:53 UTC); no detector or label was changed after. These are its first-run figures: recall 165/185 (0.89),
 * precision 165/208 (0.79), 26 of 131 decoys reported, and 17 reported lines without a label: `[INST]` prompts
 * the guide leaves unlabelled (6), Cohere's SDK and class names the round's guide left unlabelled (9, reported as
 * Command), `xai-sdk` (1, as Grok), and one Llama 3 stop-token line the labeller missed (MLX_STOP, which the guide
 * would label a dependency). The floors are those figures: it may miss only the listed lines and report only the
 * listed decoys and unlabelled lines, so any change shows here. The README gives each miss and decoy by cause.
 *
 * Restated under the rules the lead settled after round nine, before round ten was labelled (11 labels added from
 * each line's text, see the fixture README): the six `[INST]`/`<<SYS>>` lines of the sample llama-2 template are
 * Llama dependencies (found), `from xai_sdk import AsyncClient` is a Grok dependency (missed) and four prose lines
 * naming xAI's SDK are decoys (one, line 219, reported). The same first run then scores recall 171/192 (0.89),
 * precision 171/208 (0.82), 27 of 135 decoys reported, and 10 unlabelled lines (Cohere's framework names, MLX_STOP).
 *
 * Restated again on 2026-12-07 (evening), when the lead labelled `MLX_STOP` (line 25 of the MLX pipeline: Llama 3's header
 * and end-of-turn tokens set as stop tokens beside its Llama 3 default model) a Llama dependency under the template-token
 * rule, as round nine's notes said the guide would: the same first run scores 172/193 (0.89), 172/208 (0.83), 27 of 135
 * decoys, and 9 unlabelled lines (Cohere's framework names).
 */
describe("audit on round nine (held out, first run)", () => {
  const roundNine = [...roundNineRepositories];
  const score = scoreRepositories(roundNine);
  const firstRunMisses = [
    "open-webui__pipelines/examples/pipelines/providers/anthropic_manifold_pipeline.py:9 claude",
    "open-webui__pipelines/examples/pipelines/providers/anthropic_manifold_pipeline.py:63 claude",
    "open-webui__pipelines/examples/pipelines/providers/deepseek_manifold_pipeline.py:9 deepseek",
    "open-webui__pipelines/examples/pipelines/providers/google_manifold_pipeline.py:107 gemini",
    "open-webui__pipelines/examples/pipelines/providers/google_manifold_pipeline.py:107 gemma",
    "open-webui__pipelines/examples/pipelines/providers/google_vertexai_manifold_pipeline.py:58 gemini",
    "open-webui__pipelines/examples/pipelines/providers/google_vertexai_manifold_pipeline.py:86 gemini",
    "pydantic__pydantic-ai/docs/models/mistral.md:8 mistral",
    "pydantic__pydantic-ai/docs/models/mistral.md:13 mistral",
    "pydantic__pydantic-ai/docs/models/mistral.md:52 mistral",
    "pydantic__pydantic-ai/docs/models/mistral.md:68 mistral",
    "pydantic__pydantic-ai/docs/models/mistral.md:73 mistral",
    "pydantic__pydantic-ai/docs/models/zai.md:30 glm",
    "pydantic__pydantic-ai/docs/models/zai.md:40 glm",
    "pydantic__pydantic-ai/docs/models/xai.md:100 grok",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:54 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:64 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:72 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:80 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:90 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:98 llama",
  ];
  const firstRunDecoys = [
    "mlc-ai__mlc-llm/docs/compilation/define_new_models.rst:23 llama",
    "mlc-ai__mlc-llm/docs/deploy/cli.rst:77 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:15 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:24 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:38 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:55 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:65 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:73 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:81 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:91 llama",
    "mlc-ai__mlc-llm/docs/deploy/ide_integration.rst:99 llama",
    "mlc-ai__mlc-llm/docs/deploy/mlc_chat_config.rst:24 llama",
    "mlc-ai__mlc-llm/docs/deploy/mlc_chat_config.rst:107 llama",
    "mlc-ai__mlc-llm/docs/deploy/mlc_chat_config.rst:110 phi",
    "mlc-ai__mlc-llm/docs/get_started/introduction.rst:234 phi",
    "open-webui__pipelines/examples/pipelines/providers/azure_deepseek_r1_pipeline.py:19 deepseek",
    "open-webui__pipelines/examples/pipelines/providers/azure_deepseek_r1_pipeline.py:20 deepseek",
    "open-webui__pipelines/examples/pipelines/providers/azure_deepseek_r1_pipeline.py:29 deepseek",
    "open-webui__pipelines/examples/pipelines/providers/azure_deepseek_r1_pipeline.py:33 deepseek",
    "pydantic__pydantic-ai/docs/models/mistral.md:5 mistral",
    "pydantic__pydantic-ai/docs/models/mistral.md:25 mistral",
    "pydantic__pydantic-ai/docs/models/xai.md:178 grok",
    "pydantic__pydantic-ai/docs/models/xai.md:202 grok",
    "pydantic__pydantic-ai/docs/models/xai.md:219 grok",
    "pydantic__pydantic-ai/docs/models/zai.md:47 glm",
    "pydantic__pydantic-ai/examples/pydantic_ai_examples/evals/example_04_compare_models.py:32 gpt",
    "pydantic__pydantic-ai/examples/pydantic_ai_examples/evals/example_04_compare_models.py:34 gpt",
  ];
  const firstRunUnlabelled = [
    "pydantic__pydantic-ai/docs/models/cohere.md:5 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:8 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:13 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:25 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:38 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:51 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:65 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:69 command",
    "pydantic__pydantic-ai/docs/models/cohere.md:83 command",
  ];

  itPinsFirstRun("round nine", roundNine, score, { dependencies: 193, decoys: 135, found: 172, reported: 208, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  // After the fixes made with rounds eight and nine in view (auditfix4: `\` continuations whose first line reads a model
  // folder and whose `-o` writes an output; a framework's class, module and extra carrying a family word in code and
  // snippets, not in prose, and none named after a vendor without one; a vendor's SDK imported in a snippet; prefix
  // checks on model ids; dated and provider-prefixed ids; `environment_variables:` metadata; the family's API key in
  // setup prose; placeholders, evaluation run names and printed text; prose examples; supported lists). Not
  // independent: this pins what they reached (192/192, 192/197, 4 of 135 decoys, one unlabelled line: MLX_STOP's
  // Llama 3 stop tokens, which the guide would label a dependency); the next held-out round is the check.
  // Left: prose naming the release a sample or template is for, remarks on a model. (The display list of model names
  // repeating the ids above it is no longer reported since auditfix10: 192/196, 3 decoys; the line introducing a sample,
  // "Below is the … file corresponding to Llama2 model:", since the afternoon's residue fixes of 2026-12-07: 192/195, 2;
  // prose explaining the values a command above was given and advice on models, since the evening's: 192/193, none;
  // with `MLX_STOP` labelled a dependency by the lead the same evening, 193/193.)
  const afterFixDecoys: string[] = [];
  const afterFixUnlabelled: string[] = [];
  it("after the fixes, misses nothing and reports exactly the listed decoys and unlabelled line", () => {
    expect(score.truePositives).toBe(193);
    expect(score.missed).toEqual([]);
    expect([...score.falsePositives].sort()).toEqual([...afterFixDecoys, ...afterFixUnlabelled].sort());
    expect(score.decoysReported.length).toBe(0);
  });
});

/**
 * Rounds one to four, on which the detectors were fixed: the issue's targets hold there.
 * Rounds five to nine (first runs, then the fixes they prompted) are tested above, round ten (first run, then its fixes) below.
 */
describe("audit on every labelled repository of rounds one to four (all those rounds together)", () => {
  it("keeps recall at 0.99 and precision at 1.00 with no decoy reported", () => {
    const all = scoreRepositories(repositoriesBefore(5));
    console.log(`rounds one to four: recall ${all.recall.toFixed(3)} (${all.truePositives}/${all.dependencies}), precision ${all.precision.toFixed(3)} (${all.truePositives}/${all.reported}), decoys reported ${all.decoysReported.length}/${all.decoys}`);
    // The issue's targets are 0.95; these rounds are held at what the fixes reached (0.99, 1.00) so a slip shows.
    expect(all.recall, `missed:\n${all.missed.join("\n")}`).toBeGreaterThanOrEqual(0.99);
    expect(all.precision, `not dependencies:\n${all.falsePositives.join("\n")}`).toBe(1);
    expect(all.decoysReported).toEqual([]);
  });
});

/**
 * Every labelled repository of rounds one to fourteen together: the figure the issue's targets (recall and precision
 * of at least 0.95, no decoy reported) are read against. Not independent: every round here has been tuned on
 * (round ten by auditfix5, round eleven by auditfix6, round twelve by auditfix7, round thirteen by auditfix8, round
 * fourteen by auditfix9, each after its first run below). Rounds one to thirteen alone were at auditfix8's figure
 * (1547/1572, 1547/1592, 44 of 1604 decoys), rounds one to twelve at auditfix7's (1412/1428, 1412/1454, 41 of 1435
 * decoys), rounds one to eleven at auditfix6's (1294/1310, 1294/1336, 41 of 1379 decoys), rounds one to ten at
 * auditfix5's (1105/1117, 1105/1120, 14 of 1129 decoys). The residue fixes (auditfix10, 2026-12-07) found the same
 * dependencies in each and reported fewer decoys: 1547/1558 with 10, 1412/1422 with 9, 1294/1304 with 9, 1105/1112
 * with 6; and found three more in round thirteen (per-model table keys: 1550/1572, 1550/1561); the pins below are those figures,
 * less round eleven's work folder (auditfix14: a working directory): 1550/1560 with 9, 1412/1421 with 8, 1294/1303 with 8.
 * The afternoon's residue fixes (2026-12-07) found three per-model table keys (two in round eleven, one in round thirteen):
 * 1553/1563, 1414/1423, 1296/1305, and all fourteen rounds 1678/1700, 1678/1688; then, reporting neither a screenshot's
 * caption (round eight) nor the line introducing a sample (round nine): 1553/1561 with 7 decoys, 1414/1421 with 6, 1296/1303
 * with 6, 1105/1110 with 4, all fourteen rounds 1678/1686 with 7; then, without the MCP guide's remark (round thirteen),
 * 1553/1560 with 6 and all fourteen rounds 1678/1685 with 6. The evening's residue fixes (2026-12-07: access prose, launch
 * aliases, a harness's config script, a conversion method, a terms statement, a vision-suffixed version, Claude's tier in
 * prose) found nine more, and the last decoys' fixes (the same evening) reported no decoy: 1560/1561, 1419/1420,
 * 1301/1302, 1110/1111 (the one line over is round nine's unlabelled `MLX_STOP`), all fourteen rounds 1687/1688. With
 * `MLX_STOP` labelled a Llama dependency (the lead's ruling, the same evening): 1561/1561, 1420/1420, 1302/1302,
 * 1111/1111, all fourteen rounds 1688/1688: every line reported is a labelled dependency. Round twenty-three's fixes found
 * Cohere's bare `"command"` default in round thirteen: 1562/1562, all fourteen rounds 1689/1689.
 */
describe("audit on every labelled repository (rounds one to fourteen together)", () => {
  it("prints and pins the all-rounds figure", () => {
    const all = scoreRepositories(repositoriesBefore(15));
    console.log(`rounds one to fourteen: recall ${all.recall.toFixed(3)} (${all.truePositives}/${all.dependencies}), precision ${all.precision.toFixed(3)} (${all.truePositives}/${all.reported}), decoys reported ${all.decoysReported.length}/${all.decoys}`);
    expect(all.truePositives).toBeGreaterThanOrEqual(1689);
    expect(all.dependencies).toBe(1701);
    expect(all.reported).toBeLessThanOrEqual(1689);
    expect(all.decoysReported.length).toBeLessThanOrEqual(0);
  });

  it("keeps rounds one to thirteen at their figure before round fourteen's fixes", () => {
    const thirteenRounds = scoreRepositories(repositoriesBefore(14));
    expect(thirteenRounds.truePositives).toBe(1562);
    expect(thirteenRounds.dependencies).toBe(1573);
    expect(thirteenRounds.reported).toBe(1562);
    expect(thirteenRounds.decoysReported.length).toBe(0);
  });

  it("keeps rounds one to twelve at their figure before round thirteen's fixes", () => {
    const twelveRounds = scoreRepositories(repositoriesBefore(13));
    expect(twelveRounds.truePositives).toBe(1420);
    expect(twelveRounds.dependencies).toBe(1429);
    expect(twelveRounds.reported).toBe(1420);
    expect(twelveRounds.decoysReported.length).toBe(0);
  });

  it("keeps rounds one to eleven at their figure before round twelve's fixes", () => {
    const elevenRounds = scoreRepositories(repositoriesBefore(12));
    expect(elevenRounds.truePositives).toBe(1302);
    expect(elevenRounds.dependencies).toBe(1311);
    expect(elevenRounds.reported).toBe(1302);
    expect(elevenRounds.decoysReported.length).toBe(0);
  });

  it("keeps rounds one to ten at their figure before round eleven's fixes", () => {
    const tenRounds = scoreRepositories(repositoriesBefore(11));
    expect(tenRounds.truePositives).toBe(1111);
    expect(tenRounds.dependencies).toBe(1118);
    expect(tenRounds.reported).toBe(1111);
    expect(tenRounds.decoysReported.length).toBe(0);
  });
});

/**
 * Round ten: labelled and committed (78e2d7f) before the audit first ran on it (OpenCompass's benchmark model configs,
 * eval scripts and docs, Vercel's Next.js AI chatbot with its model registry, UI components and e2e tests, LocalAI's
 * model-gallery chat templates and getting-started guides), then scored once against main after auditfix4's fixes
 * for rounds eight and nine (249afda, merged as 7eb83a6, 23:21 UTC); no detector or label was changed after. These
 * are its first-run figures: recall 112/158 (0.71), precision 112/162 (0.69), 49 of 157 decoys reported, and one
 * reported line without a label (`[INST] ... [/INST]` in LocalAI's Mistral template, reported as Mistral; the guide
 * leaves `[INST]` without `<<SYS>>` unlabelled). The floors are those figures: it may miss only the listed lines and
 * report only the listed decoys and unlabelled line, so any change shows here. The README gives each miss and decoy
 * by cause.
 *
 * Restated after the lead settled that line's shape from the shape itself (fixture README, "Rules settled after round
 * ten"): `[INST]` in a template that a file ships for one family and that uses that family's own control tokens
 * (`[TOOL_CALLS]`) is that family's, as `<<SYS>>` settles Llama 2's. One label added; the same first run then scores
 * recall 113/159 (0.71), precision 113/162 (0.70), 49 of 157 decoys reported, no unlabelled line.
 */
describe("audit on round ten (held out, first run)", () => {
  const roundTen = [...roundTenRepositories];
  const score = scoreRepositories(roundTen);
  const firstRunMisses = [
    "open-compass__opencompass/examples/eval_claude.py:10 claude",
    "open-compass__opencompass/opencompass/configs/models/chatglm/hf_glm4_9b_chat.py:11 glm",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:1 claude",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:3 claude",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:38 claude",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:56 claude",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:57 claude",
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:58 claude",
    "open-compass__opencompass/opencompass/configs/models/gemini/gemini_1_5_pro.py:1 gemini",
    "open-compass__opencompass/opencompass/configs/models/gemini/gemini_1_5_pro.py:11 gemini",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:37 gpt",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:46 glm",
    "open-compass__opencompass/docs/en/get_started/quick_start.md:192 llama",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:3 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:119 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:138 deepseek",
    "open-compass__opencompass/docs/en/user_guides/models.md:27 llama",
    "open-compass__opencompass/docs/en/user_guides/models.md:28 llama",
    "open-compass__opencompass/docs/en/user_guides/models.md:61 llama",
    "open-compass__opencompass/docs/en/user_guides/models.md:62 llama",
    "vercel__ai-chatbot/lib/ai/models.ts:72 grok",
    "mudler__LocalAI/gallery/gemma.yaml:42 gemma",
    "mudler__LocalAI/gallery/command-r.yaml:8 command",
    "mudler__LocalAI/gallery/command-r.yaml:46 command",
    "mudler__LocalAI/gallery/command-r.yaml:49 command",
    "mudler__LocalAI/gallery/command-r.yaml:51 command",
    "mudler__LocalAI/gallery/command-r.yaml:53 command",
    "mudler__LocalAI/gallery/command-r.yaml:55 command",
    "mudler__LocalAI/gallery/command-r.yaml:57 command",
    "mudler__LocalAI/gallery/command-r.yaml:63 command",
    "mudler__LocalAI/gallery/command-r.yaml:70 command",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:2 mistral",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:15 mistral",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:39 mistral",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:46 mistral",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:48 mistral",
    "mudler__LocalAI/gallery/harmony.yaml:22 gpt",
    "mudler__LocalAI/gallery/harmony.yaml:23 gpt",
    "mudler__LocalAI/docs/content/getting-started/customize-model.md:25 phi",
    "mudler__LocalAI/docs/content/getting-started/customize-model.md:38 phi",
    "mudler__LocalAI/docs/content/getting-started/customize-model.md:66 phi",
    "mudler__LocalAI/docs/content/getting-started/models.md:150 phi",
    "mudler__LocalAI/docs/content/getting-started/models.md:177 phi",
    "mudler__LocalAI/docs/content/getting-started/models.md:178 phi",
    "mudler__LocalAI/docs/content/getting-started/quickstart.md:78 phi",
    "mudler__LocalAI/docs/content/getting-started/quickstart.md:79 phi",
  ];
  const firstRunDecoys = [
    "mudler__LocalAI/docs/content/features/model-aliases.md:10 gpt",
    "mudler__LocalAI/docs/content/features/model-aliases.md:11 gpt",
    "mudler__LocalAI/docs/content/features/model-aliases.md:20 gpt",
    "mudler__LocalAI/docs/content/features/model-aliases.md:35 gpt",
    "mudler__LocalAI/docs/content/features/model-aliases.md:36 gpt",
    "mudler__LocalAI/docs/content/features/model-aliases.md:38 gpt",
    "mudler__LocalAI/docs/content/getting-started/models.md:251 llama",
    "mudler__LocalAI/docs/content/getting-started/try-it-out.md:52 gpt",
    "mudler__LocalAI/docs/content/getting-started/try-it-out.md:79 gpt",
    "mudler__LocalAI/docs/content/getting-started/try-it-out.md:156 gpt",
    "mudler__LocalAI/docs/content/getting-started/try-it-out.md:177 gpt",
    "mudler__LocalAI/docs/content/getting-started/try-it-out.md:190 gpt",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:12 llama",
    "mudler__LocalAI/gallery/mistral-0.3.yaml:13 llama",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:14 gpt",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:47 glm",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:139 gpt",
    "open-compass__opencompass/docs/en/get_started/quick_start.md:88 llama",
    "open-compass__opencompass/docs/en/get_started/quick_start.md:89 llama",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:32 qwen",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:58 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:58 qwen",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:111 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:151 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:151 qwen",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:180 deepseek",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:180 qwen",
    "open-compass__opencompass/docs/en/user_guides/models.md:92 gpt",
    "open-compass__opencompass/examples/eval_api_demo.py:9 gpt",
    "open-compass__opencompass/examples/eval_api_demo.py:12 gpt",
    "open-compass__opencompass/examples/eval_deepseek_r1.py:44 qwen",
    "open-compass__opencompass/examples/eval_deepseek_r1.py:84 deepseek",
    "open-compass__opencompass/examples/eval_deepseek_r1.py:84 qwen",
    "open-compass__opencompass/examples/eval_deepseek_r1.py:210 deepseek",
    "open-compass__opencompass/examples/eval_llama3_instruct.py:6 llama",
    "open-compass__opencompass/examples/eval_llama3_instruct.py:9 llama",
    "open-compass__opencompass/opencompass/configs/models/chatglm/hf_glm4_9b_chat.py:6 glm",
    "open-compass__opencompass/opencompass/configs/models/deepseek/lmdeploy_deepseek_r1_distill_llama_8b.py:7 deepseek",
    "open-compass__opencompass/opencompass/configs/models/deepseek/lmdeploy_deepseek_r1_distill_llama_8b.py:7 llama",
    "open-compass__opencompass/opencompass/configs/models/gemini/gemini_1_5_pro.py:10 gemini",
    "open-compass__opencompass/opencompass/configs/models/gemma/vllm_gemma_3_12b_it.py:6 gemma",
    "open-compass__opencompass/opencompass/configs/models/hf_llama/hf_llama3_8b_instruct.py:6 llama",
    "open-compass__opencompass/opencompass/configs/models/hf_llama/lmdeploy_llama2_7b_chat.py:6 llama",
    "open-compass__opencompass/opencompass/configs/models/mistral/vllm_mixtral_8x7b_instruct_v0_1.py:7 mistral",
    "open-compass__opencompass/opencompass/configs/models/moonshot/kimi_k2.py:10 kimi",
    "open-compass__opencompass/opencompass/configs/models/openai/gpt_4o_2024_05_13.py:10 gpt",
    "open-compass__opencompass/opencompass/configs/models/phi/hf_phi_4.py:6 phi",
    "open-compass__opencompass/opencompass/configs/models/qwen3/lmdeploy_qwen3_0_6b.py:7 qwen",
    "vercel__ai-chatbot/lib/ai/models.ts:40 gpt",
  ];
  const firstRunUnlabelled: string[] = [];

  itPinsFirstRun("round ten", roundTen, score, { dependencies: 159, decoys: 157, found: 113, reported: 162, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  // After the fixes made with round ten in view (auditfix5: Command R, GLM-4 and harmony tokens; escaped control tokens in
  // regexes; another family's tokens copied into a stop list; a template-shipping config's top-level name; configs run by URL
  // and oci:// images; --models; load paths as keyword arguments, Hub ids with a size and provider-prefixed versioned ids; a
  // key setting's placeholder; framework classes and modules named after a family; abbreviations, work_dir, import aliases
  // and bare assigned names; printed tables; closed-weights names sent to a localhost endpoint or declared as aliases; a
  // copy's destination). Not independent: this pins what they reached (152/159, 152/155, 3 of 157 decoys); the next
  // held-out round is the check. Left: a postprocessor and a judge's dataset config named after a model, a harness run on a
  // config script, prose naming the release a guide is for and a config it links, harmony's format name; prose remarks on
  // a judge model and a display name. The evening's residue fixes (2026-12-07) find the harness run on a config script
  // (`opencompass examples/eval_deepseek_r1.py`, twice: 154/159, 154/154).
  const afterFixMisses = [
    "open-compass__opencompass/opencompass/configs/models/claude/claude2.py:38 claude",
    "open-compass__opencompass/docs/en/advanced_guides/subjective_evaluation.md:37 gpt",
    "open-compass__opencompass/docs/en/user_guides/deepseek_r1.md:3 deepseek",
    "mudler__LocalAI/gallery/harmony.yaml:23 gpt",
    "mudler__LocalAI/docs/content/getting-started/customize-model.md:38 phi",
  ];
  // The residue fixes (auditfix10) left none of round ten's decoys reported.
  const afterFixDecoys: readonly string[] = [];
  it("after the fixes, misses and reports exactly the listed lines, and no line the guide leaves unlabelled", () => {
    expectAfterFix(score, { found: 154, misses: afterFixMisses, reported: afterFixDecoys });
    expect([...score.decoysReported].sort()).toEqual([...afterFixDecoys].sort());
  });
});

/**
 * Round eleven: labelled and committed (0a2ce67) before the audit first ran on it (AWS's Bedrock samples with provider-
 * prefixed model and inference-profile ids and per-family native request bodies, datawhalechina/self-llm's deployment and
 * fine-tuning tutorials written in Chinese, the langchaingo Go library's code, examples and docs), then scored once against
 * main after auditfix5's fixes for round ten (b472333, merged as 68d6319, 23:49 UTC); no detector or label was changed
 * after. These are its first-run figures: recall 132/193 (0.68), precision 132/186 (0.71), 54 of 250 decoys reported, and
 * no reported line without a label. The floors are those figures: it may miss only the listed lines and report only the
 * listed decoys, so any change shows here. The README gives each miss and decoy by cause.
 */
describe("audit on round eleven (held out, first run)", () => {
  const roundEleven = [...roundElevenRepositories];
  const score = scoreRepositories(roundEleven);
  const firstRunMisses = [
    "aws-samples__amazon-bedrock-samples/custom-models/bedrock-fine-tuning/claude-haiku/DataValidation/README.md:1 claude",
    "aws-samples__amazon-bedrock-samples/custom-models/bedrock-fine-tuning/claude-haiku/DataValidation/README.md:3 claude",
    "aws-samples__amazon-bedrock-samples/custom-models/on_demand_inference/README.md:1 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:106 claude",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:106 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:106 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:11 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:12 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:121 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:122 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:129 claude",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:130 claude",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:142 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:151 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:153 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:154 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:157 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:162 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:43 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:57 claude",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:79 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:82 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:84 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:86 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:9 claude",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:93 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:96 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:97 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:98 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/batch_api/batchhelper.py:99 nova",
    "aws-samples__amazon-bedrock-samples/multi-modal/Claude3/README.md:15 claude",
    "aws-samples__amazon-bedrock-samples/multi-modal/Claude3/README.md:16 claude",
    "aws-samples__amazon-bedrock-samples/multi-modal/Claude3/README.md:17 claude",
    "aws-samples__amazon-bedrock-samples/rag/managed-knowledge-bases/utils/model_pricing.yaml:28 claude",
    "aws-samples__amazon-bedrock-samples/rag/managed-knowledge-bases/utils/model_pricing.yaml:36 claude",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:1 glm",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:19 glm",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:21 glm",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:82 glm",
    "datawhalechina__self-llm/models/Gemma3/03-gemma-3-4b-it-ollama + open-webui部署.md:1 gemma",
    "datawhalechina__self-llm/models/Gemma3/03-gemma-3-4b-it-ollama + open-webui部署.md:108 gemma",
    "datawhalechina__self-llm/models/Gemma3/03-gemma-3-4b-it-ollama + open-webui部署.md:59 gemma",
    "datawhalechina__self-llm/models/Kimi-VL/01-Kimi-VL-对话助手/app/README.md:3 kimi",
    "datawhalechina__self-llm/models/Kimi-VL/01-Kimi-VL-对话助手/app/README.md:63 kimi",
    "datawhalechina__self-llm/models/Kimi-VL/01-Kimi-VL-对话助手/app/README.md:77 kimi",
    "datawhalechina__self-llm/models/Kimi-VL/01-Kimi-VL-对话助手/app/README.md:9 kimi",
    "datawhalechina__self-llm/models/LLaMA3/01-LLaMA3-8B-Instruct FastApi 部署调用.md:1 llama",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:1 gpt",
    "datawhalechina__self-llm/models/phi-3/01-Phi-3-mini-4k-instruct FastApi 部署调用.md:1 phi",
    "tmc__langchaingo/docs/docs/getting-started/guide-mistral.mdx:10 mistral",
    "tmc__langchaingo/docs/docs/getting-started/guide-mistral.mdx:19 mistral",
    "tmc__langchaingo/docs/docs/getting-started/guide-mistral.mdx:55 mistral",
    "tmc__langchaingo/docs/docs/how-to/configure-llm-providers.md:167 gpt",
    "tmc__langchaingo/examples/bedrock-claude3-vision-example/README.md:11 claude",
    "tmc__langchaingo/examples/bedrock-claude3-vision-example/README.md:29 claude",
    "tmc__langchaingo/examples/bedrock-claude3-vision-example/README.md:7 claude",
    "tmc__langchaingo/examples/bedrock-provider-example/README.md:23 nova",
    "tmc__langchaingo/llms/count_tokens.go:77 gpt",
    "tmc__langchaingo/llms/googleai/new.go:69 gemini",
    "tmc__langchaingo/llms/googleai/new.go:74 gemini",
    "tmc__langchaingo/llms/googleai/new.go:79 gemini",
  ];
  const firstRunDecoys = [
    "aws-samples__amazon-bedrock-samples/agents-and-function-calling/open-source-agents/crew.ai/curriculum_agent/llm_config.py:49 nova",
    "aws-samples__amazon-bedrock-samples/custom-models/bedrock-fine-tuning/meta-llama/dataset_validation/README.md:46 llama",
    "aws-samples__amazon-bedrock-samples/custom-models/on_demand_inference/README.md:118 nova",
    "aws-samples__amazon-bedrock-samples/custom-models/on_demand_inference/README.md:29 nova",
    "aws-samples__amazon-bedrock-samples/custom-models/on_demand_inference/README.md:63 nova",
    "aws-samples__amazon-bedrock-samples/custom-models/on_demand_inference/README.md:90 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/prompt-caching/README.md:25 llama",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/prompt-caching/README.md:46 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/prompt-caching/README.md:47 nova",
    "aws-samples__amazon-bedrock-samples/introduction-to-bedrock/prompt-caching/README.md:49 nova",
    "aws-samples__amazon-bedrock-samples/poc-to-prod/bedrock-batch-orchestrator/lambda/processor.py:104 llama",
    "datawhalechina__self-llm/models/DeepSeek-R1-Distill-Qwen/03-DeepSeek-R1-Distill-Qwen-7B WebDemo 部署.md:30 deepseek",
    "datawhalechina__self-llm/models/DeepSeek-R1-Distill-Qwen/03-DeepSeek-R1-Distill-Qwen-7B WebDemo 部署.md:61 deepseek",
    "datawhalechina__self-llm/models/DeepSeek-R1-Distill-Qwen/03-DeepSeek-R1-Distill-Qwen-7B WebDemo 部署.md:61 qwen",
    "datawhalechina__self-llm/models/DeepSeek-R1-Distill-Qwen/03-DeepSeek-R1-Distill-Qwen-7B WebDemo 部署.md:96 qwen",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:5 glm",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:72 glm",
    "datawhalechina__self-llm/models/GLM-4/02-GLM-4-9B-chat langchain 接入.md:80 glm",
    "datawhalechina__self-llm/models/Gemma3/03-gemma-3-4b-it-ollama + open-webui部署.md:49 gemma",
    "datawhalechina__self-llm/models/LLaMA3/01-LLaMA3-8B-Instruct FastApi 部署调用.md:34 llama",
    "datawhalechina__self-llm/models/Llama3_1/动手转换GGUF模型并使用Ollama本地部署.md:6 llama",
    "datawhalechina__self-llm/models/Llama4/01-Llama4-对话助手/app/app.py:9 llama",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:12 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:13 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:15 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:188 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:190 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:22 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:33 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:34 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:64 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:65 gpt",
    "datawhalechina__self-llm/models/gpt-oss/1-gpt-oss-20b vllm 部署调用.md:74 gpt",
    "datawhalechina__self-llm/models/phi-3/01-Phi-3-mini-4k-instruct FastApi 部署调用.md:13 phi",
    "datawhalechina__self-llm/models/phi-3/01-Phi-3-mini-4k-instruct FastApi 部署调用.md:170 phi",
    "datawhalechina__self-llm/models/phi-3/01-Phi-3-mini-4k-instruct FastApi 部署调用.md:37 phi",
    "datawhalechina__self-llm/models/phi-3/01-Phi-3-mini-4k-instruct FastApi 部署调用.md:48 phi",
    "tmc__langchaingo/examples/bedrock-provider-example/README.md:53 nova",
    "tmc__langchaingo/examples/bedrock-provider-example/README.md:54 claude",
    "tmc__langchaingo/examples/bedrock-provider-example/README.md:57 command",
    "tmc__langchaingo/examples/ollama-reasoning-caching/main.go:41 deepseek",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:30 gpt",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:37 gpt",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:51 claude",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:61 gpt",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:66 gpt",
    "tmc__langchaingo/examples/reasoning-tokens/main.go:76 claude",
    "tmc__langchaingo/llms/count_tokens.go:14 gpt",
    "tmc__langchaingo/llms/count_tokens.go:15 gpt",
    "tmc__langchaingo/llms/count_tokens.go:16 gpt",
    "tmc__langchaingo/llms/count_tokens.go:17 gpt",
    "tmc__langchaingo/llms/count_tokens.go:18 gpt",
    "tmc__langchaingo/llms/count_tokens.go:19 gpt",
    "tmc__langchaingo/llms/count_tokens.go:20 gpt",
  ];
  const firstRunUnlabelled: string[] = [];

  itPinsFirstRun("round eleven", roundEleven, score, { dependencies: 193, decoys: 250, found: 132, reported: 186, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix6, not independent: made with this round in view, each shape
   * unit-tested on synthetic input in detect-request-bodies-chinese-prose-and-id-checks.test.ts): recall 189/193 (0.98),
   * precision 189/216 (0.875), 27 of 250 decoys reported, no line without a label. What remains missed (4): ids the catalog
   * lacks (`anthropic.claude-sonnet-5`, `anthropic.claude-fable-5`), DialoGPT (a derivative without the family word as
   * one), "Nova" without a tier. Reported decoys (27): remarks on what a model is, needs or supports and narrating
   * comments (14), links to model pages, docs and earlier chapters (4), names passed only to be printed (4), names (a
   * `_llm_type`/`model_name` pair, a work folder: 3), a vendor's SDK named in a provider-detection list (2). The residue
   * fixes (auditfix10) removed 23 of them: Chinese prose that runs the name in with no use verb or whose clause says what
   * the model is or supports, chapter titles, a reference-link list, a LangChain wrapper's identity methods, names passed to
   * a parameter the callee only prints, limits and requirements in parentheses, documentation pointers, substring rules.
   * The afternoon's residue fixes (2026-12-07) found the two pricing keys (keys of a nested per-model table: 191/193).
   * The evening's (2026-12-07) no longer report a snippet comment naming the variables the next line assigns from a call, nor
   * Chinese prose listing a series' versions, a benchmark result or a comparison: 191/191, no decoy.
   */
  const afterFixMisses = [
    "tmc__langchaingo/docs/docs/how-to/configure-llm-providers.md:167 gpt",
    "tmc__langchaingo/examples/bedrock-provider-example/README.md:23 nova",
  ];
  const afterFixDecoys: string[] = [
    // The work folder `/root/autodl-tmp/phi3` (phi-3 FastApi 部署调用.md:13) is no longer reported (auditfix14: a working directory).
  ];
  it("after the fixes, misses and reports exactly the listed lines, and no line the guide leaves unlabelled", () => {
    expectAfterFix(score, { found: 191, misses: afterFixMisses, reported: afterFixDecoys });
    expect([...score.decoysReported].sort()).toEqual([...afterFixDecoys].sort());
  });
});

/**
 * Round twelve: labelled and committed (46966aa) before the audit first ran on it (Hugging Face's Cosmopedia
 * synthetic-data pipeline, Spring AI's Java samples, the aichat Rust CLI's sample config, provider table and per-family
 * API clients), then scored once against main 661d181; no detector or label was changed after. These are its
 * first-run figures, restated under the OLMo label added after it (fixture README, "Rules settled after round
 * twelve's first run"): recall 62/118 (0.53), precision 62/70 (0.89), 7 of 56 decoys reported, and one reported line
 * without a label: aichat's `(cohere, "cohere", CohereConfig, CohereClient)` registration, reported as Command (a
 * third-party client named after a vendor, which the rules leave unlabelled: not a dependency). The floors are those figures: it may miss only the listed
 * lines and report only the listed decoys and unlabelled lines, so any change shows here. The README gives each
 * miss and decoy by cause.
 */
describe("audit on round twelve (held out, first run)", () => {
  const roundTwelve = [...roundTwelveRepositories];
  const score = scoreRepositories(roundTwelve);
  const firstRunMisses = [
    "sigoden__aichat/README.md:129 claude",
    "sigoden__aichat/config.example.yaml:142 gemini",
    "sigoden__aichat/config.example.yaml:160 claude",
    "sigoden__aichat/config.example.yaml:166 mistral",
    "sigoden__aichat/config.example.yaml:219 gemini",
    "sigoden__aichat/config.example.yaml:270 deepseek",
    "sigoden__aichat/src/client/claude.rs:13 claude",
    "sigoden__aichat/src/client/claude.rs:156 claude",
    "sigoden__aichat/src/client/claude.rs:23 claude",
    "sigoden__aichat/src/client/claude.rs:300 claude",
    "sigoden__aichat/src/client/claude.rs:31 claude",
    "sigoden__aichat/src/client/claude.rs:34 claude",
    "sigoden__aichat/src/client/claude.rs:35 claude",
    "sigoden__aichat/src/client/claude.rs:42 claude",
    "sigoden__aichat/src/client/claude.rs:51 claude",
    "sigoden__aichat/src/client/claude.rs:61 claude",
    "sigoden__aichat/src/client/claude.rs:72 claude",
    "sigoden__aichat/src/client/claude.rs:75 claude",
    "sigoden__aichat/src/client/gemini.rs:12 gemini",
    "sigoden__aichat/src/client/gemini.rs:22 gemini",
    "sigoden__aichat/src/client/gemini.rs:30 gemini",
    "sigoden__aichat/src/client/gemini.rs:33 gemini",
    "sigoden__aichat/src/client/gemini.rs:34 gemini",
    "sigoden__aichat/src/client/gemini.rs:41 gemini",
    "sigoden__aichat/src/client/gemini.rs:61 gemini",
    "sigoden__aichat/src/client/gemini.rs:70 gemini",
    "sigoden__aichat/src/client/mod.rs:23 gemini",
    "sigoden__aichat/src/client/mod.rs:24 claude",
    "sigoden__aichat/src/client/vertexai.rs:110 gemini",
    "sigoden__aichat/src/client/vertexai.rs:117 claude",
    "sigoden__aichat/src/client/vertexai.rs:120 mistral",
    "sigoden__aichat/src/client/vertexai.rs:125 mistral",
    "sigoden__aichat/src/client/vertexai.rs:130 gemini",
    "sigoden__aichat/src/client/vertexai.rs:131 claude",
    "sigoden__aichat/src/client/vertexai.rs:132 claude",
    "sigoden__aichat/src/client/vertexai.rs:139 mistral",
    "sigoden__aichat/src/client/vertexai.rs:183 gemini",
    "sigoden__aichat/src/client/vertexai.rs:194 gemini",
    "sigoden__aichat/src/client/vertexai.rs:197 gemini",
    "sigoden__aichat/src/client/vertexai.rs:2 claude",
    "sigoden__aichat/src/client/vertexai.rs:271 gemini",
    "sigoden__aichat/src/client/vertexai.rs:309 gemini",
    "sigoden__aichat/src/client/vertexai.rs:429 gemini",
    "sigoden__aichat/src/client/vertexai.rs:430 claude",
    "sigoden__aichat/src/client/vertexai.rs:431 mistral",
    "sigoden__aichat/src/client/vertexai.rs:439 gemini",
    "sigoden__aichat/src/client/vertexai.rs:441 claude",
    "sigoden__aichat/src/client/vertexai.rs:443 mistral",
    "sigoden__aichat/src/client/vertexai.rs:50 gemini",
    "sigoden__aichat/src/client/vertexai.rs:51 claude",
    "sigoden__aichat/src/client/vertexai.rs:52 mistral",
    "sigoden__aichat/src/client/vertexai.rs:68 gemini",
    "sigoden__aichat/src/client/vertexai.rs:69 gemini",
    "sigoden__aichat/src/client/vertexai.rs:71 claude",
    "sigoden__aichat/src/client/vertexai.rs:72 claude",
    "sigoden__aichat/src/client/vertexai.rs:74 mistral",
  ];
  const firstRunDecoys = [
    "huggingface__cosmopedia/classification/train_edu_bert.py:133 llama",
    "huggingface__cosmopedia/decontamination/decontaminate.py:109 phi",
    "huggingface__cosmopedia/generation/README.md:4 mistral",
    "huggingface__cosmopedia/generation/boilerplate_cleanup.py:32 llama",
    "spring-projects__spring-ai-examples/agentic-patterns/chain-workflow/src/main/resources/application.properties:11 qwen",
    "spring-projects__spring-ai-examples/agentic-patterns/evaluator-optimizer/src/main/resources/application.properties:11 qwen",
    "spring-projects__spring-ai-examples/prompt-engineering/prompt-engineering-patterns/src/main/resources/application.properties:10 claude",
  ];
  const firstRunUnlabelled = [
    "sigoden__aichat/src/client/mod.rs:25 command",
  ];

  itPinsFirstRun("round twelve", roundTwelve, score, { dependencies: 118, decoys: 56, found: 62, reported: 70, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix7, not independent: made with this round in view, each shape
   * unit-tested on synthetic input in detect-client-identifiers-and-dataset-names.test.ts): recall 118/118 (1.00),
   * precision 118/118 (1.00), 0 of 56 decoys reported, no line without a label (the Cohere client registration is no
   * longer reported). Fixed by shape, for every family and language: client code whose identifiers carry the family
   * word (client types, snake_case client functions, enum members and qualified variants in client code, module
   * imports, model-garden publisher paths), provider entries (`- type: <family>`, `name: <family>` under a typed
   * entry), quoted id patterns, provider-prefixed ids sent through a local proxy; datasets named for the model that
   * made them, commented-out `key=value` settings, "an LLM like [link]" examples. Nothing remains missed or reported;
   * the next independent check is a new held-out round.
   */
  it("after the fixes, misses nothing and reports nothing that is not a dependency", () => {
    expectAfterFix(score, { found: 118, misses: [], reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round thirteen: labelled and committed (1619f61) before the audit first ran on it (the langchainrb Ruby LLM library's
 * provider classes, gemspec, `.env.example` and README; Google's ai-on-gke Terraform modules, tfvars and JetStream
 * manifests hosting Mistral, Llama 2 and Gemma on GKE; the Google AI Edge Gallery Kotlin Android app's model allowlist,
 * Gemma Terms of Use gate, UI strings and READMEs), then scored once against main 916107b (auditfix7's fixes for round
 * twelve, merged as 2a01efc); no detector or label was changed after. These are its first-run figures: recall 83/144
 * (0.58), precision 83/103 (0.81), 20 of 169 decoys reported, no reported line without a label. The floors are those
 * figures: it may miss only the listed lines and report only the listed decoys, so any change shows here. The README
 * gives each miss and decoy by cause. No clear labelling mistake was found at the run; the one line where the audit and
 * the labels read the same words differently (`GemmaTermsOfUseDialog.kt` 49, a KDoc naming the Gemma Terms of Use,
 * reported as a licence statement; labelled a decoy as a docstring) is left as labelled.
 */
describe("audit on round thirteen (held out, first run)", () => {
  const roundThirteen = [...roundThirteenRepositories];
  const score = scoreRepositories(roundThirteen);
  const firstRunMisses = [
    "GoogleCloudPlatform__ai-on-gke/benchmarks/inference-server/jetstream/jetstream.yaml:24 gemma",
    "GoogleCloudPlatform__ai-on-gke/benchmarks/inference-server/jetstream/model-conversion/kaggle_converter.yaml:16 gemma",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/README.md:39 gemma",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/main.tf:32 gemma",
    "GoogleCloudPlatform__ai-on-gke/tutorials-and-examples/inference-servers/jetstream/maxtext/single-host-inference/checkpoint-job.yaml:15 gemma",
    "GoogleCloudPlatform__ai-on-gke/tutorials-and-examples/inference-servers/jetstream/maxtext/single-host-inference/kubectl/deployment.yaml:26 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:280 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:283 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:287 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:290 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:85 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/data/DataStoreRepository.kt:87 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/GemmaTermsOfUseDialog.kt:52 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/GemmaTermsOfUseDialog.kt:75 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/GemmaTermsOfUseDialog.kt:78 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/GemmaTermsOfUseDialog.kt:79 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/TosViewModel.kt:36 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/TosViewModel.kt:37 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/TosViewModel.kt:40 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/TosViewModel.kt:41 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/proto/settings.proto:79 gemma",
    "google-ai-edge__gallery/README.md:10 gemma",
    "google-ai-edge__gallery/README.md:45 gemma",
    "google-ai-edge__gallery/README.md:47 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:188 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:210 gemma",
    "patterns-ai-core__langchainrb/.env.example:12 gemini",
    "patterns-ai-core__langchainrb/.env.example:15 mistral",
    "patterns-ai-core__langchainrb/README.md:165 gemini",
    "patterns-ai-core__langchainrb/langchain.gemspec:47 claude",
    "patterns-ai-core__langchainrb/langchain.gemspec:62 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/google_gemini.rb:45 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/google_gemini.rb:65 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/google_gemini.rb:7 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/google_gemini.rb:79 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/google_gemini.rb:83 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/mistralai.rb:42 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/mistralai.rb:7 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/mistralai.rb:81 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/assistant/llm/adapters/mistralai.rb:85 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/anthropic.rb:28 claude",
    "patterns-ai-core__langchainrb/lib/langchain/llm/anthropic.rb:30 claude",
    "patterns-ai-core__langchainrb/lib/langchain/llm/anthropic.rb:8 claude",
    "patterns-ai-core__langchainrb/lib/langchain/llm/aws_bedrock.rb:217 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/aws_bedrock.rb:239 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/aws_bedrock.rb:240 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/aws_bedrock.rb:37 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/cohere.rb:16 command",
    "patterns-ai-core__langchainrb/lib/langchain/llm/google_gemini.rb:5 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/llm/google_gemini.rb:6 gemini",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:18 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:20 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:42 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:5 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:58 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:8 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/mistralai.rb:9 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/ollama.rb:25 llama",
    "patterns-ai-core__langchainrb/lib/langchain/llm/ollama.rb:32 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/ollama.rb:33 mistral",
    "patterns-ai-core__langchainrb/lib/langchain/llm/ollama.rb:34 mistral",
  ];
  const firstRunDecoys = [
    "GoogleCloudPlatform__ai-on-gke/modules/inference-service/main.tf:123 mistral",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/README.md:43 gemma",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/README.md:43 llama",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/README.md:6 gemma",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/README.md:6 llama",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/variables.tf:54 gemma",
    "GoogleCloudPlatform__ai-on-gke/modules/jetstream-maxtext-deployment/variables.tf:54 llama",
    "google-ai-edge__gallery/Android/src/app/src/main/java/com/google/ai/edge/gallery/ui/common/tos/GemmaTermsOfUseDialog.kt:49 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/proto/settings.proto:78 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/res/values/strings.xml:200 gemma",
    "google-ai-edge__gallery/Android/src/app/src/main/res/values/strings.xml:411 gemma",
    "google-ai-edge__gallery/mcp/README.md:112 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:116 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:135 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:153 qwen",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:170 deepseek",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:170 qwen",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:4 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:50 gemma",
    "google-ai-edge__gallery/model_allowlists/1_0_17.json:96 gemma",
  ];
  const firstRunUnlabelled: readonly string[] = [
    "charmbracelet__mods/config_template.yml:73 gpt",
  ];

  itPinsFirstRun("round thirteen", roundThirteen, score, { dependencies: 144, decoys: 169, found: 83, reported: 103, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix8, not independent: made with this round in view, each shape
   * unit-tested on synthetic input in detect-ruby-clients-keys-and-terms-gates.test.ts): recall 135/144 (0.94), precision
   * 135/138 (0.98), 3 of 169 decoys reported, no line without a label. Fixed by shape, for every family: vendor keys with
   * one more word (`GOOGLE_GEMINI_API_KEY`, `MISTRAL_AI_API_KEY`); Ruby gems (`gem`, `add_dependency`, `depends_on`) and a
   * gem's client constant (`::Anthropic::Client.new`); Ruby provider classes (`class GoogleGemini < Base`, `Mistral.new`,
   * `MistralAIResponse`, `GoogleGeminiMessage`), Ruby symbols in client code (`== :mistral`); a family's terms-of-use gate
   * (`isGemmaTermsOfUseAccepted`, `is_gemma_terms_accepted`), the licence's address and "Terms of Service" name; a
   * tokenizer file named for a family (`assets/tokenizer.gemma`), `-m=<model>`; FunctionGemma in the catalog. No longer
   * reported: an allowlist entry's shown `name` beside its `modelId`, names listed as a tool's accepted values ("valid
   * options are …", "must be one of …"), a licence name in a code comment that does not bind the file.
   * Still missed (9): the dialog's "Gemma models … are governed by the" (the licence is on the next line), the README
   * heading "Now Featuring: Gemma 4", `to_google_gemini_format`, `mistral` as an item of a multi-line Ruby `%i[…]` list,
   * Cohere's bare `"command"` default (left: a rule would have to tie the English word to a Cohere client's model key),
   * and the Ollama class's Ruby symbol keys (`codellama:`, `mistral:`, `"mistral-openorca":`, `mixtral:`).
   * Still reported (3 decoys): a Terraform comment "to fit the Mistral-7B-Instruct-v0.1 model", a Hub URL in a string
   * resource named `…_example_link`, and the MCP guide's remark "Gemma-4-E4B currently offers the most stable …".
   * The residue fixes (auditfix10) found three of the symbol keys (`codellama:`, `mistral:`, `mixtral:`, keys of a
   * per-model table: 138/144) and no longer report the comment or the example link (1 decoy left). The afternoon's residue
   * fixes (2026-12-07) found `"mistral-openorca":` (a key of a per-model table whatever its shape: 139/144) and no longer
   * report the MCP guide's remark, whose subject follows a clause giving the reason ("Due to …, **Gemma-4-E4B** currently
   * offers …": 139/139, no decoy). The evening's residue fixes (2026-12-07) find the dialog's "Gemma models … are governed
   * by the" (a statement that a family's models are bound by terms) and `to_google_gemini_format` (a conversion method named
   * for the family's API format): 141/144, 141/141. Round twenty-three's fixes find Cohere's bare `"command"` default (a
   * phrase-only family's bare id as the value of a key ending in `model`): 142/144, 142/142.
   */
  it("after the fixes, misses and reports exactly the listed lines, and no line the guide leaves unlabelled", () => {
    const afterFixMisses = [
      "google-ai-edge__gallery/README.md:10 gemma",
      "patterns-ai-core__langchainrb/lib/langchain/llm/aws_bedrock.rb:37 mistral",
    ];
    expectAfterFix(score, { found: 142, misses: afterFixMisses, reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round fourteen: labelled and committed (fd32098) before the audit first ran on it (Flowise's marketplace flow exports:
 * chat and agent flows whose nodes call GPT, Claude, Gemini, Mistral, Llama on Ollama and Llama 2 on Replicate, with each
 * node's parameter schema and LlamaIndex nodes copied in; MLX Swift examples: iOS/macOS on-device apps and the llm-tool
 * CLI loading registry presets, an Xcode scheme's launch arguments, a generated run script and the LoRA READMEs;
 * claude-code-action: a GitHub Action's inputs and environment, its wrapper code, example workflows and cloud-provider
 * docs), then scored once against main ec69910 (auditfix8's fixes for round thirteen, merged as 3837b1e); no detector or
 * label was changed after. These are its first-run figures: recall 99/128 (0.77), precision 99/156 (0.63), 57 of 271
 * decoys reported, no reported line without a label. The floors are those figures: it may miss only the listed lines
 * and report only the listed decoys, so any change shows here. The README gives each miss and decoy by cause. No clear
 * labelling mistake was found at the run; most reported decoys are two shapes this round's guide section decided before
 * the run (an `echo` printing the command the next line runs, 28 of the 57; Xcode launch arguments switched off with
 * `isEnabled = "NO"`, 10), and half the misses one (`uses: anthropics/claude-code-action@v1`, the vendor's own action
 * a workflow runs, 14 of the 29).
 */
describe("audit on round fourteen (held out, first run)", () => {
  const roundFourteen = [...roundFourteenRepositories];
  const score = scoreRepositories(roundFourteen);
  const firstRunMisses = [
    "FlowiseAI__Flowise/packages/server/marketplaces/agentflowsv2/SQL Agent.json:1332 mistral",
    "FlowiseAI__Flowise/packages/server/marketplaces/agentflowsv2/SQL Agent.json:1353 mistral",
    "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Replicate LLM.json:2 llama",
    "anthropics__claude-code-action/.github/workflows/claude-review.yml:23 claude",
    "anthropics__claude-code-action/.github/workflows/claude-review.yml:25 claude",
    "anthropics__claude-code-action/.github/workflows/claude-review.yml:9 claude",
    "anthropics__claude-code-action/action.yml:336 claude",
    "anthropics__claude-code-action/action.yml:67 claude",
    "anthropics__claude-code-action/action.yml:70 claude",
    "anthropics__claude-code-action/action.yml:71 claude",
    "anthropics__claude-code-action/action.yml:74 claude",
    "anthropics__claude-code-action/base-action/examples/issue-triage.yml:102 claude",
    "anthropics__claude-code-action/base-action/src/validate-env.ts:10 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:126 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:16 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:24 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:3 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:30 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:38 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:46 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:73 claude",
    "anthropics__claude-code-action/docs/cloud-providers.md:99 claude",
    "anthropics__claude-code-action/examples/ci-failure-auto-fix.yml:103 claude",
    "anthropics__claude-code-action/examples/claude-wif.yml:3 claude",
    "anthropics__claude-code-action/examples/claude-wif.yml:41 claude",
    "anthropics__claude-code-action/examples/claude.yml:35 claude",
    "anthropics__claude-code-action/examples/issue-triage.yml:22 claude",
    "anthropics__claude-code-action/examples/pr-review-filtered-paths.yml:27 claude",
    "ml-explore__mlx-swift-examples/Applications/MLXChatExample/Services/MLXService.swift:33 qwen",
  ];
  const firstRunDecoys = [
    "FlowiseAI__Flowise/packages/server/marketplaces/agentflows/Branch Out Merge In.json:1134 claude",
    "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Local QnA.json:352 llama",
    "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Replicate LLM.json:144 llama",
    "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Replicate LLM.json:96 llama",
    "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Simple Chat Engine.json:166 gpt",
    "anthropics__claude-code-action/action.yml:135 claude",
    "anthropics__claude-code-action/action.yml:363 claude",
    "anthropics__claude-code-action/action.yml:364 claude",
    "anthropics__claude-code-action/action.yml:365 claude",
    "anthropics__claude-code-action/examples/ci-failure-auto-fix.yml:49 claude",
    "anthropics__claude-code-action/examples/ci-failure-auto-fix.yml:50 claude",
    "ml-explore__mlx-swift-examples/Applications/LoRATrainingExample/README.md:18 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:142 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:189 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:222 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:250 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:30 mistral",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:31 phi",
    "ml-explore__mlx-swift-examples/Tools/llm-tool/README.md:60 gemma",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:107 mistral",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:111 llama",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:115 phi",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:55 llama",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:59 gemma",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:63 phi",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:67 qwen",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:75 qwen",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:87 command",
    "ml-explore__mlx-swift-examples/mlx-swift-examples.xcodeproj/xcshareddata/xcschemes/llm-tool.xcscheme:95 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:101 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:105 gemma",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:109 phi",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:117 gemma",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:121 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:129 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:13 mistral",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:17 llama",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:21 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:25 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:29 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:33 mistral",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:37 gemma",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:41 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:45 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:49 llama",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:5 gemma",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:53 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:57 deepseek",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:57 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:61 phi",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:65 qwen",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:69 glm",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:73 llama",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:77 phi",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:81 llama",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:85 llama",
    "ml-explore__mlx-swift-examples/support/run-all-llms.sh:9 granite",
  ];
  const firstRunUnlabelled: readonly string[] = [
    "charmbracelet__mods/config_template.yml:73 gpt",
  ];

  itPinsFirstRun("round fourteen", roundFourteen, score, { dependencies: 128, decoys: 271, found: 99, reported: 156, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for round fourteen's causes (auditfix9; not independent: made with this round in view, each shape
   * unit-tested on synthetic input in detect-echoes-disabled-arguments-and-vendor-actions.test.ts): recall 125/128 (0.98),
   * precision 125/125 (1.00), 0 of 271 decoys reported, no unlabelled line. Now found: a GitHub Action the family's vendor
   * publishes under the family's name (`uses: anthropics/claude-code-action@v1`, `claude-code-base-action@beta`), a vendor
   * key or credential as a snake-case input key (`anthropic_api_key:`, `claude_code_oauth_token:`), Claude Code's OAuth
   * token (`CLAUDE_CODE_OAUTH_TOKEN`, "Claude Code OAuth token"), the family's API in a config comment or an input's
   * description and authenticating with the family in prose ("Authenticate to the Claude API", "authenticate with Claude
   * using"), a flow's model setting that selects a chat component named for the family (`chatMistralAI`). No longer
   * reported: text an unredirected `echo` prints, an element switched off with `isEnabled = "NO"`, a form field's
   * `default` beside `label` and `type` and any `placeholder`, a description whose escaped quotes hid that it is text, a
   * bot account (`claude[bot]`), a variable read through the environment's namespace (`env.VERTEX_REGION_CLAUDE_…`),
   * a docs block opening with a tool's `Key: value` report, a `Loading …...` progress line, a list after "e.g.:", and a
   * backticked id as the subject of a remark ("The `…` model requires …").
   * Still missed (3): the template description "Use Replicate API that runs Llama 13b v2 model" (left: a description is
   * text for people, and a rule reading use verbs in descriptions would report the earlier rounds' demo titles), the
   * picker entry `qwen2VL:2b` with `VLMRegistry.qwen2VL2BInstruct4Bit` (the catalog knows no Qwen2-VL checkpoint by that
   * spelling), and "request … access to the Claude models in all regions" (prose naming the family's models in passing).
   * The evening's residue fixes (2026-12-07) find the last two: `qwen2VL:2b` (a version run into a vision suffix, versioned
   * with a size as `qwen2.5VL:3b` is) and "access to the Claude models" (prose saying the account needs the family's models):
   * 127/128, 127/127.
   */
  it("after the fixes, misses exactly the listed lines and reports no decoy and no line the guide leaves unlabelled", () => {
    const afterFixMisses = [
      "FlowiseAI__Flowise/packages/server/marketplaces/chatflows/Replicate LLM.json:2 llama",
    ];
    expectAfterFix(score, { found: 127, misses: afterFixMisses, reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round fifteen: labelled and committed (da6907b) before the audit first ran on it (Prism, a Laravel/PHP LLM library: its
 * shipped provider config, provider enum, Mistral and DeepSeek clients, the OpenAI provider's per-model structured-output
 * routing, and its Mistral, DeepSeek and Ollama provider docs; Azure's rag-postgres-openai-python, an azd sample whose Bicep
 * parameters, .env sample, FastAPI defaults, eval scripts and docs deploy and call GPT models, Llama 3.1 or Phi-3 on Ollama;
 * Continue, an IDE extension: the onboarding defaults it writes into a user's config, its new-config template, its Mistral
 * client, its CLI onboarding, and its Mistral/Codestral, Z.ai, llama.cpp, Ollama, watsonx and autocomplete docs), then
 * scored once against main f458c9d (auditfix10's residue fixes); no detector or label was changed after. These are its
 * first-run figures: recall 127/192 (0.66), precision 127/138 (0.92), 11 of 137 decoys reported, no reported line without
 * a label. The floors are those figures: it may miss only the listed lines and report only the listed decoys, so any
 * change shows here. The README gives each miss and decoy by cause. Most misses are code and snippets for one family's
 * API whose lines carry the family word but no model id, host or key (PHP namespaces, imports, classes and enum cases,
 * provider config keys, `provider: mistral`, `->using('mistral', 'voxtral-…')`, a TypeScript client's types and switch
 * arms); most reported decoys are display names beside a model id in a config entry.
 */
describe("audit on round fifteen (held out, first run)", () => {
  const roundFifteen = [...roundFifteenRepositories];
  const score = scoreRepositories(roundFifteen);
  const firstRunMisses = [
    "continuedev__continue/core/config/onboarding.ts:146 gemini",
    "continuedev__continue/core/config/onboarding.ts:147 gemini",
    "continuedev__continue/core/config/onboarding.ts:72 gemini",
    "continuedev__continue/core/config/onboarding.ts:81 gemini",
    "continuedev__continue/core/llm/llms/Mistral.ts:14 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:19 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:2 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:25 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:27 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:48 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:51 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:6 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:67 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:8 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:86 mistral",
    "continuedev__continue/core/llm/llms/Mistral.ts:9 mistral",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:14 mistral",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:148 mistral",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:27 mistral",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:39 mistral",
    "continuedev__continue/docs/customize/model-providers/more/mistral.mdx:11 mistral",
    "continuedev__continue/docs/customize/model-providers/more/mistral.mdx:25 mistral",
    "continuedev__continue/docs/customize/model-providers/more/mistral.mdx:36 mistral",
    "continuedev__continue/docs/customize/model-providers/more/watsonx.mdx:142 granite",
    "continuedev__continue/docs/customize/model-providers/more/watsonx.mdx:171 granite",
    "prism-php__prism/config/prism.php:28 mistral",
    "prism-php__prism/config/prism.php:40 gemini",
    "prism-php__prism/config/prism.php:44 deepseek",
    "prism-php__prism/config/prism.php:70 glm",
    "prism-php__prism/docs/providers/deepseek.md:5 deepseek",
    "prism-php__prism/docs/providers/mistral.md:112 mistral",
    "prism-php__prism/docs/providers/mistral.md:126 mistral",
    "prism-php__prism/docs/providers/mistral.md:132 mistral",
    "prism-php__prism/docs/providers/mistral.md:138 mistral",
    "prism-php__prism/docs/providers/mistral.md:149 mistral",
    "prism-php__prism/docs/providers/mistral.md:159 mistral",
    "prism-php__prism/docs/providers/mistral.md:174 mistral",
    "prism-php__prism/docs/providers/mistral.md:197 mistral",
    "prism-php__prism/docs/providers/mistral.md:21 mistral",
    "prism-php__prism/docs/providers/mistral.md:216 mistral",
    "prism-php__prism/docs/providers/mistral.md:266 mistral",
    "prism-php__prism/docs/providers/mistral.md:267 mistral",
    "prism-php__prism/docs/providers/mistral.md:270 mistral",
    "prism-php__prism/docs/providers/mistral.md:274 mistral",
    "prism-php__prism/docs/providers/mistral.md:42 mistral",
    "prism-php__prism/docs/providers/mistral.md:5 mistral",
    "prism-php__prism/docs/providers/mistral.md:64 mistral",
    "prism-php__prism/src/Enums/Provider.php:10 deepseek",
    "prism-php__prism/src/Enums/Provider.php:14 mistral",
    "prism-php__prism/src/Enums/Provider.php:17 gemini",
    "prism-php__prism/src/Providers/DeepSeek/DeepSeek.php:12 deepseek",
    "prism-php__prism/src/Providers/DeepSeek/DeepSeek.php:13 deepseek",
    "prism-php__prism/src/Providers/DeepSeek/DeepSeek.php:14 deepseek",
    "prism-php__prism/src/Providers/DeepSeek/DeepSeek.php:21 deepseek",
    "prism-php__prism/src/Providers/DeepSeek/DeepSeek.php:5 deepseek",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:20 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:21 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:22 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:23 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:24 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:25 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:26 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:27 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:35 mistral",
    "prism-php__prism/src/Providers/Mistral/Mistral.php:5 mistral",
  ];
  const firstRunDecoys = [
    "Azure-Samples__rag-postgres-openai-python/docs/evaluation.md:5 gpt",
    "continuedev__continue/core/config/createNewAssistantFile.ts:14 gpt",
    "continuedev__continue/core/config/createNewAssistantFile.ts:18 qwen",
    "continuedev__continue/core/config/createNewAssistantFile.ts:26 claude",
    "continuedev__continue/core/config/onboarding.ts:5 qwen",
    "continuedev__continue/core/config/onboarding.ts:50 gpt",
    "continuedev__continue/core/config/onboarding.ts:7 llama",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:114 qwen",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:168 gpt",
    "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:49 mistral",
    "continuedev__continue/docs/customize/model-providers/more/zai.mdx:47 glm",
  ];
  const firstRunUnlabelled: readonly string[] = [
    "charmbracelet__mods/config_template.yml:73 gpt",
  ];

  itPinsFirstRun("round fifteen", roundFifteen, score, { dependencies: 192, decoys: 137, found: 127, reported: 138, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for round fifteen's causes (auditfix11; not independent: made with this round in view, each shape
   * unit-tested on synthetic input in detect-provider-selection-and-entry-names.test.ts): recall 188/192 (0.98), precision
   * 188/189 (0.99), 1 of 137 decoys reported, no unlabelled line. Now found: PHP `namespace`/`use` paths through a family's
   * provider module; a class named exactly a family word on a base (`class Mistral extends OpenAI`) and, in its file, code
   * naming the family (types, imports, lower-case values, the class itself; not the variables it declares, not capitalised
   * text); members of an enum named for providers (`enum Provider: string` … `case Gemini = 'gemini';`) and `Provider::X`
   * references; a call given a provider and a model (`->using('mistral', 'voxtral-mini-2507')`); a shipped config's
   * provider block (`'mistral' => [`); `provider:` entries in docs snippets and lower-case ones in object literals; a
   * `template:` setting naming the family's chat template; `case "gemini":` arms of a switch on the provider and the
   * statement under them. No longer reported: an entry's `name:`/`title:` beside its own `model:` key, `…_TITLE`/`…Title`
   * constants, table-of-contents links, question headings and lists under an "Available Models" heading.
   * Still missed (4): `'mistral-ocr-latest',` as a bare argument of `$provider->ocr(` (the catalog resolves the id, but a
   * positional string in a call is not a setting), `Z_API_KEY` (a one-letter vendor prefix is too short to read as Z.AI's),
   * the `console.mistral.ai` link (the family's console, not its API host) and the heading "How to Set Up Autocomplete …
   * with Codestral" (no use verb the prose rule knows). Still reported: the remark "The API keys for Codestral and the
   * general Mistral APIs are different" (read as naming the family's API a setup needs, as "Authenticate to the Claude
   * API" is; telling a remark about two APIs from that needs a rule of its own). The afternoon's residue fixes (2026-12-07)
   * no longer report it: its bold run-in title (`**Codestral API Key**:`) opens a paragraph, read as a heading (189/189);
   * and find `'mistral-ocr-latest'`, a vendor's rolling alias listed as a model string (190/190). The evening's residue
   * fixes (2026-12-07) read `Z_API_KEY` as Z.ai's key (the vendor's one-letter name, as `XAI_API_KEY` is x.ai's): 191/191.
   */
  it("after the fixes, misses exactly the listed lines and reports no decoy", () => {
    const afterFixMisses = [
      "continuedev__continue/docs/customize/deep-dives/autocomplete.mdx:14 mistral",
      // The Mistral Dashboard named where the setup gets its API key is found since auditfix14.
    ];
    expectAfterFix(score, { found: 191, misses: afterFixMisses, reported: [] });
  });
});

/**
 * Round sixteen: labelled and committed (8ecdac9) before the audit first ran on it (LangChain4j's examples, Java and Maven:
 * module POMs, provider examples setting models through constants, Ollama tests on Testcontainers, a Payara MicroProfile
 * app, the GPULlama3.java and Jlama runtimes and a RAG sample text about the animal; EleutherAI's lm-evaluation-harness: a
 * Mistral 3 backend, its LiteLLM backend, the Llama-formatted eval tasks, an AfroBench run script, an OLMo tokenizer test
 * and the CLI and Python API docs; Haystack: `OpenAIChatGenerator`'s code and the Meta Llama API, Fallback, Bedrock, vLLM,
 * LiteLLM, Together AI and watsonx generator docs), then scored once against main 238d953 (round fifteen landed, after
 * auditfix10's residue fixes); no detector or label was changed after. These are its first-run figures: recall 91/141
 * (0.65), precision 91/115 (0.79), 24 of 188 decoys reported, no reported line without a label. The floors are those
 * figures: it may miss only the listed lines and report only the listed decoys, so any change shows here. The README
 * gives each miss and decoy by cause. Most misses are code for one family's API that names no model id (the Meta Llama
 * API integration's module, class and package, 17; LangChain4j's Gemini and Mistral classes and Maven artifacts, 4) and
 * GPT-2 in the harness's `pretrained=gpt2` snippets (13); most reported decoys are one list, Haystack's
 * `SUPPORTED_MODELS` (16 of the 24).
 */
describe("audit on round sixteen (held out, first run)", () => {
  const roundSixteen = [...roundSixteenRepositories];
  const score = scoreRepositories(roundSixteen);
  const firstRunMisses = [
    "EleutherAI__lm-evaluation-harness/docs/interface.md:36 gpt",
    "EleutherAI__lm-evaluation-harness/docs/interface.md:39 gpt",
    "EleutherAI__lm-evaluation-harness/docs/interface.md:42 gpt",
    "EleutherAI__lm-evaluation-harness/docs/interface.md:62 gpt",
    "EleutherAI__lm-evaluation-harness/docs/interface.md:68 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:169 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:200 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:26 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:332 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:46 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:61 gpt",
    "EleutherAI__lm-evaluation-harness/docs/python-api.md:81 gpt",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/litellm_llms.py:8 claude",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/mistral3.py:32 mistral",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/mistral3.py:33 mistral",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/mistral3.py:8 mistral",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/mistral3.py:9 mistral",
    "EleutherAI__lm-evaluation-harness/lm_eval/tasks/afrobench/sample_run_scripts/run_afrobench_lite.sh:12 llama",
    "EleutherAI__lm-evaluation-harness/lm_eval/tasks/afrobench/sample_run_scripts/run_afrobench_lite.sh:13 llama",
    "EleutherAI__lm-evaluation-harness/lm_eval/tasks/toksuite/README.md:193 gpt",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:100 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:101 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:104 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:113 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:114 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:117 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:132 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:133 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:162 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:163 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:193 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:22 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:57 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:58 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:73 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:84 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:87 llama",
    "langchain4j__langchain4j-examples/anthropic-examples/src/main/java/AnthropicChatModelTest.java:57 claude",
    "langchain4j__langchain4j-examples/google-ai-gemini-examples/pom.xml:21 gemini",
    "langchain4j__langchain4j-examples/google-ai-gemini-examples/src/main/java/dev/langchain4j/example/gemini/Example01_SimpleChat.java:15 gemini",
    "langchain4j__langchain4j-examples/google-ai-gemini-examples/src/main/java/dev/langchain4j/example/gemini/Example01_SimpleChat.java:19 gemini",
    "langchain4j__langchain4j-examples/google-ai-gemini-examples/src/main/java/dev/langchain4j/example/gemini/Example01_SimpleChat.java:20 gemini",
    "langchain4j__langchain4j-examples/google-ai-gemini-examples/src/main/java/dev/langchain4j/example/gemini/Example01_SimpleChat.java:4 gemini",
    "langchain4j__langchain4j-examples/mistral-ai-examples/pom.xml:21 mistral",
    "langchain4j__langchain4j-examples/mistral-ai-examples/src/main/java/MistralAiChatModelExamples.java:14 mistral",
    "langchain4j__langchain4j-examples/ollama-examples/src/main/java/utils/AbstractOllamaInfrastructure.java:10 llama",
    "langchain4j__langchain4j-examples/open-ai-examples/src/main/java/OpenAiChatModelExamples.java:21 gpt",
    "langchain4j__langchain4j-examples/open-ai-examples/src/main/java/OpenAiChatModelExamples.java:36 gpt",
    "langchain4j__langchain4j-examples/payara-micro-example/src/main/java/dev/langchain4j/example/resource/DeepSeekChatModelResource.java:18 deepseek",
    "langchain4j__langchain4j-examples/payara-micro-example/src/main/resources/META-INF/microprofile-config.properties:5 gemini",
  ];
  const firstRunDecoys = [
    "EleutherAI__lm-evaluation-harness/docs/interface.md:175 qwen",
    "EleutherAI__lm-evaluation-harness/lm_eval/models/mistral3.py:52 mistral",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/litellmchatgenerator.mdx:17 claude",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/litellmchatgenerator.mdx:36 claude",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/metallamachatgenerator.mdx:20 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/togetheraigenerator.mdx:155 llama",
    "deepset-ai__haystack/docs-website/docs/pipeline-components/generators/togetheraigenerator.mdx:78 llama",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:101 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:102 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:103 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:104 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:105 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:106 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:107 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:108 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:109 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:110 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:111 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:112 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:113 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:114 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:115 gpt",
    "deepset-ai__haystack/haystack/components/generators/chat/openai.py:116 gpt",
    "langchain4j__langchain4j-examples/gpullama3.java-example/src/main/java/GPULlama3ChatModelExample.java:53 llama",
  ];
  const firstRunUnlabelled: readonly string[] = [
    "charmbracelet__mods/config_template.yml:73 gpt",
  ];

  itPinsFirstRun("round sixteen", roundSixteen, score, { dependencies: 141, decoys: 188, found: 91, reported: 115, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After round sixteen's fixes (auditfix12, 2026-12-07): recall 140/141 (0.99), precision 140/141 (0.99), 1 of 188 decoys
   * reported, no line without a label. Fixed by shape, for every family: a harness's `pretrained` argument
   * (`--model_args pretrained=gpt2`, `HFLM(pretrained="gpt2")`, `{"pretrained": "gpt2"}`); a framework's integration named
   * for vendor and family (`MetaLlamaChatGenerator`, `GoogleAiGeminiChatModel`, `….meta_llama` imports, `meta-llama-haystack`
   * where installed, `langchain4j-mistral-ai` in a Maven `<dependency>`); vendor keys with an owner word and AI
   * (`GOOGLE_AI_GEMINI_API_KEY`), as dotted properties (`deepseek.api.key`) and unquoted `${GEMINI_KEY}` placeholders; a model
   * set from a constant named after a checkpoint (`.modelName(GPT_4_O_MINI)`, `MODEL_NAME = LLAMA_3_1`); a command under a
   * docstring's `Usage:` heading; a backend registered for one architecture (`@register_model("hf-mistral3")`, its class); a
   * repo named with the family word run into another word (`AfroLlama_V1`). No longer reported: a list constant named for
   * what code supports (`SUPPORTED_MODELS`), sample-output comments (`# >> …`), key variables given as examples among
   * others, an error message's string on its own line, a family's port named with its language (`llama3.java`), a link
   * given as an example ("For example, see [Qwen3-32B's tokenizer_config.json](…)").
   * Still missed (1): `LLaMAX/LLaMAX3-8B-Alpaca` (the stylised family word run into `X3`; `LlamaIndex` has the same shape).
   * Still reported (1): the "API reference" table row linking "[Meta Llama API](…)" (read as the family's API, as "Meta
   * Llama API" in the component's description is); no longer after auditfix14 (link text to a page of the same docs site).
   */
  it("after the fixes, misses and reports exactly the listed lines, and no line the guide leaves unlabelled", () => {
    const afterFixMisses = [
      "EleutherAI__lm-evaluation-harness/lm_eval/tasks/afrobench/sample_run_scripts/run_afrobench_lite.sh:13 llama",
    ];
    // The "API reference" row's link to a docs page is no longer read as the family's API (auditfix14).
    const afterFixDecoys: string[] = [];
    expectAfterFix(score, { found: 140, misses: afterFixMisses, reported: afterFixDecoys });
    expect([...score.decoysReported].sort()).toEqual([...afterFixDecoys].sort());
  });
});

/**
 * Round seventeen: labelled and committed (61c2964) before the audit first ran on it (Semantic Kernel's .NET samples: a
 * model router, a Bedrock model menu, Hugging Face Llama 2, ONNX Phi-3, Ollama, the Mistral and Gemini connectors and two
 * demo READMEs; smol-course: course units on SFT, DPO, LoRA and VLMs, an evaluation project's script and README, a
 * synthetic-preference page; any-llm: its Llama API and llamafile providers, provider enum, `pyproject.toml` extras, Groq
 * provider tests, README and quickstart), then scored once against main 31fc006 (rounds fifteen and sixteen and their
 * fixes landed); no detector was changed after. As labelled the run read recall 72/103, precision 72/109, 22 of 131
 * decoys, 15 unlabelled lines. The lead then ruled that rounds twelve and fifteen's rules stand (a provider's class,
 * module, enum members and name string for one family's API are dependencies: 10 decoys became dependencies) and that
 * a vendor's own SDK and key without a family word are read by the vendor-API rule (17 labels added). These are the
 * same run's figures restated: recall 85/122 (0.70), precision 85/109 (0.78), 22 of 129 decoys reported, and 2 reported
 * lines without a label (`google-genai`, Google's general SDK, unlabelled as in every earlier round; for the lead to
 * settle). The floors are those figures: it may
 * miss only the listed lines and report only the listed decoys and unlabelled lines, so any change shows here. The README
 * gives each miss and decoy by cause.
 */
describe("audit on round seventeen (held out, first run)", () => {
  const roundSeventeen = [...roundSeventeenRepositories];
  const score = scoreRepositories(roundSeventeen);
  const firstRunMisses = [
    "huggingface__smol-course/v1/4_evaluation/project/README.md:38 llama",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:29 gemini",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:50 gemini",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:17 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:28 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:39 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:5 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:50 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/MistralAI_ChatPrompt.cs:73 mistral",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:121 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:125 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:23 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:27 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:72 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Onnx_ChatCompletionStreaming.cs:76 phi",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/TextGeneration/HuggingFace_TextGeneration.cs:72 llama",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/TextGeneration/HuggingFace_TextGeneration.cs:78 llama",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:223 claude",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:224 claude",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:225 claude",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:226 claude",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:228 command",
    "microsoft__semantic-kernel/dotnet/samples/Demos/AmazonBedrockModels/Program.cs:229 command",
    "mozilla-ai__any-llm/README.md:136 mistral",
    "mozilla-ai__any-llm/README.md:158 mistral",
    "mozilla-ai__any-llm/README.md:46 mistral",
    "mozilla-ai__any-llm/docs/quickstart.md:129 mistral",
    "mozilla-ai__any-llm/docs/quickstart.md:232 mistral",
    "mozilla-ai__any-llm/docs/quickstart.md:50 mistral",
    "mozilla-ai__any-llm/docs/quickstart.md:78 mistral",
    "mozilla-ai__any-llm/pyproject.toml:24 grok",
    "mozilla-ai__any-llm/src/any_llm/providers/llama/llama.py:16 llama",
    "mozilla-ai__any-llm/src/any_llm/constants.py:44 deepseek",
    "mozilla-ai__any-llm/src/any_llm/constants.py:46 gemini",
    "mozilla-ai__any-llm/src/any_llm/constants.py:53 llama",
    "mozilla-ai__any-llm/src/any_llm/constants.py:58 mistral",
    "mozilla-ai__any-llm/src/any_llm/providers/llama/llama.py:17 llama",
  ];
  const firstRunDecoys = [
    "huggingface__smol-course/units/en/unit1/3.md:349 gpt",
    "huggingface__smol-course/units/en/unit1/4.md:1064 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:1249 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:761 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:764 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:788 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:792 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:796 qwen",
    "huggingface__smol-course/units/en/unit1/4.md:800 qwen",
    "huggingface__smol-course/units/en/unit1/5.md:67 qwen",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:20 gemini",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:51 gemini",
    "microsoft__semantic-kernel/dotnet/samples/Concepts/TextGeneration/HuggingFace_TextGeneration.cs:85 llama",
    "mozilla-ai__any-llm/README.md:57 claude",
    "mozilla-ai__any-llm/docs/quickstart.md:48 mistral",
    "mozilla-ai__any-llm/docs/quickstart.md:73 mistral",
    "mozilla-ai__any-llm/pyproject.toml:142 qwen",
    "mozilla-ai__any-llm/pyproject.toml:24 deepseek",
    "mozilla-ai__any-llm/pyproject.toml:24 llama",
    "mozilla-ai__any-llm/pyproject.toml:24 qwen",
    "mozilla-ai__any-llm/pyproject.toml:39 claude",
    "mozilla-ai__any-llm/pyproject.toml:63 command",
  ];
  // The two lines reported without a label at first (`google-genai` in the `gemini` and `vertexai` extras) were ruled
  // Gemini dependencies afterwards (fixture README, "Round seventeen: the lead's ruling on google-genai"): found then.
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round seventeen", roundSeventeen, score, { dependencies: 124, decoys: 129, found: 87, reported: 109, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After round seventeen's fixes (auditfix13, 2026-12-07): fixed by shape, for every family: a .NET connector's namespace
   * (`using ….Connectors.MistralAI;`), service and settings classes (`MistralAIChatCompletionService`,
   * `MistralAIPromptExecutionSettings`) and registrations (`AddGoogleAIGeminiChatCompletion(`, `AddVertexAIGeminiChatCompletion(`); a Bedrock id in its own grammar,
   * vendor prefix and `-vN` revision, where the family word carries no version (`anthropic.claude-v2`, `cohere.command-text-v14`); a provider chosen by name, as a keyword argument
   * (`provider="mistral"`) or given to a client factory (`AnyLLM.create("mistral")`); a Python enum of providers
   * (`class LLMProvider(StrEnum):` then `MISTRAL = "mistral"`); the API's endpoint variable beside its key (`LLAMA_API_BASE`).
   * No longer reported: a TOML key opening an array (`anthropic = []`, `cohere = [`: an extra's name, not a package); a
   * dataset split named after the model that generated it, lower-case words on both sides (`smoltalk_…_Qwen3_32B_think`).
   * Figures: recall 111/122 (0.91), precision 111/125 (0.89), 12 of 129 decoys, 2 unlabelled lines.
   * Every other first-run miss and every first-run decoy and unlabelled line stands.
   *
   * The leftovers (auditfix14), each rule unit-tested for every family: found now, a value in a doc comment's
   * configuration table (`<term>ModelId:</term>` then `<description>phi-3</description>`), "this example uses …", a
   * numbered step visiting the model's page for access, a provider class's `PROVIDER_NAME = "llama"`, "For example, we …
   * using Llama-3.1-70B" (the authors' own run), and an `all` extra listing the project's own extras read through their
   * arrays (`xai` installs `xai-sdk`). No longer reported: the empty extras in that list and in the README's install of
   * the project, error messages naming a key on the raising call's line, capitalised split names
   * (`LongAlign_64k_Qwen3_32B_…`), settings property paths (`TestConfiguration.GoogleAI.Gemini.ModelId`), a console title
   * between rules, a Hub dataset page's link text. Figures: recall 122/122 (1.00), precision 122/124 (0.98), 0 of 129
   * decoys, the 2 unlabelled `google-genai` lines.
   */
  it("after the fixes, misses and reports exactly the listed lines", () => {
    const afterFixMisses: string[] = [];
    const noLongerReported = [
      "mozilla-ai__any-llm/pyproject.toml:39 claude",
      "mozilla-ai__any-llm/pyproject.toml:63 command",
      "mozilla-ai__any-llm/pyproject.toml:142 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:1064 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:1249 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:788 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:792 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:796 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:800 qwen",
      "huggingface__smol-course/units/en/unit1/5.md:67 qwen",
      // Round seventeen's leftovers (auditfix14).
      "mozilla-ai__any-llm/pyproject.toml:24 deepseek",
      "mozilla-ai__any-llm/pyproject.toml:24 llama",
      "mozilla-ai__any-llm/pyproject.toml:24 qwen",
      "mozilla-ai__any-llm/README.md:57 claude",
      "mozilla-ai__any-llm/docs/quickstart.md:48 mistral",
      "mozilla-ai__any-llm/docs/quickstart.md:73 mistral",
      "huggingface__smol-course/units/en/unit1/4.md:761 qwen",
      "huggingface__smol-course/units/en/unit1/4.md:764 qwen",
      "huggingface__smol-course/units/en/unit1/3.md:349 gpt",
      "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:20 gemini",
      "microsoft__semantic-kernel/dotnet/samples/Concepts/ChatCompletion/Google_GeminiChatCompletion.cs:51 gemini",
      "microsoft__semantic-kernel/dotnet/samples/Concepts/TextGeneration/HuggingFace_TextGeneration.cs:85 llama",
    ];
    const afterFixDecoys = firstRunDecoys.filter((decoy) => !noLongerReported.includes(decoy));
    expect(afterFixDecoys.length).toBe(0);
    expectAfterFix(score, { found: 124, misses: afterFixMisses, reported: [...afterFixDecoys, ...firstRunUnlabelled] });
    expect([...score.decoysReported].sort()).toEqual([...afterFixDecoys].sort());
  });
});

/**
 * Round eighteen: labelled and committed (46872b8) before the audit first ran on it (E2B's Fragments, a Next.js app: its
 * `models.json` registry of 65 models over eleven providers, AI SDK provider routing, env template, default model and
 * README; mistral.rs, a Rust inference engine named after a family: Python examples for Gemma 3, DeepSeek-R1, gpt-oss,
 * Phi-3.5 vision, Qwen3, Mistral Small, Granite 4.0, Llama 4 and LoRA on Qwen2.5, its CLI TOML and multi-model JSON
 * configs; LeaderWorkerSet: llama.cpp, SGLang, vLLM and TensorRT-LLM manifests, images, a build script and docs), then
 * scored once against main ba226be (round seventeen's fixes landed); no detector or label was changed after. These are
 * its first-run figures: recall 127/156 (0.81), precision 127/151 (0.84), 22 of 154 decoys reported, and 2 reported lines
 * without a label (Gemma's turn tokens in the TensorRT-LLM page's request and sample output, which carry no family word and
 * were not found by the labeller's family-word search); restated under the lead's ruling on those two (request a Gemma
 * dependency, sample output a Gemma decoy): 128/157 (0.82), 128/151 (0.85), 23 of 155, no unlabelled line. The floors are those figures: it may
 * miss only the listed lines and report only the listed decoys and unlabelled lines, so any change shows here. The README
 * gives each miss and decoy by cause.
 */
describe("audit on round eighteen (held out, first run)", () => {
  const roundEighteen = [...roundEighteenRepositories];
  const score = scoreRepositories(roundEighteen);
  const firstRunMisses = [
    "EricLBuehler__mistral.rs/examples/python/deepseekr1.py:6 deepseek",
    "EricLBuehler__mistral.rs/examples/python/gpt_oss.py:15 gpt",
    "EricLBuehler__mistral.rs/examples/python/granite.py:12 granite",
    "EricLBuehler__mistral.rs/examples/python/granite.py:19 granite",
    "EricLBuehler__mistral.rs/examples/python/phi3v.py:6 phi",
    "e2b-dev__fragments/lib/models.json:223 mistral",
    "e2b-dev__fragments/lib/models.json:230 mistral",
    "e2b-dev__fragments/lib/models.json:237 mistral",
    "e2b-dev__fragments/lib/models.json:244 mistral",
    "e2b-dev__fragments/lib/models.json:251 mistral",
    "e2b-dev__fragments/lib/models.json:258 mistral",
    "e2b-dev__fragments/lib/models.json:265 mistral",
    "e2b-dev__fragments/lib/models.json:272 mistral",
    "e2b-dev__fragments/lib/models.json:279 mistral",
    "e2b-dev__fragments/lib/models.json:433 deepseek",
    "e2b-dev__fragments/lib/models.ts:37 mistral",
    "e2b-dev__fragments/lib/models.ts:67 deepseek",
    "e2b-dev__fragments/package.json:16 mistral",
    "kubernetes-sigs__lws/docs/examples/llamacpp/docker-bake.hcl:23 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/images/bartowski/Dockerfile:12 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/images/bartowski/Dockerfile:14 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/images/bartowski/Dockerfile:8 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/images/bartowski/Dockerfile:9 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/k8s/lws.yaml:13 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/k8s/lws.yaml:17 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/k8s/lws.yaml:34 llama",
    "kubernetes-sigs__lws/docs/examples/llamacpp/k8s/lws.yaml:4 llama",
    "kubernetes-sigs__lws/docs/examples/tensorrt-llm/build/install_model.sh:31 llama",
    "kubernetes-sigs__lws/docs/examples/tensorrt-llm/build/install_model.sh:9 llama",
  ];
  const firstRunDecoys = [
    "e2b-dev__fragments/README.md:220 mistral",
    "e2b-dev__fragments/lib/models.json:222 mistral",
    "e2b-dev__fragments/lib/models.json:229 mistral",
    "e2b-dev__fragments/lib/models.json:236 mistral",
    "e2b-dev__fragments/lib/models.json:243 mistral",
    "e2b-dev__fragments/lib/models.json:250 mistral",
    "e2b-dev__fragments/lib/models.json:257 mistral",
    "e2b-dev__fragments/lib/models.json:264 mistral",
    "e2b-dev__fragments/lib/models.json:271 mistral",
    "e2b-dev__fragments/lib/models.json:278 mistral",
    "e2b-dev__fragments/lib/models.json:28 gpt",
    "e2b-dev__fragments/lib/models.json:294 kimi",
    "e2b-dev__fragments/lib/models.json:343 kimi",
    "e2b-dev__fragments/lib/models.json:35 gpt",
    "e2b-dev__fragments/lib/models.json:42 gpt",
    "e2b-dev__fragments/lib/models.json:432 deepseek",
    "e2b-dev__fragments/lib/models.json:49 gpt",
    "e2b-dev__fragments/lib/models.json:7 gpt",
    "e2b-dev__fragments/lib/models.json:77 gpt",
    "e2b-dev__fragments/lib/models.json:91 gpt",
    "kubernetes-sigs__lws/site/content/en/docs/examples/sglang.md:85 llama",
    "kubernetes-sigs__lws/site/content/en/docs/examples/vllm.md:89 llama",
    "kubernetes-sigs__lws/site/content/en/docs/examples/tensorrt-llm.md:89 gemma",
  ];
  // As labelled, the TensorRT-LLM page's Gemma turn tokens (tensorrt-llm.md 69 and 89) were reported without a label
  // (127/156, 127/151, 22 of 154); the lead then labelled 69, the request body's hard-coded `<start_of_turn>` tokens, a
  // Gemma dependency (template-token rule) and 89, the sample output, a Gemma decoy, so the same run reads 128/157,
  // 128/151, 23 of 155.
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round eighteen", roundEighteen, score, { dependencies: 157, decoys: 155, found: 128, reported: 151, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After round eighteen's fixes (auditfix18, 2026-12-07): fixed by shape, for every family: an engine's architecture enum
   * member (`arch=Architecture.DeepseekV3`, `MultimodalArchitecture.Phi3V`); a family's lower-case word as the whole model
   * value of a request in code (`model="granite"`); a registry's `"providerId": "mistral"`; a client factory table's key
   * named for a family (`mistral: () => createMistral(…)`); `@ai-sdk/<family>` provider packages; a name joined to a
   * family-named runtime's (`llamacpp-llama3-8b-instruct-…`: the model after the runtime's part); GGUF/safetensors weights a
   * build step makes, enters or downloads (`mkdir`/`WORKDIR …-GGUF`, `curl -o ….gguf`); an engine's recipe folder
   * (`cd tensorrt_llm/examples/llama`). No longer reported: a registry entry's shown names (`"name"`, and `"provider"` beside
   * `"providerId"`); docs blocks introduced as sample output ("The output should be similar to the following"); a docs
   * block whose fields the sentence after it explains ("Where id is the model id, …"). Figures: recall 157/157 (1.00),
   * precision 157/157 (1.00), 0 of 155 decoys.
   */
  it("after the fixes, misses and reports exactly the listed lines", () => {
    expect(score.decoysReported).toEqual([]);
    expectAfterFix(score, { found: 157, misses: [], reported: [] });
  });
});

/**
 * Round nineteen: labelled and committed (fbbbe80) before the audit first ran on it (charmbracelet/mods, a Go CLI's
 * provider config, go.mod, SDK clients and provider selection; unslothai/notebooks, Phi-4 and Qwen3 fine-tuning notebooks;
 * VoltAgent's TypeScript agent examples), then scored once against main 740b999 (round eighteen's first run landed); no
 * detector or label was changed after. These are its first-run figures: recall 226/257
 * (0.88), precision 226/250 (0.90), 23 of 159 decoys reported, and 1 reported line without a label (`base-url:
 * https://api.openai.com/v1` in mods' config, reported as GPT: the labeller searched for family words, vendor SDKs and the
 * hosts the vendor-API rule names, which do not include OpenAI's; for the lead to settle). The floors are those figures: it
 * may miss only the listed lines and report only the listed decoys and unlabelled line, so any change shows here. The
 * README gives each miss and decoy by cause.
 */
describe("audit on round nineteen (held out, first run)", () => {
  const roundNineteen = [...roundNineteenRepositories];
  const score = scoreRepositories(roundNineteen);
  const firstRunMisses = [
    "charmbracelet__mods/config_template.yml:118 gpt",
    "charmbracelet__mods/config_template.yml:126 gpt",
    "charmbracelet__mods/config_template.yml:127 gpt",
    "charmbracelet__mods/config_template.yml:188 gemini",
    "charmbracelet__mods/config_template.yml:191 gemini",
    "charmbracelet__mods/config_template.yml:239 llama",
    "charmbracelet__mods/config_template.yml:249 mistral",
    "charmbracelet__mods/config_template.yml:258 mistral",
    "charmbracelet__mods/config_template.yml:259 mistral",
    "charmbracelet__mods/config_template.yml:265 qwen",
    "charmbracelet__mods/config_template.yml:269 llama",
    "charmbracelet__mods/config_template.yml:273 llama",
    "charmbracelet__mods/config_template.yml:318 llama",
    "charmbracelet__mods/config_template.yml:342 llama",
    "charmbracelet__mods/config_template.yml:382 gpt",
    "charmbracelet__mods/config_template.yml:383 gpt",
    "charmbracelet__mods/config_template.yml:402 mistral",
    "charmbracelet__mods/config_template.yml:415 deepseek",
    "charmbracelet__mods/config_template.yml:88 gpt",
    "charmbracelet__mods/config_template.yml:92 gpt",
    "charmbracelet__mods/config_template.yml:96 gpt",
    "charmbracelet__mods/go.mod:22 command",
    "charmbracelet__mods/go.mod:7 claude",
    "charmbracelet__mods/internal/anthropic/anthropic.go:10 claude",
    "charmbracelet__mods/internal/anthropic/anthropic.go:11 claude",
    "charmbracelet__mods/internal/anthropic/anthropic.go:86 claude",
    "charmbracelet__mods/internal/anthropic/anthropic.go:9 claude",
    "charmbracelet__mods/internal/cohere/cohere.go:13 command",
    "charmbracelet__mods/internal/cohere/cohere.go:14 command",
    "charmbracelet__mods/internal/cohere/cohere.go:15 command",
    "charmbracelet__mods/internal/cohere/cohere.go:16 command",
  ];
  const firstRunDecoys = [
    "charmbracelet__mods/config.go:35 gpt",
    "charmbracelet__mods/config_template.yml:140 gpt",
    "charmbracelet__mods/config_template.yml:82 gpt",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:2:11 gpt",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:2:7 gpt",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:35:4 phi",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:37:10 phi",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:10 phi",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:11 phi",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:12 gemma",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:13 qwen",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:14 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:15 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:16 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:17 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:8 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:6:9 mistral",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:9:11 llama",
    "unslothai__notebooks/nb/Phi_4-Conversational.ipynb:9:11 phi",
    "unslothai__notebooks/nb/Qwen3_(4B)-GRPO.ipynb:2:11 gpt",
    "unslothai__notebooks/nb/Qwen3_(4B)-GRPO.ipynb:2:7 gpt",
    "unslothai__notebooks/nb/Qwen3_(4B)-GRPO.ipynb:75:1 qwen",
    "unslothai__notebooks/nb/Qwen3_(4B)-GRPO.ipynb:75:8 llama",
  ];
  // As labelled, mods' `base-url: https://api.openai.com/v1` (config_template.yml 73) was reported without a label (226/257,
  // 226/250); the lead then labelled it a GPT dependency by round seven's host rule, so the same run reads 227/258, 227/250.
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round nineteen", roundNineteen, score, { dependencies: 258, decoys: 159, found: 227, reported: 250, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After round nineteen's fixes (auditfix19, 2026-12-07), each shape unit-tested for every family: found now, the keys of a
   * YAML `models:` mapping of model entries, their `aliases:` and `fallback:` (where a model is expected, so `gpt-3.5`,
   * `gpt5mini`, `mixtral`, `llama-guard` name the family), a second family's word in such a name (`r1-llama`), a family-named
   * provider key over `models:` (`mistral:`), and a single-family vendor's Go SDK (`anthropic-sdk-go`, `cohere-go` in
   * `go.mod` and imports, `anthropic.NewClient(`). No longer reported: code under `if False:`, a list whose comment above says
   * what is supported (`fourbit_models`), a table of help texts (`var help = map[string]string{`), a comment heading naming a
   * series, a speed claim, link text in a bullet-joined row of links, "We support `…`", a list item linking to another
   * notebook, a weights file named like a variable (`qwen_finetune.Q8_0.gguf`). Figures: recall 258/258, precision 258/258,
   * 0 of 159 decoys.
   */
  it("after the fixes, misses and reports exactly the listed lines", () => {
    const afterFixMisses: string[] = [];
    const afterFixDecoys: string[] = [];
    expectAfterFix(score, { found: 258, misses: afterFixMisses, reported: afterFixDecoys });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round twenty: labelled and committed (54f4ac8) before the audit first ran on it (Snowflake-Labs/sf-samples, SQL and Snowpark
 * samples calling models through Snowflake Cortex COMPLETE, Streamlit-in-Snowflake apps and ML Jobs fine-tuning configs;
 * brainlid/langchain, an Elixir LLM library's Bumblebee template formats, Llama tool-call parsers, provider mapping, notebooks
 * and README; stanfordnlp/dspy, DSPy's docs, LM client routing and Ollama CI job), then scored once against main e190df0
 * (detectors as at cf46164, round nineteen's ruling landed); no detector or label was changed after. These are its first-run
 * figures: recall 122/132 (0.92), precision 122/150 (0.81), 26 of 146 decoys reported, and 2 reported lines without a label
 * (DSPy's FAQ line 14, "compiled into … instructions for `GPT-4`, detailed prompts for `Llama2-13b`": the labeller missed the
 * line; by the guide both are remarks on what DSPy can target, decoys; for the lead). The floors are those figures: it may
 * miss only the listed lines and report only the listed decoys and unlabelled lines, so any change shows here. The README
 * gives each miss and decoy by cause.
 */
describe("audit on round twenty (held out, first run)", () => {
  const roundTwenty = [...roundTwentyRepositories];
  const score = scoreRepositories(roundTwenty);
  const firstRunMisses = [
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/llm_finetune/scripts/generate_data.py:12 llama",
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/llm_finetune/scripts/generate_data.py:184 llama",
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/rl_finetuning/data_synthesis/README.md:35 claude",
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/rl_finetuning/fullweight/src/requirements.txt:52 gpt",
    "Snowflake-Labs__sf-samples/samples/snowfake-cortex/llm-inference-blog/cortex_sis.py:8 gemma",
    "Snowflake-Labs__sf-samples/samples/snowfake-cortex/llm-inference-blog/cortex_sis.py:8 llama",
    "Snowflake-Labs__sf-samples/samples/snowfake-cortex/llm-inference-blog/cortex_sis.py:8 mistral",
    "brainlid__langchain/README.md:149 grok",
    "stanfordnlp__dspy/dspy/adapters/types/citation.py:23 claude",
    "stanfordnlp__dspy/dspy/adapters/types/citation.py:46 claude",
  ];
  const firstRunDecoys = [
    "stanfordnlp__dspy/docs/docs/faqs.md:14 gpt",
    "stanfordnlp__dspy/docs/docs/faqs.md:14 llama",
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/llm_finetune/scripts/generate_data.py:147 llama",
    "Snowflake-Labs__sf-samples/samples/ml/ml_jobs/rl_finetuning/fullweight/src/config.yaml:56 qwen",
    "brainlid__langchain/README.md:12 gpt",
    "brainlid__langchain/README.md:12 kimi",
    "brainlid__langchain/README.md:15 kimi",
    "brainlid__langchain/README.md:174 gpt",
    "brainlid__langchain/README.md:174 kimi",
    "brainlid__langchain/README.md:201 kimi",
    "brainlid__langchain/README.md:328 llama",
    "brainlid__langchain/README.md:330 llama",
    "brainlid__langchain/lib/chat_models/chat_bumblebee.ex:51 llama",
    "brainlid__langchain/lib/chat_models/chat_bumblebee.ex:77 llama",
    "stanfordnlp__dspy/.github/workflows/run_tests.yml:205 llama",
    "stanfordnlp__dspy/docs/docs/api/utils/context.md:36 gpt",
    "stanfordnlp__dspy/docs/docs/api/utils/context.md:78 claude",
    "stanfordnlp__dspy/docs/docs/api/utils/context.md:80 claude",
    "stanfordnlp__dspy/docs/docs/api/utils/context.md:83 gpt",
    "stanfordnlp__dspy/docs/docs/getting-started/gepa-optimization.md:13 gpt",
    "stanfordnlp__dspy/docs/docs/learn/programming/language_models.md:131 mistral",
    "stanfordnlp__dspy/docs/docs/learn/programming/language_models.md:132 llama",
    "stanfordnlp__dspy/docs/docs/learn/programming/language_models.md:193 gpt",
    "stanfordnlp__dspy/docs/docs/learn/programming/language_models.md:194 gpt",
    "stanfordnlp__dspy/docs/docs/learn/programming/language_models.md:79 gemini",
    "stanfordnlp__dspy/docs/docs/tutorials/deployment/index.md:71 gpt",
    "stanfordnlp__dspy/dspy/clients/lm.py:129 gpt",
    "stanfordnlp__dspy/dspy/clients/lm.py:343 gpt",
  ];
  // As labelled, DSPy's FAQ line 14 was reported without a label (26 of 146 decoys); the lead then labelled both families
  // there decoys (remarks on what DSPy can target), so the same run reads 28 of 148 decoys.
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round twenty", roundTwenty, score, { dependencies: 132, decoys: 148, found: 122, reported: 150, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After round twenty's fixes (auditfix20, 2026-12-07), each shape unit-tested for every family: found now, a list named
   * "supported" passed as a picker's options (`st.selectbox(…, supported_llms)`), a docstring's `Usage:` command run by an
   * interpreter (`python gen.py --model …`) and its fenced `Examples:` snippet, a help text's `(default: …)`, and
   * `openai-harmony` installed, an Elixir `alias …ChatGrok` of a family's chat module. No longer reported: the comment after a print statement, a message string giving an id
   * "e.g." or after "For example, ", a bold "Supported …:" label's list, "Some examples:" lists, "Possible Output" blocks,
   * "built-in support for" / "is only supported for" / "covers …, including" sentences, `O1-style` compounds, CI cache keys,
   * argparse epilogs and a serving registered under a module name. Figures: recall 131/132, precision 131/139, 8 of 148
   * decoys. The evening's residue fixes (2026-12-07) find "Uses … with Claude Sonnet by default" (Claude's tier without a
   * version in a sentence that says it is used), and report none of the eight: a YAML comment heading a block that sets the
   * same model, "Kimi K2" run on into a longer model name (not the notice), Elixir `@moduledoc` prose, targets a program "can
   * be compiled into … for", link text to a recorded talk, and where a model prefix routes: 132/132, no decoy.
   */
  it("after the fixes, misses and reports exactly the listed lines", () => {
    const afterFixMisses: string[] = [];
    const afterFixDecoys: string[] = [];
    expectAfterFix(score, { found: 132, misses: afterFixMisses, reported: afterFixDecoys });
  });
});

/**
 * Round twenty-one: three more repositories of kinds the set had none or little of, labelled by hand and
 * committed before any run (acon96/home-llm, a Home Assistant conversation integration's backends, per-model option overrides,
 * requirements, compose file, scripts, Gemma 3 training config and README; ml-explore/mlx-lm, Apple's MLX LM package docs,
 * examples and Gemma 4, Kimi K2 and GLM 4.7 tool-call parsers; JetBrains/koog, a Kotlin agent framework's Anthropic and Ollama
 * model registries, provider and executor code, examples and README), then scored once against main e190df0 (the detectors
 * round twenty was scored with); no detector or label was changed after. These are its first-run figures: recall 71/102 (0.70),
 * precision 71/78 (0.91), 7 of 199 decoys reported, no reported line without a label. The floors are those figures: it may miss
 * only the listed lines and report only the listed decoys, so any change shows here. The README gives each miss and decoy by
 * cause.
 */
describe("audit on round twenty-one (held out, first run)", () => {
  const roundTwentyOne = [...roundTwentyOneRepositories];
  const score = scoreRepositories(roundTwentyOne);
  const firstRunMisses = [
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/attachments/InstagramPostDescriber.kt:18 claude",
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/attachments/InstagramPostDescriber.kt:56 claude",
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/attachments/InstagramPostDescriber.kt:58 gemini",
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/structureddata/StructuredDataExample.kt:217 gpt",
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/structureddata/StructuredDataExample.kt:234 claude",
    "JetBrains__koog/examples/src/main/kotlin/ai/koog/agents/example/structureddata/StructuredDataExample.kt:241 claude",
    "JetBrains__koog/prompt/prompt-llm/src/commonMain/kotlin/ai/koog/prompt/llm/OllamaModels.kt:209 qwen",
    "acon96__home-llm/README.md:85 llama",
    "acon96__home-llm/README.md:87 phi",
    "acon96__home-llm/README.md:88 phi",
    "acon96__home-llm/custom_components/llama_conversation/const.py:239 gemma",
    "acon96__home-llm/custom_components/llama_conversation/const.py:242 gemma",
    "acon96__home-llm/custom_components/llama_conversation/const.py:243 gemma",
    "acon96__home-llm/custom_components/llama_conversation/const.py:319 mistral",
    "acon96__home-llm/custom_components/llama_conversation/const.py:326 mistral",
    "acon96__home-llm/custom_components/llama_conversation/manifest.json:16 claude",
    "acon96__home-llm/train/chat_templates/gemma3_withtools.j2:26 gemma",
    "acon96__home-llm/train/configs/gemma3-270m.yml:34 gemma",
    "ml-explore__mlx-lm/README.md:190 mistral",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:18 gemma",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:23 gemma",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:36 gemma",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:50 gemma",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:9 gemma",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/glm47.py:15 glm",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/glm47.py:17 glm",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/kimi_k2.py:16 kimi",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/kimi_k2.py:18 kimi",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/kimi_k2.py:20 kimi",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/kimi_k2.py:23 kimi",
    "ml-explore__mlx-lm/mlx_lm/tool_parsers/kimi_k2.py:24 kimi",
  ];
  const firstRunDecoys = [
    "acon96__home-llm/README.md:100 llama",
    "acon96__home-llm/README.md:100 qwen",
    "ml-explore__mlx-lm/mlx_lm/LORA.md:11 qwen",
    "ml-explore__mlx-lm/mlx_lm/LORA.md:75 mistral",
    "ml-explore__mlx-lm/mlx_lm/LORA.md:9 phi",
    "ml-explore__mlx-lm/mlx_lm/MANAGE.md:15 mistral",
    "ml-explore__mlx-lm/mlx_lm/MANAGE.md:21 mistral",
  ];
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round twenty-one", roundTwentyOne, score, { dependencies: 102, decoys: 199, found: 71, reported: 78, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix21, not independent: made with this round in view, each shape
   * unit-tested on synthetic input): recall 101/102 (0.99), precision 101/101 (1.00), 0 of 199 decoys reported. Fixed by
   * shape: tool-call tokens of Gemma 4, FunctionGemma, Kimi K2 and GLM and Gemma 3's image markers (also escaped with
   * `\\|`, not in code comments), functions named for one family's format, models picked from a model namespace and vendor
   * key properties, per-model settings tables, quoted pinned requirements, `--upload-repo` names; "(like …)" and wrapped
   * "For example" ids, "works with the following" lists and cache-management commands as not uses, and a published model's
   * base in parentheses before its Hub link ("1B v2 (Phi-1.5): [acon96/…](…)"), a bare family word as a registry entry's `id`
   * under its `provider`. Left: `_GEMMA4_STR` concatenated into the regex (a constant, not a token or a call).
   */
  it("after the fixes, misses only the listed lines and reports nothing that is not a dependency", () => {
    const afterFixMisses = ["ml-explore__mlx-lm/mlx_lm/tool_parsers/gemma4.py:18 gemma"];
    expectAfterFix(score, { found: 101, misses: afterFixMisses, reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round twenty-two: three repositories in languages the set had none of, labelled by hand and committed before any run
 * (tidyverse/ellmer, an R package's Mistral, DeepSeek, Claude-tools and Google-tools providers, DESCRIPTION, pkgdown index,
 * README and vignette; ahyatt/llm, an Emacs Lisp library's Claude, Gemini, Vertex, DeepSeek, llama.cpp, Ollama and GPT4All
 * providers and README.org; olimorris/codecompanion.nvim, a Neovim plugin's Lua HTTP and agent adapters, README and
 * configuration docs), then scored once against main 14b248d (the detectors of ac64cad, round twenty-one's fixes landed);
 * no detector or label was changed after (the lead's one ruling, README.org 57, came before the run). These are its
 * first-run figures: recall 50/214 (0.23), precision 50/60 (0.83), 9 of 355 decoys reported, and one reported line
 * without a label (`anthropic` as an adapter's name, which names the vendor only). The floors are those figures: it may
 * miss only the listed lines and report only the listed decoys, so any change shows here. The fixture README gives the
 * misses and decoys by cause.
 */
describe("audit on round twenty-two (held out, first run)", () => {
  const roundTwentyTwo = [...roundTwentyTwoRepositories];
  const score = scoreRepositories(roundTwentyTwo);
  const firstRunMisses = [
    "ahyatt__llm/README.org:100 claude",
    "ahyatt__llm/README.org:117 deepseek",
    "ahyatt__llm/README.org:77 gemini",
    "ahyatt__llm/llm-claude.el:116 claude",
    "ahyatt__llm/llm-claude.el:118 claude",
    "ahyatt__llm/llm-claude.el:120 claude",
    "ahyatt__llm/llm-claude.el:122 claude",
    "ahyatt__llm/llm-claude.el:129 claude",
    "ahyatt__llm/llm-claude.el:158 claude",
    "ahyatt__llm/llm-claude.el:159 claude",
    "ahyatt__llm/llm-claude.el:183 claude",
    "ahyatt__llm/llm-claude.el:203 claude",
    "ahyatt__llm/llm-claude.el:212 claude",
    "ahyatt__llm/llm-claude.el:215 claude",
    "ahyatt__llm/llm-claude.el:220 claude",
    "ahyatt__llm/llm-claude.el:225 claude",
    "ahyatt__llm/llm-claude.el:228 claude",
    "ahyatt__llm/llm-claude.el:229 claude",
    "ahyatt__llm/llm-claude.el:231 claude",
    "ahyatt__llm/llm-claude.el:233 claude",
    "ahyatt__llm/llm-claude.el:238 claude",
    "ahyatt__llm/llm-claude.el:294 claude",
    "ahyatt__llm/llm-claude.el:303 claude",
    "ahyatt__llm/llm-claude.el:305 claude",
    "ahyatt__llm/llm-claude.el:340 claude",
    "ahyatt__llm/llm-claude.el:342 claude",
    "ahyatt__llm/llm-claude.el:343 claude",
    "ahyatt__llm/llm-claude.el:344 claude",
    "ahyatt__llm/llm-claude.el:349 claude",
    "ahyatt__llm/llm-claude.el:35 claude",
    "ahyatt__llm/llm-claude.el:354 claude",
    "ahyatt__llm/llm-claude.el:358 claude",
    "ahyatt__llm/llm-claude.el:360 claude",
    "ahyatt__llm/llm-claude.el:362 claude",
    "ahyatt__llm/llm-claude.el:363 claude",
    "ahyatt__llm/llm-claude.el:365 claude",
    "ahyatt__llm/llm-claude.el:367 claude",
    "ahyatt__llm/llm-claude.el:37 claude",
    "ahyatt__llm/llm-claude.el:371 claude",
    "ahyatt__llm/llm-claude.el:374 claude",
    "ahyatt__llm/llm-claude.el:377 claude",
    "ahyatt__llm/llm-claude.el:387 claude",
    "ahyatt__llm/llm-claude.el:391 claude",
    "ahyatt__llm/llm-claude.el:397 claude",
    "ahyatt__llm/llm-claude.el:48 claude",
    "ahyatt__llm/llm-claude.el:52 claude",
    "ahyatt__llm/llm-claude.el:53 claude",
    "ahyatt__llm/llm-claude.el:56 claude",
    "ahyatt__llm/llm-claude.el:63 claude",
    "ahyatt__llm/llm-claude.el:65 claude",
    "ahyatt__llm/llm-claude.el:69 claude",
    "ahyatt__llm/llm-claude.el:71 claude",
    "ahyatt__llm/llm-claude.el:72 claude",
    "ahyatt__llm/llm-claude.el:74 claude",
    "ahyatt__llm/llm-claude.el:88 claude",
    "ahyatt__llm/llm-deepseek.el:106 deepseek",
    "ahyatt__llm/llm-deepseek.el:32 deepseek",
    "ahyatt__llm/llm-deepseek.el:36 deepseek",
    "ahyatt__llm/llm-deepseek.el:47 deepseek",
    "ahyatt__llm/llm-deepseek.el:49 deepseek",
    "ahyatt__llm/llm-deepseek.el:51 deepseek",
    "ahyatt__llm/llm-deepseek.el:57 deepseek",
    "ahyatt__llm/llm-deepseek.el:78 deepseek",
    "ahyatt__llm/llm-deepseek.el:86 deepseek",
    "ahyatt__llm/llm-deepseek.el:90 deepseek",
    "ahyatt__llm/llm-deepseek.el:92 deepseek",
    "ahyatt__llm/llm-deepseek.el:95 deepseek",
    "ahyatt__llm/llm-gemini.el:101 gemini",
    "ahyatt__llm/llm-gemini.el:102 gemini",
    "ahyatt__llm/llm-gemini.el:105 gemini",
    "ahyatt__llm/llm-gemini.el:108 gemini",
    "ahyatt__llm/llm-gemini.el:115 gemini",
    "ahyatt__llm/llm-gemini.el:119 gemini",
    "ahyatt__llm/llm-gemini.el:120 gemini",
    "ahyatt__llm/llm-gemini.el:121 gemini",
    "ahyatt__llm/llm-gemini.el:122 gemini",
    "ahyatt__llm/llm-gemini.el:127 gemini",
    "ahyatt__llm/llm-gemini.el:35 gemini",
    "ahyatt__llm/llm-gemini.el:37 gemini",
    "ahyatt__llm/llm-gemini.el:42 gemini",
    "ahyatt__llm/llm-gemini.el:43 gemini",
    "ahyatt__llm/llm-gemini.el:52 gemini",
    "ahyatt__llm/llm-gemini.el:56 gemini",
    "ahyatt__llm/llm-gemini.el:59 gemini",
    "ahyatt__llm/llm-gemini.el:60 gemini",
    "ahyatt__llm/llm-gemini.el:61 gemini",
    "ahyatt__llm/llm-gemini.el:62 gemini",
    "ahyatt__llm/llm-gemini.el:64 gemini",
    "ahyatt__llm/llm-gemini.el:65 gemini",
    "ahyatt__llm/llm-gemini.el:68 gemini",
    "ahyatt__llm/llm-gemini.el:74 gemini",
    "ahyatt__llm/llm-gemini.el:78 gemini",
    "ahyatt__llm/llm-gemini.el:79 gemini",
    "ahyatt__llm/llm-gemini.el:81 gemini",
    "ahyatt__llm/llm-gemini.el:82 gemini",
    "ahyatt__llm/llm-gemini.el:83 gemini",
    "ahyatt__llm/llm-gemini.el:85 gemini",
    "ahyatt__llm/llm-gemini.el:86 gemini",
    "ahyatt__llm/llm-gemini.el:88 gemini",
    "ahyatt__llm/llm-gemini.el:89 gemini",
    "ahyatt__llm/llm-gemini.el:91 gemini",
    "ahyatt__llm/llm-gemini.el:92 gemini",
    "ahyatt__llm/llm-gemini.el:97 gemini",
    "ahyatt__llm/llm-vertex.el:194 gemini",
    "ahyatt__llm/llm-vertex.el:232 gemini",
    "ahyatt__llm/llm-vertex.el:233 gemini",
    "ahyatt__llm/llm-vertex.el:234 gemini",
    "ahyatt__llm/llm-vertex.el:351 gemini",
    "ahyatt__llm/llm-vertex.el:93 gemini",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:104 claude",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:248 claude",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:264 claude",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:31 deepseek",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:314 claude",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:91 claude",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/deepseek.lua:246 deepseek",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/deepseek.lua:248 deepseek",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/deepseek.lua:253 deepseek",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/deepseek.lua:73 deepseek",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:163 kimi",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:190 kimi",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:7 kimi",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/mistral.lua:19 mistral",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/xai.lua:62 grok",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/xai.lua:64 grok",
    "tidyverse__ellmer/R/provider-claude-tools.R:22 claude",
    "tidyverse__ellmer/R/provider-claude-tools.R:23 claude",
    "tidyverse__ellmer/R/provider-claude-tools.R:27 claude",
    "tidyverse__ellmer/R/provider-claude-tools.R:82 claude",
    "tidyverse__ellmer/R/provider-claude-tools.R:83 claude",
    "tidyverse__ellmer/R/provider-claude-tools.R:86 claude",
    "tidyverse__ellmer/R/provider-deepseek.R:136 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:143 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:148 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:158 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:28 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:31 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:42 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:47 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:54 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:66 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:67 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:71 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:88 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:9 deepseek",
    "tidyverse__ellmer/R/provider-deepseek.R:96 deepseek",
    "tidyverse__ellmer/R/provider-google-tools.R:16 gemini",
    "tidyverse__ellmer/R/provider-google-tools.R:46 gemini",
    "tidyverse__ellmer/R/provider-mistral.R:120 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:136 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:144 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:145 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:155 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:24 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:27 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:43 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:48 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:6 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:61 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:62 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:66 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:76 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:85 mistral",
    "tidyverse__ellmer/R/provider-mistral.R:99 mistral",
  ];
  const firstRunDecoys = [
    "ahyatt__llm/README.org:57 gpt",
    "ahyatt__llm/README.org:73 gpt",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:326 gemini",
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:633 qwen",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:169 kimi",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:174 kimi",
    "olimorris__codecompanion.nvim/lua/codecompanion/adapters/http/kimi.lua:2 deepseek",
    "tidyverse__ellmer/README.md:89 gemini",
    "tidyverse__ellmer/vignettes/ellmer.Rmd:42 gpt",
  ];
  const firstRunUnlabelled: readonly string[] = [
    "olimorris__codecompanion.nvim/doc/configuration/adapters-http.md:337 claude",
  ];

  itPinsFirstRun("round twenty-two", roundTwentyTwo, score, { dependencies: 214, decoys: 355, found: 50, reported: 60, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix22, not independent: made with this round in view, each shape
   * unit-tested on synthetic input): recall 213/214 (1.00), precision 213/213 (1.00), 0 of 355 decoys reported, nothing
   * unlabelled. Fixed by shape: Emacs Lisp provider code (a `cl-defstruct` or provided feature whose dash-separated words hold
   * a family word, every symbol named with it, the family's plist keywords, model symbols, a slot's default model), R provider
   * code (functions and S7 classes defined under a family-named name, their uses and calls, the class's name string, the default
   * model, roxygen `@examples` code), Lua adapters (`name = "<family>"`, schema `default`, `choices` keys and items,
   * `tbl_contains({ … }, model)`), Org mode, R Markdown and Quarto read as prose, a family-named vendor console's address where the
   * key comes from, "<family>'s settings page", "set this up with ~make-…-<family>~", `api_key` values naming the vendor's
   * credential, `adapter = "<family>"`; not uses: a model choice's `formatted_name`, a Lua adapter requiring another family's
   * module, an example host, a note describing the example, `…` adapters named in prose, thread links, parenthesised remarks and
   * a licence address linked in passing. Left: DeepSeek's terms-of-use address returned by the provider (not in the catalog).
   */
  it("after the fixes, misses only the listed lines and reports nothing that is not a dependency", () => {
    const afterFixMisses = ["ahyatt__llm/llm-deepseek.el:49 deepseek"];
    expectAfterFix(score, { found: 213, misses: afterFixMisses, reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round twenty-three: three repositories of kinds the set had none of, labelled by hand and committed (dcb2086) before any
 * run (oobabooga/text-generation-webui, a local model UI's instruction templates, thinking-format parser and docs;
 * OpenInterpreter/open-interpreter, an agent CLI's Ollama profiles, default profile and provider docs;
 * davidmigloz/langchain_dart, a Dart LLM library's provider docs, examples, pubspecs and READMEs), then scored once against
 * the evening's detectors (land 5ce2962: the residue fixes and round twenty-two's, all made without this round in view); no
 * detector or label was changed after. These are its first-run figures: recall 80/104 (0.77), precision 80/104 (0.77), 24 of
 * 177 decoys reported, no reported line without a label. The floors are those figures: it may miss only the listed lines and
 * report only the listed decoys, so any change shows here. The fixture README gives the misses and decoys by cause.
 */
describe("audit on round twenty-three (held out, first run)", () => {
  const roundTwentyThree = [...roundTwentyThreeRepositories];
  const score = scoreRepositories(roundTwentyThree);
  const firstRunMisses = [
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:29 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:31 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:32 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:33 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:38 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:40 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:41 command",
    "OpenInterpreter__open-interpreter/docs/language-models/hosted-models/cohere.mdx:42 command",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:11 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:21 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:23 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:3 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:60 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:62 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:7 mistral",
    "davidmigloz__langchain_dart/examples/docs_examples/bin/modules/model_io/models/chat_models/integrations/mistralai.dart:14 mistral",
    "davidmigloz__langchain_dart/examples/docs_examples/bin/modules/model_io/models/chat_models/integrations/mistralai.dart:5 mistral",
    "davidmigloz__langchain_dart/examples/docs_examples/bin/modules/model_io/models/chat_models/integrations/mistralai.dart:57 mistral",
    "davidmigloz__langchain_dart/packages/langchain_anthropic/README.md:14 claude",
    "davidmigloz__langchain_dart/packages/langchain_mistralai/README.md:14 mistral",
    "davidmigloz__langchain_dart/packages/langchain_mistralai/README.md:16 mistral",
    "davidmigloz__langchain_dart/packages/langchain_mistralai/README.md:9 mistral",
    "davidmigloz__langchain_dart/packages/langchain_mistralai/pubspec.yaml:29 mistral",
    "oobabooga__text-generation-webui/modules/reasoning.py:82 gpt",
  ];
  const firstRunDecoys = [
    "OpenInterpreter__open-interpreter/interpreter/terminal_interface/profiles/defaults/gemma2.py:45 gemma",
    "OpenInterpreter__open-interpreter/interpreter/terminal_interface/profiles/defaults/llama3.py:44 llama",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:10 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:11 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:12 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:13 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:14 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:15 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/anthropic.md:16 claude",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/googleai.md:10 gemini",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/googleai.md:14 gemini",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:14 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/mistralai.md:15 mistral",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/ollama.md:126 llama",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/ollama.md:127 llama",
    "davidmigloz__langchain_dart/docs/modules/model_io/models/chat_models/integrations/ollama.md:5 gemma",
    "davidmigloz__langchain_dart/packages/langchain_anthropic/pubspec.yaml:2 claude",
    "oobabooga__text-generation-webui/docs/04 - Model Tab.md:9 llama",
    "oobabooga__text-generation-webui/docs/12 - OpenAI API.md:404 gpt",
    "oobabooga__text-generation-webui/docs/12 - OpenAI API.md:408 gpt",
    "oobabooga__text-generation-webui/docs/Multimodal Tutorial.md:25 gemma",
    "oobabooga__text-generation-webui/docs/Multimodal Tutorial.md:59 gemma",
    "oobabooga__text-generation-webui/docs/Multimodal Tutorial.md:60 mistral",
    "oobabooga__text-generation-webui/docs/Multimodal Tutorial.md:7 gemma",
  ];
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round twenty-three", roundTwentyThree, score, { dependencies: 104, decoys: 177, found: 80, reported: 104, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix23, not independent: made with this round in view, each shape
   * unit-tested on synthetic input): recall 104/104 (1.00), precision 104/104 (1.00), 0 of 177 decoys reported. Fixed by
   * shape: a phrase-only family's bare id set by a model flag or key (`--model command-medium`, `llm.model = "command"`);
   * client types constructed with the family word and an `AI` suffix (`ChatMistralAI(`), client types constructed in docs
   * snippets, Dart packages with the family word imported or pinned in `pubspec.yaml`; the family's API under the vendor's
   * name ("[Mistral AI](…) Chat Completions API", "module for Mistral AI", "API (Claude)", "a Mistral AI account and an API
   * key"); harmony's `<|start|>` where the file carries harmony's own tokens. Not uses: lists under "The following models are
   * available" and "Examples of models", id links after "e.g."/"For instance", "(…, etc)" lists, "Example:" lines, "Some
   * models … (X)", versions in "such as"/"like" examples, a name a download is saved under, a UI call's message string
   * (`display_message(`), a manifest's description. Nothing left.
   */
  it("after the fixes, misses nothing and reports nothing that is not a dependency", () => {
    expectAfterFix(score, { found: 104, misses: [], reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Round twenty-four: three repositories of kinds the set had none of, labelled by hand and committed (19783dc, a2fd981) before
 * any run (logancyang/obsidian-copilot, a note-app plugin's model enum, provider table, chat-model manager and docs;
 * undreamai/LLMUnity, a Unity package's downloadable model list, runtime, build processor, tests and docs; mlc-ai/web-llm, an
 * in-browser runtime's README and examples), then scored once against main d171642 (the evening's residue fixes and round
 * twenty-two's; not round twenty-three's); no detector was changed after. First run: recall 143/184 (0.78), precision 143/157
 * (0.91), 13 of 287 decoys, and one reported line without a label (`import type { SafetySetting } from
 * "@google/generative-ai"`). The lead's ruling after the run: that package is the Gemini API's own JavaScript SDK, so the
 * import is a Gemini dependency (as a family's own SDK always is); labelled so, the same run reads recall 144/185 (0.78),
 * precision 144/157 (0.92), 13 of 287 decoys, no unlabelled line. The floors are those figures.
 */
describe("audit on round twenty-four (held out, first run)", () => {
  const roundTwentyFour = [...roundTwentyFourRepositories];
  const score = scoreRepositories(roundTwentyFour);
  const firstRunMisses = [
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:135 grok",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:177 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:233 claude",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:321 grok",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:539 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:548 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:778 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:875 gpt",
    "logancyang__obsidian-copilot/src/constants.ts:252 glm",
    "logancyang__obsidian-copilot/src/constants.ts:254 deepseek",
    "logancyang__obsidian-copilot/src/constants.ts:255 deepseek",
    "logancyang__obsidian-copilot/src/constants.ts:262 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:263 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:264 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:273 mistral",
    "logancyang__obsidian-copilot/src/constants.ts:300 mistral",
    "logancyang__obsidian-copilot/src/constants.ts:301 deepseek",
    "logancyang__obsidian-copilot/src/constants.ts:338 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:368 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:375 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:382 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:437 gpt",
    "logancyang__obsidian-copilot/src/constants.ts:445 gpt",
    "logancyang__obsidian-copilot/src/constants.ts:474 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:481 deepseek",
    "logancyang__obsidian-copilot/src/constants.ts:530 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:531 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:608 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:616 gemini",
    "logancyang__obsidian-copilot/src/constants.ts:631 qwen",
    "logancyang__obsidian-copilot/src/constants.ts:780 claude",
    "logancyang__obsidian-copilot/src/constants.ts:786 command",
    "logancyang__obsidian-copilot/src/constants.ts:787 grok",
    "logancyang__obsidian-copilot/src/constants.ts:789 mistral",
    "logancyang__obsidian-copilot/src/constants.ts:790 deepseek",
    "logancyang__obsidian-copilot/src/constants.ts:953 command",
    "logancyang__obsidian-copilot/src/constants.ts:954 claude",
    "logancyang__obsidian-copilot/src/constants.ts:962 grok",
    "logancyang__obsidian-copilot/src/constants.ts:963 mistral",
    "logancyang__obsidian-copilot/src/constants.ts:964 deepseek",
    "undreamai__LLMUnity/Runtime/LLMManager.cs:29 gemma",
  ];
  const firstRunDecoys = [
    "logancyang__obsidian-copilot/local_copilot.md:30 llama",
    "logancyang__obsidian-copilot/local_copilot.md:30 mistral",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:537 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:544 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:782 gpt",
    "logancyang__obsidian-copilot/src/LLMProviders/chatModelManager.ts:879 gpt",
    "mlc-ai__web-llm/README.md:415 llama",
    "mlc-ai__web-llm/README.md:44 llama",
    "mlc-ai__web-llm/README.md:44 phi",
    "mlc-ai__web-llm/examples/function-calling/function-calling-manual/src/function_calling_manual.ts:235 llama",
    "mlc-ai__web-llm/examples/get-started/src/get_started.ts:40 llama",
    "mlc-ai__web-llm/examples/subgroups-usage/src/subgroups_usage.ts:89 llama",
    "undreamai__LLMUnity/Migration.md:200 phi",
  ];
  const firstRunUnlabelled: readonly string[] = [];

  itPinsFirstRun("round twenty-four", roundTwentyFour, score, { dependencies: 185, decoys: 287, found: 144, reported: 157, decoyLines: firstRunDecoys, misses: firstRunMisses, unlabelled: firstRunUnlabelled });

  /**
   * After general fixes for the first run's causes (auditfix24, not independent: made with this round in view, each shape
   * unit-tested on synthetic input): recall 185/185 (1.00), precision 185/185 (1.00), 0 of 287 decoys reported. Fixed by
   * shape: an enum member's string value as a model whatever the catalog knows (`COPILOT_PLUS_GLM_5_2 = "glm-5.2"`); an
   * object's property set to a `…Models` member and upper-case members with a router's or vendor's words before the family
   * word (`name: ChatModels.OPENROUTER_GEMINI_3_5_FLASH`); a provider enum read past a member string with parentheses;
   * vendor key settings in camelCase set as properties and named as strings (`xaiApiKey: ""`, `anthropic: "anthropicApiKey"`),
   * let through the prefilter; `is<Family><version>` flags in code (`isGPT5`); architecture lists the code routes on
   * (`embeddingOnlyArchs`). Not uses: level-named log helpers' messages (`logInfo(…)`), comments on what a step does "for
   * GPT-5 models", strings and method calls commented out with `//`, a called function named after a family, a `to/my/…`
   * path, "supports … models including …", a model given "as an example" and a default set aside by such a sentence.
   */
  it("after the fixes, misses only the listed lines and reports nothing that is not a dependency", () => {
    expectAfterFix(score, { found: 185, misses: [], reported: [] });
    expect(score.decoysReported).toEqual([]);
  });
});

/**
 * Issue 17's done-when, read on the whole labelled set: every held-out round after its fixes and the tuned set, 79 public
 * repositories labelled by hand. Not independent (each round was fixed after its first run, pinned above); pinned exactly,
 * so that a rule which costs any round a line, or reports a decoy or an unlabelled line anywhere, fails here too.
 */
describe("audit on the whole labelled set (every round and the tuned set)", () => {
  const all = scoreRepositories(labelledRepositories());

  it("meets issue 17's bars: recall and precision of at least 0.95, no decoy and nothing unlabelled reported", () => {
    console.log(`whole set: recall ${all.recall.toFixed(3)} (${all.truePositives}/${all.dependencies}), precision ${all.precision.toFixed(3)} (${all.truePositives}/${all.reported}), decoys reported ${all.decoysReported.length}/${all.decoys}`);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.decoysReported).toEqual([]);
    expect(all.falsePositives).toEqual([]);
    expect({ found: all.truePositives, dependencies: all.dependencies, decoys: all.decoys }).toEqual({ found: 3294, dependencies: 3310, decoys: 3809 });
  });
});
