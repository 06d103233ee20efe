import type { Session, SignedInCaller } from './sessionStore.ts';

/**
 * Reads a pasted bearer token's claims for display only — who it names and until when. The
 * page trusts none of it: the gateway verifies the signature and refuses what it must.
 */
export function sessionFromToken(token: string): Session | string {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const parts = trimmed.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[\w-]+$/.test(part))) return '令牌格式错误：应为三段 base64url（JWT）';
  let claims: Record<string, unknown>;
  try {
    const json = atob((parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (character) => character.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return '令牌格式错误：无法读取声明';
  }
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  let caller: SignedInCaller | null = null;
  if (claims.yrd_caller === 'CITIZEN') caller = { kind: 'CITIZEN', residentId: subject };
  if (claims.yrd_caller === 'ENTERPRISE') caller = { kind: 'ENTERPRISE', creditCode: subject };
  if (claims.yrd_caller === 'OPERATOR') {
    caller = { kind: 'OPERATOR', region: String(claims.yrd_region ?? ''), division: String(claims.yrd_division ?? ''), window: String(claims.yrd_window ?? ''), operatorId: subject };
  }
  const expiresAt = typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : null;
  return { token: trimmed, caller, expiresAt };
}
