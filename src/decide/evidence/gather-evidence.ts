import type { CatalogModel } from "../../catalog/index.js";
import type { DecisionRecord } from "../record/decision-record.js";
import { exposureByCriticality } from "./audit-evidence.js";
import { isMissing, type Missing, type CriterionAssessment, type DecisionEvidence, type TermsEvidence, type VerdictEvidence } from "./decision-evidence.js";
import { verdictAtMargin, type EvalComparisonEvidence } from "./eval-evidence.js";
import type { EvidenceInputs } from "./evidence-inputs.js";
import { optionTerms } from "./option-terms.js";
import { resolveOption } from "./resolve-option.js";
import { trafficShare } from "./traffic-evidence.js";

/** The families a record is about: its family, or the families of its models. */
export function recordFamilies(record: DecisionRecord, inputs: EvidenceInputs): string[] {
  if (record.subject.kind === "family") return [record.subject.family];
  return [...new Set(record.subject.models.flatMap((model) => resolveOption(model, inputs.catalog, inputs.aliases)?.family ?? []))];
}

/** The vendors behind those families (whose releases the watch follows). */
export function recordVendors(record: DecisionRecord, inputs: EvidenceInputs): string[] {
  return [...new Set(recordFamilies(record, inputs).flatMap((family) => inputs.catalog.family(family)?.vendor ?? []))];
}

/** The comparisons in which `option` is the candidate: same id, same label, or the same catalog model. */
export function comparisonsFor(option: string, inputs: EvidenceInputs, comparisons: readonly EvalComparisonEvidence[]): EvalComparisonEvidence[] {
  const model = resolveOption(option, inputs.catalog, inputs.aliases);
  return comparisons.filter((comparison) => {
    if (comparison.candidate === option || comparison.candidateLabel === option) return true;
    if (model === undefined) return false;
    return resolveOption(comparison.candidate, inputs.catalog, inputs.aliases)?.id === model.id;
  });
}

export function gatherEvidence(record: DecisionRecord, inputs: EvidenceInputs): DecisionEvidence {
  const families = recordFamilies(record, inputs);
  const familySet = new Set(families);
  const vendor = recordVendors(record, inputs)[0];

  const exposure = isMissing(inputs.audit)
    ? inputs.audit
    : (() => {
        const byCriticality = exposureByCriticality(inputs.audit.findings, familySet);
        return { source: inputs.audit.source, date: inputs.audit.date, families, byCriticality, findings: Object.values(byCriticality).reduce((sum, count) => sum + count, 0) };
      })();

  const verdicts: VerdictEvidence[] | typeof inputs.evals = isMissing(inputs.evals)
    ? inputs.evals
    : record.options.flatMap((option) =>
        comparisonsFor(option, inputs, inputs.evals as readonly EvalComparisonEvidence[]).map((comparison) => {
          const verdict = verdictAtMargin(comparison, record.criteria.nonInferiorityMargin);
          return { option, baseline: comparison.baseline, ...verdict, suite: comparison.suite, source: comparison.source, date: comparison.date };
        }),
      );

  const traffic = isMissing(inputs.ledger)
    ? inputs.ledger
    : {
        ...trafficShare(inputs.ledger.rows, (row) => row.family !== null && familySet.has(row.family)),
        source: inputs.ledger.source,
        since: inputs.ledger.since,
        until: inputs.ledger.until,
        date: inputs.today,
      };

  const terms: TermsEvidence[] = record.options.map((option) => ({
    ...optionTerms({ option, model: resolveOption(option, inputs.catalog, inputs.aliases), catalog: inputs.catalog, prices: inputs.prices }),
    source: inputs.catalogSource,
    date: inputs.today,
  }));

  const watch = isMissing(inputs.watch)
    ? inputs.watch
    : vendor === undefined
      ? { missing: "the decision's family has no vendor in the catalog" }
      : {
          source: inputs.watch.source,
          date: inputs.watch.latest.ranAt.slice(0, 10),
          vendor,
          events: inputs.watch.latest.summary.events.filter((event) => event.vendor === vendor),
          triggers: inputs.watch.latest.summary.triggers.filter((trigger) => trigger.vendor === vendor),
          timeline: inputs.watch.latest.summary.vendors.find((timeline) => timeline.vendor === vendor),
        };

  return { gatheredOn: inputs.today, exposure, verdicts, traffic, terms, watch, criteria: assessCriteria(record, terms, verdicts) };
}

function assessCriteria(record: DecisionRecord, terms: readonly TermsEvidence[], verdicts: readonly VerdictEvidence[] | Missing): CriterionAssessment[] {
  const { criteria } = record;
  const results: CriterionAssessment[] = [];
  for (const term of terms) {
    const option = term.option;
    const model: CatalogModel | undefined = term.model;
    if (criteria.nonInferiorityMargin !== undefined) {
      const margin = `${Math.round(criteria.nonInferiorityMargin * 1000) / 10} pp`;
      const own = isMissing(verdicts) ? [] : verdicts.filter((verdict) => verdict.option === option);
      const latest = [...own].sort((a, b) => b.date.localeCompare(a.date))[0];
      results.push(
        latest === undefined
          ? { option, criterion: `not worse than the baseline by more than ${margin}`, result: "unknown", detail: "no eval compares it with a baseline" }
          : {
              option,
              criterion: `not worse than the baseline by more than ${margin}`,
              result: latest.outcome === "superior" || latest.outcome === "non-inferior" ? "met" : latest.outcome === "significantly-worse" ? "not-met" : "unknown",
              detail: `${latest.text} (${latest.source}, ${latest.date})`,
            },
      );
    }
    if (criteria.maxPricePerMillion !== undefined) {
      const max = criteria.maxPricePerMillion;
      const limit = [max.input === undefined ? undefined : `input ≤ $${max.input}`, max.output === undefined ? undefined : `output ≤ $${max.output}`].filter(Boolean).join(", ");
      const price = term.cheapestPrice;
      results.push(
        price === undefined
          ? { option, criterion: `price per million tokens: ${limit}`, result: "unknown", detail: model?.openWeight ? "no list price in the catalog (self-hosted cost is yours to measure)" : "no list price in the catalog" }
          : {
              option,
              criterion: `price per million tokens: ${limit}`,
              result: (max.input === undefined || price.input <= max.input) && (max.output === undefined || price.output <= max.output) ? "met" : "not-met",
              detail: `$${price.input} in / $${price.output} out at ${price.provider} (${price.basis}, as of ${price.asOf})`,
            },
      );
    }
    if (criteria.licencePermissive === true) {
      results.push(
        term.licence === undefined
          ? { option, criterion: "permissive licence", result: "unknown", detail: "not in the catalog" }
          : { option, criterion: "permissive licence", result: term.licence.kind === "open-source" ? "met" : "not-met", detail: `${term.licence.shortName} (${term.licence.kind})` },
      );
    }
    if (criteria.selfHostable !== undefined) {
      const wanted = criteria.selfHostable;
      results.push(
        term.selfHostable === undefined
          ? { option, criterion: wanted ? "self-hostable" : "hosted only", result: "unknown", detail: "not in the catalog" }
          : {
              option,
              criterion: wanted ? "self-hostable" : "hosted only",
              result: term.selfHostable === wanted ? "met" : "not-met",
              detail: model?.openWeight ? `open weights under ${term.licence?.shortName ?? "an unknown licence"}` : "closed weights",
            },
      );
    }
  }
  return results;
}
