import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { RegionCode } from '../regions/regionRegistry.ts';
import {
  importDecryptionKey,
  newEncryptionKey,
  publishedEncryptionKey,
  RECIPIENT_ROLES,
  stillDecrypts,
  type StoredEncryptionKey,
} from './encryptionKeys.ts';
import { readJsonFile, writeJsonFile } from './jsonFile.ts';
import { memberRegistrationFile } from './trustDirectory.ts';
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

export class MemberKeys {
  private constructor(
    readonly identity: MemberIdentity,
    private readonly file: string,
    private stored: StoredKeys,
    private signing: SigningKey,
  ) {}

  /** Imported private encryption keys, by kid (importing costs more than the lookup). */
  private readonly decryptionKeys = new Map<string, Promise<CryptoKey>>();

  /** Loads the member's keys, generating the first pair (and encryption pair, if it needs one) when there is none. */
  static async open(identity: MemberIdentity, keysDir: string): Promise<MemberKeys> {
    const file = join(keysDir, `${identity.member}.keys.json`);
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
    return new MemberKeys(identity, file, stored, await MemberKeys.signingKeyOf(identity.member, stored));
  }

  private static async signingKeyOf(member: string, stored: StoredKeys): Promise<SigningKey> {
    const active = stored.keys.find((key) => key.retiredAt === null);
    if (!active) throw new Error(`${member} has no active key`);
    return { kid: active.kid, member, privateKey: (await importJWK(active.privateJwk, 'EdDSA')) as CryptoKey };
  }

  get signingKey(): SigningKey {
    return this.signing;
  }

  /** Replaces the signing key by a new one; the old one verifies what it signed until its grace ends. */
  async rotate(now = new Date()): Promise<void> {
    const fresh = await newKey();
    const keys = this.stored.keys.map((key) => (key.retiredAt === null ? { ...key, retiredAt: now.toISOString() } : key));
    // The encryption keys stay as they are: each kind of key rotates on its own.
    this.stored = { ...this.stored, member: this.identity.member, keys: [fresh, ...keys] };
    writeJsonFile(this.file, this.stored, 0o600);
    this.signing = await MemberKeys.signingKeyOf(this.identity.member, this.stored);
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
    this.stored = { ...this.stored, encryptionKeys: [fresh, ...kept] };
    writeJsonFile(this.file, this.stored, 0o600);
    for (const kid of this.decryptionKeys.keys()) if (!kept.some((key) => key.kid === kid)) this.decryptionKeys.delete(kid);
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

  /** Registers the public keys with the hub's member directory. */
  register(trustDir: string): void {
    writeJsonFile(memberRegistrationFile(trustDir, this.identity.member), this.publicMember());
  }
}
