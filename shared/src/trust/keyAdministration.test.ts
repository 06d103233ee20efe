import { chownSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonFile } from './jsonFile.ts';
import { holdKeyAdministration, membersWithKeys, MemberNotAdministrable, openMemberKeys, publishedUpToDate } from './keyAdministration.ts';
import { KEY_HANDOVER_SECONDS, MemberKeys, UnknownMemberKey } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { signMessage, VerificationError, verifyMessage, type TrustListSource } from './signedMessage.ts';
import { anchorFile, memberRegistrationFile } from './trustDirectory.ts';
import { TRUST_LIST_TYPE, type TrustedMember } from './trustList.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-key-admin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.useRealTimers();
});

const SHANGHAI = { member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' } as const;
const GATEWAY = { member: 'gateway', role: 'GATEWAY', region: null } as const;
const HUB = { member: 'catalog', role: 'HUB', region: null } as const;
/** A rotation as `npm run keys` makes it under a running member. */
const UNDER_A_RUNNING_MEMBER = { activateInSeconds: 60, handoverSeconds: KEY_HANDOVER_SECONDS };
const POLL_MS = 20;

/** A federation in its own directory, started once (every member published its keys), with the hub's publisher. */
async function started(name: string) {
  const keysDir = join(root, name, 'keys');
  const trustDir = join(root, name, 'trust');
  const hub = await MemberKeys.open(HUB, keysDir);
  hub.register(trustDir);
  for (const identity of [SHANGHAI, GATEWAY]) (await MemberKeys.open(identity, keysDir)).register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  // The list as a member reads it from the hub, at `clock` (moved on by `later`).
  let clock = Date.now();
  const later = (seconds: number) => (clock += seconds * 1000);
  const trust: TrustListSource = { current: async () => (await publisher.signed(false, new Date(clock))).list, refresh: async () => (await publisher.signed(true, new Date(clock))).list };
  return { keysDir, trustDir, publisher, trust, later, now: () => new Date(clock) };
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

const states = (keys: MemberKeys, now?: Date) => keys.describeKeys(now).map((key) => `${key.use} ${key.state}`);

describe('rotating a key under a running member', () => {
  it('publishes the new key at once, signs with it from its activation in a running process, and counts the old one for a handover after', async () => {
    const { keysDir, trustDir, trust } = await started('schedule');
    const running = await MemberKeys.open(GATEWAY, keysDir);
    const stop = running.follow(trustDir, () => undefined, POLL_MS);
    try {
      const old = running.signingKey;
      const at = new Date();
      const administered = await openMemberKeys('gateway', keysDir, trustDir);
      await administered.rotate(at, UNDER_A_RUNNING_MEMBER);
      administered.register(trustDir);
      const fresh = administered.describeKeys(at).find((key) => key.state === 'PENDING');
      expect(fresh?.activatesAt).toBe(new Date(at.getTime() + 60_000).toISOString());
      expect(readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, 'gateway'))?.keys.map((key) => key.kid)).toEqual([fresh?.kid, old.kid]);

      // The running gateway has read the schedule, and still signs with the old key until the activation.
      await vi.waitFor(() => expect(states(running)).toEqual(['signing PENDING', 'signing CURRENT']), { timeout: 3_000, interval: POLL_MS });
      expect(running.signingKey.kid).toBe(old.kid);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(at.getTime() + 60_000);
      expect(running.signingKey.kid).toBe(fresh?.kid);
      expect(states(running)).toEqual(['signing CURRENT', 'signing HANDING_OVER']);
      vi.useRealTimers();

      // What the old key signs up to the activation counts, and for a handover after it; nothing later.
      const signedAt = async (ms: number) => verifyMessage(await signMessage('test+jws', {}, old, 60, new Date(at.getTime() + ms)), 'test+jws', trust, { now: new Date(at.getTime() + ms) });
      expect(await outcome(signedAt(59_000))).toBe('accepted');
      expect(await outcome(signedAt((60 + KEY_HANDOVER_SECONDS - 1) * 1000))).toBe('accepted');
      expect(await outcome(signedAt((60 + KEY_HANDOVER_SECONDS + 1) * 1000))).toBe('KEY_RETIRED');
    } finally {
      stop();
    }
  });

  it('is taken up though it was made between the member’s read at start and its first look, and publishes what the member now holds over a registration written from the old read', async () => {
    const { keysDir, trustDir } = await started('late-start');
    // A process of the member starting: it reads its keys …
    const starting = await MemberKeys.open(SHANGHAI, keysDir);
    // … the administrator rotates meanwhile …
    const administered = await openMemberKeys('shanghai', keysDir, trustDir);
    await administered.rotate(new Date(), UNDER_A_RUNNING_MEMBER);
    administered.register(trustDir);
    const fresh = administered.describeKeys().find((key) => key.state === 'PENDING')?.kid;
    // … and the starting process registers what it read, then follows its file.
    starting.register(trustDir);
    expect(readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, 'shanghai'))?.keys.map((key) => key.kid)).not.toContain(fresh);
    const stop = starting.follow(trustDir, () => undefined, 60_000);
    try {
      await vi.waitFor(() => expect(readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, 'shanghai'))?.keys.map((key) => key.kid)).toContain(fresh), { timeout: 3_000, interval: POLL_MS });
      expect(states(starting)).toContain('signing PENDING');
    } finally {
      stop();
    }
  });

  it('publishes again at its next look what it could not publish when it took the keys up', async () => {
    const { keysDir, trustDir } = await started('publish-retry');
    const running = await MemberKeys.open(SHANGHAI, keysDir);
    const administered = await openMemberKeys('shanghai', keysDir, trustDir);
    const reports: string[] = [];
    // The trust directory cannot be written for a moment: the registration's place is taken by a directory.
    const registration = memberRegistrationFile(trustDir, 'shanghai');
    rmSync(registration);
    mkdirSync(registration);
    const stop = running.follow(trustDir, (message) => reports.push(message), POLL_MS);
    try {
      await administered.rotate(new Date(), UNDER_A_RUNNING_MEMBER);
      await vi.waitFor(() => expect(reports.join('\n')).toMatch(/keys of shanghai: took up the keys in .* but could not publish them in .* \(trying again\)/), { timeout: 3_000, interval: POLL_MS });
      expect(reports).toHaveLength(1);
      rmSync(registration, { recursive: true });
      await vi.waitFor(() => expect(readJsonFile<TrustedMember>(registration)?.keys.map((key) => key.kid)).toEqual(administered.publicMember().keys.map((key) => key.kid)), { timeout: 3_000, interval: POLL_MS });
    } finally {
      stop();
    }
  });

  it('keeps the keys in use when the file does not read, says so once, and never quotes the file', async () => {
    const { keysDir, trustDir } = await started('garbled');
    const running = await MemberKeys.open(SHANGHAI, keysDir);
    const reports: string[] = [];
    const stop = running.follow(trustDir, (message) => reports.push(message), POLL_MS);
    try {
      const current = running.signingKey.kid;
      writeFileSync(join(keysDir, 'shanghai.keys.json'), '{"member": "shanghai", "keys": [{"privateJwk": {"d": "PRIVATE-PART');
      await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 3_000, interval: POLL_MS });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));
      expect(reports).toEqual([`keys of shanghai: kept the keys in use (${current}): ${join(keysDir, 'shanghai.keys.json')} is not JSON (cut short or edited by hand?)`]);
      expect(running.signingKey.kid).toBe(current);
    } finally {
      stop();
    }
  });
});

