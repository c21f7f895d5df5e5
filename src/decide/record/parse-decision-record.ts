import { basename } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { DecisionRecordError } from "./decision-record-error.js";
import type { DecisionRecord, RevisitTrigger } from "./decision-record.js";
import { frontMatterSchema, type FrontMatter } from "./front-matter-schema.js";
import { splitFrontMatter } from "./split-front-matter.js";
import { yamlLine } from "./yaml-line.js";

export interface ParseRecordOptions {
  readonly path: string;
  /** Shown in errors and messages; default `path`. */
  readonly display?: string;
  /** Families and options that exist (catalog ids and gateway aliases); undefined skips the check. */
  readonly knownFamily?: (family: string) => boolean;
  readonly knownOption?: (option: string) => boolean;
}

const fileNamePattern = /^(\d{4})-[a-z0-9-]+\.md$/;

/** One record file → DecisionRecord. Throws DecisionRecordError as `FILE:LINE: FIELD: problem`. */
export function parseDecisionRecord(text: string, options: ParseRecordOptions): DecisionRecord {
  const file = options.display ?? options.path;
  const id = fileNamePattern.exec(basename(file))?.[1];
  if (id === undefined) throw new DecisionRecordError(`${file}: file name must be NNNN-slug.md (four digits, a dash, lower-case words)`);
  const split = splitFrontMatter(text);
  if (split === undefined) throw new DecisionRecordError(`${file}:1: front matter: expected YAML between a first line "---" and a closing "---"`);
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (line: number | undefined): string => `${file}:${(line ?? 1) + split.yamlLine - 1}`;
  const yamlError = document.errors[0];
  if (yamlError) throw new DecisionRecordError(`${at(lineCounter.linePos(yamlError.pos[0]).line)}: front matter: invalid YAML: ${yamlError.message.split("\n")[0] ?? ""}`);
  const fail = (path: readonly (string | number)[], message: string): never => {
    throw new DecisionRecordError(`${at(yamlLine(document, lineCounter, path))}: ${path.join(".") || "front matter"}: ${message}`);
  };
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) fail([], "expected a mapping of fields");
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    fail(issue.path === "" ? [] : issue.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), issue.message);
  }
  const front = parsed.data as FrontMatter;

  if (front.family !== undefined && options.knownFamily && !options.knownFamily(front.family)) fail(["family"], `unknown family "${front.family}" (see \`switchyard catalog\`)`);
  if (options.knownOption) {
    front.options.forEach((option, index) => {
      if (!options.knownOption!(option)) fail(["options", index], `unknown model or alias "${option}" (not in the catalog and not a route in the gateway config)`);
    });
  }
  if (front.chosen_option !== undefined && !front.options.includes(front.chosen_option)) fail(["chosen_option"], `"${front.chosen_option}" is not one of the options (${front.options.join(", ") || "none"})`);
  front.revisit_when.forEach((trigger, index) => {
    if ("eval" in trigger && !front.options.includes(trigger.eval.option)) fail(["revisit_when", index, "eval", "option"], `"${trigger.eval.option}" is not one of the options`);
  });

  const heading = /^# (.+)$/m.exec(split.body);
  if (heading?.[1] === undefined) throw new DecisionRecordError(`${file}:${split.bodyLine}: title: expected a "# Title" heading after the front matter`);

  return {
    id,
    path: options.path,
    file,
    title: heading[1].trim(),
    status: front.status,
    date: front.date,
    decisionMakers: front["decision-makers"] ?? [],
    consulted: front.consulted ?? [],
    informed: front.informed ?? [],
    subject: front.family !== undefined ? { kind: "family", family: front.family } : { kind: "models", models: front.models ?? [] },
    owner: front.owner,
    deadline: front.deadline,
    options: front.options,
    criteria: {
      nonInferiorityMargin: front.criteria.non_inferiority_margin,
      maxPricePerMillion: front.criteria.max_price_per_million,
      licencePermissive: front.criteria.licence === "permissive" ? true : undefined,
      selfHostable: front.criteria.self_hostable,
    },
    revisitWhen: front.revisit_when.map(toTrigger),
    chosenOption: front.chosen_option,
    supersededBy: front.superseded_by,
    supersedes: front.supersedes,
  };
}

function toTrigger(trigger: FrontMatter["revisit_when"][number]): RevisitTrigger {
  if ("watch" in trigger) return { kind: "watch", vendor: trigger.watch.vendor, rule: trigger.watch.rule };
  if ("audit" in trigger) return { kind: "audit", atLeast: trigger.audit.at_least, baseline: trigger.audit.baseline };
  return { kind: "eval", option: trigger.eval.option, verdict: trigger.eval.verdict };
}
