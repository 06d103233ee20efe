import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { readJsonBody, RequestBodyError } from '@yrd/shared/http/readJsonBody';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, IDENTITY_PROVIDER_IDENTITY, mintCheckedUserToken, TokenRejected, type UserCaller } from '@yrd/shared/identity/userTokens';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { sendConsoleJson } from './consoleHeaders.ts';

/** The lifetimes the console offers (as `npm run token -- --expires-in`). */
export const DEV_TOKEN_LIFETIMES = ['8h', '1h', '15m'] as const;

const MAX_BODY_BYTES = 4_096;

function refuse(response: ServerResponse, status: number, code: string, message: string): void {
  sendConsoleJson(response, status, { error: { code, message } });
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The host name of a Host header (lower case; an IPv6 address in brackets), or undefined when it is none. */
function hostnameOf(host: string): string | undefined {
  if (host === '' || /[/?#@\s]/.test(host)) return undefined;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

/** A name or address of this machine's loopback: localhost (and *.localhost), 127.0.0.0/8, ::1 (and ::ffff:127.x.x.x). */
function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  if (isIPv4(hostname)) return hostname.startsWith('127.');
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (!isIPv6(bare)) return false;
  // The WHATWG parser writes every IPv6 address in one form: ::1, and a mapped IPv4 as ::ffff:7fxx:xxxx.
  return bare === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(bare);
}

/**
 * Whether a request's Host is one development sign-in is served under: a loopback name or
 * address, or the host the gateway was told to listen on (YRD_HOST, when it names one rather
 * than every interface). A page of another site whose name it points at this machine (DNS
 * rebinding) is same-origin with itself — its Origin and Host agree — but its Host is its own
 * name, neither loopback nor the gateway's: refused.
 */
export function isDevelopmentHost(host: string | undefined, configuredHost?: string): boolean {
  const hostname = host === undefined ? undefined : hostnameOf(host);
  if (hostname === undefined) return false;
  if (isLoopback(hostname)) return true;
  if (configuredHost === undefined || configuredHost === '' || configuredHost === '0.0.0.0' || configuredHost === '::') return false;
  const configured = hostnameOf(isIPv6(configuredHost) ? `[${configuredHost}]` : configuredHost);
  return configured !== undefined && configured === hostname;
}

/** No Origin (not a browser's cross-site fetch), or this very host. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false; // "null" and other opaque origins
  }
}

/** The caller a request body names; the identifiers are checked when the token is read back. */
function callerOf(body: Record<string, unknown>): UserCaller | string {
  switch (body.kind) {
    case 'CITIZEN':
      return { kind: 'CITIZEN', residentId: text(body.residentId) };
    case 'ENTERPRISE':
      return { kind: 'ENTERPRISE', creditCode: text(body.creditCode) };
    case 'OPERATOR':
      // The region is checked by verifyUserToken (a member of the federation), like everything else.
      return { kind: 'OPERATOR', region: text(body.region) as RegionCode, division: text(body.division), window: text(body.window), operatorId: text(body.operatorId) };
    default:
      return '身份类型应为 CITIZEN（居民）、ENTERPRISE（企业）或 OPERATOR（窗口工作人员）';
  }
}

/**
 * POST /console/dev-token — development sign-in for the console: mints a bearer token for
 * the caller the body names with the development identity provider's key, exactly as
 * `npm run token` does, and reads it back as the gateway will, so a wrong identifier is
 * refused here with the gateway's own message. Only ever routed when the gateway runs the
 * development identity provider outside production (see consoleRoutes), and answered only under
 * a loopback host or the gateway's own (`listenHost`, YRD_HOST: isDevelopmentHost) and from
 * pages of the same origin.
 *
 *   { "kind": "OPERATOR", "region": "JIANGSU", "division": "320509", "window": "WJ-CSJ-01", "operatorId": "js-wj-0001" }
 *   { "kind": "CITIZEN", "residentId": "310118198804123021", "expiresIn": "1h" }
 *
 * Answers `{ token, expiresAt, caller }`, or `{ error: { code, message } }`.
 */
export function devTokenRoute(keysDir: string, maxLifetimeSeconds: number = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, listenHost?: string) {
  // Read at each sign-in (a small file, one key imported: a sign-in is once a session), so that a
  // key rotated or revoked with `npm run keys` while the gateway runs is never the one that signs.
  const identityProvider = () => MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, keysDir);

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return refuse(response, 405, 'METHOD_NOT_ALLOWED', '请用 POST 请求开发令牌');
    }
    // A JSON body cannot be sent cross-site without a CORS preflight, which this route never answers.
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(response, 415, 'UNSUPPORTED_MEDIA_TYPE', '请求体应为 application/json');
    }
    if (!isDevelopmentHost(request.headers.host, listenHost)) {
      return refuse(response, 403, 'UNTRUSTED_HOST', '开发登录只在本机地址（localhost、127.0.0.1）或网关配置的主机名下提供');
    }
    if (!sameOrigin(request)) {
      return refuse(response, 403, 'CROSS_ORIGIN', '只接受来自本控制台页面的请求');
    }
    let body: unknown;
    try {
      body = await readJsonBody(request, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof RequestBodyError) return refuse(response, error.status, 'BAD_REQUEST', error.message);
      throw error;
    }
    if (typeof body !== 'object' || body === null) return refuse(response, 400, 'BAD_REQUEST', '请求体应为 JSON 对象');
    const fields = body as Record<string, unknown>;
    const caller = callerOf(fields);
    if (typeof caller === 'string') return refuse(response, 400, 'BAD_REQUEST', caller);
    const expiresIn = fields.expiresIn ?? DEV_TOKEN_LIFETIMES[0];
    if (!DEV_TOKEN_LIFETIMES.some((lifetime) => lifetime === expiresIn)) {
      return refuse(response, 400, 'BAD_REQUEST', `有效期应为 ${DEV_TOKEN_LIFETIMES.join('、')} 之一`);
    }

    try {
      sendConsoleJson(response, 200, await mintCheckedUserToken(await identityProvider(), caller, String(expiresIn), maxLifetimeSeconds));
    } catch (error) {
      if (error instanceof TokenRejected) return refuse(response, 400, error.reason, error.message);
      throw error;
    }
  };
}
