import { randomUUID } from "node:crypto";
import type { Catalog } from "../catalog/index.js";
import { describeWarning } from "../core/warning.js";
import type { RequestSummary } from "./request-summary.js";
import type { UsageRecord } from "./usage-record.js";

/** A finished request → its ledger record, labelled with what the catalog knows of the upstream model. */
export function buildUsageRecord(summary: RequestSummary, catalog: Catalog | undefined, now: number = Date.now()): UsageRecord {
  const resolution = summary.upstreamModel && catalog ? catalog.resolve(summary.upstreamModel) : undefined;
  const model = resolution?.model;
  const usage = summary.usage;
  return {
    // Not the client's x-request-id: clients reuse theirs, and every request must leave its own row.
    recordId: randomUUID(),
    requestId: summary.requestId,
    time: now,
    keyId: summary.keyId ?? null,
    keyName: summary.keyName ?? null,
    alias: summary.alias ?? null,
    provider: summary.provider ?? null,
    upstreamModel: summary.upstreamModel ?? null,
    catalogModel: model?.id ?? null,
    family: resolution?.family.id ?? null,
    vendor: model?.vendor ?? resolution?.family.vendor ?? null,
    licence: model?.licence ?? null,
    openWeight: model ? model.openWeight : null,
    status: summary.status,
    errorCode: summary.errorCode ?? null,
    stream: summary.stream,
    cacheHit: summary.cacheHit,
    shadow: summary.shadow,
    clientDisconnected: summary.clientDisconnected,
    inputTokens: usage?.inputTokens ?? null,
    outputTokens: usage?.outputTokens ?? null,
    cachedInputTokens: usage?.cachedInputTokens ?? null,
    cacheWriteTokens: usage?.cacheWriteTokens ?? null,
    reasoningTokens: usage?.reasoningTokens ?? null,
    costUsd: summary.costUsd ?? null,
    latencyMs: Math.round(summary.durationMs * 1000) / 1000,
    firstTokenMs: summary.firstTokenMs === undefined ? null : Math.round(summary.firstTokenMs * 1000) / 1000,
    finishReason: summary.finishReason?.raw ?? summary.finishReason?.unified ?? null,
    attempts: summary.attempts,
    warnings: summary.warnings.map(describeWarning),
  };
}
