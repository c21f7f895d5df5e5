/**
 * The result of one `switchyard watch` run: exactly the JSON of `watch --format json`
 * (DESIGN.md contract), and what `readWatchSummary` returns to `decide` and `report`.
 * Field names are snake_case because this *is* the wire shape. Extend, never rename.
 */
export interface WatchSummary {
  readonly events: readonly WatchEvent[];
  readonly vendors: readonly VendorTimeline[];
  readonly triggers: readonly WatchTrigger[];
}

export type WatchEventType = WatchEvent["type"];

/** `none` when a model is openly downloadable; `auto` / `manual` are Hugging Face's gate kinds. */
export type Gating = "none" | "auto" | "manual";

/** USD per million tokens. */
export interface WatchPrice {
  readonly input: number;
  readonly output: number;
}

interface WatchEventBase {
  /** Catalog vendor id when the model is known to the catalog (e.g. `meta`), else the source's organisation. */
  readonly vendor: string;
  /** Catalog model id when known, else the id the source uses. */
  readonly model: string;
  /** The source that reported it, by name: `models-dev`, `openrouter`, `huggingface`, or `TYPE:LABEL`. */
  readonly source: string;
  /** The id as that source spells it. */
  readonly source_model: string;
  /** ISO datetime of the watch run that noticed the change. */
  readonly detected_at: string;
}

/** A model absent from the previous snapshot of the same source. */
export interface ReleaseEvent extends WatchEventBase {
  readonly type: "release";
  /** `YYYY-MM-DD` (day 01 when the source gives only a month); null when the source does not say. */
  readonly released: string | null;
  /** null when neither the catalog nor the source says. */
  readonly open_weights: boolean | null;
  readonly licence: string | null;
  /** A vendor's top-tier model (catalog tier, else the vendor's flagship naming); what the playbook's rule counts. */
  readonly frontier: boolean;
}

export interface LicenceChangeEvent extends WatchEventBase {
  readonly type: "licence-change";
  readonly from: string | null;
  readonly to: string | null;
  /** Whether the weights' openness flipped with it (true → false is the exit the playbook fears). */
  readonly open_weights_from: boolean | null;
  readonly open_weights_to: boolean | null;
}

export interface GatingChangeEvent extends WatchEventBase {
  readonly type: "gating-change";
  readonly from: Gating;
  readonly to: Gating;
}

export interface PriceChangeEvent extends WatchEventBase {
  readonly type: "price-change";
  /** null when the model had no price before (or has none now). */
  readonly from: WatchPrice | null;
  readonly to: WatchPrice | null;
}

export interface DeprecationEvent extends WatchEventBase {
  readonly type: "deprecation";
  /** The announced end of service (`YYYY-MM-DD`), when the source gives one. */
  readonly expires: string | null;
}

export type WatchEvent = ReleaseEvent | LicenceChangeEvent | GatingChangeEvent | PriceChangeEvent | DeprecationEvent;

/** One release on a vendor's timeline. */
export interface TimelineRelease {
  readonly model: string;
  readonly name: string;
  /** `YYYY-MM-DD`. Releases without a date never enter the timeline: their order is unknown. */
  readonly released: string;
  readonly open_weights: boolean;
  readonly frontier: boolean;
}

/** A vendor's open-versus-proprietary timeline, built from every source's latest snapshot. */
export interface VendorTimeline {
  readonly vendor: string;
  readonly latest_open: TimelineRelease | null;
  readonly latest_proprietary: TimelineRelease | null;
  /** The last N releases (N = `watch.recent`, default 5), newest first. */
  readonly recent: readonly TimelineRelease[];
  /** Share of `recent` that is open-weight, 0..1; null when `recent` is empty. */
  readonly recent_open_share: number | null;
  /** Days from the latest open-weight release to the run date; null when the vendor has none. */
  readonly days_since_open: number | null;
  /** Days the latest open-weight release trails the latest proprietary one (0 when open is newer); null without both. */
  readonly open_lag_days: number | null;
}

/** A rule that fired for a vendor in this run. */
export interface WatchTrigger {
  readonly vendor: string;
  /** The rule's name, e.g. `frontier-went-proprietary` (the playbook's rule) or a user rule's name. */
  readonly rule: string;
  readonly message: string;
  /** ISO datetime of this run. */
  readonly fired_at: string;
  /** ISO datetime of the first run in the unbroken streak of runs in which this rule fired for this vendor. */
  readonly since: string;
}
