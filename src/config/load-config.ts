import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, dirname } from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import { describeZodError } from "../shared/describe-zod-error.js";
import { catalogUpdatesFiles } from "./catalog-updates-file.js";
import { ConfigError } from "./config-error.js";
import { configFileSchema } from "./config-schema.js";
import type { GatewayConfig } from "./gateway-config.js";
import { coerceInterpolated } from "./coerce-interpolated.js";
import { interpolateEnv } from "./interpolate-env.js";
import { normaliseConfig } from "./normalise-config.js";

/** Reads, interpolates, validates and normalises a config file. Throws ConfigError with file:line and dot-path. */
export async function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseConfigText(text, { path, env });
}

export function parseConfigText(text: string, options: { path: string; env: NodeJS.ProcessEnv }): GatewayConfig {
  const display = displayPath(options.path);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    throw new ConfigError(`${display}:${position.line}:${position.col}: invalid YAML: ${firstLine(yamlError.message)}`);
  }
  const where = (path: readonly (string | number)[]): string => {
    const line = lineOf(document, lineCounter, path);
    return `${display}${line ? `:${line}` : ""}: ${path.join(".") || "(top level)"}`;
  };

  const raw: unknown = document.toJS() ?? {};
  const { value: interpolated, missing, interpolated: substituted } = interpolateEnv(raw, options.env);
  const firstMissing = missing[0];
  if (firstMissing) {
    throw new ConfigError(`${where(firstMissing.path.split("."))}: environment variable ${firstMissing.variable} is not set (use \${${firstMissing.variable}:-default} for a fallback)`);
  }

  let parsed = configFileSchema.safeParse(interpolated);
  if (!parsed.success && substituted.size > 0) {
    // `port: "${PORT}"` is a string after substitution; read it as the schema's type and validate again.
    const coerced = coerceInterpolated(interpolated, parsed.error.issues, substituted);
    if ("problem" in coerced) throw new ConfigError(`${where(coerced.problem.path)}: ${coerced.problem.message}`);
    parsed = configFileSchema.safeParse(coerced.value);
  }
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new ConfigError(`${where(issue.path ? issue.path.split(".") : [])}: ${issue.message}`);
  }
  const { config, problems } = normaliseConfig(parsed.data, { source: options.path, env: options.env });
  const problem = problems[0];
  if (problem) throw new ConfigError(`${where(problem.path)}: ${problem.message}`);
  // Paths in the file are relative to the file, as users expect of includes.
  const base = dirname(resolve(options.path));
  const fromBase = (file: string): string => (isAbsolute(file) ? file : resolve(base, file));
  const { ledger, decisions } = config;
  return {
    ...config,
    ...(decisions === undefined
      ? {}
      : { decisions: { dir: decisions.dir === undefined ? undefined : fromBase(decisions.dir), audit: decisions.audit === undefined ? undefined : fromBase(decisions.audit), evals: decisions.evals.map(fromBase) } }),
    catalogFiles: [...catalogUpdatesFiles(base), ...config.catalogFiles.map(fromBase)],
    ledger: { ...ledger, spillPath: fromBase(ledger.spillPath), store: ledger.store.kind === "sqlite" ? { kind: "sqlite", path: fromBase(ledger.store.path) } : ledger.store },
  };
}

function lineOf(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  // Walk up until a node exists: an unknown key's parent at least has a line.
  for (let length = path.length; length >= 0; length--) {
    const segments = path.slice(0, length).map((segment) => (typeof segment === "string" && /^\d+$/.test(segment) ? Number(segment) : segment));
    const node = document.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    // For a key (unknown-key errors), find the pair in the parent map.
    const parent = length > 0 ? (document.getIn(segments.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined) : undefined;
    const pair = parent?.items?.find((item) => item.key?.value === segments[segments.length - 1]);
    if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
  }
  return undefined;
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
