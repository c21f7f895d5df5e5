import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import { GatewayError } from "../core/gateway-error.js";
import type { ServerConfig } from "../config/gateway-config.js";

/**
 * Defences against requests a web page makes through the developer's browser.
 *
 * DNS rebinding: a page on `attacker.example` re-resolves its own name to
 * 127.0.0.1 and then talks to the gateway "same-origin"; the `Host` header still
 * says `attacker.example`, so only names this gateway is known by are answered.
 * IP literals are always accepted: rebinding needs a name the attacker controls,
 * and probes and load balancers address replicas by IP.
 *
 * Cross-site requests: a page may POST to any URL without preflight when the body
 * is `text/plain`; the `Origin` (or `Sec-Fetch-Site: cross-site`) header gives it
 * away. Those are refused unless `server.cors.origins` lists the origin, and the
 * admin API refuses them always.
 */
export interface BrowserPolicy {
  /** Throws 421 when `Host` names a host this gateway does not answer for. */
  checkHost(headers: IncomingHttpHeaders): void;
  /**
   * Throws 403 for a cross-origin browser request that is not allowed; returns the
   * origin to echo in `Access-Control-Allow-Origin` when CORS allows it.
   */
  checkOrigin(headers: IncomingHttpHeaders, path: string): string | undefined;
}

/** Exposed to cross-origin pages, so a browser client can read routing and retry information. */
export const corsExposedHeaders = "x-request-id, x-switchyard-route, x-switchyard-target, x-switchyard-attempts, x-switchyard-warnings, x-switchyard-cache, x-switchyard-cost-usd, retry-after, x-should-retry";

const loopbackNames = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function createBrowserPolicy(options: { readonly server: ServerConfig; readonly boundHost: () => string | undefined }): BrowserPolicy {
  const { server } = options;
  const anyHost = server.allowedHosts.includes("*");
  const exactHosts = new Set(server.allowedHosts.filter((host) => !host.startsWith("*.")));
  const domainSuffixes = server.allowedHosts.filter((host) => host.startsWith("*.")).map((host) => host.slice(1));
  const corsOrigins = server.corsOrigins;
  const anyOrigin = corsOrigins?.includes("*") ?? false;

  const hostAllowed = (name: string): boolean => {
    if (anyHost || loopbackNames.has(name) || exactHosts.has(name)) return true;
    if (isIP(name.startsWith("[") ? name.slice(1, -1) : name) !== 0) return true;
    if (name === options.boundHost()?.toLowerCase()) return true;
    return domainSuffixes.some((suffix) => name.endsWith(suffix));
  };

  return {
    checkHost(headers) {
      const host = headers.host;
      // HTTP/1.0 clients may omit it; browsers never do.
      if (host === undefined || host === "") return;
      const name = hostName(host);
      if (hostAllowed(name)) return;
      throw new GatewayError(
        "host-not-allowed",
        `Host "${name}" is not one this gateway answers for (localhost, its IP addresses, server.host, server.allowed_hosts); if it is yours, add it to server.allowed_hosts`,
      );
    },
    checkOrigin(headers, path) {
      const origin = headers.origin;
      const crossSite = headers["sec-fetch-site"] === "cross-site";
      if (origin === undefined && !crossSite) return undefined;
      if (!crossSite && origin !== undefined && headers.host !== undefined && originHost(origin) === headers.host.toLowerCase()) return undefined;
      // The console is as privileged as the admin API: it never answers other sites either.
      const admin = path === "/admin" || path.startsWith("/admin/") || path === "/ui" || path.startsWith("/ui/");
      if (!admin && origin !== undefined && (anyOrigin || (corsOrigins?.includes(origin.toLowerCase()) ?? false))) return origin;
      const who = origin ?? "another site";
      throw new GatewayError(
        "forbidden",
        admin
          ? `Cross-origin request from ${who} refused: the admin API never answers browser requests from other sites`
          : `Cross-origin request from ${who} refused: list the origin in server.cors.origins to let browsers on it call this gateway`,
      );
    },
  };
}

/** `Example.COM:4000` → `example.com`; `[::1]:4000` → `[::1]`. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return end === -1 ? lower : lower.slice(0, end + 1);
  }
  const colon = lower.lastIndexOf(":");
  const name = colon === -1 ? lower : lower.slice(0, colon);
  return name.endsWith(".") ? name.slice(0, -1) : name;
}

/** The `host[:port]` of an `Origin` value, as it would appear in `Host`; undefined for `null` or garbage. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
