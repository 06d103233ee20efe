import { createRemoteJWKSet, importJWK, SignJWT, type JWTVerifyGetKey } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberKeys } from '../trust/memberKeys.ts';
import { IdentityKeysUnavailable, mintUserToken, TokenRejected, trustListKeys, USER_TOKEN_AUDIENCE, USER_TOKEN_ISSUER, verifyUserToken } from './userTokens.ts';
import type { TrustList } from '../trust/trustList.ts';
import { KNOWN_NONCONFORMING_CREDIT_CODES } from '../identifiers/index.ts';
import { identifySubject } from '../subjects/identifySubject.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-tokens-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let keys: MemberKeys;
let verifyKey: JWTVerifyGetKey;

beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'identity-provider', role: 'IDENTITY_PROVIDER', region: null }, root);
  const jwk = keys.publicMember().keys[0]?.jwk ?? {};
  const key = await importJWK(jwk, 'EdDSA');
  verifyKey = async () => key;
});

async function reason(token: string): Promise<string> {
  try {
    await verifyUserToken(token, verifyKey);
    return 'accepted';
  } catch (error) {
    return error instanceof TokenRejected ? error.reason : String(error);
  }
}

describe('user tokens', () => {
  it('carry each kind of caller', async () => {
    expect(await verifyUserToken(await mintUserToken({ kind: 'CITIZEN', residentId: '310118198804123021' }, keys.signingKey), verifyKey)).toEqual({
      kind: 'CITIZEN',
      residentId: '310118198804123021',
    });
    expect(await verifyUserToken(await mintUserToken({ kind: 'ENTERPRISE', creditCode: '91330421MA2B3C4D17' }, keys.signingKey), verifyKey)).toEqual({
      kind: 'ENTERPRISE',
      creditCode: '91330421MA2B3C4D17',
    });
    const operator = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-01', operatorId: 'js-0001' } as const;
    expect(await verifyUserToken(await mintUserToken(operator, keys.signingKey), verifyKey)).toEqual(operator);
  });

  it('accept an enterprise exactly when the federation identifies it: a registered code known to fail the check signs in, one digit off does not', async () => {
    const [nonConforming] = [...KNOWN_NONCONFORMING_CREDIT_CODES];
    expect(nonConforming).toBeDefined();
    const code = nonConforming as string;
    expect(identifySubject(code, 'id', 'ENTERPRISE').kind).toBe('ENTERPRISE');
    expect(await verifyUserToken(await mintUserToken({ kind: 'ENTERPRISE', creditCode: code }, keys.signingKey), verifyKey)).toEqual({ kind: 'ENTERPRISE', creditCode: code });
    const altered = `${code.slice(0, 17)}A`;
    expect(() => identifySubject(altered, 'id', 'ENTERPRISE')).toThrow();
    expect(await reason(await mintUserToken({ kind: 'ENTERPRISE', creditCode: altered }, keys.signingKey))).toBe('INVALID_CLAIMS');
  });

  it('are refused when expired, malformed, or claiming what cannot be', async () => {
    expect(await reason(await mintUserToken({ kind: 'CITIZEN', residentId: '310118198804123021' }, keys.signingKey, Math.floor(Date.now() / 1000) - 5))).toBe('EXPIRED_TOKEN');
    expect(await reason('a.b.c')).toBe('MALFORMED_TOKEN');
    expect(await reason(await mintUserToken({ kind: 'CITIZEN', residentId: '310118198804123022' }, keys.signingKey))).toBe('INVALID_CLAIMS');
    // A Jiangsu window cannot sit in a Zhejiang division.
    expect(await reason(await mintUserToken({ kind: 'OPERATOR', region: 'JIANGSU', division: '330421', window: 'W1', operatorId: 'x' }, keys.signingKey))).toBe('INVALID_CLAIMS');
    const other = await MemberKeys.open({ member: 'identity-provider', role: 'IDENTITY_PROVIDER', region: null }, join(root, 'other'));
    expect(await reason(await mintUserToken({ kind: 'CITIZEN', residentId: '310118198804123021' }, other.signingKey))).toBe('BAD_SIGNATURE');
  });

  it('are refused when issued in the future (beyond a minute of clock skew), accepted within it', async () => {
    const issuedAt = (secondsAhead: number) =>
      new SignJWT({ yrd_caller: 'CITIZEN' })
        .setProtectedHeader({ alg: 'EdDSA', kid: keys.signingKey.kid, typ: 'JWT' })
        .setSubject('310118198804123021')
        .setIssuer(USER_TOKEN_ISSUER)
        .setAudience(USER_TOKEN_AUDIENCE)
        .setIssuedAt(Math.floor(Date.now() / 1000) + secondsAhead)
        .setExpirationTime('1h')
        .sign(keys.signingKey.privateKey);
    expect(await reason(await issuedAt(365 * 86_400))).toBe('INVALID_CLAIMS');
    expect(await reason(await issuedAt(30))).toBe('accepted');
  });
});

