import type { CatalogData } from "../schema/catalog-file.js";
import type { CatalogLicence } from "../schema/catalog-licence.js";
import { selfHostingHosts, type CatalogModel, type ModelHost } from "../schema/catalog-model.js";
import type { CatalogVendor } from "../schema/catalog-vendor.js";

export type LockInLevel = "low" | "medium" | "high";

export interface LockInAssessment {
  readonly level: LockInLevel;
  /** 0–100; the sum of the weighted reasons, capped. */
  readonly score: number;
  readonly reasons: readonly string[];
}

/**
 * Weights are deliberately coarse: the output is a ranking aid for the playbook's
 * table, not a probability. Each weight is visible as a reason so a reader can disagree.
 */
const weights = {
  closedWeights: 50,
  noCommercialUse: 35,
  userThreshold: 10,
  remoteRestriction: 10,
  useRestrictionsFlowDown: 5,
  outputRestriction: 5,
  euMultimodal: 10,
  fewApiHosts: 15,
  someApiHosts: 8,
  vendorShiftToClosed: 10,
} as const;

export function apiHosts(model: CatalogModel): ModelHost[] {
  return (Object.keys(model.aliases) as ModelHost[]).filter((host) => !selfHostingHosts.has(host));
}

export function assessModelLockIn(options: { model: CatalogModel; licence: CatalogLicence; vendor: CatalogVendor }): LockInAssessment {
  const { model, licence, vendor } = options;
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  const clauses = licence.clauses;
  if (!model.openWeight) add(weights.closedWeights, "closed weights: only the vendor and its resellers can serve it");
  else if (clauses.commercialUse.allowed === "no") add(weights.noCommercialUse, `${licence.shortName} forbids commercial or production use of the weights`);
  if (clauses.userThreshold !== undefined) {
    add(weights.userThreshold, `licence needs the vendor's permission above ${formatUsers(clauses.userThreshold.monthlyActiveUsers)} monthly active users`);
  }
  if (clauses.remoteRestriction) add(weights.remoteRestriction, "licensor may restrict use remotely");
  if (clauses.acceptableUsePolicy?.mustFlowDown === true) add(weights.useRestrictionsFlowDown, "use restrictions must flow down to your customers");
  if (clauses.outputUse.rule === "no-training-other-models") add(weights.outputRestriction, "outputs may not train other models");
  if (clauses.euMultimodalRestriction?.present === true && model.modalities.input.some((modality) => modality !== "text")) {
    add(weights.euMultimodal, "multimodal model: no licence for EU-based companies");
  }
  const hosts = apiHosts(model).length;
  if (hosts <= 1) add(weights.fewApiHosts, hosts === 0 ? "no API host recorded besides self-hosting" : "one API host recorded");
  else if (hosts <= 3) add(weights.someApiHosts, `only ${hosts} API hosts recorded`);
  if (vendor.strategy === "shift-to-closed") add(weights.vendorShiftToClosed, `${vendor.name} has moved its frontier to closed weights`);
  if (reasons.length === 0) reasons.push(`open weights under ${licence.shortName}, served by ${hosts} API hosts`);
  const capped = Math.min(100, score);
  return { level: levelFor(capped), score: capped, reasons };
}

export interface VendorSummary {
  readonly vendor: CatalogVendor;
  readonly licences: readonly CatalogLicence[];
  /** `yes`: every model has open weights; `partial`: some do; `no`: none. */
  readonly selfHosting: "yes" | "partial" | "no";
  readonly lockIn: LockInAssessment;
  readonly modelCount: number;
}

/**
 * A vendor's lock-in is its strategy first (what it will do next), then the licences of
 * what it has already released.
 */
export function summariseVendor(options: { vendor: CatalogVendor; data: CatalogData }): VendorSummary {
  const { vendor, data } = options;
  const models = data.models.filter((model) => model.vendor === vendor.id);
  const licenceIds = new Set(models.map((model) => model.licence));
  const licences = data.licences.filter((licence) => licenceIds.has(licence.id));
  const openCount = models.filter((model) => model.openWeight).length;
  const selfHosting = openCount === 0 ? "no" : openCount === models.length ? "yes" : "partial";
  const reasons: string[] = [];
  let score = { closed: 70, "shift-to-closed": 60, mixed: 35, "open-weight": 10 }[vendor.strategy];
  reasons.push(`strategy: ${vendor.strategy}`);
  const restrictive = licences.filter((licence) => licence.kind !== "open-source" && licence.kind !== "proprietary");
  if (restrictive.length > 0) {
    score += 15;
    reasons.push(`open weights carry vendor conditions (${restrictive.map((licence) => licence.shortName).join(", ")})`);
  }
  if (selfHosting === "no") reasons.push("nothing can be self-hosted");
  const capped = Math.min(100, score);
  return { vendor, licences, selfHosting, lockIn: { level: levelFor(capped), score: capped, reasons }, modelCount: models.length };
}

function levelFor(score: number): LockInLevel {
  if (score >= 50) return "high";
  if (score >= 25) return "medium";
  return "low";
}

function formatUsers(count: number): string {
  return count >= 1_000_000 ? `${count / 1_000_000}M` : String(count);
}
