import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { MemberRole, TrustedEncryptionKey } from './trustList.ts';

/**
 * A member's encryption key pairs: X25519, used for ECDH-ES+A256KW key agreement with A256GCM
 * content encryption, so that a confidential message (released evidence) can be read by the
 * one member it is addressed to. They are pairs of their own, never the Ed25519 signing keys:
 * one key for one purpose, so that neither use can be turned against the other, and each
 * rotates on its own schedule.
 */
export const KEY_AGREEMENT_ALGORITHM = 'ECDH-ES+A256KW';
export const CONTENT_ENCRYPTION_ALGORITHM = 'A256GCM';

/**
 * Members that take in confidential messages and so hold an encryption key: provinces (only a
 * province files cases and takes in evidence — an evidence request verifies only when a
 * province signed it). The hub, the gateway and the identity provider sign and verify only; a
 * private key they would never use is one more secret to guard, so they get none.
 */
export const RECIPIENT_ROLES: readonly MemberRole[] = ['PROVINCE'];

/**
 * The longest released evidence may be valid (YRD_EVIDENCE_SECONDS, a week by default). It is
 * bounded because evidence is encrypted to the filing province's key of the day: it must still
 * open when it is handed in, however long after that key retired.
 */
export const MAX_EVIDENCE_SECONDS = 30 * 24 * 3600;

/**
 * The longest a signed trust list may be valid (YRD_TRUST_LIST_SECONDS, ten minutes by default):
 * a holder whose copy predates a rotation still encrypts to the retired key until its copy expires.
 */
export const MAX_TRUST_LIST_SECONDS = 24 * 3600;

/**
 * How long a retired encryption key still decrypts: whatever was encrypted to it before it
 * retired, or by a holder whose cached trust list still named it, is evidence in flight. After
 * this it decrypts nothing and is dropped from the key file at the next rotation.
 */
export const RETIRED_ENCRYPTION_KEY_GRACE_SECONDS = MAX_TRUST_LIST_SECONDS + MAX_EVIDENCE_SECONDS;

export interface StoredEncryptionKey {
  readonly kid: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export async function newEncryptionKey(now = new Date()): Promise<StoredEncryptionKey> {
  const { publicKey, privateKey } = await generateKeyPair(KEY_AGREEMENT_ALGORITHM, { crv: 'X25519', extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), use: 'enc', alg: KEY_AGREEMENT_ALGORITHM };
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    createdAt: now.toISOString(),
    retiredAt: null,
    privateJwk: await exportJWK(privateKey),
    publicJwk,
  };
}

/** Until when a retired key decrypts what was encrypted to it (its grace); undefined for the current key. */
export function decryptsUntil(key: Pick<StoredEncryptionKey, 'retiredAt'>): Date | undefined {
  return key.retiredAt === null ? undefined : new Date(Date.parse(key.retiredAt) + RETIRED_ENCRYPTION_KEY_GRACE_SECONDS * 1000);
}

/** Whether the key may still decrypt: the current key, or a retired one within its grace. */
export function stillDecrypts(key: StoredEncryptionKey, now: Date): boolean {
  const until = decryptsUntil(key);
  return until === undefined || until.getTime() > now.getTime();
}

/** The key as the trust list carries it: public half only. */
export function publishedEncryptionKey(key: StoredEncryptionKey): TrustedEncryptionKey {
  return { kid: key.kid, jwk: key.publicJwk, createdAt: key.createdAt };
}

export function importDecryptionKey(key: StoredEncryptionKey): Promise<CryptoKey> {
  return importJWK(key.privateJwk, KEY_AGREEMENT_ALGORITHM) as Promise<CryptoKey>;
}
