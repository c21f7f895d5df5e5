import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { callWithAnthropic } from "./support/call-with-anthropic.js";
import { callWithOpenAI } from "./support/call-with-openai.js";
import { scenarios, type InboundDialectName } from "./support/conformance-scenarios.js";
import type { NeutralRequest, NeutralResult } from "./support/neutral.js";
import { readSentRequest, type UpstreamProtocol } from "./support/read-sent-request.js";

/**
 * The conformance table (CONVENTIONS §12): every scenario, for every pair of
 * inbound dialect (official SDK as caller) × upstream protocol (fake upstream
 * replaying recorded wire bytes).
 */
const upstreamProtocols: readonly UpstreamProtocol[] = ["openai-compatible", "anthropic", "gemini"];
const callers: Record<InboundDialectName, (gateway: TestGateway, model: string, request: NeutralRequest) => Promise<NeutralResult>> = {
  "openai-chat": (gateway, model, request) => callWithOpenAI(gateway.baseURL, model, request),
  "anthropic-messages": (gateway, model, request) => callWithAnthropic(gateway.url, model, request),
};

describe.each(Object.keys(callers) as InboundDialectName[])("inbound %s", (inbound) => {
  describe.each(upstreamProtocols)("upstream %s", (upstream) => {
    let fake: FakeUpstream;
    let gateway: TestGateway;

    beforeAll(async () => {
      fake = await startFakeUpstream();
      gateway = await startGateway({
        providers: { target: { type: upstream, base_url: fake.url, api_key: "upstream-key" } },
        models: {
          // One attempt and a breaker that never opens: each scenario sees exactly one upstream answer.
          conformance: { targets: [{ provider: "target", model: "test-model" }], retry: { attempts: 1 }, breaker: { failures: 1000 } },
        },
      });
    });
    afterAll(async () => {
      await gateway.close();
      await fake.close();
    });
    beforeEach(() => {
      fake.requests.length = 0;
    });

    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))("%s", async (_name, scenario) => {
      fake.enqueue(scenario.replies[upstream]);
      const summariesBefore = gateway.summaries.length;
      const result = await callers[inbound](gateway, "conformance", scenario.request);
      const rawSent = fake.requests[0]?.body;
      await scenario.check({
        inbound,
        upstream,
        result,
        rawSent,
        sent: rawSent ? readSentRequest(upstream, rawSent) : undefined,
        ledgerUsage: async () => {
          // Observers run once the response has ended, which can be just after the client has it.
          for (let waited = 0; gateway.summaries.length === summariesBefore && waited < 1000; waited += 10) await sleep(10);
          return gateway.summaries.at(-1)?.usage;
        },
      });
    });
  });
});
