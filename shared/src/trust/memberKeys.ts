import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { RegionCode } from '../regions/regionRegistry.ts';
import {
  importDecryptionKey,
  newEncryptionKey,
  publishedEncryptionKey,
  RECIPIENT_ROLES,
  decryptsUntil,
  stillDecrypts,
  type StoredEncryptionKey,
} from './encryptionKeys.ts';
import { fileVersion } from './fileVersion.ts';
import { writeJsonFile } from './jsonFile.ts';
import { firstGap, isPending, nextChangeAfter, signingKeyAt, withoutGaps, type ScheduledKey } from './signingSchedule.ts';
import { anchorFile, memberRegistrationFile } from './trustDirectory.ts';
import type { MemberRole, TrustedKey, TrustedMember } from './trustList.ts';

/**
 * A member's own Ed25519 key pairs, generated at first start and kept in its data directory
 * (never committed). The newest active key signs (signingSchedule.ts); a key replaced by
 * rotation keeps verifying what it signed before, for `RETIRED_KEY_GRACE_SECONDS`.
 *
 * A member that takes in confidential messages (a province) also holds X25519 encryption key
 * pairs in the same file (see encryptionKeys.ts): the newest is published for others to
 * encrypt to; every one not past its grace decrypts, found by its kid.
 *
 * An administrator changes the file under a running member (`npm run keys`, keyAdministration.ts);
 * the member follows it (`follow`) and publishes what it now holds.
 */
export const RETIRED_KEY_GRACE_SECONDS = 31 * 24 * 3600;

/**
 * How long after a rotation under a running member the new key begins to sign, by default: the
 * member reads its file within KEY_FILE_POLL_MS and the hub looks at the registrations at most
 * once a second, so the new key is listed before anyone meets it (`npm run keys -- rotate
 * --activate-in` gives more, for a registration carried to a hub on another host).
 */
export const KEY_ACTIVATION_SECONDS = 5;

/**
 * How long the replaced key still counts for what it signs after the new one activates: for a
 * process of the member that takes the schedule up late (busy, or its file read just before the
 * change) and signs with the old key a moment longer.
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

/** What `revoke` removed, and the key that signs (or is published for encryption) in its place when it was in use. */
export interface RevokedKey {
  readonly kid: string;
  readonly use: 'signing' | 'encryption';
  readonly replacedBy: string | undefined;
}

interface StoredKey extends ScheduledKey {
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

interface StoredKeys {
  readonly member: string;
  /** Newest first. */
  readonly keys: StoredKey[];
  /** Newest first. Absent in files written before encryption existed: added at the next start. */
  readonly encryptionKeys?: StoredEncryptionKey[];
}

/** Where a change made here is published (register) before the key file is written, so that no process of the member signs with a key nobody lists. */
export interface KeyChangeOptions {
  readonly publishTo?: string;
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

async function newKey(now: Date, activatesAt?: Date): Promise<StoredKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    createdAt: now.toISOString(),
    ...(activatesAt && activatesAt > now ? { activatesAt: activatesAt.toISOString() } : {}),
    retiredAt: null,
    privateJwk: await exportJWK(privateKey),
    publicJwk,
  };
}

/**
 * Where a key stands: CURRENT signs (or is published for encryption); PENDING is published and
 * signs from `activatesAt`; HANDING_OVER was replaced and counts for what it signs until its
 * retirement, moments away; RETIRED verifies what it signed before (or decrypts what was
 * encrypted to it) until `usableUntil`; EXPIRED does nothing any more.
 */
export type KeyState = 'CURRENT' | 'PENDING' | 'HANDING_OVER' | 'RETIRED' | 'EXPIRED';

export interface KeyDescription {
  readonly kid: string;
  readonly use: 'signing' | 'encryption';
  readonly createdAt: string;
  readonly activatesAt: string | null;
  readonly retiredAt: string | null;
  /** A retired key: until when it still verifies (signing) or decrypts (encryption). */
  readonly usableUntil: string | null;
  readonly state: KeyState;
}

function pastState(retiredAt: string | null, usableUntil: string | null, now: number): KeyState {
  if (retiredAt === null) return 'CURRENT';
  if (Date.parse(retiredAt) > now) return 'HANDING_OVER';
  return usableUntil !== null && Date.parse(usableUntil) > now ? 'RETIRED' : 'EXPIRED';
}