describe('user tokens when the identity provider’s keys cannot be had', () => {
  const token = () => mintUserToken({ kind: 'CITIZEN', residentId: '310118198804123021' }, keys.signingKey);
  const outcome = async (lookup: JWTVerifyGetKey) => {
    try {
      return await verifyUserToken(await token(), lookup);
    } catch (error) {
      return error;
    }
  };

  it('says the keys are unavailable, not that a good token is bad, when the JWKS does not answer', async () => {
    const down = createServer((request) => request.socket.destroy());
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = down.address() as AddressInfo;
      const error = await outcome(createRemoteJWKSet(new URL(`http://127.0.0.1:${port}/jwks`)));
      expect(error).toBeInstanceOf(IdentityKeysUnavailable);
      expect(error).not.toBeInstanceOf(TokenRejected);
    } finally {
      down.close();
    }
  });

  it('says so when the trust list cannot be fetched', async () => {
    const unreachable = { current: () => Promise.reject(new Error('hub unreachable')), refresh: () => Promise.reject(new Error('hub unreachable')) };
    expect(await outcome(trustListKeys(unreachable))).toBeInstanceOf(IdentityKeysUnavailable);
  });

  it('still refuses a token whose key the JWKS does not have', async () => {
    const jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = jwks.address() as AddressInfo;
      const error = await outcome(createRemoteJWKSet(new URL(`http://127.0.0.1:${port}/jwks`)));
      expect(error).toBeInstanceOf(TokenRejected);
      expect((error as TokenRejected).reason).toBe('BAD_SIGNATURE');
    } finally {
      jwks.close();
    }
  });
});

describe('user tokens signed by a key rotated out', () => {
  const citizen = { kind: 'CITIZEN', residentId: '310118198804123021' } as const;
  /** The identity provider's keys, its signing key rotated at `retiredAt`, and a token the old key signs now. */
  async function signedByOldKeyAfterRotationAt(retiredAt: Date) {
    const provider = await MemberKeys.open({ member: 'identity-provider', role: 'IDENTITY_PROVIDER', region: null }, mkdtempSync(join(root, 'rotated-')));
    const oldKey = provider.signingKey;
    await provider.rotate(retiredAt);
    const list: TrustList = { issuer: 'catalog', issuedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 600_000).toISOString(), members: [provider.publicMember()] };
    const keys = trustListKeys({ current: async () => list, refresh: async () => list });
    return verifyUserToken(await mintUserToken(citizen, oldKey), keys).then(
      () => 'accepted',
      (error: unknown) => (error instanceof TokenRejected ? error.reason : String(error)),
    );
  }

  it('refuses a token the old key signed after it was retired (a leaked old key mints nothing)', async () => {
    expect(await signedByOldKeyAfterRotationAt(new Date(Date.now() - 10_000))).toBe('BAD_SIGNATURE');
  });

  it('accepts what the old key signed before it was retired, during its grace', async () => {
    expect(await signedByOldKeyAfterRotationAt(new Date(Date.now() + 60_000))).toBe('accepted');
  });
});
