import type { JWK } from 'jose';
import type { RegionCode } from '../regions/regionRegistry.ts';

/**
 * The signed list of every member of the federation and its public keys, published by the
 * hub (X-Road's global configuration). Members trust a signature only when its key is here.
 */
export type MemberRole = 'HUB' | 'GATEWAY' | 'PROVINCE' | 'IDENTITY_PROVIDER';

export interface TrustedKey {
  readonly kid: string;
  readonly jwk: JWK;
  readonly createdAt: string;
  /** Set once a newer key replaced this one: it signs nothing after this instant. */
  readonly retiredAt: string | null;
  /** A retired key still verifies what it signed before retiring, until this instant. */
  readonly verifyUntil: string | null;
}

/**
 * A member's current public encryption key (X25519, for ECDH-ES+A256KW): what another member
 * encrypts a confidential message to it with. Kept apart from the signing keys, so that it can
 * never be taken for one (and a signing key never for it).
 */
export interface TrustedEncryptionKey {
  readonly kid: string;
  readonly jwk: JWK;
  readonly createdAt: string;
}

export interface TrustedMember {
  readonly member: string;
  readonly role: MemberRole;
  readonly region: RegionCode | null;
  readonly keys: readonly TrustedKey[];
  /**
   * Only members that take in confidential messages (provinces: they file cases and receive
   * released evidence) have one. Optional, so that an entry registered before encryption
   * existed still reads, and a reader that predates it simply ignores it.
   */
  readonly encryptionKey?: TrustedEncryptionKey;
}

export interface TrustList {
  readonly issuer: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly members: readonly TrustedMember[];
}

export const TRUST_LIST_TYPE = 'yrd-trust-list+jws';

export interface KeyLookup {
  readonly member: TrustedMember;
  readonly key: TrustedKey;
}

export function findKey(list: TrustList, kid: string): KeyLookup | undefined {
  for (const member of list.members) {
    const key = member.keys.find((candidate) => candidate.kid === kid);
    if (key) return { member, key };
  }
  return undefined;
}

/** The key to encrypt to `member` with, when the list names one. */
export function encryptionKeyOf(list: TrustList, member: string): TrustedEncryptionKey | undefined {
  return list.members.find((candidate) => candidate.member === member)?.encryptionKey;
}

/** Each list's members as text, worked out once per list object. */
const contents = new WeakMap<TrustList, string>();

/**
 * What a list says — its members and their keys — as text that two lists share exactly when
 * they trust the same: a list fetched again, unchanged but for its dates, reads the same. What
 * was verified under one list holds under another with the same content.
 */
export function trustedContent(list: TrustList): string {
  let content = contents.get(list);
  if (content === undefined) {
    content = JSON.stringify(list.members);
    contents.set(list, content);
  }
  return content;
}