const verifyUntilOf = (key: ScheduledKey) => (key.retiredAt ? new Date(Date.parse(key.retiredAt) + RETIRED_KEY_GRACE_SECONDS * 1000).toISOString() : null);

/** The key file's version (fileVersion), 'missing' before there is one. */
const fileStamp = (file: string): string => fileVersion(file) ?? 'missing';

/**
 * The key file, or undefined when there is none. A file that is not JSON is refused without
 * quoting it (a JSON error quotes the text where it stopped: here, private key material).
 */
function readKeyFile(file: string): StoredKeys | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON (cut short or edited by hand?)`);
  }
  const keys = (stored as Partial<StoredKeys> | null)?.keys;
  if (!Array.isArray(keys)) throw new Error(`${file} holds no list of keys`);
  return stored as StoredKeys;
}

/** The private keys of the signing keys that sign now or later (not those retired for good). */
async function importSigningKeys(stored: StoredKeys, now: number): Promise<Map<string, CryptoKey>> {
  const usable = stored.keys.filter((key) => key.retiredAt === null || Date.parse(key.retiredAt) > now);
  const imported = await Promise.all(usable.map(async (key) => [key.kid, (await importJWK(key.privateJwk, 'EdDSA')) as CryptoKey] as const));
  return new Map(imported);
}

export class MemberKeys {
  /** The key signing now, and the instant the schedule next changes (checked at each use: a Date.now()). */
  private signing!: SigningKey;
  private switchAt: number | undefined;
  /** Imported private encryption keys, by kid (importing costs more than the lookup). */
  private readonly decryptionKeys = new Map<string, Promise<CryptoKey>>();

  private constructor(
    readonly identity: MemberIdentity,
    private readonly file: string,
    private stored: StoredKeys,
    private privateKeys: Map<string, CryptoKey>,
    /** The key file as it was just before this process last read or wrote it (fileStamp): any other stamp is a change to take up. */
    private readStamp: string,
  ) {
    this.select(Date.now());
  }

  /** Loads the member's keys, generating the first pair (and encryption pair, if it needs one) when there is none. */
  static async open(identity: MemberIdentity, keysDir: string): Promise<MemberKeys> {
    const file = join(keysDir, `${identity.member}.keys.json`);
    const readStamp = fileStamp(file);
    let stored = readKeyFile(file);
    let changed = false;
    if (!stored || stored.keys.length === 0) {
      stored = { member: identity.member, keys: [await newKey(new Date())] };
      changed = true;
    }
    if (RECIPIENT_ROLES.includes(identity.role) && !stored.encryptionKeys?.some((key) => key.retiredAt === null)) {
      stored = { ...stored, encryptionKeys: [await newEncryptionKey(), ...(stored.encryptionKeys ?? [])] };
      changed = true;
    }
    if (changed) writeJsonFile(file, stored, 0o600);
    chmodSync(file, 0o600);
    return new MemberKeys(identity, file, stored, await importSigningKeys(stored, Date.now()), readStamp);
  }

  /** Chooses the key that signs at `now` by the schedule the file holds. */
  private select(now: number): void {
    const key = signingKeyAt(this.stored.keys, now);
    const privateKey = key && this.privateKeys.get(key.kid);
    if (!key || !privateKey) throw new Error(`${this.identity.member} has no key that signs now (${this.file})`);
    this.signing = { kid: key.kid, member: this.identity.member, privateKey };
    this.switchAt = nextChangeAfter(this.stored.keys, now);
  }

  get signingKey(): SigningKey {
    if (this.switchAt !== undefined && Date.now() >= this.switchAt) {
      // A schedule is checked for gaps before it is written or taken up (scheduleProblem): one
      // that still has none here (a file edited by hand) keeps the key in use rather than fail every signature.
      try {
        this.select(Date.now());
      } catch {
        this.switchAt = undefined;
      }
    }
    return this.signing;
  }

  /** Why the keys cannot be taken up: no key to sign at some instant from now on. */
  private static scheduleProblem(member: string, stored: StoredKeys, now: number): string | undefined {
    const gap = firstGap(stored.keys, now);
    return gap === undefined ? undefined : `${member}'s keys leave no key to sign from ${new Date(gap).toISOString()}`;
  }

  /**
   * Replaces the signing key by a new one, published at once. In the process that signs it
   * signs at once; rotated under a running member (`npm run keys`) it signs from
   * `activateInSeconds` on, and the key it replaces counts for what it signs until
   * `handoverSeconds` after that. The old key then verifies what it signed before until its
   * grace ends.
   */
  async rotate(now = new Date(), schedule: KeyChangeOptions & { readonly activateInSeconds?: number; readonly handoverSeconds?: number } = {}): Promise<void> {
    const activatesAt = new Date(now.getTime() + (schedule.activateInSeconds ?? 0) * 1000);
    const fresh = await newKey(now, activatesAt);
    const retiredAt = new Date(activatesAt.getTime() + (schedule.handoverSeconds ?? 0) * 1000).toISOString();
    const keys = this.stored.keys.map((key) => (key.retiredAt === null ? { ...key, retiredAt } : key));
    // The encryption keys stay as they are: each kind of key rotates on its own.
    await this.replaceStored({ ...this.stored, member: this.identity.member, keys: [fresh, ...keys] }, schedule);
  }

  /**
   * Removes a key for good — one that may have leaked: what it signed stops verifying, what was
   * encrypted to it cannot be decrypted here any more, as soon as the file is written (members
   * stop trusting it when the trust list they hold no longer names it). The key signing now is
   * replaced by a new one signing at once, with no handover: every other key still counting
   * retires now, and any yet to sign goes too. A key not signing now just goes, and the schedule
   * is closed over it (the key before it signs on until the next one: withoutGaps). The current
   * encryption key is replaced by a new one.
   */
  async revoke(kid: string, now = new Date(), options: KeyChangeOptions = {}): Promise<RevokedKey> {
    const at = now.getTime();
    const signing = this.stored.keys.find((key) => key.kid === kid);
    const encryption = this.stored.encryptionKeys?.find((key) => key.kid === kid);
    if (signing) {
      const others = this.stored.keys.filter((key) => key.kid !== kid);
      if (signingKeyAt(this.stored.keys, at)?.kid !== kid) {
        await this.replaceStored({ ...this.stored, keys: withoutGaps(others, at, KEY_HANDOVER_SECONDS * 1000) }, options);
        return { kid, use: 'signing', replacedBy: undefined };
      }
      const replacement = await newKey(now);
      const retired = others
        .filter((key) => !isPending(key, at))
        .map((key) => (key.retiredAt === null || Date.parse(key.retiredAt) > at ? { ...key, retiredAt: now.toISOString() } : key));
      await this.replaceStored({ ...this.stored, keys: [replacement, ...retired] }, options);
      return { kid, use: 'signing', replacedBy: replacement.kid };
    }
    if (encryption) {
      const replacement = encryption.retiredAt === null ? await newEncryptionKey(now) : undefined;
      const kept = (this.stored.encryptionKeys ?? []).filter((key) => key.kid !== kid);
      await this.replaceStored({ ...this.stored, encryptionKeys: replacement ? [replacement, ...kept] : kept }, options);
      return { kid, use: 'encryption', replacedBy: replacement?.kid };
    }
    throw new UnknownMemberKey(this.identity.member, kid, [...this.stored.keys, ...(this.stored.encryptionKeys ?? [])].map((key) => key.kid));
  }

  /**
   * Replaces the encryption key by a new one, published at the next registration. The old one
   * keeps decrypting what was encrypted to it until its grace ends; keys past their grace are
   * dropped from the file — nothing may be decrypted with them any more.
   */
  async rotateEncryptionKey(now = new Date(), options: KeyChangeOptions = {}): Promise<void> {
    const fresh = await newEncryptionKey(now);
    const kept = (this.stored.encryptionKeys ?? [])
      .map((key) => (key.retiredAt === null ? { ...key, retiredAt: now.toISOString() } : key))
      .filter((key) => stillDecrypts(key, now));
    await this.replaceStored({ ...this.stored, encryptionKeys: [fresh, ...kept] }, options);
  }

  /**
   * Writes the member's keys — published first, when asked, so that no process of the member
   * signs with a key the trust directory does not name — and takes them up in this process.
   */
  private async replaceStored(stored: StoredKeys, options: KeyChangeOptions): Promise<void> {
    const problem = MemberKeys.scheduleProblem(this.identity.member, stored, Date.now());
    if (problem) throw new Error(problem);
    const privateKeys = await importSigningKeys(stored, Date.now());
    if (options.publishTo !== undefined) writeJsonFile(this.publicationFile(options.publishTo), MemberKeys.published(this.identity, stored, new Date()));
    this.readStamp = fileStamp(this.file);
    writeJsonFile(this.file, stored, 0o600);
    this.takeUp(stored, privateKeys);
  }

  private takeUp(stored: StoredKeys, privateKeys: Map<string, CryptoKey>): void {
    const previous = { stored: this.stored, privateKeys: this.privateKeys };
    this.stored = stored;
    this.privateKeys = privateKeys;
    try {
      this.select(Date.now());
    } catch (error) {
      // A schedule with no key signing now is not taken up: the keys in use stay.
      this.stored = previous.stored;
      this.privateKeys = previous.privateKeys;
      throw error;
    }
    for (const kid of this.decryptionKeys.keys()) if (!stored.encryptionKeys?.some((key) => key.kid === kid)) this.decryptionKeys.delete(kid);
  }

  /**
   * Follows the key file for a running member: a key an administrator rotated or revoked with
   * `npm run keys` is taken up within `pollMs` (the file is looked at once at the start too, for a
   * change made since it was read), and what the member now holds is published in `trustDir`
   * (register) — after any other writer, such as another process of the member starting with
   * the keys it read before the change. A file that cannot be read, or names no key that signs
   * now, is reported (once per distinct problem) and the keys in use are kept. Returns the
   * function that stops it.
   */
  follow(trustDir: string, report: (message: string) => void, pollMs = KEY_FILE_POLL_MS): () => void {
    let reading = false;
    let reported: string | undefined;
    const look = async () => {
      if (reading) return;
      reading = true;
      let taken = false;
      try {
        const stamp = fileStamp(this.file);
        if (stamp === this.readStamp) return;
        const stored = readKeyFile(this.file);
        if (!stored) throw new Error(`${this.file} is gone`);
        if (stored.member !== this.identity.member) throw new Error(`${this.file} holds ${JSON.stringify(stored.member)}'s keys`);
        const problem = MemberKeys.scheduleProblem(this.identity.member, stored, Date.now());
        if (problem) throw new Error(problem);
        this.takeUp(stored, await importSigningKeys(stored, Date.now()));
        taken = true;
        this.register(trustDir);
        // Only once published: a registration that could not be written is written at the next look.
        this.readStamp = stamp;
        reported = undefined;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const problem = taken
          ? `took up the keys in ${this.file} but could not publish them in ${trustDir} (trying again): ${detail}`
          : `kept the keys in use (${this.signing.kid}): ${detail}`;
        if (problem !== reported) report(`keys of ${this.identity.member}: ${problem}`);
        reported = problem;
      } finally {
        reading = false;
      }
    };
    const timer = setInterval(() => void look(), pollMs);
    timer.unref();
    void look();
    return () => clearInterval(timer);
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
    const at = now.getTime();
    const signingNow = signingKeyAt(this.stored.keys, at)?.kid;
    const signing = this.stored.keys.map((key): KeyDescription => {
      const usableUntil = verifyUntilOf(key);
      const state = key.kid === signingNow ? 'CURRENT' : isPending(key, at) ? 'PENDING' : pastState(key.retiredAt, usableUntil, at);
      return { kid: key.kid, use: 'signing', createdAt: key.createdAt, activatesAt: key.activatesAt ?? null, retiredAt: key.retiredAt, usableUntil, state };
    });
    const encryption = (this.stored.encryptionKeys ?? []).map((key): KeyDescription => {
      const usableUntil = decryptsUntil(key)?.toISOString() ?? null;
      return { kid: key.kid, use: 'encryption', createdAt: key.createdAt, activatesAt: null, retiredAt: key.retiredAt, usableUntil, state: pastState(key.retiredAt, usableUntil, at) };
    });
    return [...signing, ...encryption];
  }

  /** The member's public keys as the trust list carries them: those signing now or later, and those retired within their grace. */
  publicMember(now = new Date()): TrustedMember {
    return MemberKeys.published(this.identity, this.stored, now);
  }

  private static published(identity: MemberIdentity, stored: StoredKeys, now: Date): TrustedMember {
    const keys: TrustedKey[] = stored.keys
      .map((key) => ({ kid: key.kid, jwk: key.publicJwk, createdAt: key.createdAt, retiredAt: key.retiredAt, verifyUntil: verifyUntilOf(key) }))
      .filter((key) => key.verifyUntil === null || Date.parse(key.verifyUntil) > now.getTime());
    // Only the current encryption key is published: nobody should encrypt to a retired one.
    const encryption = stored.encryptionKeys?.find((key) => key.retiredAt === null);
    return { ...identity, keys, ...(encryption ? { encryptionKey: publishedEncryptionKey(encryption) } : {}) };
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
