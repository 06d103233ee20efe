import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '@yrd/shared/identity/authErrors';
import { ANONYMOUS, type Caller } from '@yrd/shared/identity/caller';
import { signCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import { TokenRejected, trustListKeys, verifyUserToken } from '@yrd/shared/identity/userTokens';
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
  /** The signed assertion of the caller for one subgraph, made once per request and subgraph. */
  assertionFor(subgraph: string): Promise<string>;
}

export function identityProviderKeys(trust: TrustListSource, env: NodeJS.ProcessEnv = process.env): JWTVerifyGetKey {
  // A production identity provider publishes its keys itself; the development one is a trust-list member.
  return env.YRD_IDP_JWKS_URL ? createRemoteJWKSet(new URL(env.YRD_IDP_JWKS_URL)) : trustListKeys(trust);
}

export function callerContext(caller: Caller, gatewayKey: SigningKey, requestId: string): GatewayContext {
  const assertions = new Map<string, Promise<string>>();
  return {
    caller,
    requestId,
    assertionFor(subgraph) {
      let assertion = assertions.get(subgraph);
      if (!assertion) {
        assertion = signCallerAssertion(caller, subgraph, gatewayKey);
        assertions.set(subgraph, assertion);
      }
      return assertion;
    },
  };
}

export async function authenticateRequest(request: IncomingMessage, keys: JWTVerifyGetKey): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header) return ANONYMOUS;
  const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('MALFORMED_TOKEN', 'Authorization 头应为 “Bearer <令牌>”');
  try {
    return await verifyUserToken(match[1], keys);
  } catch (error) {
    if (error instanceof TokenRejected) throw unauthenticated(error.reason, error.message);
    throw error;
  }
}
