import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { membersWithKeys, MemberNotAdministrable, openMemberKeys, publishedUpToDate } from './keyAdministration.ts';
import { KEY_HANDOVER_SECONDS, MemberKeys, UnknownMemberKey } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { signMessage, VerificationError, verifyMessage, type TrustListSource } from './signedMessage.ts';
import { anchorFile } from './trustDirectory.ts';
import { TRUST_LIST_TYPE, type TrustedMember } from './trustList.ts';
import { readJsonFile } from './jsonFile.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-key-admin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SHANGHAI = { member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' } as const;
const GATEWAY = { member: 'gateway', role: 'GATEWAY', region: null } as const;
const HUB = { member: 'catalog', role: 'HUB', region: null } as const;

/** A federation in its own directory, started once (every member published its keys), with the hub's publisher. */
async function started(name: string) {
  const keysDir = join(root, name, 'keys');
  const trustDir = join(root, name, 'trust');
  const hub = await MemberKeys.open(HUB, keysDir);
  hub.register(trustDir);
  const shanghai = await MemberKeys.open(SHANGHAI, keysDir);
  shanghai.register(trustDir);
  const gateway = await MemberKeys.open(GATEWAY, keysDir);
  gateway.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  // The list as a member that never asks afresh reads it: whatever the publisher keeps, at `clock`.
  let clock = Date.now();
  const later = (seconds: number) => (clock += seconds * 1000);
  const kept: TrustListSource = { current: async () => (await publisher.signed(false, new Date(clock))).list, refresh: async () => (await publisher.signed(false, new Date(clock))).list };
  return { keysDir, trustDir, hub, shanghai, gateway, publisher, kept, later, now: () => new Date(clock) };
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof VerificationError) return error.reason;
    throw error;
  }
}

describe('rotating a key under a running member', () => {
  it('hands over: the old key counts for what it signs in the next seconds, then only for what it signed before', async () => {
    const { keysDir, trustDir, kept, now } = await started('handover');
    // The administrator's copy of the gateway's keys, as `npm run keys` opens it.
    const administered = await openMemberKeys('gateway', keysDir, trustDir);
    const running = await MemberKeys.open(GATEWAY, keysDir);
    const old = running.signingKey;
    await administered.rotate(now(), KEY_HANDOVER_SECONDS);
    administered.register(trustDir);

    const states = administered.describeKeys(now()).map((key) => [key.use, key.state]);
    expect(states).toEqual([
      ['signing', 'CURRENT'],
      ['signing', 'HANDING_OVER'],
    ]);
    // The running gateway has not taken the new key up yet: what it signs meanwhile is accepted.
    const meanwhile = await signMessage('test+jws', {}, old, 60, new Date(now().getTime() + 3_000));
    expect(await outcome(verifyMessage(meanwhile, 'test+jws', kept, { now: new Date(now().getTime() + 3_000) }))).toBe('accepted');
    const afterHandover = await signMessage('test+jws', {}, old, 60, new Date(now().getTime() + (KEY_HANDOVER_SECONDS + 1) * 1000));
    expect(await outcome(verifyMessage(afterHandover, 'test+jws', kept, { now: new Date(now().getTime() + (KEY_HANDOVER_SECONDS + 1) * 1000) }))).toBe('KEY_RETIRED');
    expect(administered.signingKey.kid).not.toBe(old.kid);
  });

  it('is taken up by the running member from its file, and a file that does not read is reported and ignored', async () => {
    const { keysDir, trustDir } = await started('follow');
    const running = await MemberKeys.open(SHANGHAI, keysDir);
    const reports: string[] = [];
    const stop = running.follow((message) => reports.push(message), 20);
    try {
      const old = running.signingKey.kid;
      const administered = await openMemberKeys('shanghai', keysDir, trustDir);
      await administered.rotate(new Date(), KEY_HANDOVER_SECONDS);
      await vi.waitFor(() => expect(running.signingKey.kid).toBe(administered.signingKey.kid), { timeout: 3_000, interval: 20 });
      expect(running.signingKey.kid).not.toBe(old);

      // An encryption key revoked in the file no longer decrypts in the running province.
      const encryption = administered.describeKeys().find((key) => key.use === 'encryption' && key.state === 'CURRENT');
      expect(await running.decryptionKey(encryption?.kid ?? '')).toBeDefined();
      await administered.revoke(encryption?.kid ?? '');
      await vi.waitFor(async () => expect(await running.decryptionKey(encryption?.kid ?? '')).toBeUndefined(), { timeout: 3_000, interval: 20 });

      const current = running.signingKey.kid;
      writeFileSync(join(keysDir, 'shanghai.keys.json'), '{"member": "shanghai", "ke');
      await vi.waitFor(() => expect(reports.join('\n')).toMatch(/shanghai\.keys\.json: kept the keys in use/), { timeout: 3_000, interval: 20 });
      expect(running.signingKey.kid).toBe(current);
    } finally {
      stop();
    }
  });
});

