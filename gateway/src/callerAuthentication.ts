import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '@yrd/shared/identity/authErrors';
import { ANONYMOUS, type Caller } from '@yrd/shared/identity/caller';
import { signCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import {
  checkTokenLifetime,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  IdentityKeysUnavailable,
  TokenRejected,
  trustListKeys,
  verifyUserToken,
} from '@yrd/shared/identity/userTokens';
import { ExpiringCache } from '@yrd/shared/cache/expiringCache';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import type { SigningKey } from '@yrd/shared/trust/memberKeys';
import type { TrustListSource } from '@yrd/shared/trust/signedMessage';

/**
 * The gateway's part in identity: it establishes the caller from the bearer token (none:
 * anonymous; bad or expired: refused), and vouches for that caller to each subgraph with a
 * short-lived signed assertion addressed to that subgraph.
 */
export interface GatewayContext {
  readonly caller: Caller;
  /** The request's id, passed to every subgraph and logged everywhere. */
  readonly requestId: string;
  /** The signed assertion of the caller for one subgraph, for a read (reused across requests while fresh). */
  assertionFor(subgraph: string): Promise<string>;
  /** An assertion of the caller for one subgraph bound to the one request with this exact body: every fetch of a write. */
  boundAssertionFor(subgraph: string, body: string): Promise<string>;
}

export function identityProviderKeys(trust: TrustListSource, env: NodeJS.ProcessEnv = process.env): JWTVerifyGetKey {
  // A production identity provider publishes its keys itself; the development one is a trust-list member.
  const jwks = identityProviderJwksUrl(env);
  return jwks ? createRemoteJWKSet(jwks) : trustListKeys(trust);
}

/**
 * YRD_IDP_JWKS_URL, when set: an absolute http(s) URL, or refused naming the variable — `new URL`
 * alone says only "Invalid URL", and a URL jose cannot fetch would refuse every token later.
 */
export function identityProviderJwksUrl(env: Readonly<Record<string, string | undefined>> = process.env): URL | undefined {
  const raw = env.YRD_IDP_JWKS_URL;
  if (raw === undefined || raw === '') return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigurationError(`YRD_IDP_JWKS_URL must be the identity provider's JWKS as an absolute http(s) URL, such as https://idp.example/.well-known/jwks.json; got "${raw}"`);
  }
  return url;
}

/** The longest token lifetime the setting may allow: 30 days. */
export const MAX_TOKEN_LIFETIME_CEILING_SECONDS = 2_592_000;

/**
 * YRD_TOKEN_MAX_LIFETIME_SECONDS: the longest a bearer token may live from its `iat` to its
 * `exp` (default 24 hours; from 60 s to 30 days). A token without either claim, or living
 * longer, is refused whoever signed it — a token the identity provider (or whoever holds the
 * development key) signs for year 5138 is not a sign-in.
 */
export function maxTokenLifetimeFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumberVariable(env, 'YRD_TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, 60, MAX_TOKEN_LIFETIME_CEILING_SECONDS);
}

/**
 * Assertions the gateway made, reused for half their lifetime for the same caller and subgraph:
 * signing one per subgraph per request would cost more than some requests themselves.
 */
const assertions = new ExpiringCache<Promise<string>>(20_000);
const REUSE_MS = 30_000;

/** The gateway's signed assertion of a caller for one subgraph (made, or reused while fresh). */
export function assertionOf(caller: Caller, subgraph: string, gatewayKey: SigningKey): Promise<string> {
  const key = `${gatewayKey.kid}\n${subgraph}\n${JSON.stringify(caller)}`;
  let assertion = assertions.get(key);
  if (!assertion) {
    assertion = signCallerAssertion(caller, subgraph, gatewayKey);
    assertions.set(key, assertion, Date.now() + REUSE_MS);
    assertion.catch(() => assertions.set(key, assertion as Promise<string>, 0));
  }
  return assertion;
}

export function callerContext(caller: Caller, gatewayKey: SigningKey, requestId: string): GatewayContext {
  return {
    caller,
    requestId,
    assertionFor: (subgraph) => assertionOf(caller, subgraph, gatewayKey),
    boundAssertionFor: (subgraph, body) => signCallerAssertion(caller, subgraph, gatewayKey, body),
  };
}

/** Bearer tokens verified already, by their text, for at most 30 s and never past their expiry. */
const verifiedTokens = new ExpiringCache<Caller>(50_000);
const TOKEN_REUSE_MS = 30_000;

/** Counts the times the verified tokens were forgotten: a verdict reached across one is not kept. */
let tokenGeneration = 0;

/**
 * Every bearer token is verified again at its next request: the trust list changed, and the key
 * one was verified with may have been revoked. A verification under way meanwhile (its key read
 * from the list before the change) answers its own request but is not kept.
 */
export function forgetVerifiedTokens(): void {
  tokenGeneration++;
  verifiedTokens.clear();
}

/**
 * The caller a request's bearer token proves (none: anonymous). Refused, UNAUTHENTICATED with the
 * reason: a malformed, expired or wrongly signed token, one whose claims fail their checks, and
 * one without `iat` or `exp` or living longer than `maxLifetimeSeconds` (TOKEN_LIFETIME_TOO_LONG).
 */
export async function authenticateRequest(
  request: IncomingMessage,
  keys: JWTVerifyGetKey,
  maxLifetimeSeconds: number = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header) return ANONYMOUS;
  const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('MALFORMED_TOKEN', 'Authorization 头应为 “Bearer <令牌>”');
  const token = match[1];
  const known = verifiedTokens.get(token);
  if (known) return known;
  const generation = tokenGeneration;
  try {
    const caller = await verifyUserToken(token, keys);
    const claims = decodeJwt(token);
    checkTokenLifetime(claims, maxLifetimeSeconds);
    const expiresAt = Math.min((claims.exp ?? 0) * 1000, Date.now() + TOKEN_REUSE_MS);
    if (generation === tokenGeneration) verifiedTokens.set(token, caller, expiresAt);
    return caller;
  } catch (error) {
    if (error instanceof TokenRejected) throw unauthenticated(error.reason, error.message);
    if (error instanceof IdentityKeysUnavailable) throw identityKeysUnavailable(error);
    throw error;
  }
}

/** Whether an error is the refusal of a bearer token (UNAUTHENTICATED), not a failure to check it. */
export function isRefusedToken(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
}

/** Seconds a caller is asked to wait when tokens cannot be verified. */
const RETRY_AFTER_SECONDS = 5;

/**
 * No token can be verified now (the identity provider's keys could not be fetched): 503, to be
 * retried, and not a refusal of the token — the caller's sign-in is not at fault. The cause
 * travels as originalError, for the log.
 */
export function identityKeysUnavailable(cause: IdentityKeysUnavailable): GraphQLError {
  // Typed loosely, as rateLimitedError's are: a package in the workspace augments
  // GraphQLErrorExtensions.http with headers as a plain record, which a HeaderMap is not.
  const extensions: Record<string, unknown> = {
    code: 'SERVICE_UNAVAILABLE',
    reason: 'IDENTITY_KEYS_UNAVAILABLE',
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  };
  return new GraphQLError(`暂时无法核验登录令牌：身份认证服务不可用，请 ${RETRY_AFTER_SECONDS} 秒后重试（无需重新登录）`, { originalError: cause, extensions });
}
