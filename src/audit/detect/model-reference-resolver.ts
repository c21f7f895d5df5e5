import type { Catalog, CatalogModel } from "../../catalog/index.js";
import { licenceObligations } from "./licence-obligations.js";

/** A candidate id, attributed to one audited family. */
export interface ModelReference {
  readonly family: string;
  readonly model?: CatalogModel;
  readonly confidence: number;
  /** Set when the family comes through lineage, e.g. a DeepSeek distill of Llama carries the Llama licence. */
  readonly via?: string;
  readonly obligations: readonly string[];
  /**
   * A second audited family the model descends from (DeepSeek-R1-Distill-Llama-8B is
   * DeepSeek's and Llama 3.1's): its licence follows the weights, so it is exposure too.
   */
  readonly ancestor?: { readonly family: string; readonly via: string };
}

/**
 * How sure the surrounding text is that the candidate names a model:
 * - `strong`: a launch argument, pull, `from_pretrained`, or a value assigned to a model-ish key;
 * - `none`: anything else (prose, an unrelated variable, a comment).
 * Bare family words (`mistral`, `phi`) and family-only names (`llama-9-mega`) need `strong`;
 * a versioned id (`llama3.1:8b`) stands on its own wherever it appears.
 */
export type ModelContext = "strong" | "none";

const bareWord = /^[a-z]+$/i;
/** The family word a distill's name gives its base (`deepseek-r1-distill-qwen-7b` → `qwen`). */
const distillBase = /distill[-_ ]([a-z]+)/i;
/**
 * A keyword glued to a version (`llama3`, `Llama-3.3`) and, later, a parameter size (`8b`, `70B`, `e4b`, `8x7b`). The version may
 * run straight into a vision suffix (`qwen2VL:2b`, as `qwen2.5VL:3b`), which leaves no word boundary after it.
 */
const versionedWithSize = /[a-z][-_ .]?v?\d+(?:\.\d+)*(?:\b|(?=vl(?![a-z]))).*?(?<![a-z0-9])(?:\d+(?:\.\d+)?x)?\d+(?:\.\d+)?[bm](?![a-z0-9])|[a-z][-_ .]?v?\d+(?:\.\d+)*\b.*?(?<![a-z0-9])e\d+b(?![a-z0-9])/i;

/**
 * A release dated by its vendor (`claude-3-sonnet-20240229`, `gemini-2.0-pro-exp-02-05`) or addressed through a
 * provider prefix (`zai:glm-5`): a model id by its shape, known to the catalog or not.
 */
/** A gateway id, provider then a versioned name (`xai/grok-code-fast-1-thinking`): a model by its shape, as `xai:grok-4` is. */
const providerSlashVersioned = /^[a-z][a-z0-9-]{1,15}\/[a-z]+(?:[-_][a-z]+)*[-_]v?\d+(?:\.\d+)*(?:[-_][a-z]+)*$/i;
/** A Hub id (`org/repo`) whose repo carries a size (`huggyllama/llama-7b`, a re-upload of the original weights): a checkpoint by its shape. */
const hubIdWithSize = /^[a-z0-9][\w.-]*\/[a-z][\w.-]*?(?<![a-z0-9])\d+(?:\.\d+)?[bm](?![a-z0-9])/i;
const datedOrProviderPrefixed = /[-_@](?:20\d{6}|20\d{2}-\d{2}-\d{2}|\d{2}-\d{2})$|^[a-z][\w-]*:[a-z]+[-_]?v?\d/i;

/**
 * Wraps catalog resolution with the audit's precision rules and its family filter,
 * and caches per candidate (a codebase repeats the same few ids).
 */
export class ModelReferenceResolver {
  private readonly cache = new Map<string, ModelReference | null>();
  private readonly licenceFamilies = new Map<string, string>();

  constructor(
    private readonly catalog: Catalog,
    private readonly families: ReadonlySet<string>,
  ) {
    // A licence's home family is the family most of its models belong to (llama-3.3 → llama),
    // so a distill that carries it (DeepSeek-R1-Distill-Llama-70B) is Llama exposure too.
    const counts = new Map<string, Map<string, number>>();
    for (const model of catalog.models()) {
      const perFamily = counts.get(model.licence) ?? new Map<string, number>();
      perFamily.set(model.family, (perFamily.get(model.family) ?? 0) + 1);
      counts.set(model.licence, perFamily);
    }
    for (const [licence, perFamily] of counts) {
      const home = [...perFamily].sort((a, b) => b[1] - a[1])[0];
      if (home !== undefined) this.licenceFamilies.set(licence, home[0]);
    }
  }

