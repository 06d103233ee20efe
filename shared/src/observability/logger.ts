import { pino, type DestinationStream, type Logger } from 'pino';
import { ConfigurationError } from '../process/configurationError.ts';

/**
 * Every process logs JSON lines (pino) to stdout: one object per event, with the service name,
 * an ISO time and, for anything about a request, its request id — so the gateway's line and each
 * subgraph's line for one client request can be joined.
 */
export type { Logger };

/** The levels YRD_LOG_LEVEL may name: pino's, from the fewest lines to the most. */
export const LOG_LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * YRD_LOG_LEVEL, `info` unless set. Checked here: pino's own refusal ("default level:loud must be
 * included in custom levels") names neither the variable nor the levels there are.
 */
export function logLevelFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): LogLevel {
  const raw = env.YRD_LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (!level) throw new ConfigurationError(`YRD_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** `destination`: stdout unless told (tests read the lines a component writes). */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const level = logLevelFromEnvironment(env);
  // Written asynchronously to stdout: a request never waits for its log line to reach the pipe
  // (pino flushes what is pending when the process exits).
  return pino({
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Tokens and assertions never reach a log line, even when a header object is logged whole.
    redact: { paths: ['*.authorization', '*["x-yrd-caller"]', 'headers.authorization', 'headers["x-yrd-caller"]'], censor: '[redacted]' },
  }, destination ?? pino.destination({ dest: 1, sync: false }));
}
