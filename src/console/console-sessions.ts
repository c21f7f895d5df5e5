import { createHash, randomBytes } from "node:crypto";

/** The console's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), scoped to `/ui`. */
export const sessionCookieName = "switchyard_console";

/** How long a console login lasts. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/**
 * Console logins held in memory. The cookie carries a random 256-bit id; only its
 * SHA-256 is kept, so a heap dump or a log of this map does not yield a usable
 * cookie. A restart logs everyone out, which is the safe direction.
 */
export class ConsoleSessions {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts a session; returns the `Set-Cookie` value (the id appears nowhere else). */
  create(options: { readonly secure: boolean }): string {
    this.prune();
    const id = randomBytes(32).toString("base64url");
    this.expiries.set(digest(id), this.now() + sessionLifetimeMs);
    return cookie(id, sessionLifetimeMs / 1000, options.secure);
  }

  /** Whether the request's `Cookie` header carries a live session. */
  isValid(cookieHeader: string | undefined): boolean {
    const id = readCookie(cookieHeader, sessionCookieName);
    if (id === undefined) return false;
    const expiry = this.expiries.get(digest(id));
    if (expiry === undefined) return false;
    if (expiry <= this.now()) {
      this.expiries.delete(digest(id));
      return false;
    }
    return true;
  }

  /** Ends the request's session; returns the `Set-Cookie` value that clears it in the browser. */
  destroy(cookieHeader: string | undefined, options: { readonly secure: boolean }): string {
    const id = readCookie(cookieHeader, sessionCookieName);
    if (id !== undefined) this.expiries.delete(digest(id));
    return cookie("", 0, options.secure);
  }

  private prune(): void {
    const now = this.now();
    for (const [hash, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(hash);
  }
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookieName}=${value}; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

function digest(id: string): string {
  return createHash("sha256").update(id).digest("hex");
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
