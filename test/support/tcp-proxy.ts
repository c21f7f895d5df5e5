import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A loopback TCP proxy to a store, for outages of two kinds:
 * - refusing: `stop()` closes the listener and every connection (connection refused);
 *   `start()` listens again on the same port;
 * - stalled: `blackhole()` keeps accepting connections and reading bytes but forwards
 *   nothing either way, as a store that stops answering does; `forward()` delivers what
 *   was held, in order, and relays again (a stalled server that resumes).
 */
export interface TcpProxy {
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  blackhole(): void;
  forward(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  let holding = false;
  let held: { to: Socket; chunk: Buffer }[] = [];
  const relay = (from: Socket, to: Socket): void => {
    from.on("data", (chunk: Buffer) => {
      if (holding) held.push({ to, chunk });
      else to.write(chunk);
    });
  };
  const listen = async (): Promise<void> => {
    server = createServer((client) => {
      const upstream = connect(targetPort, "127.0.0.1");
      sockets.add(client).add(upstream);
      relay(client, upstream);
      relay(upstream, client);
      const drop = (): void => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  };
  const stop = async (): Promise<void> => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    held = [];
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    stop,
    start: listen,
    blackhole: () => {
      holding = true;
    },
    forward: () => {
      holding = false;
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    close: stop,
  };
}
