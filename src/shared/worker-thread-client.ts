import { Worker } from "node:worker_threads";

/** A call the gateway's thread posts to a worker thread served by `serveWorkerCalls`. */
export interface WorkerCallRequest {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

export type WorkerCallReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly message: string };

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

export interface WorkerThreadClient {
  /** Posts one call; resolves with the thread's answer, rejects with its error message. Calls run in the order posted. */
  call(method: string, ...args: unknown[]): Promise<unknown>;
  /** A call every new thread runs before anything else (a migration, once it has succeeded), when the last one died. */
  runOnRestart(method: string, ...args: unknown[]): void;
  /** How many calls are posted and not yet answered. */
  readonly inFlight: number;
  /** Posts `close` (the thread's own cleanup), then ends the thread. */
  close(): Promise<void>;
}

/**
 * The gateway's end of a worker thread that owns a database connection (the
 * SQLite ledger, the SQLite response store): calls are posted (a structured
 * clone) and answered in order, so a commit never holds the event loop. If the
 * thread dies, pending calls fail and the next call starts a new thread, which
 * first runs the `runOnRestart` call. Idle, the thread does not keep a finished
 * CLI or test process alive.
 *
 * `entry` is the worker module's URL without its extension, beside the caller:
 * built, the `.js` file runs; from source (tests, `tsx`) the `.ts` file, which a
 * worker can only load through tsx's loader, registered inside the thread.
 */
export function createWorkerThreadClient(options: { readonly entry: URL; readonly workerData: unknown; readonly name: string }): WorkerThreadClient {
  let worker: Worker | undefined;
  let nextId = 0;
  let restartCall: { method: string; args: unknown[] } | undefined;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    const started = spawn(options.entry, options.workerData);
    started.on("message", (reply: WorkerCallReply) => {
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.message));
      if (pending.size === 0) started.unref();
    });
    const fail = (error: Error): void => {
      if (worker === started) worker = undefined;
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    started.on("error", fail);
    started.on("exit", (code) => fail(new Error(`${options.name} thread exited (code ${code})`)));
    started.unref();
    return started;
  };

  const send = (target: Worker, method: string, args: readonly unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      target.ref();
      target.postMessage({ id, method, args } satisfies WorkerCallRequest);
    });

  return {
    call(method, ...args) {
      if (!worker) {
        worker = start();
        // Posted first, so it runs first: the thread answers in order.
        if (restartCall && restartCall.method !== method) void send(worker, restartCall.method, restartCall.args).catch(() => undefined);
      }
      return send(worker, method, args);
    },
    runOnRestart(method, ...args) {
      restartCall = { method, args };
    },
    get inFlight() {
      return pending.size;
    },
    async close() {
      const closing = worker;
      if (!closing) return;
      await send(closing, "close", []);
      worker = undefined;
      await closing.terminate();
    },
  };
}

function spawn(entry: URL, workerData: unknown): Worker {
  const here = entry.href;
  if (import.meta.url.endsWith(".ts")) {
    const source = `${here}.ts`;
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(bootstrap, { eval: true, workerData });
  }
  return new Worker(new URL(`${here}.js`), { workerData });
}
