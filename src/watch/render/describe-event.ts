import type { WatchEvent, WatchPrice } from "../watch-summary.js";

/** One plain sentence per event, shared by the table, Markdown and webhook outputs. */
export function describeEvent(event: WatchEvent): string {
  switch (event.type) {
    case "release": {
      const openness = event.open_weights === null ? "openness unknown" : event.open_weights ? "open weights" : "proprietary";
      return `new ${event.frontier ? "frontier " : ""}release, ${openness}${event.licence === null ? "" : `, licence ${event.licence}`}${event.released === null ? "" : `, released ${event.released}`}`;
    }
    case "licence-change": {
      const openness = event.open_weights_from !== event.open_weights_to && event.open_weights_from !== null && event.open_weights_to !== null ? ` (weights ${event.open_weights_to ? "now open" : "no longer open"})` : "";
      return `licence ${event.from ?? "unstated"} → ${event.to ?? "unstated"}${openness}`;
    }
    case "gating-change":
      return `gating ${event.from} → ${event.to}`;
    case "price-change":
      return `price ${formatPrice(event.from)} → ${formatPrice(event.to)} (USD per 1M tokens in/out)`;
    case "deprecation":
      return event.expires === null ? "deprecated" : `deprecated, ends ${event.expires}`;
  }
}

export function formatPrice(price: WatchPrice | null): string {
  return price === null ? "none" : `${price.input}/${price.output}`;
}
