import { parentPort } from "node:worker_threads";
import type { WorkerCallReply, WorkerCallRequest } from "./worker-thread-client.js";

/**
 * The thread's end of `createWorkerThreadClient`: runs each posted call one at a
 * time, in arrival order, and replies when it has finished (a write is committed
 * before its reply is sent). `close` runs its handler, then closes the port.
 */
export function serveWorkerCalls(name: string, handlers: Readonly<Record<string, (args: readonly unknown[]) => unknown>>): void {
  const port = parentPort;
  if (!port) throw new Error(`${name} runs as a worker thread only`);
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (request: WorkerCallRequest) => {
    queue = queue.then(async () => {
      let reply: WorkerCallReply;
      try {
        const handler = handlers[request.method];
        if (!handler) throw new Error(`${name}: no method ${request.method}`);
        reply = { id: request.id, ok: true, value: await handler(request.args) };
      } catch (error) {
        reply = { id: request.id, ok: false, message: (error as Error).message };
      }
      port.postMessage(reply);
      if (request.method === "close") port.close();
    });
  });
}
