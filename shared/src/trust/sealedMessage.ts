import { CompactEncrypt, compactDecrypt, decodeProtectedHeader, importJWK, type CryptoKey } from 'jose';
import { CONTENT_ENCRYPTION_ALGORITHM, KEY_AGREEMENT_ALGORITHM } from './encryptionKeys.ts';
import type { SealedTypes } from './sealedTypes.ts';
import type { TrustListSource } from './signedMessage.ts';

export type { SealedTypes } from './sealedTypes.ts';
import { encryptionKeyOf, type TrustedEncryptionKey } from './trustList.ts';

/**
 * Confidential messages between members: a signed message (compact JWS) encrypted to the one
 * member it is for — a nested JWT, signed then encrypted: compact JWE, ECDH-ES+A256KW on the
 * recipient's X25519 key from the trust list, A256GCM, `cty` naming the signed message's type.
 * Whoever carries it between the two (a clerk's client, an applicant's phone) holds ciphertext
 * only; its protected header names the recipient's key, never whose data it carries. Opening it
 * gives back the JWS, to be verified as any other (verifyMessage): encryption hides, the
 * signature still proves who released what.
 */
export type UnsealingFailure = 'NOT_SEALED' | 'WRONG_TYPE' | 'NOT_FOR_THIS_MEMBER' | 'UNDECRYPTABLE';

const FAILURE_MESSAGES: Record<UnsealingFailure, string> = {
  NOT_SEALED: '报文未加密',
  WRONG_TYPE: '加密报文类型不符',
  NOT_FOR_THIS_MEMBER: '报文不是加密给本成员的，本成员无法解密',
  UNDECRYPTABLE: '加密报文已损坏，无法解密',
};

export class UnsealingError extends Error {
  constructor(
    readonly reason: UnsealingFailure,
    detail?: string,
  ) {
    super(detail ? `${FAILURE_MESSAGES[reason]}：${detail}` : FAILURE_MESSAGES[reason]);
    this.name = 'UnsealingError';
  }
}


/** The recipient's side: its private encryption keys, by kid (MemberKeys). */
export interface DecryptionKeys {
  decryptionKey(kid: string, now?: Date): Promise<CryptoKey | undefined>;
}

const COMPACT_JWS_PARTS = 3;
const COMPACT_JWE_PARTS = 5;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const importedKeys = new Map<string, Promise<CryptoKey>>();

/**
 * Whether a token is to be opened rather than verified as it is: anything but a compact JWS
 * (three parts, a header without `enc`). A compact JWE has five; one cut short or run together
 * with another is still damaged ciphertext, not a signed message.
 */
export function isSealed(token: string): boolean {
  if (token.split('.').length !== COMPACT_JWS_PARTS) return true;
  try {
    return decodeProtectedHeader(token).enc !== undefined;
  } catch {
    return false;
  }
}

/**
 * The member's current encryption key, from the trust list — fetched afresh once when the copy
 * at hand has none (the member may have registered or rotated it since). Undefined when the
 * member has no usable X25519 key: then nothing confidential can be sent to it.
 */
export async function recipientKey(trust: TrustListSource, member: string): Promise<TrustedEncryptionKey | undefined> {
  const usable = (key: TrustedEncryptionKey | undefined) => (key && key.jwk.kty === 'OKP' && key.jwk.crv === 'X25519' ? key : undefined);
  return usable(encryptionKeyOf(await trust.current(), member)) ?? usable(encryptionKeyOf(await trust.refresh(), member));
}

function importRecipientKey(key: TrustedEncryptionKey): Promise<CryptoKey> {
  const cacheKey = `${key.kid}:${key.jwk.x ?? ''}`;
  let imported = importedKeys.get(cacheKey);
  if (!imported) {
    imported = importJWK(key.jwk, KEY_AGREEMENT_ALGORITHM) as Promise<CryptoKey>;
    importedKeys.set(cacheKey, imported);
  }
  return imported;
}

/** Encrypts a signed message to one member's encryption key. */
export async function sealMessage(signed: string, types: SealedTypes, recipient: TrustedEncryptionKey): Promise<string> {
  return new CompactEncrypt(encoder.encode(signed))
    .setProtectedHeader({ alg: KEY_AGREEMENT_ALGORITHM, enc: CONTENT_ENCRYPTION_ALGORITHM, kid: recipient.kid, typ: types.sealed, cty: types.signed })
    .encrypt(await importRecipientKey(recipient));
}

/**
 * Decrypts a sealed message with the recipient's key its header names, and returns the signed
 * message inside (still to be verified). Fails with a reason, never anything else.
 */
export async function unsealMessage(token: string, types: SealedTypes, keys: DecryptionKeys, now = new Date()): Promise<string> {
  if (!isSealed(token)) throw new UnsealingError('NOT_SEALED');
  // compactDecrypt would say so too; checked here so that the reason is ours, whatever jose says.
  if (token.split('.').length !== COMPACT_JWE_PARTS) throw new UnsealingError('UNDECRYPTABLE', '不是完整的加密报文');
  let header;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw new UnsealingError('UNDECRYPTABLE', '报文头无法解析');
  }
  if (header.alg !== KEY_AGREEMENT_ALGORITHM || header.enc !== CONTENT_ENCRYPTION_ALGORITHM || typeof header.kid !== 'string') {
    throw new UnsealingError('UNDECRYPTABLE', `需要 ${KEY_AGREEMENT_ALGORITHM}/${CONTENT_ENCRYPTION_ALGORITHM} 和 kid`);
  }
  if (header.typ !== types.sealed || header.cty !== types.signed) {
    throw new UnsealingError('WRONG_TYPE', `应为 ${types.sealed}（内含 ${types.signed}），实为 ${String(header.typ)}（内含 ${String(header.cty)}）`);
  }
  const key = await keys.decryptionKey(header.kid, now);
  if (!key) throw new UnsealingError('NOT_FOR_THIS_MEMBER', `密钥 ${header.kid} 不是本成员的有效加密密钥`);
  let plaintext: Uint8Array;
  try {
    ({ plaintext } = await compactDecrypt(token, key, {
      keyManagementAlgorithms: [KEY_AGREEMENT_ALGORITHM],
      contentEncryptionAlgorithms: [CONTENT_ENCRYPTION_ALGORITHM],
    }));
  } catch {
    // The key is ours, yet the ciphertext does not open: altered or truncated on the way.
    throw new UnsealingError('UNDECRYPTABLE');
  }
  return decoder.decode(plaintext);
}
