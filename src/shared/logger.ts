import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs on stderr, so stdout stays free for what commands print. */
export function createLogger(options: { level?: string } = {}): Logger {
  return pino({ level: options.level ?? process.env.SWITCHYARD_LOG_LEVEL ?? "info", base: undefined }, pino.destination({ fd: 2, sync: false }));
}
