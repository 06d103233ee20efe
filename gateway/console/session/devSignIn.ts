import type { Session, SignedInCaller } from './sessionStore.ts';

/** The lifetimes the development token route accepts (gateway/src/console/devTokenRoute.ts). */
export const DEV_TOKEN_LIFETIMES = [
  { value: '8h', label: '8 小时' },
  { value: '1h', label: '1 小时' },
  { value: '15m', label: '15 分钟' },
] as const;

export type DevTokenRequest =
  | { readonly kind: 'CITIZEN'; readonly residentId: string }
  | { readonly kind: 'ENTERPRISE'; readonly creditCode: string }
  | { readonly kind: 'OPERATOR'; readonly region: string; readonly division: string; readonly window: string; readonly operatorId: string };

/** Whether the page was served with development sign-in (a meta tag the gateway fills in). */
export function developmentSignInOffered(): boolean {
  return document.querySelector('meta[name="yrd-development-sign-in"]')?.getAttribute('content') === 'on';
}

/** Asks the gateway's development identity provider for a token: a session, or the refusal's message. */
export async function requestDevToken(request: DevTokenRequest, expiresIn: string): Promise<Session | string> {
  let response: Response;
  try {
    response = await fetch('/console/dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, expiresIn }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return '无法连接网关，请检查网络后重试';
  }
  if (response.status === 404) return '本网关未提供开发登录（生产模式或未启用开发身份提供方），请粘贴身份提供方签发的令牌';
  const body = (await response.json().catch(() => null)) as { token?: string; expiresAt?: string; caller?: SignedInCaller; error?: { message: string } } | null;
  if (!response.ok || !body?.token) return body?.error?.message ?? `开发登录失败（HTTP ${response.status}）`;
  return { token: body.token, caller: body.caller ?? null, expiresAt: body.expiresAt ?? null };
}
