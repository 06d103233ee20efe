import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RETIRED_ENCRYPTION_KEY_GRACE_SECONDS } from './encryptionKeys.ts';
import { writeJsonFile } from './jsonFile.ts';
import { MemberKeys } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { recipientKey, sealMessage, UnsealingError, unsealMessage, type SealedTypes } from './sealedMessage.ts';
import { signMessage, verifyMessage, type TrustListSource } from './signedMessage.ts';
import { findKey } from './trustList.ts';

/**
 * Confidential messages: signed by one member, encrypted to another with the key the trust
 * list names for it, opened only by that member — and each member's encryption keys, kept and
 * rotated apart from its signing keys.
 */
const root = mkdtempSync(join(tmpdir(), 'yrd-sealed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const TYPES: SealedTypes = { sealed: 'test+jwe', signed: 'test+jws' };
const SECRET = '330421198611030011';

let federationCounter = 0;
async function federation() {
  const dir = join(root, `federation-${++federationCounter}`);
  const keysDir = join(dir, 'keys');
  const trustDir = join(dir, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  const shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  const jiangsu = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, keysDir);
  const gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  for (const member of [shanghai, jiangsu, gateway]) member.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  const trust: TrustListSource = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  return { keysDir, trustDir, hub, shanghai, jiangsu, gateway, publisher, trust };
}

/** Shanghai's signed message for Jiangsu, sealed to Jiangsu's current key. */
async function sealedForJiangsu(world: Awaited<ReturnType<typeof federation>>) {
  const signed = await signMessage(TYPES.signed, { spouseIdNumber: SECRET }, world.shanghai.signingKey, 60);
  const recipient = await recipientKey(world.trust, 'jiangsu');
  if (!recipient) throw new Error('jiangsu has no encryption key in the trust list');
  return { signed, sealed: await sealMessage(signed, TYPES, recipient) };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UnsealingError) return error.reason;
    throw error;
  }
  return 'opened';
}

/** Every part of a compact serialisation, base64url-decoded as far as it decodes. */
const decodedParts = (token: string) => token.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1') + Buffer.from(part, 'base64url').toString('utf8'));

