import { decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { validatePersonIdentifier } from '../subjects/personIdentifier.ts';
import { validateEnterpriseCreditCode } from '../subjects/enterpriseCreditCode.ts';
import { checkOperatorWindow } from './operatorWindow.ts';
import type { MemberKeys, SigningKey } from '../trust/memberKeys.ts';
import { importPublicKey, type TrustListSource } from '../trust/signedMessage.ts';
import { findKey } from '../trust/trustList.ts';
import type { Caller } from './caller.ts';

/**
 * Bearer tokens of the people using the product: JWTs from the identity provider, verified
 * with `jose`. The claims name the kind of caller and what identifies it.
 */
export const USER_TOKEN_ISSUER = 'yrd-identity-provider';
export const USER_TOKEN_AUDIENCE = 'yrd-gateway';
export const IDENTITY_PROVIDER_MEMBER = 'identity-provider';

/** A caller a user token can name: a citizen, an enterprise or a window operator. */
export type UserCaller = Exclude<Caller, { kind: 'ANONYMOUS' } | { kind: 'SERVICE' }>;

/** The development identity provider as a federation member (its key signs `npm run token`'s tokens). */
export const IDENTITY_PROVIDER_IDENTITY = { member: IDENTITY_PROVIDER_MEMBER, role: 'IDENTITY_PROVIDER', region: null } as const;

interface UserClaims extends JWTPayload {
  yrd_caller?: string;
  yrd_region?: string;
  yrd_division?: string;
  yrd_window?: string;
}

/** Why a bearer token was not accepted. */
export class TokenRejected extends Error {
  constructor(
    readonly reason: 'MALFORMED_TOKEN' | 'EXPIRED_TOKEN' | 'BAD_SIGNATURE' | 'INVALID_CLAIMS' | 'TOKEN_LIFETIME_TOO_LONG',
    message: string,
  ) {
    super(message);
    this.name = 'TokenRejected';
  }
}

export async function mintUserToken(caller: UserCaller, key: SigningKey, expiresIn: string | number = '8h'): Promise<string> {
  const claims: UserClaims = { yrd_caller: caller.kind };
  let subject: string;
  switch (caller.kind) {
    case 'CITIZEN':
      subject = caller.residentId;
      break;
    case 'ENTERPRISE':
      subject = caller.creditCode;
      break;
    case 'OPERATOR':
      subject = caller.operatorId;
      Object.assign(claims, { yrd_region: caller.region, yrd_division: caller.division, yrd_window: caller.window });
      break;
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
    .setIssuer(USER_TOKEN_ISSUER)
    .setAudience(USER_TOKEN_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}

/**
 * Resolves the identity provider's keys from the trust list (member `identity-provider`). A key
 * retired by rotation verifies only what it signed before it was retired, and only until its
 * grace ends — as for every other signed message (signedMessage.ts): a token it signed
 * afterwards is not the identity provider's word. The `iat` is read before the signature is
 * checked, but the signature then covers it: a changed iat fails verification.
 */
export function trustListKeys(trust: TrustListSource, now: () => number = Date.now): JWTVerifyGetKey {
  return async (header, token) => {
    const kid = header.kid ?? '';
    const found = findKey(await trust.current(), kid) ?? findKey(await trust.refresh(), kid);
    if (!found || found.member.role !== 'IDENTITY_PROVIDER') throw new TokenRejected('BAD_SIGNATURE', '令牌签名密钥不受信任');
    const { retiredAt, verifyUntil } = found.key;
    if (verifyUntil && now() > Date.parse(verifyUntil)) throw new TokenRejected('BAD_SIGNATURE', '令牌签名密钥已停用，验证期已过，请重新登录');
    if (retiredAt && issuedAtMillis(token.payload) > Date.parse(retiredAt)) throw new TokenRejected('BAD_SIGNATURE', '令牌签发于签名密钥停用之后，不予认可');
    return importPublicKey(found.key);
  };
}

/** A compact token's iat in milliseconds (Infinity when it has none: such a token cannot be placed before a retirement). */
function issuedAtMillis(encodedPayload: string | Uint8Array): number {
  try {
    const text = typeof encodedPayload === 'string' ? Buffer.from(encodedPayload, 'base64url').toString('utf8') : new TextDecoder().decode(encodedPayload);
    const { iat } = JSON.parse(text) as { iat?: unknown };
    return typeof iat === 'number' ? iat * 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function claimsToCaller(payload: UserClaims): UserCaller {
  const subject = payload.sub ?? '';
  switch (payload.yrd_caller) {
    case 'CITIZEN': {
      const checked = validatePersonIdentifier(subject);
      if (!checked.ok) throw new TokenRejected('INVALID_CLAIMS', `令牌中的身份号码无效：${checked.problem.message}`);
      return { kind: 'CITIZEN', residentId: subject };
    }
    case 'ENTERPRISE': {
      const checked = validateEnterpriseCreditCode(subject);
      if (!checked.ok) throw new TokenRejected('INVALID_CLAIMS', `令牌中的统一社会信用代码无效：${checked.problem.message}`);
      return { kind: 'ENTERPRISE', creditCode: subject };
    }
    case 'OPERATOR': {
      const checked = checkOperatorWindow(payload.yrd_region ?? '', payload.yrd_division ?? '', payload.yrd_window ?? '', subject);
      if (!checked.ok) throw new TokenRejected('INVALID_CLAIMS', `令牌中的窗口身份无效：${checked.message}`);
      return { kind: 'OPERATOR', ...checked.value };
    }
    default:
      throw new TokenRejected('INVALID_CLAIMS', `令牌中的调用方类型 ${String(payload.yrd_caller)} 无效`);
  }
}

/**
 * The identity provider's keys could not be had (its JWKS did not answer or made no sense; the
 * trust list could not be fetched): no token can be verified now, good or bad. Not the token's
 * fault — the caller should retry, and the operator be told.
 */
export class IdentityKeysUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the identity provider's keys are unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'IdentityKeysUnavailable';
  }
}

/** Errors of a key lookup that are about the token (its header, its key id), not about the lookup. */
function isTokenFault(error: unknown): boolean {
  return (
    error instanceof TokenRejected ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JWSInvalid
  );
}

/** Seconds a token's iat may lie ahead of this clock (clocks differ a little). */
const CLOCK_SKEW_SECONDS = 60;

/** The caller a bearer token names; throws TokenRejected with the reason, IdentityKeysUnavailable when no token can be checked now. */
export async function verifyUserToken(token: string, keys: JWTVerifyGetKey): Promise<UserCaller> {
  const lookedUp: JWTVerifyGetKey = async (header, encoded) => {
    try {
      return await keys(header, encoded);
    } catch (error) {
      throw isTokenFault(error) ? error : new IdentityKeysUnavailable(error);
    }
  };
  try {
    const { payload } = await jwtVerify<UserClaims>(token, lookedUp, {
      issuer: USER_TOKEN_ISSUER,
      audience: USER_TOKEN_AUDIENCE,
      algorithms: ['EdDSA'],
      requiredClaims: ['exp', 'sub'],
    });
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
      throw new TokenRejected('INVALID_CLAIMS', '登录令牌声明无效：iat（签发时间晚于当前时间）');
    }
    return claimsToCaller(payload);
  } catch (error) {
    if (error instanceof TokenRejected || error instanceof IdentityKeysUnavailable) throw error;
    if (error instanceof errors.JWKSNoMatchingKey) throw new TokenRejected('BAD_SIGNATURE', '令牌签名密钥不受信任');
    if (error instanceof errors.JWTExpired) throw new TokenRejected('EXPIRED_TOKEN', '登录令牌已过期，请重新登录');
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new TokenRejected('BAD_SIGNATURE', '登录令牌签名无效');
    if (error instanceof errors.JWTClaimValidationFailed) throw new TokenRejected('INVALID_CLAIMS', `登录令牌声明无效：${error.claim}`);
    throw new TokenRejected('MALFORMED_TOKEN', '登录令牌格式错误');
  }
}

/** The longest lifetime (exp − iat) of a user token the gateway accepts unless configured otherwise: 24 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 86_400;

/** A lifetime in the words a caller reads (8 小时, 15 分钟, 36 天 2 小时). */
function lifetimeInWords(seconds: number): string {
  const parts: string[] = [];
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) parts.push(`${days} 天`);
  if (hours > 0) parts.push(`${hours} 小时`);
  if (minutes > 0) parts.push(`${minutes} 分钟`);
  if (parts.length === 0) parts.push(`${seconds} 秒`);
  return parts.join(' ');
}

/**
 * Refuses a token that says neither when it was issued nor when it expires, or that lives longer
 * (exp − iat) than `maxLifetimeSeconds`: a stolen token must stop working, and the identity
 * provider's sessions are a working day, not years. Throws TokenRejected — INVALID_CLAIMS for
 * a missing claim, TOKEN_LIFETIME_TOO_LONG for a long one.
 */
export function checkTokenLifetime(payload: Pick<JWTPayload, 'iat' | 'exp'>, maxLifetimeSeconds: number): void {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new TokenRejected('INVALID_CLAIMS', '登录令牌声明无效：缺少 iat（签发时间），无法确定有效期');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new TokenRejected('INVALID_CLAIMS', '登录令牌声明无效：缺少 exp（过期时间）');
  const lifetime = exp - iat;
  if (lifetime > maxLifetimeSeconds) {
    throw new TokenRejected(
      'TOKEN_LIFETIME_TOO_LONG',
      `登录令牌有效期过长：签发至过期 ${lifetimeInWords(lifetime)}，最长 ${lifetimeInWords(maxLifetimeSeconds)}，请重新登录获取新令牌`,
    );
  }
}

/**
 * A development token for a caller, signed by the development identity provider and read back
 * as the gateway will read it, so that a wrong identifier is a TokenRejected here, with the
 * gateway's own message (`npm run token`, and the console's development sign-in), and a
 * lifetime over the gateway's maximum (`maxLifetimeSeconds`) is refused as the gateway would.
 */
export async function mintCheckedUserToken(
  identityProvider: MemberKeys,
  caller: UserCaller,
  expiresIn: string,
  maxLifetimeSeconds: number = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
): Promise<{ token: string; caller: UserCaller; expiresAt: string }> {
  const { signingKey } = identityProvider;
  const key = identityProvider.publicMember().keys.find((candidate) => candidate.kid === signingKey.kid);
  if (!key) throw new Error('the identity provider has no public key for its signing key');
  const token = await mintUserToken(caller, signingKey, expiresIn);
  const publicKey = await importPublicKey(key);
  const verified = await verifyUserToken(token, async () => publicKey);
  // Nor a lifetime the gateway refuses (`--expires-in 100y`): checkTokenLifetime, as the gateway does.
  const claims = decodeJwt(token);
  checkTokenLifetime(claims, maxLifetimeSeconds);
  const { exp } = claims;
  return { token, caller: verified, expiresAt: new Date((exp ?? 0) * 1000).toISOString() };
}

