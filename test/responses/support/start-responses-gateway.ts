import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ResponseStore } from "../../../src/responses-store/response-store.js";
import { createSqliteResponseStore } from "../../../src/responses-store/sqlite-response-store.js";
import type { FakeUpstream } from "../../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../../support/start-gateway.js";
import { startScriptedUpstream, type UpstreamType } from "./scripted-upstream.js";

export interface ResponsesSetup {
  readonly upstream: FakeUpstream;
  readonly gateway: TestGateway;
  readonly store: ResponseStore;
  close(): Promise<void>;
}

/** A gateway with a SQLite Responses store in a fresh directory, routing alias `m` to a scripted upstream of `type`. */
export async function startResponsesGateway(type: UpstreamType, extra: Record<string, unknown> = {}): Promise<ResponsesSetup> {
  const upstream = await startScriptedUpstream(type);
  const directory = await mkdtemp(join(tmpdir(), "switchyard-responses-"));
  const store = createSqliteResponseStore(join(directory, "responses.db"));
  await store.migrate();
  const gateway = await startGateway(
    {
      providers: { target: { type, base_url: upstream.url, api_key: "upstream-key" } },
      models: { m: { targets: [{ provider: "target", model: "upstream-model" }] } },
      ...extra,
    },
    { responseStore: store },
  );
  return {
    upstream,
    gateway,
    store,
    close: async () => {
      await gateway.close();
      await upstream.close();
      await store.close();
    },
  };
}
