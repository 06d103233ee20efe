import { pino, type Logger } from 'pino';

/**
 * Every process logs JSON lines (pino) to stdout: one object per event, with the service name,
 * an ISO time and, for anything about a request, its request id — so the gateway's line and each
 * subgraph's line for one client request can be joined.
 */
export type { Logger };

export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  // Written asynchronously: a request never waits for its log line to reach the pipe
  // (pino flushes what is pending when the process exits).
  const destination = pino.destination({ dest: 1, sync: false });
  return pino({
    level: env.YRD_LOG_LEVEL ?? 'info',
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Tokens and assertions never reach a log line, even when a header object is logged whole.
    redact: { paths: ['*.authorization', '*["x-yrd-caller"]', 'headers.authorization', 'headers["x-yrd-caller"]'], censor: '[redacted]' },
  }, destination);
}
