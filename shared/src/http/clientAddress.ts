import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { ConfigurationError } from '../process/configurationError.ts';

/** The address of the client a request came from. */
export type ClientAddress = (request: IncomingMessage) => string;

const HOW = 'expected addresses or subnets separated by commas, such as 10.0.0.0/8,192.168.1.5, or loopback, linklocal, uniquelocal';

/**
 * Where requests come from, for everything keyed by client address: the gateway's rate limits
 * for anonymous callers, a province's audit and throttling of calls that bypass the gateway.
 * Behind a load balancer every socket is the balancer's (all anonymous traffic would share one
 * bucket, every refused direct call would name the balancer); so X-Forwarded-For is read — but
 * only through the proxies named in `YRD_TRUSTED_PROXIES`, hop by hop from the socket
 * (proxy-addr, Express's implementation). A header a client writes itself is never believed:
 * without the variable, the socket's address.
 */
export function clientAddressFromEnvironment(env: NodeJS.ProcessEnv = process.env): ClientAddress {
  const listed = (env.YRD_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (listed.length === 0) return (request) => request.socket.remoteAddress ?? 'unknown';
  let trusted: ReturnType<typeof proxyAddr.compile>;
  try {
    trusted = proxyAddr.compile(listed);
  } catch (error) {
    throw new ConfigurationError(`YRD_TRUSTED_PROXIES: ${(error as Error).message}; ${HOW}`);
  }
  // proxy-addr answers undefined (typed string) for a socket without an address: one already gone.
  return (request) => (request.socket.remoteAddress === undefined ? 'unknown' : proxyAddr(request, trusted));
}
