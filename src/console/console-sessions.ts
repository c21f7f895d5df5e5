import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The console's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), scoped to `/ui`. */
export const sessionCookieName = "switchyard_console";

/** How long a console login lasts. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/**
 * Console logins, verifiable by any process that knows the admin token: the
 * cookie is `expiry.nonce.mac`, the MAC an HMAC-SHA256 over expiry and nonce
 * with a key derived from the admin token. So under `serve --workers N` a login
 * made on one worker is good on all of them, nothing is stored, and changing the
 * admin token ends every session. Logging out clears the browser's cookie and
 * refuses that cookie in this process; a copy of it kept elsewhere stays valid
 * on other workers until it expires (12 hours) or the admin token changes.
 */
export class ConsoleSessions {
  /** Logged-out cookies' MACs, until their expiry. */
  private readonly revoked = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts a session; returns the `Set-Cookie` value. */
  create(options: { readonly secure: boolean; readonly adminToken: string }): string {
    const expiry = this.now() + sessionLifetimeMs;
    const payload = `${expiry}.${randomBytes(18).toString("base64url")}`;
    return cookie(`${payload}.${mac(options.adminToken, payload)}`, sessionLifetimeMs / 1000, options.secure);
  }

  /** Whether the request's `Cookie` header carries a live session signed with this admin token. */
  isValid(cookieHeader: string | undefined, adminToken: string): boolean {
    const value = readCookie(cookieHeader, sessionCookieName);
    const parts = value?.split(".");
    if (parts?.length !== 3) return false;
    const [expiry, nonce, given] = parts as [string, string, string];
    const expected = Buffer.from(mac(adminToken, `${expiry}.${nonce}`));
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return false;
    if (!/^\d+$/.test(expiry) || Number(expiry) <= this.now()) return false;
    return !this.revoked.has(given);
  }

  /** Ends the request's session; returns the `Set-Cookie` value that clears it in the browser. */
  destroy(cookieHeader: string | undefined, options: { readonly secure: boolean }): string {
    const parts = readCookie(cookieHeader, sessionCookieName)?.split(".");
    if (parts?.length === 3 && /^\d+$/.test(parts[0]!)) {
      const now = this.now();
      for (const [revokedMac, expiry] of this.revoked) if (expiry <= now) this.revoked.delete(revokedMac);
      this.revoked.set(parts[2]!, Number(parts[0]));
    }
    return cookie("", 0, options.secure);
  }
}

/** The session MAC; its key is derived from the admin token so the token itself never signs anything directly. */
function mac(adminToken: string, payload: string): string {
  const key = createHmac("sha256", adminToken).update("switchyard console session v1").digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookieName}=${value}; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

/** One cookie's value from a `Cookie` header; undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const equals = part.indexOf("=");
    if (equals !== -1 && part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim();
  }
  return undefined;
}
