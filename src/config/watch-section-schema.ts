import { z } from "zod";

/**
 * The config file's `watch:` section (`switchyard watch`, `switchyard catalog update`).
 * Kept in its own file so the gateway's schema gains one line; normalisation lives
 * in src/watch, which is the only reader.
 */
const sourceNamePattern = /^(models-dev|openrouter|huggingface)(:[A-Za-z0-9._-]+)?$/;
const sourceUrl = z.string().regex(/^(https?|file):\/\/\S+$/, "must be an http://, https:// or file:// URL");
const eventType = z.enum(["release", "licence-change", "gating-change", "price-change", "deprecation"]);
const vendorList = z.array(z.string().min(1)).min(1);

/** The playbook's rule: the vendor's last N frontier releases are proprietary while its open line lags. */
export const playbookRuleSchema = z.strictObject({
  enabled: z.boolean().optional(),
  /** How many of the latest frontier releases must be proprietary (default 2). */
  last: z.number().int().min(1).max(20).optional(),
  /** The open line lags when its latest release is at least this many days older than the latest proprietary one (default 90). */
  min_lag_days: z.number().int().min(0).optional(),
  /** Count only frontier releases (default true); false counts every release. */
  frontier_only: z.boolean().optional(),
  /** Only these vendors (catalog vendor ids); default every vendor with an open-weight release. */
  vendors: vendorList.optional(),
});

/**
 * A user rule. Every condition given must hold for a vendor; `event` makes it fire
 * only in runs that saw such an event for the vendor.
 */
export const watchRuleSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "rule names are lower-case words joined by '-'"),
    vendors: vendorList.optional(),
    event: z.union([eventType, z.array(eventType).min(1)]).optional(),
    /** With `event`: only events whose model id contains this text (case-insensitive). */
    model_contains: z.string().min(1).optional(),
    days_since_open_over: z.number().int().min(0).optional(),
    recent_open_share_below: z.number().min(0).max(1).optional(),
    open_lag_days_over: z.number().int().min(0).optional(),
    /** Shown instead of the generated explanation. */
    message: z.string().min(1).optional(),
  })
  .refine((rule) => rule.event !== undefined || rule.days_since_open_over !== undefined || rule.recent_open_share_below !== undefined || rule.open_lag_days_over !== undefined, {
    message: "a rule needs at least one condition: event, days_since_open_over, recent_open_share_below or open_lag_days_over",
  });

export const watchSectionSchema = z.strictObject({
  /** Source name → URL. When absent (and no --source is given), the public defaults are used. */
  sources: z
    .record(z.string(), sourceUrl)
    .superRefine((sources, context) => {
      // Checked here rather than as the record's key schema, whose error only says "Invalid key in record".
      for (const name of Object.keys(sources)) {
        if (!sourceNamePattern.test(name)) context.addIssue({ code: "custom", path: [name], message: "source names are models-dev, openrouter or huggingface, or TYPE:LABEL for a second source of one type" });
      }
    })
    .optional(),
  /** Per-request timeout (default 15000). */
  timeout_ms: z.number().int().positive().max(300_000).optional(),
  /** How many recent releases per vendor the timeline shows (default 5). */
  recent: z.number().int().min(1).max(50).optional(),
  playbook_rule: playbookRuleSchema.optional(),
  rules: z.array(watchRuleSchema).optional(),
  /** Slack-compatible incoming-webhook URL posted to when a run has events or triggers (`--notify` overrides). */
  notify: z.string().regex(/^https?:\/\/\S+$/, "must be an http:// or https:// URL").optional(),
});

export type WatchSection = z.infer<typeof watchSectionSchema>;
export type WatchRuleSection = z.infer<typeof watchRuleSchema>;
export type PlaybookRuleSection = z.infer<typeof playbookRuleSchema>;
