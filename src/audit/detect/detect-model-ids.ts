import type { FindingKind } from "../finding.js";
import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import type { ModelContext, ModelReference } from "./model-reference-resolver.js";

/** Characters of a model id in any provider's grammar (HF paths, Ollama tags, Bedrock ARNs, `@cf/…`, `~author/…`). */
const idCharacter = /[A-Za-z0-9@~._:/+-]/;
const trimEnd = /[.:,/_+-]+$/;
const trimStart = /^[.:,/_-]+/;
const urlScheme = /^[a-z][a-z0-9+.-]*:\/\//i;
const modelHostUrl = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\//i;

/**
 * Text right before an id that launches or loads it: server arguments (vLLM, TGI,
 * llama.cpp, SGLang), `ollama pull/run`, `vllm serve`, `from_pretrained`, hub downloads.
 * Quotes and list commas are allowed between flag and value (`["--model", "…"]`).
 */
const launchBefore =
  /(?:\bollama\s+(?:pull|run|create|push|cp|show)\s+(?:-\S+\s+)*|\bvllm\s+serve\s+|--model(?:[-_](?:id|name|path))?["']?\s*(?:[=,]\s*)?["']?\s*|(?:^|\s)-m\s+["']?|\b(?:from_pretrained|snapshot_download|hf_hub_download|AutoTokenizer\.from_pretrained)\(\s*(?:repo_id\s*=\s*)?["']?|\b(?:repo_id|pretrained_model_name_or_path)\s*=\s*["'])$/;
/** A YAML or JSON list whose previous item is the flag (`- --model` then `- meta-llama/…`). */
const launchFlagLine = /(?:--model(?:[-_](?:id|name|path))?|(?:^|\s)-m)["']?,?\s*$/;
const modelKeyBefore = /(?:model|engine|checkpoint|llm|deployment)[\w.-]*["'\]]?\s*[:=]\s*(?:["'`]|\[\s*["'`]?)?$/i;
const lineageKeyBefore = /(?:base_model_name_or_path|base_model|model_name_or_path)["']?\s*[:=]\s*["']?$/;
const modelfileFrom = /^\s*FROM\s+$/i;
/** Defaults and fallbacks are configuration in disguise: rated medium. */
const defaultOrFallback = /default|fallback|falls?\s+back|getenv|environ|process\.env|\?\?|\|\||\$\{[A-Za-z_]+:-/i;
/** A bare family word followed by a version in prose: "Llama 3.1 70B", "Gemma 3", "Llama 4 Scout". */
const proseVersion = /^((?: (?:\d+(?:x\d+)?[bBmM]|[eE]\d+[bB]|\d+(?:\.\d+)*|Scout|Maverick|Behemoth|Vision|Instruct|Nemo|Small|Large|Medium|Coder|Mini)(?![\w]|\.\d)){1,3})/;
const sizeToken = /\b\d+(?:x\d+)?[bBmM]\b|\b[eE]\d+[bB]\b|Scout|Maverick|Behemoth/;

interface Candidate {
  readonly text: string;
  readonly start: number;
  readonly prose: boolean;
}

/**
 * Model ids wherever they appear: in code, strings, config, deployment files and prose.
 * Candidates are grown around each family keyword over id characters, then resolved
 * through the catalog; the text before the id decides the kind (a launch argument is
 * `sdk`, a `base_model` in a fine-tune config is `adapter`, a value in a config or
 * deployment file is `config`) and how much a bare family word may prove.
 */
export function detectModelIds(line: LineContext, matchers: AuditMatchers): Detection[] {
  const detections: Detection[] = [];
  const seenStarts = new Set<number>();
  for (const match of line.text.matchAll(matchers.familyKeyword)) {
    const candidate = candidateAround(line.text, match.index, match[0].length);
    if (candidate === undefined || seenStarts.has(candidate.start)) continue;
    seenStarts.add(candidate.start);
    const detection = detectionFor({ line, candidate, matchers });
    if (detection !== undefined) detections.push(detection);
  }
  return detections;
}

function candidateAround(text: string, index: number, length: number): Candidate | undefined {
  let start = index;
  let end = index + length;
  while (start > 0 && idCharacter.test(text[start - 1] ?? "")) start -= 1;
  while (end < text.length && idCharacter.test(text[end] ?? "")) end += 1;
  let raw = text.slice(start, end);
  const leading = trimStart.exec(raw)?.[0].length ?? 0;
  raw = raw.slice(leading).replace(trimEnd, "");
  start += leading;
  if (raw === "") return undefined;
  // URLs are ids only on the model hubs; elsewhere (licence links, GitHub orgs) they are not a dependency.
  if (urlScheme.test(raw) && !modelHostUrl.test(raw)) return undefined;
  if (/^[a-z]+$/i.test(raw)) {
    const version = proseVersion.exec(text.slice(start + raw.length));
    if (version?.[1] !== undefined) return { text: raw + version[1], start, prose: true };
  }
  return { text: raw, start, prose: false };
}

interface Surroundings {
  readonly kind: FindingKind;
  readonly context: ModelContext;
  readonly how?: string;
}

function surroundingsOf(line: LineContext, start: number): Surroundings {
  // Path punctuation trimmed off the candidate (`-m /models/x.gguf`) belongs to the value, not the flag.
  const before = line.text.slice(0, start).replace(/[./]+$/, "");
  if (line.role === "modelfile" && modelfileFrom.test(before)) {
    return line.file.modelfileAdapter ? { kind: "adapter", context: "strong", how: "Modelfile FROM under an ADAPTER" } : { kind: "sdk", context: "strong", how: "Ollama Modelfile FROM" };
  }
  if (lineageKeyBefore.test(before) && line.file.fineTuneConfig) {
    return { kind: "adapter", context: "strong", how: line.file.peftType === undefined ? "fine-tune base model" : `${line.file.peftType} adapter base model` };
  }
  const launch = launchBefore.exec(before);
  const continuesFlag = (before.trim() === "" || /^\s*-\s*["']?$/.test(before)) && launchFlagLine.test(line.previous);
  if (launch !== null || continuesFlag) {
    return { kind: "sdk", context: "strong", how: launchDescription(launch?.[0] ?? line.previous) };
  }
  const structured = line.role === "config" || line.role === "deployment" || line.role === "manifest";
  const strong = modelKeyBefore.test(before) || lineageKeyBefore.test(before);
  return { kind: structured ? "config" : "model-id", context: strong ? "strong" : "none" };
}

function launchDescription(text: string): string {
  if (/ollama/.test(text)) return "pulled or run with Ollama";
  if (/vllm\s+serve/.test(text)) return "served with vLLM";
  if (/from_pretrained/.test(text)) return "loaded with from_pretrained()";
  if (/download|repo_id/.test(text)) return "downloaded from the Hub";
  return "passed to a model server as --model";
}

function detectionFor(options: { line: LineContext; candidate: Candidate; matchers: AuditMatchers }): Detection | undefined {
  const { line, candidate, matchers } = options;
  const surroundings = surroundingsOf(line, candidate.start);
  const reference = resolveCandidate({ candidate, context: surroundings.context, matchers });
  if (reference === undefined) return undefined;
  const { text } = reference;
  const modelName = reference.model?.name;
  const subject = modelName === undefined ? `${text} (${matchers.catalog.family(reference.family)?.name ?? reference.family} family)` : `${text} (${modelName})`;
  const via = reference.via === undefined ? "" : `, ${reference.via}`;
  const how = surroundings.how === undefined ? "" : ` ${surroundings.how}`;
  const kindText = surroundings.kind === "adapter" ? "adapter or fine-tune on" : surroundings.kind === "sdk" ? "model" : "model id";
  return {
    line: line.number,
    column: candidate.start + 1,
    family: reference.family,
    kind: surroundings.kind,
    ...(reference.model === undefined ? {} : { model: reference.model.id }),
    match: text,
    message: `${kindText} ${subject}${how}${via}`,
    evidence: evidenceOf(line.text),
    confidence: reference.confidence,
    ...(reference.obligations.length === 0 ? {} : { obligations: reference.obligations }),
    ...(surroundings.kind === "adapter" ? { lineage: { base: text, ...(reference.model === undefined ? {} : { baseModel: reference.model.id }) } } : {}),
    ...(line.cell === undefined ? {} : { cell: line.cell }),
    ...(defaultOrFallback.test(line.text) ? { isDefault: true } : {}),
  };
}

/**
 * For prose ("Llama 3.1 70B"), the longest version phrase that resolves wins; a phrase
 * without a size names the release, not one checkpoint, so the model is left out.
 */
function resolveCandidate(options: { candidate: Candidate; context: ModelContext; matchers: AuditMatchers }): (ModelReference & { text: string }) | undefined {
  const { candidate, context, matchers } = options;
  if (!candidate.prose) {
    const reference = matchers.references.resolve(candidate.text, context);
    return reference === undefined ? undefined : { ...reference, text: candidate.text };
  }
  const words = candidate.text.split(" ");
  for (let count = words.length; count >= 2; count -= 1) {
    const text = words.slice(0, count).join(" ");
    const reference = matchers.references.resolve(text, "none");
    if (reference?.model === undefined) continue;
    const exact = reference.confidence >= 1 || sizeToken.test(text);
    if (exact) return { ...reference, text };
    const { model: _model, ...familyOnly } = reference;
    return { ...familyOnly, confidence: Math.min(reference.confidence, 0.7), text };
  }
  return undefined;
}
