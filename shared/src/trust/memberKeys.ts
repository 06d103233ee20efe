import { chmodSync, statSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { RegionCode } from '../regions/regionRegistry.ts';
import {
  importDecryptionKey,
  newEncryptionKey,
  publishedEncryptionKey,
  RECIPIENT_ROLES,
  RETIRED_ENCRYPTION_KEY_GRACE_SECONDS,
  stillDecrypts,
  type StoredEncryptionKey,
} from './encryptionKeys.ts';
import { readJsonFile, writeJsonFile } from './jsonFile.ts';
import { anchorFile, memberRegistrationFile } from './trustDirectory.ts';
import type { MemberRole, TrustedKey, TrustedMember } from './trustList.ts';

/**
 * A member's own Ed25519 key pairs, generated at first start and kept in its data directory
 * (never committed). The newest key signs; a key replaced by rotation keeps verifying what
 * it signed before, for `RETIRED_KEY_GRACE_SECONDS`.
 *
 * A member that takes in confidential messages (a province) also holds X25519 encryption key
 * pairs in the same file (see encryptionKeys.ts): the newest is published for others to
 * encrypt to; every one not past its grace decrypts, found by its kid.
 */
export const RETIRED_KEY_GRACE_SECONDS = 31 * 24 * 3600;

/**
 * How long a key rotated by an administrator (`npm run keys`) goes on counting for new signatures
 * after the new one is made: the running member picks the new key up from its file within
 * KEY_FILE_POLL_MS, and what it signs meanwhile with the old one must not be KEY_RETIRED.
 */
export const KEY_HANDOVER_SECONDS = 10;

/** How often a running member looks at its key file for an administrator's change. */
export const KEY_FILE_POLL_MS = 1_000;

/** A key `revoke` was asked for that the member does not hold. */
export class UnknownMemberKey extends Error {
  constructor(
    readonly member: string,
    readonly kid: string,
    readonly held: readonly string[],
  ) {
    super(`${member} holds no key ${kid}; its keys are ${held.join(', ')}`);
    this.name = 'UnknownMemberKey';
  }
}

/** What `revoke` removed, and the key that signs (or is published for encryption) in its place when it was the current one. */
export interface RevokedKey {
  readonly kid: string;
  readonly use: 'signing' | 'encryption';
  readonly replacedBy: string | undefined;
}

interface StoredKey {
  readonly kid: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

interface StoredKeys {
  readonly member: string;
  readonly keys: StoredKey[];
  /** Newest first. Absent in files written before encryption existed: added at the next start. */
  readonly encryptionKeys?: StoredEncryptionKey[];
}

export interface SigningKey {
  readonly kid: string;
  readonly member: string;
  readonly privateKey: CryptoKey;
}

export interface MemberIdentity {
  readonly member: string;
  readonly role: MemberRole;
  readonly region: RegionCode | null;
}

async function newKey(): Promise<StoredKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    createdAt: new Date().toISOString(),
    retiredAt: null,
    privateJwk: await exportJWK(privateKey),
    publicJwk,
  };
}

/**
 * Where a key stands: CURRENT signs (or is published for encryption); HANDING_OVER was rotated
 * and still signs until its retirement, moments away; RETIRED verifies what it signed before (or
 * decrypts what was encrypted to it) until `usableUntil`; EXPIRED does nothing any more.
 */
export type KeyState = 'CURRENT' | 'HANDING_OVER' | 'RETIRED' | 'EXPIRED';

export interface KeyDescription {
  readonly kid: string;
  readonly use: 'signing' | 'encryption';
  readonly createdAt: string;
  readonly retiredAt: string | null;
  /** A retired key: until when it still verifies (signing) or decrypts (encryption). */
  readonly usableUntil: string | null;
  readonly state: KeyState;
}

function keyState(retiredAt: string | null, usableUntil: string | null, now: Date): KeyState {
  if (retiredAt === null) return 'CURRENT';
  if (Date.parse(retiredAt) > now.getTime()) return 'HANDING_OVER';
  return usableUntil !== null && Date.parse(usableUntil) > now.getTime() ? 'RETIRED' : 'EXPIRED';
}

/** Which version of a file this is, as far as a stat tells: a rename (atomic write) changes the inode, an edit the time or size. */
function statsStamp(stats: Pick<Stats, 'ino' | 'mtimeMs' | 'size'>): string {
  return `${stats.ino}:${stats.mtimeMs}:${stats.size}`;
}

