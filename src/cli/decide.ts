import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogError, loadCatalog } from "../catalog/index.js";
import { renderTextTable } from "../shared/render-text-table.js";
import { ConfigError } from "../config/config-error.js";
import { parseDeadline } from "../decide/calendar-date.js";
import { checkDecisions, listRow } from "../decide/check-decisions.js";
import { decideContext, DecideUsageError, evidenceInputsFor, shownPath, type DecideContext, type DecideSharedOptions } from "../decide/decide-context.js";
import { findDecision, nextDecisionId, readDecisionFolder, type LoadedRecord } from "../decide/decision-folder.js";
import { EvidenceError } from "../decide/evidence/evidence-error.js";
import { gatherEvidence } from "../decide/evidence/gather-evidence.js";
import { evaluateTriggers } from "../decide/fired-triggers.js";
import { DecisionRecordError } from "../decide/record/decision-record-error.js";
import { editDecisionRecord, type RecordEdit } from "../decide/record/edit-decision-record.js";
import { parseDecisionRecord } from "../decide/record/parse-decision-record.js";
import { renderNewRecord, slugify } from "../decide/record/render-new-record.js";
import { decisionJson, decisionMarkdown } from "../decide/render-decision.js";
import { UsageError, type CommandResult } from "./command-result.js";

export type DecideCommandOptions = DecideSharedOptions &
  (
    | { readonly action: "new"; readonly title: string; readonly family: string; readonly owner?: string; readonly deadline?: string; readonly options?: string }
    | { readonly action: "list"; readonly format: "table" | "json" }
    | { readonly action: "show"; readonly id: string; readonly format: "markdown" | "json" }
    | { readonly action: "accept"; readonly id: string; readonly option: string; readonly reason: string }
    | { readonly action: "reject"; readonly id: string; readonly reason?: string }
    | { readonly action: "supersede"; readonly id: string; readonly by: string }
    | { readonly action: "check" }
  );

