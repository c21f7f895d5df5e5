import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe, type RunningGateway } from "../../src/cli/serve.js";
import { createLogger } from "../../src/shared/logger.js";

const adminToken = "security-test-admin-token-abcdef";

async function serve(serverLines: string[]): Promise<RunningGateway> {
  const directory = await mkdtemp(join(tmpdir(), "switchyard-console-security-"));
  await writeFile(join(directory, "switchyard.yaml"), [...serverLines, "ledger: { enabled: false }", ""].join("\n"));
  return startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
}

describe("console security", () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await serve([`server: { admin_token: "${adminToken}" }`]);
  });
  afterAll(async () => {
    await gateway.close();
  });

  const login = (headers: Record<string, string>, token = adminToken): Promise<Response> =>
    fetch(`${gateway.url}/ui/api/login`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ token }) });

  it("needs a session for data, and gives one for the admin token only", async () => {
    expect((await fetch(`${gateway.url}/ui/api/routes`)).status).toBe(401);
    const origin = gateway.url;
    expect((await login({ origin }, "wrong")).status).toBe(401);
    const response = await login({ origin });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^switchyard_console=\d+\.[\w-]{24}\.[\w-]{43}; Path=\/ui; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const session = cookie.split(";", 1)[0]!;
    expect((await fetch(`${gateway.url}/ui/api/routes`, { headers: { cookie: session } })).status).toBe(200);
    // The admin token itself is not a console session, and a made-up cookie is not one either.
    expect((await fetch(`${gateway.url}/ui/api/routes`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(401);
    expect((await fetch(`${gateway.url}/ui/api/routes`, { headers: { cookie: "switchyard_console=forged" } })).status).toBe(401);
    // Another worker (here another gateway with the same admin token) knows the session too; one with another token does not.
    const sibling = await serve([`server: { admin_token: "${adminToken}" }`]);
    const stranger = await serve([`server: { admin_token: "${adminToken}-other" }`]);
    try {
      expect((await fetch(`${sibling.url}/ui/api/routes`, { headers: { cookie: session } })).status).toBe(200);
      expect((await fetch(`${stranger.url}/ui/api/routes`, { headers: { cookie: session } })).status).toBe(401);
    } finally {
      await sibling.close();
      await stranger.close();
    }
    // Logging out ends the session on the server, not just in the browser.
    await fetch(`${gateway.url}/ui/api/logout`, { method: "POST", headers: { cookie: session, origin, "content-type": "application/json" }, body: "{}" });
    expect((await fetch(`${gateway.url}/ui/api/routes`, { headers: { cookie: session } })).status).toBe(401);
  });

  it("answers 429 with Retry-After after five wrong tokens from one address, even to the right token", async () => {
    const limited = await serve([`server: { admin_token: "${adminToken}" }`]);
    try {
      const attempt = (token: string): Promise<Response> =>
        fetch(`${limited.url}/ui/api/login`, { method: "POST", headers: { "content-type": "application/json", origin: limited.url }, body: JSON.stringify({ token }) });
      for (let index = 0; index < 5; index++) expect((await attempt("wrong")).status).toBe(401);
      const refused = await attempt(adminToken);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Too many wrong admin tokens from this address; try again in \d+ s$/);
    } finally {
      await limited.close();
    }
  });

  it("refuses state changes that do not come from the console's own origin", async () => {
    const cross = await login({ origin: "https://evil.example" });
    expect(cross.status).toBe(403);
    expect(((await cross.json()) as { error: { message: string } }).error.message).toContain("never answers browser requests from other sites");
    const noOrigin = await login({});
    expect(noOrigin.status).toBe(403);
    expect(((await noOrigin.json()) as { error: { message: string } }).error.message).toContain("no Origin header");
    expect((await login({ origin: gateway.url, "sec-fetch-site": "same-site" })).status).toBe(403);
    // A form post (text/plain) cannot log in even from the right origin.
    const form = await fetch(`${gateway.url}/ui/api/login`, { method: "POST", headers: { origin: gateway.url, "content-type": "text/plain" }, body: JSON.stringify({ token: adminToken }) });
    expect(form.status).toBe(415);
  });

  it("serves the console with a strict content security policy and no framing", async () => {
    const response = await fetch(`${gateway.url}/ui/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('<script type="module" src="app.js">');
    expect((await fetch(`${gateway.url}/ui`, { redirect: "manual" })).headers.get("location")).toBe("/ui/");
    expect((await fetch(`${gateway.url}/ui/../../etc/passwd`)).status).toBe(404);
  });

  it("is off with server.ui: false", async () => {
    const off = await serve(["server: { ui: false }"]);
    try {
      expect((await fetch(`${off.url}/ui/`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it("answers without login on loopback when there is no admin token", async () => {
    const open = await serve([]);
    try {
      const session = (await (await fetch(`${open.url}/ui/api/session`)).json()) as { authenticated: boolean; loginRequired: boolean };
      expect(session).toEqual({ authenticated: true, loginRequired: false });
      expect((await fetch(`${open.url}/ui/api/routes`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