function fileStamp(file: string): string {
  try {
    return statsStamp(statSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

export class MemberKeys {
  private constructor(
    readonly identity: MemberIdentity,
    private readonly file: string,
    private stored: StoredKeys,
    private signing: SigningKey,
    /** The key file as it was just before this process last read or wrote it (fileStamp): any other stamp is a change to take up. */
    private readStamp: string,
  ) {}

  /** Imported private encryption keys, by kid (importing costs more than the lookup). */
  private readonly decryptionKeys = new Map<string, Promise<CryptoKey>>();

  /** Loads the member's keys, generating the first pair (and encryption pair, if it needs one) when there is none. */
  static async open(identity: MemberIdentity, keysDir: string): Promise<MemberKeys> {
    const file = join(keysDir, `${identity.member}.keys.json`);
    const readStamp = fileStamp(file);
    let stored = readJsonFile<StoredKeys>(file);
    let changed = false;
    if (!stored || stored.keys.length === 0) {
      stored = { member: identity.member, keys: [await newKey()] };
      changed = true;
    }
    if (RECIPIENT_ROLES.includes(identity.role) && !stored.encryptionKeys?.some((key) => key.retiredAt === null)) {
      stored = { ...stored, encryptionKeys: [await newEncryptionKey(), ...(stored.encryptionKeys ?? [])] };
      changed = true;
    }
    if (changed) writeJsonFile(file, stored, 0o600);
    chmodSync(file, 0o600);
    return new MemberKeys(identity, file, stored, await MemberKeys.signingKeyOf(identity.member, stored), readStamp);
  }

  private static async signingKeyOf(member: string, stored: StoredKeys): Promise<SigningKey> {
    const active = stored.keys.find((key) => key.retiredAt === null);
    if (!active) throw new Error(`${member} has no active key`);
    return { kid: active.kid, member, privateKey: (await importJWK(active.privateJwk, 'EdDSA')) as CryptoKey };
  }

  get signingKey(): SigningKey {
    return this.signing;
  }

  /**
   * Replaces the signing key by a new one; the old one verifies what it signed until its grace
   * ends. It retires `handoverSeconds` from `now`: 0 in the process that signs (it switches at
   * once), KEY_HANDOVER_SECONDS when another process rotates the key under a running member.
   */
  async rotate(now = new Date(), handoverSeconds = 0): Promise<void> {
    const fresh = await newKey();
    const retiredAt = new Date(now.getTime() + handoverSeconds * 1000).toISOString();
    const keys = this.stored.keys.map((key) => (key.retiredAt === null ? { ...key, retiredAt } : key));
    // The encryption keys stay as they are: each kind of key rotates on its own.
    await this.replaceStored({ ...this.stored, member: this.identity.member, keys: [fresh, ...keys] });
  }

  /**
   * Removes a key for good — one that may have leaked: what it signed stops verifying, what was
   * encrypted to it cannot be decrypted here any more, as soon as the file is written (members
   * stop trusting it when the trust list they hold no longer names it). The current key of its
   * kind is replaced by a new one first, with no handover.
   */
  async revoke(kid: string, now = new Date()): Promise<RevokedKey> {
    const signing = this.stored.keys.find((key) => key.kid === kid);
    const encryption = this.stored.encryptionKeys?.find((key) => key.kid === kid);
    if (signing) {
      const replacement = signing.retiredAt === null ? await newKey() : undefined;
      const keys = this.stored.keys.filter((key) => key.kid !== kid);
      await this.replaceStored({ ...this.stored, keys: replacement ? [replacement, ...keys] : keys });
      return { kid, use: 'signing', replacedBy: replacement?.kid };
    }
    if (encryption) {
      const replacement = encryption.retiredAt === null ? await newEncryptionKey(now) : undefined;
      const kept = (this.stored.encryptionKeys ?? []).filter((key) => key.kid !== kid);
      await this.replaceStored({ ...this.stored, encryptionKeys: replacement ? [replacement, ...kept] : kept });
      return { kid, use: 'encryption', replacedBy: replacement?.kid };
    }
    throw new UnknownMemberKey(this.identity.member, kid, [...this.stored.keys, ...(this.stored.encryptionKeys ?? [])].map((key) => key.kid));
  }

  /** Writes the member's keys and takes them up in this process. */
  private async replaceStored(stored: StoredKeys): Promise<void> {
    const signing = await MemberKeys.signingKeyOf(this.identity.member, stored);
    this.readStamp = fileStamp(this.file);
    writeJsonFile(this.file, stored, 0o600);
    this.takeUp(stored, signing);
  }

  private takeUp(stored: StoredKeys, signing: SigningKey): void {
    this.stored = stored;
    this.signing = signing;
    for (const kid of this.decryptionKeys.keys()) if (!stored.encryptionKeys?.some((key) => key.kid === kid)) this.decryptionKeys.delete(kid);
  }

  /**
   * Follows the key file for a running member: a key an administrator rotated or revoked with
   * `npm run keys` is taken up within KEY_FILE_POLL_MS (a rotated one retires KEY_HANDOVER_SECONDS
   * later, so nothing signed in between is refused). A file that cannot be read, or names no
   * current key, is reported and the keys in use are kept. Returns the function that stops it.
   */
  follow(report: (message: string) => void, pollMs = KEY_FILE_POLL_MS): () => void {
    let reading = Promise.resolve();
    const takeUpIfChanged = (stamp: string) => {
      if (stamp === this.readStamp) return;
      reading = reading
        .then(() => (fileStamp(this.file) === this.readStamp ? undefined : this.reread()))
        .catch((error: unknown) => report(`${this.file}: kept the keys in use, the file does not read as ${this.identity.member}'s keys (${error instanceof Error ? error.message : String(error)})`));
    };
    const changed = (current: Stats) => takeUpIfChanged(statsStamp(current));
    watchFile(this.file, { interval: pollMs, persistent: false }, changed);
    // A change between the read at open and the first poll is taken up too.
    takeUpIfChanged(fileStamp(this.file));
    return () => unwatchFile(this.file, changed);
  }

  private async reread(): Promise<void> {
    const stamp = fileStamp(this.file);
    this.readStamp = stamp;
    const stored = readJsonFile<StoredKeys>(this.file);
    if (!stored || !Array.isArray(stored.keys)) throw new Error('no keys');
    if (stored.member !== this.identity.member) throw new Error(`the file is ${JSON.stringify(stored.member)}'s`);
    this.takeUp(stored, await MemberKeys.signingKeyOf(this.identity.member, stored));
  }

  /**
   * Replaces the encryption key by a new one, published at the next registration. The old one
   * keeps decrypting what was encrypted to it until its grace ends; keys past their grace are
   * dropped from the file — nothing may be decrypted with them any more.
   */
  async rotateEncryptionKey(now = new Date()): Promise<void> {
    const fresh = await newEncryptionKey(now);
    const kept = (this.stored.encryptionKeys ?? [])
      .map((key) => (key.retiredAt === null ? { ...key, retiredAt: now.toISOString() } : key))
      .filter((key) => stillDecrypts(key, now));
    await this.replaceStored({ ...this.stored, encryptionKeys: [fresh, ...kept] });
  }

  /**
   * The private key a confidential message names by kid, when it is one of this member's
   * encryption keys and not past its grace; undefined otherwise (addressed to someone else).
   */
  async decryptionKey(kid: string, now = new Date()): Promise<CryptoKey | undefined> {
    const key = this.stored.encryptionKeys?.find((candidate) => candidate.kid === kid);
    if (!key || !stillDecrypts(key, now)) return undefined;
    let imported = this.decryptionKeys.get(kid);
    if (!imported) {
      imported = importDecryptionKey(key);
      this.decryptionKeys.set(kid, imported);
    }
    return imported;
  }

  /** Every key the member holds, newest first within each use — public facts only, for an administrator. */
  describeKeys(now = new Date()): KeyDescription[] {
    const signing = this.stored.keys.map((key): KeyDescription => {
      const until = key.retiredAt ? new Date(Date.parse(key.retiredAt) + RETIRED_KEY_GRACE_SECONDS * 1000).toISOString() : null;
      return { kid: key.kid, use: 'signing', createdAt: key.createdAt, retiredAt: key.retiredAt, usableUntil: until, state: keyState(key.retiredAt, until, now) };
    });
    const encryption = (this.stored.encryptionKeys ?? []).map((key): KeyDescription => {
      const until = key.retiredAt ? new Date(Date.parse(key.retiredAt) + RETIRED_ENCRYPTION_KEY_GRACE_SECONDS * 1000).toISOString() : null;
      return { kid: key.kid, use: 'encryption', createdAt: key.createdAt, retiredAt: key.retiredAt, usableUntil: until, state: keyState(key.retiredAt, until, now) };
    });
    return [...signing, ...encryption];
  }

  /** The member's public keys as the trust list carries them (expired retired keys left out). */
  publicMember(now = new Date()): TrustedMember {
    const keys: TrustedKey[] = this.stored.keys
      .map((key) => ({
        kid: key.kid,
        jwk: key.publicJwk,
        createdAt: key.createdAt,
        retiredAt: key.retiredAt,
        verifyUntil: key.retiredAt ? new Date(Date.parse(key.retiredAt) + RETIRED_KEY_GRACE_SECONDS * 1000).toISOString() : null,
      }))
      .filter((key) => key.verifyUntil === null || Date.parse(key.verifyUntil) > now.getTime());
    // Only the current encryption key is published: nobody should encrypt to a retired one.
    const encryption = this.stored.encryptionKeys?.find((key) => key.retiredAt === null);
    return { ...this.identity, keys, ...(encryption ? { encryptionKey: publishedEncryptionKey(encryption) } : {}) };
  }

  /**
   * Publishes the public keys: a member registers them with the hub's member directory; the hub
   * writes them as the federation's trust anchor.
   */
  register(trustDir: string): void {
    writeJsonFile(this.publicationFile(trustDir), this.publicMember());
  }

  /** Where `register` writes (on another host than the hub's: the file an administrator carries to it). */
  publicationFile(trustDir: string): string {
    return this.identity.role === 'HUB' ? anchorFile(trustDir) : memberRegistrationFile(trustDir, this.identity.member);
  }
}
