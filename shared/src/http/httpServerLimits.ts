import { ConfigurationError } from '../process/configurationError.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';

/**
 * How much of a server a client may hold before it is known who the client is: every request's
 * body is read into memory (up to the body limit) before its token is checked or its rate
 * counted, so a client that declares a large body and stalls holds that memory, and a socket, for
 * as long as the server waits. Read by the gateway, the hub and every province, each process for
 * itself (a gateway cluster's workers each hold their own connections):
 *
 * | variable                     | default | meaning |
 * | YRD_HTTP_HEADERS_TIMEOUT_MS  | 10000 (at most the request timeout) | time to send a request's headers |
 * | YRD_HTTP_REQUEST_TIMEOUT_MS  | 30000   | time to send a whole request, headers and body; then 408 and the connection is closed |
 * | YRD_HTTP_MAX_CONNECTIONS     | 4096    | connections held at once; a further one is closed as it arrives |
 * | YRD_HTTP_BODIES_PER_CLIENT   | 32      | gateway: requests of one client address whose bodies are still arriving; another is 429 |
 *
 * Waiting for the response is not bounded here: a request's time ends once its body is in.
 */
export interface HttpServerLimits {
  /** How long a client has to send a request's headers (Node's `headersTimeout`). */
  readonly headersTimeoutMs: number;
  /** How long it has to send the whole request, headers and body (Node's `requestTimeout`): past it 408, and the connection is closed. */
  readonly requestTimeoutMs: number;
  /** Connections held at once (`server.maxConnections`): one more is closed as it is accepted. */
  readonly maxConnections: number;
}

export const DEFAULT_HTTP_SERVER_LIMITS: HttpServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 4_096 };

/** At the gateway: requests of one client whose bodies are still arriving (YRD_HTTP_BODIES_PER_CLIENT). */
export const DEFAULT_BODIES_PER_CLIENT = 32;

/**
 * The limits from the environment, each refused (naming its variable) when it is not a whole
 * number in range; a headers timeout longer than the request timeout is refused too (the headers
 * are part of the request). Unset, the headers timeout is 10 s or the request timeout if shorter.
 */
export function httpServerLimitsFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): HttpServerLimits {
  const requestTimeoutMs = wholeNumberVariable(env, 'YRD_HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_SERVER_LIMITS.requestTimeoutMs, 100);
  const headersTimeoutMs = wholeNumberVariable(env, 'YRD_HTTP_HEADERS_TIMEOUT_MS', Math.min(DEFAULT_HTTP_SERVER_LIMITS.headersTimeoutMs, requestTimeoutMs), 100);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigurationError(
      `YRD_HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than YRD_HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request`,
    );
  }
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    maxConnections: wholeNumberVariable(env, 'YRD_HTTP_MAX_CONNECTIONS', DEFAULT_HTTP_SERVER_LIMITS.maxConnections, 1),
  };
}

/** YRD_HTTP_BODIES_PER_CLIENT, read by the gateway. */
export function bodiesPerClientFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumberVariable(env, 'YRD_HTTP_BODIES_PER_CLIENT', DEFAULT_BODIES_PER_CLIENT, 1);
}