  /** The family a licence belongs to (`llama-3.3` → `llama`), if any model carries it. */
  licenceFamily(licenceId: string): string | undefined {
    return this.licenceFamilies.get(licenceId);
  }

  resolve(candidate: string, context: ModelContext): ModelReference | undefined {
    const key = `${context}\u0000${candidate}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const reference = this.compute(candidate, context);
    this.cache.set(key, reference ?? null);
    return reference;
  }

  private compute(candidate: string, context: ModelContext): ModelReference | undefined {
    const resolution = this.catalog.resolve(candidate);
    if (resolution === undefined) return undefined;
    const bare = bareWord.test(candidate);
    if (resolution.kind === "family") {
      if (bare || !this.families.has(resolution.family.id)) return undefined;
      // An id the catalog does not know but that carries the family, a version and a size
      // (`llama3-groq-8b-8192-tool-use-preview`, `Llama-3.3-8B-Instruct`), or a Hub id with a size, is a model by its shape.
      if (context !== "strong" && !versionedWithSize.test(candidate) && !datedOrProviderPrefixed.test(candidate) && !hubIdWithSize.test(candidate) && !providerSlashVersioned.test(candidate)) return undefined;
      return { family: resolution.family.id, confidence: context === "strong" ? resolution.confidence : Math.max(resolution.confidence, 0.6), obligations: [] };
    }
    if (bare && context !== "strong") return undefined;
    const attributed = this.attribute(resolution.model);
    if (attributed === undefined) return undefined;
    const licence = this.catalog.licence(resolution.model.licence);
    const obligations = licence === undefined ? [] : licenceObligations(licence, resolution.model);
    // A bare word that resolves (`mistral` → Mistral 7B) names the family more surely than the model.
    const confidence = bare ? Math.min(resolution.confidence, 0.7) : resolution.confidence;
    const ancestor = this.ancestorOutside(resolution.model, attributed.family);
    return { ...attributed, model: resolution.model, confidence, obligations, ...(ancestor === undefined ? {} : { ancestor }) };
  }

  /** The first audited family other than `family` in the model's base chain. */
  private ancestorOutside(model: CatalogModel, family: string): { family: string; via: string } | undefined {
    const seen = new Set<string>();
    let base = model.baseModel === undefined ? undefined : this.catalog.model(model.baseModel);
    while (base !== undefined && !seen.has(base.id)) {
      if (base.family !== family && this.families.has(base.family)) return { family: base.family, via: `fine-tuned or distilled from ${base.name}` };
      seen.add(base.id);
      base = base.baseModel === undefined ? undefined : this.catalog.model(base.baseModel);
    }
    // A distill names its base after "Distill" (`DeepSeek-R1-Distill-Qwen-7B`), whatever its licence says.
    const distilledFrom = distillBase.exec(model.id)?.[1] ?? distillBase.exec(model.name)?.[1];
    const baseFamily = distilledFrom === undefined ? undefined : this.catalog.resolve(distilledFrom);
    if (baseFamily?.kind === "family" && baseFamily.family.id !== family && this.families.has(baseFamily.family.id)) {
      return { family: baseFamily.family.id, via: `distilled into a ${baseFamily.family.name} base` };
    }
    // Not the licence's home family: Apache-2.0 and MIT are shared by many families and say nothing of descent.
    return undefined;
  }

  /** The first audited family in the model's lineage: its own, its base model's, its licence's. */
  private attribute(model: CatalogModel): { family: string; via?: string } | undefined {
    if (this.families.has(model.family)) return { family: model.family };
    const seen = new Set<string>();
    let base = model.baseModel === undefined ? undefined : this.catalog.model(model.baseModel);
    while (base !== undefined && !seen.has(base.id)) {
      if (this.families.has(base.family)) return { family: base.family, via: `fine-tuned or distilled from ${base.name}` };
      seen.add(base.id);
      base = base.baseModel === undefined ? undefined : this.catalog.model(base.baseModel);
    }
    const licenceFamily = this.licenceFamilies.get(model.licence);
    if (licenceFamily !== undefined && this.families.has(licenceFamily)) {
      const licence = this.catalog.licence(model.licence);
      return { family: licenceFamily, via: `under the ${licence?.shortName ?? model.licence} licence` };
    }
    return undefined;
  }
}
