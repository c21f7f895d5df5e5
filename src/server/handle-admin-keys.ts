import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import { authorizeAdmin } from "./handle-admin.js";
import type { Logger } from "../shared/logger.js";
import { sendJson } from "./send-json.js";
import { readJsonBody } from "./read-json-body.js";
import { describeKey } from "../governance/describe-key.js";
import type { KeyAdministration } from "../governance/key-registry.js";
import { newKeySpend } from "../governance/key-spend.js";
import { KeySpecError, parseKeySpec, type KeySpecInput } from "../governance/key-spec.js";

/** Key bodies are tiny; a small cap keeps this unauthenticated-until-checked path cheap. */
const maxBodyBytes = 16 * 1024;

/**
 * `GET /admin/keys`, `POST /admin/keys` (answers the secret, once) and
 * `DELETE /admin/keys/:id`, behind the same admin check as `/admin/targets`.
 */
export async function handleAdminKeys(options: {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly path: string;
  readonly adminToken: string | undefined;
  /** `server.require_keys`: when false, a new key is said to be optional, in the answer and the log. */
  readonly requireKeys: boolean;
  readonly keys: KeyAdministration | undefined;
  readonly logger: Logger;
}): Promise<void> {
  authorizeAdmin(options.request, options.adminToken);
  const id = options.path === "/admin/keys" ? undefined : decodeURIComponent(options.path.slice("/admin/keys/".length));
  return answerKeyRequest({ ...options, id, prefix: "/admin/keys" });
}

/**
 * The key operations once the caller is authorised (the admin API by token, the
 * console by session): list, create (the secret is in this one answer and nowhere
 * else, never logged), revoke.
 */
export async function answerKeyRequest(options: {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** The key id from the path; undefined for the collection. */
  readonly id: string | undefined;
  /** Path prefix named in errors. */
  readonly prefix: string;
  readonly requireKeys: boolean;
  readonly keys: KeyAdministration | undefined;
  readonly logger: Logger;
}): Promise<void> {
  const { request, response, keys, id, prefix } = options;
  if (!keys) throw new GatewayError("not-found", "Virtual keys are not enabled on this gateway");

  if (id === undefined && request.method === "GET") {
    const listed = await keys.list();
    const spend = await keys.spend(listed);
    return sendJson(response, 200, { keys: listed.map((key) => describeKey(key, spend?.get(key.id))) });
  }
  if (id === undefined && request.method === "POST") {
    const body = await readJsonBody(request, maxBodyBytes);
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new GatewayError("invalid-request", "Expected a JSON object: { name, models?, budget?, rpm?, tpm? }");
    const { key, secret } = await keys.create(toSpec(body as Record<string, unknown>));
    if (options.requireKeys) return sendJson(response, 201, { ...describeKey(key, newKeySpend(key)), secret });
    options.logger.warn({ keyId: key.id, keyName: key.name }, openGatewayNote);
    return sendJson(response, 201, { ...describeKey(key, newKeySpend(key)), secret, warning: openGatewayNote });
  }
  if (id !== undefined && id !== "" && request.method === "DELETE") {
    const revoked = await keys.revoke(id);
    if (!revoked) throw new GatewayError("not-found", `No key with id "${id}"`);
    return sendJson(response, 200, describeKey(revoked, (await keys.spend([revoked]))?.get(revoked.id)));
  }
  throw new GatewayError("method-not-allowed", id === undefined ? `${prefix} accepts GET and POST` : `${prefix}/:id accepts DELETE`);
}

/** Said whenever a key is created on a gateway that does not require keys, so nobody mistakes a key for a lock. */
export const openGatewayNote =
  "server.require_keys is false: requests without a key are still served; this key only identifies, scopes and limits the clients that send it (set server.require_keys: true to require keys)";

function toSpec(body: Record<string, unknown>): ReturnType<typeof parseKeySpec> {
  const unknown = Object.keys(body).filter((field) => !["name", "models", "budget", "rpm", "tpm"].includes(field));
  if (unknown.length > 0) throw new GatewayError("invalid-request", `${unknown[0]}: unknown field`, { param: unknown[0] });
  try {
    return parseKeySpec(body as unknown as KeySpecInput);
  } catch (error) {
    if (error instanceof KeySpecError) throw new GatewayError("invalid-request", error.message, { param: error.message.split(":", 1)[0] });
    throw error;
  }
}
