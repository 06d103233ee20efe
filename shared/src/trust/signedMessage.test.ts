import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemberKeys, RETIRED_KEY_GRACE_SECONDS } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { signMessage, VerificationError, verifyMessage, type TrustListSource } from './signedMessage.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-trust-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const keysDir = join(root, 'keys');
const trustDir = join(root, 'trust');

async function federation() {
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  const shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  const gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  shanghai.register(trustDir);
  gateway.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  const trust: TrustListSource = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  return { hub, shanghai, gateway, trust };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VerificationError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('signed messages', () => {
  it('verify when signed by a trusted member, with the claims they carry', async () => {
    const { shanghai, trust } = await federation();
    const token = await signMessage('test+jws', { hello: '你好' }, shanghai.signingKey, 60);
    const { payload, signer } = await verifyMessage<{ hello: string }>(token, 'test+jws', trust);
    expect(payload).toMatchObject({ hello: '你好', iss: 'shanghai' });
    expect(signer.member).toMatchObject({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' });
  });

  it('name each way they can fail', async () => {
    const { shanghai, gateway, trust } = await federation();
    const token = await signMessage('test+jws', { amount: 1 }, shanghai.signingKey, 60);
    const [header, payload, signature] = token.split('.');
    const altered = `${header}.${Buffer.from(JSON.stringify({ amount: 2, iss: 'shanghai', iat: 1, exp: 9e9, jti: 'x' })).toString('base64url')}.${signature}`;
    expect(await failure(verifyMessage(altered, 'test+jws', trust))).toBe('TAMPERED');
    expect(await failure(verifyMessage('garbage', 'test+jws', trust))).toBe('MALFORMED');
    expect(await failure(verifyMessage(token, 'other+jws', trust))).toBe('WRONG_TYPE');
    expect(await failure(verifyMessage(token, 'test+jws', trust, { roles: ['GATEWAY'] }))).toBe('UNTRUSTED_ISSUER');
    const old = await signMessage('test+jws', {}, shanghai.signingKey, 60, new Date(Date.now() - 120_000));
    expect(await failure(verifyMessage(old, 'test+jws', trust))).toBe('EXPIRED');
    const future = await signMessage('test+jws', {}, shanghai.signingKey, 60, new Date(Date.now() + 600_000));
    expect(await failure(verifyMessage(future, 'test+jws', trust))).toBe('NOT_YET_VALID');
    const stranger = await MemberKeys.open({ member: 'stranger', role: 'PROVINCE', region: 'ANHUI' }, join(root, 'elsewhere'));
    expect(await failure(verifyMessage(await signMessage('test+jws', {}, stranger.signingKey, 60), 'test+jws', trust))).toBe('UNKNOWN_KEY');
    // A member cannot sign in another member's name.
    const impostor = { ...gateway.signingKey, member: 'shanghai' };
    expect(await failure(verifyMessage(await signMessage('test+jws', {}, impostor, 60), 'test+jws', trust))).toBe('UNTRUSTED_ISSUER');
  });

  it('follow key rotation: the new key verifies, the old one only for what it signed before retiring', async () => {
    const { shanghai, trust } = await federation();
    const oldKey = shanghai.signingKey;
    const before = await signMessage('test+jws', {}, oldKey, 3600);
    await shanghai.rotate();
    shanghai.register(trustDir);
    const withNew = await signMessage('test+jws', {}, shanghai.signingKey, 3600);
    const lateWithOld = await signMessage('test+jws', {}, oldKey, 3600, new Date(Date.now() + 1_000));
    expect(await failure(verifyMessage(before, 'test+jws', trust))).toBe('accepted');
    expect(await failure(verifyMessage(withNew, 'test+jws', trust))).toBe('accepted');
    expect(await failure(verifyMessage(lateWithOld, 'test+jws', trust))).toBe('KEY_RETIRED');
    // After its grace period the retired key verifies nothing.
    const afterGrace = new Date(Date.now() + (RETIRED_KEY_GRACE_SECONDS + 60) * 1000);
    const longLived = await signMessage('test+jws', {}, oldKey, RETIRED_KEY_GRACE_SECONDS * 2, new Date(Date.now() - 10_000));
    expect(await failure(verifyMessage(longLived, 'test+jws', trust, { now: afterGrace }))).toBe('KEY_RETIRED');
  });

  it('carry the authentic message on a failure of time only, and nothing of a message whose signature did not verify', async () => {
    const { shanghai, gateway, trust } = await federation();
    const authenticOf = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        if (error instanceof VerificationError) return { reason: error.reason, payload: error.authentic?.payload ?? null };
        throw error;
      }
      return { reason: 'accepted', payload: null };
    };
    const old = await signMessage('test+jws', { subject: 'A' }, shanghai.signingKey, 60, new Date(Date.now() - 120_000));
    expect(await authenticOf(verifyMessage(old, 'test+jws', trust))).toEqual({ reason: 'EXPIRED', payload: expect.objectContaining({ subject: 'A', iss: 'shanghai' }) });
    const future = await signMessage('test+jws', { subject: 'A' }, shanghai.signingKey, 60, new Date(Date.now() + 600_000));
    expect(await authenticOf(verifyMessage(future, 'test+jws', trust))).toEqual({ reason: 'NOT_YET_VALID', payload: expect.objectContaining({ subject: 'A' }) });

    // The signature did not verify, or the signer may not sign this: whatever the payload says is nobody's word.
    const genuine = await signMessage('test+jws', { subject: 'A' }, shanghai.signingKey, 60);
    const [header, , signature] = genuine.split('.');
    const altered = `${header}.${Buffer.from(JSON.stringify({ subject: 'B', iss: 'shanghai', iat: 1, exp: 2, jti: 'x' })).toString('base64url')}.${signature}`;
    expect(await authenticOf(verifyMessage(altered, 'test+jws', trust))).toEqual({ reason: 'TAMPERED', payload: null });
    const stranger = await MemberKeys.open({ member: 'stranger', role: 'PROVINCE', region: 'ANHUI' }, join(root, 'elsewhere'));
    const unknown = await signMessage('test+jws', { subject: 'B' }, stranger.signingKey, 60, new Date(Date.now() - 120_000));
    expect(await authenticOf(verifyMessage(unknown, 'test+jws', trust))).toEqual({ reason: 'UNKNOWN_KEY', payload: null });
    const wrongRole = await signMessage('test+jws', { subject: 'B' }, gateway.signingKey, 60, new Date(Date.now() - 120_000));
    expect(await authenticOf(verifyMessage(wrongRole, 'test+jws', trust, { roles: ['PROVINCE'] }))).toEqual({ reason: 'UNTRUSTED_ISSUER', payload: null });
  });

  it('carry the authentic message when its key has retired', async () => {
    const { shanghai, trust } = await federation();
    const oldKey = shanghai.signingKey;
    await shanghai.rotate();
    shanghai.register(trustDir);
    const lateWithOld = await signMessage('test+jws', { subject: 'A' }, oldKey, 3600, new Date(Date.now() + 1_000));
    try {
      await verifyMessage(lateWithOld, 'test+jws', trust);
      expect.unreachable('a signature made after its key retired verified');
    } catch (error) {
      expect(error).toBeInstanceOf(VerificationError);
      expect((error as VerificationError).reason).toBe('KEY_RETIRED');
      expect((error as VerificationError).authentic?.payload).toMatchObject({ subject: 'A', iss: 'shanghai' });
      // What it carries stays out of anything that serialises the error (a log line, an answer).
      expect(Object.keys(error as VerificationError)).not.toContain('authentic');
      expect(JSON.stringify(error)).not.toContain('"subject"');
    }
  });

  it('keeps a member’s keys across restarts, private keys readable by the owner only', async () => {
    const first = await MemberKeys.open({ member: 'zhejiang', role: 'PROVINCE', region: 'ZHEJIANG' }, keysDir);
    const again = await MemberKeys.open({ member: 'zhejiang', role: 'PROVINCE', region: 'ZHEJIANG' }, keysDir);
    expect(again.signingKey.kid).toBe(first.signingKey.kid);
    const { statSync } = await import('node:fs');
    expect(statSync(join(keysDir, 'zhejiang.keys.json')).mode & 0o077).toBe(0);
    expect(JSON.stringify(first.publicMember())).not.toContain('"d"');
  });
});
