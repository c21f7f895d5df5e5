import { pino, type DestinationStream, type Level, type Logger } from "pino";

export type { Logger };

export type LogFormat = "json" | "pretty";
export type LogLevel = Level | "silent";

export const logLevels: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** A level name as given (env var, option); undefined when it is not one, so the caller can name where it came from. */
export function parseLogLevel(value: string): LogLevel | undefined {
  const level = value.trim().toLowerCase();
  return (logLevels as readonly string[]).includes(level) ? (level as LogLevel) : undefined;
}

/**
 * Logs on stderr, so stdout stays free for what commands print. JSON by default,
 * one object per line with the level as its name (`"level":"info"`), which log
 * pipelines read without knowing pino's numbers.
 */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  return pino(
    { level: options.level ?? parseLogLevel(process.env.SWITCHYARD_LOG_LEVEL ?? "") ?? "info", base: undefined, formatters: { level: (label) => ({ level: label }) } },
    options.destination ?? pino.destination({ fd: 2, sync: false }),
  );
}

/**
 * A logger in the asked format. `pretty` is for a person at a terminal: coloured
 * when stderr is one, written synchronously (a terminal is not the bottleneck,
 * and nothing is left unwritten at exit), and loaded only when asked for, so
 * JSON users never pay for its import.
 */
export async function openLogger(options: { level: LogLevel; format: LogFormat }): Promise<Logger> {
  if (options.format === "json") return createLogger({ level: options.level });
  const { default: pretty } = await import("pino-pretty");
  return createLogger({ level: options.level, destination: pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY === true, translateTime: "SYS:HH:MM:ss.l" }) });
}
