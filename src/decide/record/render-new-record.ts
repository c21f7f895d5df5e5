import { stringify } from "yaml";

export interface NewRecordInput {
  readonly title: string;
  readonly family: string;
  readonly owner: string | undefined;
  readonly deadline: string;
  readonly options: readonly string[];
  /** YYYY-MM-DD. */
  readonly today: string;
  /** The family's vendor, so the playbook's watch rule is there to keep or delete. */
  readonly vendor: string | undefined;
}

/**
 * A new proposed record: MADR 4's sections, with the Switchyard fields in the
 * front matter. Criteria and the vendor's watch trigger are written as a
 * starting point the owner edits, because a decision without them cannot be
 * checked by `decide check`.
 */
export function renderNewRecord(input: NewRecordInput): string {
  const front = {
    status: "proposed",
    date: input.today,
    "decision-makers": input.owner === undefined ? [] : [input.owner],
    consulted: [],
    informed: [],
    family: input.family,
    ...(input.owner === undefined ? {} : { owner: input.owner }),
    deadline: input.deadline,
    options: [...input.options],
    criteria: { non_inferiority_margin: 0.05 },
    revisit_when: [...(input.vendor === undefined ? [] : [{ watch: { vendor: input.vendor } }]), { audit: { at_least: "critical" } }],
  };
  const options = input.options.length === 0 ? ["* {option 1: a catalog model id or gateway alias; add it to `options:` too}"] : input.options.map((option) => `* ${option}`);
  return [
    "---",
    stringify(front, { lineWidth: 0 }).trimEnd(),
    "---",
    "",
    `# ${input.title}`,
    "",
    "## Context and Problem Statement",
    "",
    `{Why the ${input.family} dependency needs a decision now, in two or three sentences.}`,
    "",
    "## Decision Drivers",
    "",
    "* {driver, e.g. licence terms, self-hosting, quality on our prompts, price}",
    "",
    "## Considered Options",
    "",
    ...options,
    "",
    "## Decision Outcome",
    "",
    "Pending: no option chosen yet.",
    "",
    "### Consequences",
    "",
    "* {Good, because …}",
    "* {Bad, because …}",
    "",
    "### Confirmation",
    "",
    "`switchyard decide check` runs in CI: it fails when this decision passes its deadline while still proposed, or when a `revisit_when` trigger fires after its date. `switchyard decide show` refreshes the evidence.",
    "",
  ].join("\n");
}

/** `Leave Llama by Q3!` → `leave-llama-by-q3`. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? "decision" : slug;
}
