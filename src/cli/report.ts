import { writeFileSync } from "node:fs";
import { CatalogError } from "../catalog/index.js";
import { ConfigError } from "../config/config-error.js";
import { decideContext, DecideUsageError, evidenceInputsFor, shownPath, type DecideSharedOptions } from "../decide/decide-context.js";
import { readDecisionFolder } from "../decide/decision-folder.js";
import { EvidenceError } from "../decide/evidence/evidence-error.js";
import { DecisionRecordError } from "../decide/record/decision-record-error.js";
import { buildBrief } from "../report/build-brief.js";
import { modelLines } from "../report/model-lines.js";
import { renderBriefHtml } from "../report/render-brief-html.js";
import { renderBriefMarkdown } from "../report/render-brief-markdown.js";
import { UsageError, type CommandResult } from "./command-result.js";

export interface ReportCommandOptions extends DecideSharedOptions {
  readonly format: "html" | "markdown";
  readonly output?: string;
}

/** `switchyard report`: the leadership brief from the audit, ledger, catalog, watch store, eval results and decisions. */
export async function reportCommand(options: ReportCommandOptions): Promise<CommandResult> {
  try {
    const context = await decideContext(options);
    const shown = (path: string): string => shownPath(context, path);
    const records = readDecisionFolder({ dir: context.dir, knownFamily: context.knownFamily, knownOption: context.knownOption, display: shown });
    const inputs = await evidenceInputsFor(context, { recordPaths: records.map(({ record }) => record.path) });
    const brief = buildBrief({ inputs, records, decisionsSource: shown(context.dir), lines: modelLines(inputs.catalog) });
    const text = options.format === "html" ? renderBriefHtml(brief) : renderBriefMarkdown(brief);
    if (options.output === undefined) return { exitCode: 0, stdout: text };
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      throw new DecideUsageError(`--output: cannot write ${options.output} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    return { exitCode: 0, stderr: `wrote ${options.output}` };
  } catch (error) {
    if (error instanceof DecideUsageError || error instanceof DecisionRecordError || error instanceof EvidenceError || error instanceof ConfigError || error instanceof CatalogError) throw new UsageError(error.message);
    throw error;
  }
}