/** `switchyard decide …`: decision records with owners, deadlines and revisit triggers tied to evidence. */
export async function decideCommand(options: DecideCommandOptions): Promise<CommandResult> {
  try {
    const context = await decideContext(options);
    switch (options.action) {
      case "new":
        return newDecision(context, options);
      case "list":
      case "check":
        return await listOrCheck(context, options.action === "list" ? options.format : "check");
      case "show":
        return await showDecision(context, options.id, options.format);
      case "accept":
        return changeStatus(context, options.id, "accept", (record) => {
          if (options.reason.trim() === "") throw new DecideUsageError("--reason: say why (it goes into the record's Decision Outcome)");
          if (!record.options.includes(options.option)) throw new DecideUsageError(`--option: "${options.option}" is not one of ${record.id}'s options (${record.options.join(", ") || "none; add it to options: first"})`);
          return { set: { status: "accepted", date: context.today, chosen_option: options.option }, outcome: `Chosen option: "${options.option}", because ${sentence(options.reason)}` };
        });
      case "reject":
        return changeStatus(context, options.id, "reject", () => ({
          set: { status: "rejected", date: context.today },
          outcome: `Rejected on ${context.today}${options.reason === undefined || options.reason.trim() === "" ? "." : `, because ${sentence(options.reason)}`}`,
        }));
      case "supersede":
        return supersede(context, options.id, options.by);
    }
  } catch (error) {
    if (error instanceof DecideUsageError || error instanceof DecisionRecordError || error instanceof EvidenceError || error instanceof ConfigError || error instanceof CatalogError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

function readFolder(context: DecideContext): LoadedRecord[] {
  return readDecisionFolder({ dir: context.dir, knownFamily: context.knownFamily, knownOption: context.knownOption, display: (path) => shownPath(context, path) });
}


function newDecision(context: DecideContext, options: Extract<DecideCommandOptions, { action: "new" }>): CommandResult {
  const title = options.title.trim();
  if (title === "" || title.includes("\n")) throw new DecideUsageError("TITLE: give a one-line title");
  if (!context.knownFamily(options.family)) throw new DecideUsageError(`--family: unknown family "${options.family}" (see \`switchyard catalog\`)`);
  const deadline = parseDeadline(options.deadline ?? "90d", context.today);
  if (deadline === undefined) throw new DecideUsageError(`--deadline: expected YYYY-MM-DD or a number of days such as 90d, got "${options.deadline ?? ""}"`);
  if (deadline < context.today) throw new DecideUsageError(`--deadline: ${deadline} is in the past (today is ${context.today})`);
  const choices = (options.options ?? "").split(",").map((option) => option.trim()).filter((option) => option !== "");
  const unknown = choices.find((option) => !context.knownOption(option));
  if (unknown !== undefined) throw new DecideUsageError(`--options: unknown model or alias "${unknown}" (not in the catalog and not a route in the gateway config)`);
  if (new Set(choices).size !== choices.length) throw new DecideUsageError("--options: an option is listed twice");
  const records = readFolder(context);
  const vendor = loadCatalog({ extraFiles: context.config?.catalogFiles ?? [] }).family(options.family)?.vendor;
  const text = renderNewRecord({ title, family: options.family, owner: options.owner, deadline, options: choices, today: context.today, vendor });
  const path = join(context.dir, `${nextDecisionId(records)}-${slugify(title)}.md`);
  parseDecisionRecord(text, { path, display: shownPath(context, path), knownFamily: context.knownFamily, knownOption: context.knownOption });
  mkdirSync(context.dir, { recursive: true });
  writeFileSync(path, text, { flag: "wx" });
  return { exitCode: 0, stdout: `${shownPath(context, path)}\n` };
}

async function listOrCheck(context: DecideContext, mode: "table" | "json" | "check"): Promise<CommandResult> {
  const records = readFolder(context);
  const open = records.filter(({ record }) => record.status === "proposed" || record.status === "accepted");
  const needsAudit = open.some(({ record }) => record.revisitWhen.some((trigger) => trigger.kind === "audit"));
  const needsWatch = open.some(({ record }) => record.revisitWhen.some((trigger) => trigger.kind === "watch"));
  const inputs = await evidenceInputsFor(context, { recordPaths: needsAudit ? records.map(({ record }) => record.path) : undefined, skip: { ledger: true, watch: !needsWatch } });
  if (mode === "check") {
    const { problems, warnings } = checkDecisions(records, inputs);
    const stderr = warnings.length > 0 ? `${warnings.map((warning) => `warning: ${warning}`).join("\n")}\n` : undefined;
    if (problems.length > 0) return { exitCode: 1, stdout: `${problems.join("\n")}\n`, stderr };
    return { exitCode: 0, stdout: `${records.length} decision(s) checked in ${shownPath(context, context.dir)}: no decision is overdue and no revisit trigger fired\n`, stderr };
  }
  const rows = records.map(({ record }) => listRow(record, inputs));
  if (mode === "json") return { exitCode: 0, stdout: `${JSON.stringify(rows, null, 2)}\n` };
  if (rows.length === 0) return { exitCode: 0, stdout: `No decisions in ${shownPath(context, context.dir)}; create one with \`switchyard decide new TITLE --family F\`.\n` };
  const table = renderTextTable({
    header: ["id", "status", "title", "family", "owner", "deadline", "days left", "triggers"],
    rows: rows.map((row) => [row.id, row.overdue ? `${row.status} (overdue)` : row.status, row.title, row.family ?? "", row.owner ?? "", row.deadline ?? "", row.days_left === null ? "" : String(row.days_left), String(row.triggers.length)]),
  });
  return { exitCode: 0, stdout: `${table}\n` };
}

async function showDecision(context: DecideContext, id: string, format: "markdown" | "json"): Promise<CommandResult> {
  const records = readFolder(context);
  const loaded = findDecision(records, id) ?? notFound(context, id);
  const inputs = await evidenceInputsFor(context, { recordPaths: records.map(({ record }) => record.path) });
  const evidence = gatherEvidence(loaded.record, inputs);
  const triggers = evaluateTriggers(loaded.record, inputs);
  if (format === "json") return { exitCode: 0, stdout: `${JSON.stringify(decisionJson(loaded.record, evidence, triggers), null, 2)}\n` };
  return { exitCode: 0, stdout: decisionMarkdown({ text: loaded.text, record: loaded.record, evidence, triggers }) };
}

function notFound(context: DecideContext, id: string): never {
  throw new DecideUsageError(`no decision "${id}" in ${shownPath(context, context.dir)} (see \`switchyard decide list\`)`);
}

/** Edits one record: the new text is parsed (validated) before anything is written. */
function changeStatus(context: DecideContext, id: string, verb: "accept" | "reject", edit: (record: LoadedRecord["record"]) => RecordEdit): CommandResult {
  const records = readFolder(context);
  const loaded = findDecision(records, id) ?? notFound(context, id);
  if (loaded.record.status !== "proposed") throw new DecideUsageError(`${loaded.record.id} is ${loaded.record.status}; only a proposed decision can be ${verb === "accept" ? "accepted" : "rejected"}`);
  const text = editDecisionRecord(readFileSync(loaded.record.path, "utf8"), edit(loaded.record), loaded.record.path);
  const record = parseDecisionRecord(text, { path: loaded.record.path, display: loaded.record.file, knownFamily: context.knownFamily, knownOption: context.knownOption });
  writeFileSync(loaded.record.path, text);
  return { exitCode: 0, stdout: `${record.file}: ${record.status}${record.chosenOption === undefined ? "" : ` (${record.chosenOption})`}\n` };
}

function supersede(context: DecideContext, id: string, by: string): CommandResult {
  const records = readFolder(context);
  const old = findDecision(records, id) ?? notFound(context, id);
  const replacement = findDecision(records, by) ?? notFound(context, by);
  if (old.record.id === replacement.record.id) throw new DecideUsageError("--by: a decision cannot supersede itself");
  if (old.record.status !== "proposed" && old.record.status !== "accepted") throw new DecideUsageError(`${old.record.id} is ${old.record.status}; only a proposed or accepted decision can be superseded`);
  if (replacement.record.status === "rejected" || replacement.record.status === "superseded") throw new DecideUsageError(`--by: ${replacement.record.id} is ${replacement.record.status}`);
  const parse = (text: string, path: string) => parseDecisionRecord(text, { path, display: shownPath(context, path), knownFamily: context.knownFamily, knownOption: context.knownOption });
  const oldText = editDecisionRecord(readFileSync(old.record.path, "utf8"), { set: { status: "superseded", date: context.today, superseded_by: replacement.record.id } }, old.record.path);
  const newText = editDecisionRecord(readFileSync(replacement.record.path, "utf8"), { set: { supersedes: old.record.id } }, replacement.record.path);
  parse(oldText, old.record.path);
  parse(newText, replacement.record.path);
  writeFileSync(old.record.path, oldText);
  writeFileSync(replacement.record.path, newText);
  return { exitCode: 0, stdout: `${old.record.file}: superseded by ${replacement.record.id}\n` };
}

/** A reason as the end of a sentence: trimmed, with a full stop unless it has its own. */
function sentence(reason: string): string {
  const trimmed = reason.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
