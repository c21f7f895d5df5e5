import type { CatalogModel, ModelTier } from "../schema/catalog-model.js";

const tierOrder: readonly ModelTier[] = ["small", "medium", "large", "frontier"];

/** The stated tier, else one derived from total parameters (billions). */
export function modelTier(model: CatalogModel): ModelTier | undefined {
  if (model.tier !== undefined) return model.tier;
  const total = model.parameters?.totalBillions;
  if (total === undefined) return undefined;
  if (total < 10) return "small";
  if (total < 40) return "medium";
  if (total < 150) return "large";
  return "frontier";
}

export function tierDistance(a: ModelTier, b: ModelTier): number {
  return Math.abs(tierOrder.indexOf(a) - tierOrder.indexOf(b));
}
