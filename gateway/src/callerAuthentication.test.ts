import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { errors, type JWTVerifyGetKey } from 'jose';
import { describe, expect, it } from 'vitest';
import { authenticateRequest, isRefusedToken } from './callerAuthentication.ts';

/**
 * The bearer token's verdict as the gateway turns it into an answer: refused tokens are 401
 * UNAUTHENTICATED; when the identity provider's keys cannot be had, no token is refused — the
 * caller is asked to retry (503), since its sign-in is not at fault.
 */
const request = (authorization: string) => ({ headers: { authorization } }) as unknown as IncomingMessage;
// A syntactically whole token (header.payload.signature); its signature is never reached.
const TOKEN = 'eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

async function refusalOf(keys: JWTVerifyGetKey): Promise<GraphQLError> {
  try {
    await authenticateRequest(request(`Bearer ${TOKEN}`), keys);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('authenticateRequest', () => {
  it('answers 503 SERVICE_UNAVAILABLE with retry-after, not 401, when the keys cannot be fetched', async () => {
    const error = await refusalOf(() => Promise.reject(new TypeError('fetch failed')));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'IDENTITY_KEYS_UNAVAILABLE', retryAfterSeconds: 5, http: { status: 503 } });
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('5');
    expect(error.message).toContain('无需重新登录');
    expect(isRefusedToken(error)).toBe(false);
  });

  it('still refuses, 401, a token whose key the identity provider does not publish', async () => {
    const error = await refusalOf(() => Promise.reject(new errors.JWKSNoMatchingKey()));
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE', http: { status: 401 } });
    expect(isRefusedToken(error)).toBe(true);
  });
});