describe('revoking a key', () => {
  it('replaces the current signing key and removes the old one from the file and the published keys; what it signed stops verifying', async () => {
    const { keysDir, trustDir, kept, later } = await started('revoke-current');
    const administered = await openMemberKeys('shanghai', keysDir, trustDir);
    const old = administered.signingKey;
    const signedBefore = await signMessage('test+jws', { evidence: 1 }, old, 3600);
    expect(await outcome(verifyMessage(signedBefore, 'test+jws', kept))).toBe('accepted');

    const revoked = await administered.revoke(old.kid);
    administered.register(trustDir);
    expect(revoked).toEqual({ kid: old.kid, use: 'signing', replacedBy: administered.signingKey.kid });
    expect(administered.describeKeys().map((key) => key.kid)).not.toContain(old.kid);
    expect(readJsonFile<TrustedMember>(join(trustDir, 'members', 'shanghai.json'))?.keys.map((key) => key.kid)).toEqual([administered.signingKey.kid]);
    // The hub publishes the change at its next request (once its look at the files is older than a second), not when its kept list is due.
    later(2);
    expect(await outcome(verifyMessage(signedBefore, 'test+jws', kept))).toBe('UNKNOWN_KEY');
    expect(await outcome(verifyMessage(await signMessage('test+jws', {}, administered.signingKey, 60), 'test+jws', kept))).toBe('accepted');
  });

  it('removes a retired key without touching the current one, and names the keys held when asked for another', async () => {
    const { keysDir, trustDir } = await started('revoke-retired');
    const administered = await openMemberKeys('gateway', keysDir, trustDir);
    const first = administered.signingKey.kid;
    await administered.rotate();
    const current = administered.signingKey.kid;
    expect(await administered.revoke(first)).toEqual({ kid: first, use: 'signing', replacedBy: undefined });
    expect(administered.signingKey.kid).toBe(current);
    const error = await administered.revoke('no-such-kid').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnknownMemberKey);
    expect((error as UnknownMemberKey).message).toBe(`gateway holds no key no-such-kid; its keys are ${current}`);
  });

  it('of the hub signs the next list with the new key and names it in the anchor', async () => {
    const { keysDir, trustDir, later, now } = await started('revoke-hub');
    const administered = await openMemberKeys('catalog', keysDir, trustDir);
    expect(administered.identity).toEqual(HUB);
    const running = await MemberKeys.open(HUB, keysDir);
    const hubPublisher = new TrustListPublisher(running, trustDir, 600);
    const old = running.signingKey.kid;
    await hubPublisher.signed(false, now());
    const stop = running.follow(() => undefined, 20);
    try {
      await administered.revoke(old);
      administered.register(trustDir);
      expect(readJsonFile<TrustedMember>(anchorFile(trustDir))?.keys.map((key) => key.kid)).toEqual([administered.signingKey.kid]);
      // The running hub takes the file up, then its next list is signed by the new key.
      await vi.waitFor(() => expect(running.signingKey.kid).toBe(administered.signingKey.kid), { timeout: 3_000, interval: 20 });
    } finally {
      stop();
    }
    later(2);
    const { token } = await hubPublisher.signed(false, now());
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'))).toMatchObject({ kid: administered.signingKey.kid, typ: TRUST_LIST_TYPE });
  });
});

describe('the members an administrator can reach', () => {
  it('are those with keys here that published them; each refusal says what to do', async () => {
    const { keysDir, trustDir } = await started('reach');
    expect(membersWithKeys(keysDir)).toEqual(['catalog', 'gateway', 'shanghai']);
    await expect(openMemberKeys('jiangsu', keysDir, trustDir)).rejects.toThrow(`no keys of "jiangsu" in ${keysDir}; it holds catalog, gateway, shanghai`);
    await expect(openMemberKeys('gateway', join(root, 'nowhere'), trustDir)).rejects.toBeInstanceOf(MemberNotAdministrable);
    await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, keysDir);
    await expect(openMemberKeys('anhui', keysDir, trustDir)).rejects.toThrow(/never published them/);
  });

  it('tell when what a member published no longer names the keys it holds', async () => {
    const { keysDir, trustDir } = await started('published');
    const administered = await openMemberKeys('shanghai', keysDir, trustDir);
    expect(publishedUpToDate(administered, trustDir)).toBe(true);
    await administered.rotate();
    expect(publishedUpToDate(administered, trustDir)).toBe(false);
    administered.register(trustDir);
    expect(publishedUpToDate(administered, trustDir)).toBe(true);
  });
});
