import type { CatalogData } from "../schema/catalog-file.js";
import type { CatalogLicence } from "../schema/catalog-licence.js";
import type { CatalogModel } from "../schema/catalog-model.js";
import { apiHosts } from "./lock-in-risk.js";
import { modelTier, tierDistance } from "./model-tier.js";

export interface ModelAlternative {
  readonly model: CatalogModel;
  readonly licence: CatalogLicence;
  /** Higher is closer; only meaningful for ordering. */
  readonly score: number;
  readonly why: readonly string[];
}

/**
 * Open-weight models from other vendors under an open-source licence (no user caps, no
 * flow-down, no remote restriction), ranked by closeness in size tier, input modalities,
 * context window and recency. Other vendors only: the point is to reduce dependence on one.
 */
export function openWeightAlternatives(options: { target: CatalogModel; data: CatalogData; limit?: number }): ModelAlternative[] {
  const { target, data } = options;
  const licences = new Map(data.licences.map((licence) => [licence.id, licence]));
  const targetTier = modelTier(target);
  const alternatives: ModelAlternative[] = [];
  for (const candidate of data.models) {
    const licence = licences.get(candidate.licence);
    if (licence === undefined || !candidate.openWeight || candidate.deprecated) continue;
    if (licence.kind !== "open-source" || candidate.vendor === target.vendor) continue;
    const why: string[] = [`${licence.shortName}`];
    let score = 0;
    const tier = modelTier(candidate);
    if (targetTier !== undefined && tier !== undefined) {
      const distance = tierDistance(targetTier, tier);
      score += 30 - 15 * distance;
      if (distance === 0) why.push(`same size tier (${tier})`);
    }
    why.push(describeSize(candidate));
    const missing = target.modalities.input.filter((modality) => !candidate.modalities.input.includes(modality));
    if (missing.length === 0) {
      score += 20;
      if (target.modalities.input.length > 1) why.push(`same inputs (${target.modalities.input.join(", ")})`);
    } else {
      score -= 10 * missing.length;
      why.push(`no ${missing.join("/")} input`);
    }
    if (candidate.contextLength !== undefined) {
      const enough = target.contextLength === undefined || candidate.contextLength >= Math.min(target.contextLength, 131072);
      score += enough ? 10 : 0;
      why.push(`${Math.round(candidate.contextLength / 1024)}K context`);
    }
    // Newer releases first among equals: a year of recency is worth one tier step.
    score += yearsSince2023(candidate.released) * 5;
    const hosts = apiHosts(candidate).length;
    score += Math.min(hosts, 5);
    if (hosts > 0) why.push(`${hosts} API host${hosts === 1 ? "" : "s"}`);
    why.push(`released ${candidate.released}`);
    alternatives.push({ model: candidate, licence, score, why });
  }
  alternatives.sort((a, b) => b.score - a.score || a.model.id.localeCompare(b.model.id));
  return alternatives.slice(0, options.limit ?? 5);
}

function describeSize(model: CatalogModel): string {
  const parameters = model.parameters;
  if (parameters?.totalBillions === undefined) return "size not published";
  if (parameters.activeBillions !== undefined) return `${parameters.totalBillions}B total, ${parameters.activeBillions}B active (MoE)`;
  return `${parameters.totalBillions}B dense`;
}

function yearsSince2023(released: string): number {
  const year = Number(released.slice(0, 4));
  const month = released.length >= 7 ? Number(released.slice(5, 7)) : 6;
  return Math.max(0, year - 2023 + (month - 1) / 12);
}
