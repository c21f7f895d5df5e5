import type { RequestSummary } from "../../src/ledger/request-summary.js";
import type { TestGateway } from "./start-gateway.js";
import { waitFor } from "./wait-for.js";

/**
 * The `number`th request's summary (counting from 1), once recorded. The gateway records a
 * request after its last byte went out, so a client can hold the whole answer before the
 * summary exists: reading `summaries.at(-1)` then may see nothing, or the previous request's.
 */
export async function recordedSummary(gateway: TestGateway, number: number): Promise<RequestSummary> {
  await waitFor(() => gateway.summaries.length >= number);
  return gateway.summaries[number - 1]!;
}
