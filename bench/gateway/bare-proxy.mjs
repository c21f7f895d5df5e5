/**
 * The runtime's practical floor for a proxy: node:http in, node:http out with a
 * keep-alive agent, bytes piped, nothing parsed. Plain JavaScript run by plain
 * `node`, so its RSS is the proxy's own (under tsx the measured pid would be the
 * launcher, with the proxy in a child process).
 * Usage: node bare-proxy.mjs PORT UPSTREAM_PORT
 */
import { Agent, createServer, request } from "node:http";

const port = Number(process.argv[2]);
const upstreamPort = Number(process.argv[3]);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

createServer((incoming, outgoing) => {
  const upstream = request({ host: "127.0.0.1", port: upstreamPort, path: incoming.url, method: incoming.method, headers: incoming.headers, agent }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(outgoing);
  });
  upstream.on("error", () => outgoing.destroy());
  incoming.pipe(upstream);
}).listen(port, "127.0.0.1", () => process.send?.("ready"));

// Exits through Node on SIGTERM (not the signal's default), so `node --cpu-prof` writes its profile (bench/gateway/profile.ts).
process.on("SIGTERM", () => process.exit(0));
