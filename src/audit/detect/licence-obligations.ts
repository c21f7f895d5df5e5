import type { CatalogLicence, CatalogModel } from "../../catalog/index.js";

/**
 * The duties a licence puts on a product that uses the model, as short imperative
 * sentences for reports. Read from the catalog's structured clauses, so a new
 * licence needs data, not code. Open-source licences yield nothing worth flagging.
 */
export function licenceObligations(licence: CatalogLicence, model?: CatalogModel): string[] {
  if (licence.kind === "open-source") return [];
  const clauses = licence.clauses;
  const obligations: string[] = [];
  if (clauses.commercialUse.allowed === "no") obligations.push(`${licence.shortName}: no commercial use${clauses.commercialUse.note ? ` (${clauses.commercialUse.note})` : ""}`);
  if (clauses.userThreshold !== undefined) {
    const millions = clauses.userThreshold.monthlyActiveUsers / 1_000_000;
    // One sentence, no nested brackets: the catalog's `measuredAt` may carry its own ("version release date (preceding calendar month)").
    obligations.push(`${licence.shortName}: above ${millions}M monthly active users, measured at the ${clauses.userThreshold.measuredAt.replace(/^the\s+/, "")}, you ${clauses.userThreshold.consequence}`);
  }
  if (clauses.attribution?.required === true) {
    obligations.push(
      clauses.attribution.text === undefined
        ? `${licence.shortName}: ship a copy of the licence and its Notice`
        : `${licence.shortName}: display "${clauses.attribution.text}" and ship a copy of the licence`,
    );
  }
  if (clauses.derivativeNaming !== undefined) {
    const scope = clauses.derivativeNaming.includesOutputTraining ? "models fine-tuned on it or trained on its outputs" : "models fine-tuned on it";
    obligations.push(`${licence.shortName}: distributed ${scope} must be named with the prefix "${clauses.derivativeNaming.prefix}"`);
  }
  if (clauses.acceptableUsePolicy !== undefined) {
    const flowDown = clauses.acceptableUsePolicy.mustFlowDown ? " and pass its restrictions on to your users" : "";
    obligations.push(`${licence.shortName}: follow the use policy ${clauses.acceptableUsePolicy.url}${flowDown}`);
  }
  if (clauses.euMultimodalRestriction?.present === true) {
    const multimodal = model === undefined || model.modalities.input.some((modality) => modality !== "text");
    if (multimodal) obligations.push(`${licence.shortName}: no rights for the multimodal models to EU-domiciled individuals or companies with their principal place of business in the EU`);
  }
  if (clauses.outputUse.rule === "no-training-other-models") obligations.push(`${licence.shortName}: outputs may not be used to improve other large language models`);
  if (clauses.remoteRestriction) obligations.push(`${licence.shortName}: the licensor may restrict use remotely`);
  return obligations;
}