describe('sealed messages', () => {
  it('open for the recipient only, giving back the signed message, which still verifies', async () => {
    const world = await federation();
    const { signed, sealed } = await sealedForJiangsu(world);
    expect(sealed.split('.')).toHaveLength(5);
    for (const part of decodedParts(sealed)) expect(part).not.toContain(SECRET);
    expect(sealed).not.toContain(signed.split('.')[1]);

    const opened = await unsealMessage(sealed, TYPES, world.jiangsu);
    expect(opened).toBe(signed);
    expect((await verifyMessage<{ spouseIdNumber: string }>(opened, TYPES.signed, world.trust)).payload.spouseIdNumber).toBe(SECRET);

    // Shanghai signed it and still cannot open it; nor can a member without encryption keys.
    expect(await failure(unsealMessage(sealed, TYPES, world.shanghai))).toBe('NOT_FOR_THIS_MEMBER');
    expect(await failure(unsealMessage(sealed, TYPES, world.gateway))).toBe('NOT_FOR_THIS_MEMBER');
  });

  it('name each way they fail to open, and never throw anything else', async () => {
    const world = await federation();
    const { signed, sealed } = await sealedForJiangsu(world);
    const [header, encryptedKey, iv, ciphertext, tag] = sealed.split('.') as [string, string, string, string, string];
    const flipped = (part: string) => `${part.slice(0, 4)}${part[4] === 'A' ? 'B' : 'A'}${part.slice(5)}`;
    expect(await failure(unsealMessage(signed, TYPES, world.jiangsu))).toBe('NOT_SEALED');
    expect(await failure(unsealMessage([header, encryptedKey, iv, flipped(ciphertext), tag].join('.'), TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage([header, encryptedKey, iv, ciphertext, flipped(tag)].join('.'), TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage([header, flipped(encryptedKey), iv, ciphertext, tag].join('.'), TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage([header, encryptedKey, iv, ciphertext.slice(0, 10), tag].join('.'), TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage(['not-json', encryptedKey, iv, ciphertext, tag].join('.'), TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage('....', TYPES, world.jiangsu))).toBe('UNDECRYPTABLE');
    expect(await failure(unsealMessage(sealed, { sealed: 'other+jwe', signed: TYPES.signed }, world.jiangsu))).toBe('WRONG_TYPE');
    expect(await failure(unsealMessage(sealed, { sealed: TYPES.sealed, signed: 'other+jws' }, world.jiangsu))).toBe('WRONG_TYPE');
    // A header rewritten to name another content type: the header is bound to the ciphertext.
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>;
    const rewritten = Buffer.from(JSON.stringify({ ...decodedHeader, cty: 'other+jws' })).toString('base64url');
    expect(await failure(unsealMessage([rewritten, encryptedKey, iv, ciphertext, tag].join('.'), { sealed: TYPES.sealed, signed: 'other+jws' }, world.jiangsu))).toBe('UNDECRYPTABLE');
  });

  it('follow rotation: the newest key is published, a retired one decrypts until its grace ends', async () => {
    const world = await federation();
    const before = await sealedForJiangsu(world);
    const oldKid = (await recipientKey(world.trust, 'jiangsu'))?.kid;
    await world.jiangsu.rotateEncryptionKey();
    world.jiangsu.register(world.trustDir);

    const current = await recipientKey({ current: async () => (await world.publisher.signed(true)).list, refresh: world.trust.refresh }, 'jiangsu');
    expect(current?.kid).toBeDefined();
    expect(current?.kid).not.toBe(oldKid);
    const after = await sealMessage(before.signed, TYPES, current ?? expect.unreachable());
    expect(await unsealMessage(after, TYPES, world.jiangsu)).toBe(before.signed);
    // In flight when the key rotated: still opens.
    expect(await unsealMessage(before.sealed, TYPES, world.jiangsu)).toBe(before.signed);
    // After the grace, the old key opens nothing — and the next rotation drops it from the file.
    const afterGrace = new Date(Date.now() + (RETIRED_ENCRYPTION_KEY_GRACE_SECONDS + 60) * 1000);
    expect(await failure(unsealMessage(before.sealed, TYPES, world.jiangsu, afterGrace))).toBe('NOT_FOR_THIS_MEMBER');
    await world.jiangsu.rotateEncryptionKey(afterGrace);
    const stored = JSON.parse(readFileSync(join(world.keysDir, 'jiangsu.keys.json'), 'utf8')) as { encryptionKeys: { kid: string }[] };
    expect(stored.encryptionKeys.map((key) => key.kid)).not.toContain(oldKid);
    expect(stored.encryptionKeys).toHaveLength(2);
  });

  it('rotating the signing key leaves the encryption keys alone, and the other way round', async () => {
    const world = await federation();
    const encryptionKid = world.jiangsu.publicMember().encryptionKey?.kid;
    const signingKid = world.jiangsu.signingKey.kid;
    await world.jiangsu.rotate();
    expect(world.jiangsu.publicMember().encryptionKey?.kid).toBe(encryptionKid);
    const reopened = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, world.keysDir);
    expect(reopened.publicMember().encryptionKey?.kid).toBe(encryptionKid);
    await reopened.rotateEncryptionKey();
    expect(reopened.signingKey.kid).not.toBe(signingKid);
    expect((await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, world.keysDir)).signingKey.kid).toBe(reopened.signingKey.kid);
  });
});

describe('encryption keys', () => {
  it('are kept beside the signing keys, private halves readable by the owner only, and never taken for signing keys', async () => {
    const world = await federation();
    const file = join(world.keysDir, 'jiangsu.keys.json');
    expect(statSync(file).mode & 0o077).toBe(0);
    const again = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, world.keysDir);
    const published = world.jiangsu.publicMember().encryptionKey;
    expect(again.publicMember().encryptionKey).toEqual(published);
    expect(published?.jwk).toMatchObject({ kty: 'OKP', crv: 'X25519', use: 'enc', alg: 'ECDH-ES+A256KW' });
    expect(JSON.stringify(world.jiangsu.publicMember())).not.toContain('"d"');
    // Its own key material: not the signing key's.
    const signing = world.jiangsu.publicMember().keys[0];
    expect(published?.kid).not.toBe(signing?.kid);
    expect(published?.jwk.x).not.toBe(signing?.jwk.x);
    // The signed trust list carries it with the member; signature checks never look at it.
    const list = (await world.publisher.signed(true)).list;
    expect(list.members.find((member) => member.member === 'jiangsu')?.encryptionKey).toEqual(published);
    expect(findKey(list, published?.kid ?? '')).toBeUndefined();
  });

  it('are held by provinces only: the hub, the gateway and the identity provider have none', async () => {
    const world = await federation();
    const list = (await world.publisher.signed(true)).list;
    expect(list.members.map((member) => [member.member, member.encryptionKey !== undefined])).toEqual([
      ['catalog', false],
      ['gateway', false],
      ['jiangsu', true],
      ['shanghai', true],
    ]);
    expect(await recipientKey(world.trust, 'gateway')).toBeUndefined();
  });

  it('are added to a key file written before encryption existed, without touching its signing keys', async () => {
    const keysDir = join(root, 'upgrade');
    const first = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, keysDir);
    const file = join(keysDir, 'anhui.keys.json');
    const { encryptionKeys: _dropped, ...older } = JSON.parse(readFileSync(file, 'utf8')) as { encryptionKeys: unknown };
    writeJsonFile(file, older, 0o600);
    const upgraded = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, keysDir);
    expect(upgraded.signingKey.kid).toBe(first.signingKey.kid);
    expect(upgraded.publicMember().encryptionKey).toBeDefined();
    expect(upgraded.publicMember().encryptionKey?.kid).not.toBe(first.publicMember().encryptionKey?.kid);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('encryptionKeys');
  });

  it('an entry registered before encryption existed reads, and has nothing to encrypt to', async () => {
    const world = await federation();
    const { encryptionKey: _none, ...older } = world.jiangsu.publicMember();
    writeJsonFile(join(world.trustDir, 'members', 'jiangsu.json'), older);
    const list = (await world.publisher.signed(true)).list;
    expect(list.members.find((member) => member.member === 'jiangsu')?.keys).toHaveLength(1);
    expect(await recipientKey(world.trust, 'jiangsu')).toBeUndefined();
  });
});
