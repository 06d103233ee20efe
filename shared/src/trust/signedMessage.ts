import { randomUUID } from 'node:crypto';
import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type CryptoKey } from 'jose';
import type { SigningKey } from './memberKeys.ts';
import { findKey, type KeyLookup, type MemberRole, type TrustedKey, type TrustList } from './trustList.ts';

/**
 * Signed messages between members: compact JWS over JSON, Ed25519 (EdDSA), the signer's key
 * named by `kid` and trusted only through the trust list. Every failure has a reason a
 * clerk's screen and an audit entry can name.
 */
export type VerificationFailure =
  | 'MALFORMED'
  | 'WRONG_TYPE'
  | 'UNKNOWN_KEY'
  | 'TAMPERED'
  | 'UNTRUSTED_ISSUER'
  | 'KEY_RETIRED'
  | 'EXPIRED'
  | 'NOT_YET_VALID';

const FAILURE_MESSAGES: Record<VerificationFailure, string> = {
  MALFORMED: '签名报文格式错误',
  WRONG_TYPE: '签名报文类型不符',
  UNKNOWN_KEY: '签名密钥不在信任列表中（未知密钥）',
  TAMPERED: '签名校验失败：内容已被篡改',
  UNTRUSTED_ISSUER: '签发方无权签发此类报文',
  KEY_RETIRED: '签名密钥已轮换停用，不再认可其签名',
  EXPIRED: '签名报文已过期',
  NOT_YET_VALID: '签名报文的签发时间晚于当前时间',
};

export class VerificationError extends Error {
  /**
   * The message as its signer wrote it, when only its time is wrong (EXPIRED, NOT_YET_VALID,
   * KEY_RETIRED): the signature verified under a key of the trust list, of a member entitled
   * to sign such messages. It must not be acted on, but it may say whom a refusal concerns in
   * an audit entry. Never set for a message whose signature did not verify — a forged message
   * names no one. Not enumerable: it can carry personal records, and an error that is logged
   * or serialised must not take them along.
   */
  declare readonly authentic?: VerifiedMessage<unknown>;

  constructor(
    readonly reason: VerificationFailure,
    detail?: string,
    authentic?: VerifiedMessage<unknown>,
  ) {
    super(detail ? `${FAILURE_MESSAGES[reason]}：${detail}` : FAILURE_MESSAGES[reason]);
    this.name = 'VerificationError';
    if (authentic) Object.defineProperty(this, 'authentic', { value: authentic, enumerable: false });
  }
}

/** Claims every signed message carries (seconds since the epoch, as in JWT). */
export interface MessageClaims {
  /** The signing member. */
  readonly iss: string;
  readonly iat: number;
  readonly exp: number;
  readonly jti: string;
}

/** Where verification gets the trust list, and a fresher one when a key is unknown. */
export interface TrustListSource {
  current(): Promise<TrustList>;
  refresh(): Promise<TrustList>;
}

export interface VerifiedMessage<T> {
  readonly payload: T & MessageClaims;
  readonly signer: KeyLookup;
}

const CLOCK_SKEW_SECONDS = 60;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const importedKeys = new Map<string, Promise<CryptoKey>>();

/** A trusted public key, imported once (by its kid and key material, so a kid never stands for another key). */
export function importPublicKey(key: TrustedKey): Promise<CryptoKey> {
  const cacheKey = `${key.kid}:${key.jwk.x ?? ''}`;
  let imported = importedKeys.get(cacheKey);
  if (!imported) {
    imported = importJWK(key.jwk, 'EdDSA') as Promise<CryptoKey>;
    importedKeys.set(cacheKey, imported);
  }
  return imported;
}

export async function signMessage<T extends object>(
  type: string,
  body: T,
  key: SigningKey,
  lifetimeSeconds: number,
  now = new Date(),
  jti: string = randomUUID(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: MessageClaims = { iss: key.member, iat, exp: iat + lifetimeSeconds, jti };
  return new CompactSign(encoder.encode(JSON.stringify({ ...body, ...claims })))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: type })
    .sign(key.privateKey);
}

export interface VerifyOptions {
  readonly roles?: readonly MemberRole[];
  readonly now?: Date;
}

export async function verifyMessage<T extends object>(
  token: string,
  type: string,
  trust: TrustListSource,
  options: VerifyOptions = {},
): Promise<VerifiedMessage<T>> {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  let header;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw new VerificationError('MALFORMED');
  }
  if (header.alg !== 'EdDSA' || typeof header.kid !== 'string') throw new VerificationError('MALFORMED', '需要 EdDSA 签名和 kid');
  if (header.typ !== type) throw new VerificationError('WRONG_TYPE', `应为 ${type}，实为 ${String(header.typ)}`);

  let signer = findKey(await trust.current(), header.kid);
  if (!signer) signer = findKey(await trust.refresh(), header.kid);
  if (!signer) throw new VerificationError('UNKNOWN_KEY', header.kid);

  let bytes: Uint8Array;
  try {
    ({ payload: bytes } = await compactVerify(token, await importPublicKey(signer.key)));
  } catch {
    throw new VerificationError('TAMPERED');
  }
  let payload: T & MessageClaims;
  try {
    payload = JSON.parse(decoder.decode(bytes)) as T & MessageClaims;
  } catch {
    throw new VerificationError('MALFORMED');
  }
  if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number' || typeof payload.iss !== 'string') {
    throw new VerificationError('MALFORMED', '缺少 iss/iat/exp');
  }
  if (payload.iss !== signer.member.member) throw new VerificationError('UNTRUSTED_ISSUER', `${payload.iss} 使用了 ${signer.member.member} 的密钥`);
  if (options.roles && !options.roles.includes(signer.member.role)) {
    throw new VerificationError('UNTRUSTED_ISSUER', `${signer.member.member}（${signer.member.role}）`);
  }
  // From here on the message is authentic (a trusted key, its member, an allowed role); only
  // whether it is still, or already, valid is left to decide.
  const verified: VerifiedMessage<T> = { payload, signer };
  const { retiredAt, verifyUntil } = signer.key;
  if (retiredAt && payload.iat * 1000 > Date.parse(retiredAt)) throw new VerificationError('KEY_RETIRED', '签发于密钥停用之后', verified);
  if (verifyUntil && now * 1000 > Date.parse(verifyUntil)) throw new VerificationError('KEY_RETIRED', '停用密钥的验证期已过', verified);
  if (payload.iat > now + CLOCK_SKEW_SECONDS) throw new VerificationError('NOT_YET_VALID', undefined, verified);
  if (now >= payload.exp) throw new VerificationError('EXPIRED', `于 ${new Date(payload.exp * 1000).toISOString()} 过期`, verified);
  return verified;
}
