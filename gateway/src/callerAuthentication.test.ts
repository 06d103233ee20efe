import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { errors, importJWK, SignJWT, type JWTVerifyGetKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_PROVIDER_IDENTITY, mintCheckedUserToken, mintUserToken, TokenRejected, USER_TOKEN_AUDIENCE, USER_TOKEN_ISSUER } from '@yrd/shared/identity/userTokens';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { authenticateRequest, forgetVerifiedTokens, isRefusedToken, maxTokenLifetimeFromEnvironment } from './callerAuthentication.ts';

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

describe('token lifetime', () => {
  const root = mkdtempSync(join(tmpdir(), 'yrd-token-lifetime-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let identityProvider: MemberKeys;
  let keys: JWTVerifyGetKey;
  beforeAll(async () => {
    identityProvider = await MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, root);
    const key = await importJWK(identityProvider.publicMember().keys[0]?.jwk ?? {}, 'EdDSA');
    keys = async () => key;
  });
  const citizen = { kind: 'CITIZEN', residentId: '310118198804123021' } as const;

  /** A token signed with the identity provider's key, with exactly these iat and exp (undefined: left out). */
  function signed(iat: number | undefined, exp: number | undefined): Promise<string> {
    const claims: Record<string, unknown> = { yrd_caller: 'CITIZEN' };
    if (iat !== undefined) claims.iat = iat;
    if (exp !== undefined) claims.exp = exp;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: identityProvider.signingKey.kid, typ: 'JWT' })
      .setIssuer(USER_TOKEN_ISSUER)
      .setAudience(USER_TOKEN_AUDIENCE)
      .setSubject(citizen.residentId)
      .sign(identityProvider.signingKey.privateKey);
  }

  async function verdict(token: string, maxLifetimeSeconds?: number, withKeys: JWTVerifyGetKey = keys): Promise<Record<string, unknown>> {
    try {
      return { caller: await authenticateRequest(request(`Bearer ${token}`), withKeys, maxLifetimeSeconds) };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return { code: error.extensions.code, reason: error.extensions.reason, status: (error.extensions.http as { status: number }).status, message: error.message };
    }
  }

  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a token with no iat that expires in the year 5138', async () => {
    expect(await verdict(await signed(undefined, 99_999_999_999))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CLAIMS', status: 401, message: expect.stringContaining('iat') });
  });

  it('refuses a token living longer than 24 hours from its iat, saying how long and the longest accepted', async () => {
    const answer = await verdict(await signed(now(), 99_999_999_999));
    expect(answer).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_LIFETIME_TOO_LONG', status: 401 });
    expect(answer.message).toContain('最长 1 天');
    expect(await verdict(await signed(now(), now() + 86_400 + 1))).toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
  });

  it('accepts a token of 24 hours or less, and refuses one longer than a shorter configured maximum', async () => {
    expect(await verdict(await signed(now(), now() + 86_400))).toEqual({ caller: citizen });
    expect(await verdict(await mintUserToken(citizen, identityProvider.signingKey, '8h'))).toEqual({ caller: citizen });
    expect(await verdict(await mintUserToken(citizen, identityProvider.signingKey, '2h'), 3_600)).toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG', message: expect.stringContaining('最长 1 小时') });
  });

  it('reads YRD_TOKEN_MAX_LIFETIME_SECONDS like the other settings: 24 hours by default, from 60 s to 30 days', () => {
    expect(maxTokenLifetimeFromEnvironment({})).toBe(86_400);
    expect(maxTokenLifetimeFromEnvironment({ YRD_TOKEN_MAX_LIFETIME_SECONDS: '3600' })).toBe(3_600);
    for (const raw of ['59', '2592001', '1e4', '8h', '-1']) {
      expect(() => maxTokenLifetimeFromEnvironment({ YRD_TOKEN_MAX_LIFETIME_SECONDS: raw }), raw).toThrow(ConfigurationError);
    }
    expect(() => maxTokenLifetimeFromEnvironment({ YRD_TOKEN_MAX_LIFETIME_SECONDS: '8h' })).toThrow(/YRD_TOKEN_MAX_LIFETIME_SECONDS/);
  });

  it('mints no development token the gateway would refuse (npm run token --expires-in, the console sign-in)', async () => {
    await expect(mintCheckedUserToken(identityProvider, citizen, '100y')).rejects.toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
    await expect(mintCheckedUserToken(identityProvider, citizen, '8h', 3_600)).rejects.toBeInstanceOf(TokenRejected);
    const { token } = await mintCheckedUserToken(identityProvider, citizen, '24h');
    expect(await verdict(token)).toEqual({ caller: citizen });
  });

  it('verifies a token again once forgotten (the trust list changed): a key no longer trusted then refuses it', async () => {
    const token = await mintUserToken(citizen, identityProvider.signingKey, '8h');
    let trusted = true;
    const key = await importJWK(identityProvider.publicMember().keys[0]?.jwk ?? {}, 'EdDSA');
    const listed: JWTVerifyGetKey = async () => {
      if (!trusted) throw new TokenRejected('BAD_SIGNATURE', '令牌签名密钥不受信任');
      return key;
    };
    expect(await verdict(token, undefined, listed)).toEqual({ caller: citizen });
    // Revoked: the token was verified a moment ago, and counts until the list that drops the key is taken up.
    trusted = false;
    expect(await verdict(token, undefined, listed)).toEqual({ caller: citizen });
    forgetVerifiedTokens();
    expect(await verdict(token, undefined, listed)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE', status: 401 });
  });

  it('keeps no verdict reached across a change of the list: the key was read from the list before it', async () => {
    const token = await mintUserToken(citizen, identityProvider.signingKey, '2h');
    const key = await importJWK(identityProvider.publicMember().keys[0]?.jwk ?? {}, 'EdDSA');
    let trusted = true;
    // The list changes while the key, read from the old one, is still being used.
    const changingMeanwhile: JWTVerifyGetKey = async () => {
      if (!trusted) throw new TokenRejected('BAD_SIGNATURE', '令牌签名密钥不受信任');
      forgetVerifiedTokens();
      trusted = false;
      return key;
    };
    expect(await verdict(token, undefined, changingMeanwhile)).toEqual({ caller: citizen });
    expect(await verdict(token, undefined, changingMeanwhile)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' });
  });
});
