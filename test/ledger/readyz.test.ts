import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/serve.js";
import { createLogger } from "../../src/shared/logger.js";
import { startFakeUpstream } from "../support/fake-upstream.js";
import { postgresUrl, serviceAvailable } from "../support/services.js";
import { startTcpProxy } from "../support/tcp-proxy.js";
import { waitFor } from "../support/wait-for.js";

const available = await serviceAvailable("postgres");

describe.skipIf(!available)("/readyz and /healthz", () => {
  it("turns unready while PostgreSQL is unreachable and ready again after; /healthz stays up; both answer HEAD", async () => {
    const schema = `switchyard_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const upstream = await startFakeUpstream();
    const proxy = await startTcpProxy(5432);
    const url = new URL(postgresUrl);
    url.port = String(proxy.port);
    url.searchParams.set("options", `-c search_path=${schema}`);
    const directory = await mkdtemp(join(tmpdir(), "switchyard-readyz-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      `providers:\n  local: { type: openai-compatible, base_url: "${upstream.url}" }\nmodels:\n  chat: { targets: [{ provider: local, model: m }] }\nledger:\n  url: "${url.toString()}"\n  flush_interval_ms: 50\n`,
    );
    const running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    const readyz = async (): Promise<{ status: number; body: { status: string; down: string[] } }> => {
      const response = await fetch(`${running.url}/readyz`);
      return { status: response.status, body: (await response.json()) as { status: string; down: string[] } };
    };
    try {
      expect(await readyz()).toMatchObject({ status: 200, body: { status: "ready", down: [] } });
      expect((await fetch(`${running.url}/readyz`, { method: "HEAD" })).status).toBe(200);
      expect((await fetch(`${running.url}/healthz`, { method: "HEAD" })).status).toBe(200);

      await proxy.stop();
      // A request gives the ledger something to write, so the outage is noticed at the next flush.
      await fetch(`${running.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: "hi" }] }) });
      await waitFor(async () => (await readyz()).status === 503, 10_000);
      expect(await readyz()).toMatchObject({ body: { status: "unready", down: ["ledger"] } });
      expect((await fetch(`${running.url}/readyz`, { method: "HEAD" })).status).toBe(503);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

      await proxy.start();
      await waitFor(async () => (await readyz()).status === 200, 15_000);
    } finally {
      await running.close();
      await proxy.close();
      await upstream.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});