describe('revoking a key', () => {
  it('replaces the key in use at once and removes it from the file and what is published; what it signed stops verifying', async () => {
    const { keysDir, trustDir, trust, later } = await started('revoke-current');
    const running = await MemberKeys.open(SHANGHAI, keysDir);
    const stop = running.follow(trustDir, () => undefined, POLL_MS);
    try {
      const administered = await openMemberKeys('shanghai', keysDir, trustDir);
      const old = administered.signingKey;
      const signedBefore = await signMessage('test+jws', { evidence: 1 }, old, 3600);
      expect(await outcome(verifyMessage(signedBefore, 'test+jws', trust))).toBe('accepted');

      const revoked = await administered.revoke(old.kid);
      administered.register(trustDir);
      expect(revoked).toEqual({ kid: old.kid, use: 'signing', replacedBy: administered.signingKey.kid });
      expect(administered.describeKeys().map((key) => key.kid)).not.toContain(old.kid);
      expect(readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, 'shanghai'))?.keys.map((key) => key.kid)).toEqual([administered.signingKey.kid]);
      await vi.waitFor(() => expect(running.signingKey.kid).toBe(revoked.replacedBy), { timeout: 3_000, interval: POLL_MS });
      // The hub publishes the change at its next request once its look at the files (once a second at most) is newer.
      later(2);
      expect(await outcome(verifyMessage(signedBefore, 'test+jws', trust))).toBe('UNKNOWN_KEY');
      expect(await outcome(verifyMessage(await signMessage('test+jws', {}, running.signingKey, 60), 'test+jws', trust))).toBe('accepted');
    } finally {
      stop();
    }
  });

  it('in the middle of a rotation: the replacement signs at once, the key that was to sign next never does', async () => {
    const { keysDir, trustDir } = await started('revoke-during-rotation');
    const administered = await openMemberKeys('gateway', keysDir, trustDir);
    const old = administered.signingKey.kid;
    await administered.rotate(new Date(), UNDER_A_RUNNING_MEMBER);
    const pending = administered.describeKeys().find((key) => key.state === 'PENDING')?.kid;
    const revoked = await administered.revoke(old);
    expect(administered.signingKey.kid).toBe(revoked.replacedBy);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    expect(administered.signingKey.kid).toBe(revoked.replacedBy);
    expect(administered.describeKeys().map((key) => [key.kid, key.state])).toEqual([[revoked.replacedBy, 'CURRENT']]);
    expect(administered.publicMember().keys.map((key) => key.kid)).not.toContain(pending);
  });

  it('of a key yet to sign: it goes, and the key signing now signs on — also when a later rotation had overtaken it', async () => {
    const { keysDir, trustDir } = await started('revoke-pending');
    const administered = await openMemberKeys('gateway', keysDir, trustDir);
    const current = administered.signingKey.kid;
    const start = Date.now();
    await administered.rotate(new Date(start), { activateInSeconds: 3600, handoverSeconds: KEY_HANDOVER_SECONDS });
    const second = administered.describeKeys()[0]?.kid ?? '';
    await administered.rotate(new Date(start), { activateInSeconds: 7200, handoverSeconds: KEY_HANDOVER_SECONDS });
    const third = administered.describeKeys()[0]?.kid ?? '';
    expect(states(administered)).toEqual(['signing PENDING', 'signing PENDING', 'signing CURRENT']);

    // The second key leaked before it ever signed: the current one signs until the third activates.
    expect(await administered.revoke(second)).toEqual({ kid: second, use: 'signing', replacedBy: undefined });
    expect(administered.signingKey.kid).toBe(current);
    expect(states(administered, new Date(start + 90 * 60_000))).toEqual(['signing PENDING', 'signing CURRENT']);
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const minutes of [61, 90, 119]) {
      vi.setSystemTime(start + minutes * 60_000);
      expect(administered.signingKey.kid, `${minutes} min`).toBe(current);
    }
    vi.setSystemTime(start + 120 * 60_000);
    expect(administered.signingKey.kid).toBe(third);
    vi.useRealTimers();

    // And the one yet to sign revoked too: the current key signs on for good.
    await administered.revoke(third);
    expect(administered.describeKeys().map((key) => [key.kid, key.state, key.retiredAt])).toEqual([[current, 'CURRENT', null]]);
  });

  it('removes a key handing over (or retired) without touching the one in use, and names the keys held when asked for another', async () => {
    const { keysDir, trustDir } = await started('revoke-retired');
    const administered = await openMemberKeys('gateway', keysDir, trustDir);
    const first = administered.signingKey.kid;
    await administered.rotate(new Date(), { handoverSeconds: KEY_HANDOVER_SECONDS });
    const current = administered.signingKey.kid;
    expect(states(administered)).toEqual(['signing CURRENT', 'signing HANDING_OVER']);
    expect(await administered.revoke(first)).toEqual({ kid: first, use: 'signing', replacedBy: undefined });
    expect(administered.signingKey.kid).toBe(current);
    const error = await administered.revoke('no-such-kid').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnknownMemberKey);
    expect((error as UnknownMemberKey).message).toBe(`gateway holds no key no-such-kid; its keys are ${current}`);
  });

  it('of an encryption key: a running province no longer decrypts with it', async () => {
    const { keysDir, trustDir } = await started('revoke-encryption');
    const running = await MemberKeys.open(SHANGHAI, keysDir);
    const stop = running.follow(trustDir, () => undefined, POLL_MS);
    try {
      const administered = await openMemberKeys('shanghai', keysDir, trustDir);
      const encryption = administered.describeKeys().find((key) => key.use === 'encryption' && key.state === 'CURRENT')?.kid ?? '';
      expect(await running.decryptionKey(encryption)).toBeDefined();
      const revoked = await administered.revoke(encryption);
      administered.register(trustDir);
      expect(revoked.use).toBe('encryption');
      await vi.waitFor(async () => expect(await running.decryptionKey(encryption)).toBeUndefined(), { timeout: 3_000, interval: POLL_MS });
      expect(readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, 'shanghai'))?.encryptionKey?.kid).toBe(revoked.replacedBy);
    } finally {
      stop();
    }
  });

  it('of the hub’s key: the anchor names the new key, and the running hub’s next list is signed by it and verifies against that anchor', async () => {
    const { keysDir, trustDir, now, later } = await started('revoke-hub');
    const running = await MemberKeys.open(HUB, keysDir);
    const publisher = new TrustListPublisher(running, trustDir, 600);
    await publisher.signed(false, now());
    const stop = running.follow(trustDir, () => undefined, POLL_MS);
    try {
      const administered = await openMemberKeys('catalog', keysDir, trustDir);
      expect(administered.identity).toEqual(HUB);
      await administered.revoke(running.signingKey.kid);
      administered.register(trustDir);
      const anchor = readJsonFile<TrustedMember>(anchorFile(trustDir));
      expect(anchor?.keys.map((key) => key.kid)).toEqual([administered.signingKey.kid]);
      await vi.waitFor(() => expect(running.signingKey.kid).toBe(administered.signingKey.kid), { timeout: 3_000, interval: POLL_MS });
      later(2);
      const { token } = await publisher.signed(false, now());
      const anchorOnly: TrustListSource = { current: async () => ({ issuer: 'catalog', issuedAt: '', expiresAt: '', members: [anchor as TrustedMember] }), refresh: async () => ({ issuer: 'catalog', issuedAt: '', expiresAt: '', members: [anchor as TrustedMember] }) };
      expect(await outcome(verifyMessage(token, TRUST_LIST_TYPE, anchorOnly, { now: now() }))).toBe('accepted');
    } finally {
      stop();
    }
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

  it.runIf(process.getuid?.() === 0)('are refused to another user than the one whose keys they are (the member could not read a file that user writes)', async () => {
    const { keysDir, trustDir } = await started('owner');
    const file = join(keysDir, 'gateway.keys.json');
    chownSync(file, 65534, 65534);
    try {
      await expect(openMemberKeys('gateway', keysDir, trustDir)).rejects.toThrow(`${file} belongs to user 65534, and this is user 0: change a member's keys as the user it runs as`);
      // Listed, not changed: any user who may read it.
      expect((await openMemberKeys('gateway', keysDir, trustDir, false)).identity.member).toBe('gateway');
    } finally {
      chownSync(file, 0, 0);
    }
    expect(statSync(file).uid).toBe(0);
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

  it('are changed by one administrator at a time; a mark left by a process gone is taken over', async () => {
    const keysDir = mkdtempSync(join(root, 'held-'));
    const release = holdKeyAdministration(keysDir);
    expect(() => holdKeyAdministration(keysDir)).toThrow(`another npm run keys (pid ${process.pid}) is changing keys in ${keysDir}: run this one when it has ended`);
    release();
    // A mark naming a process that no longer runs.
    const { spawnSync } = await import('node:child_process');
    writeFileSync(join(keysDir, 'key-administration.lock'), `${spawnSync(process.execPath, ['-e', '']).pid}\n`);
    holdKeyAdministration(keysDir)();
  });
});
