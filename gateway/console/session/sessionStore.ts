/**
 * The console's sign-ins, held in sessionStorage (this tab only, gone when it closes; never
 * localStorage, never a cookie). Three seats, because a window desk has more than one person
 * at it: the clerk (`operator`), the applicant's own phone (`applicant`, for the preview),
 * and a citizen using the console for themselves (`citizen`).
 */
export type SessionSlot = 'operator' | 'applicant' | 'citizen';

export type SignedInCaller =
  | { readonly kind: 'CITIZEN'; readonly residentId: string }
  | { readonly kind: 'ENTERPRISE'; readonly creditCode: string }
  | { readonly kind: 'OPERATOR'; readonly region: string; readonly division: string; readonly window: string; readonly operatorId: string };

export interface Session {
  readonly token: string;
  /** Who the token names, as the sign-in said (the gateway decides from the token itself). */
  readonly caller: SignedInCaller | null;
  readonly expiresAt: string | null;
}

/** A session the gateway refused (expired, badly signed): the message says why. */
export interface RefusedSession {
  readonly caller: SignedInCaller | null;
  readonly message: string;
}

const KEY = (slot: SessionSlot) => `yrd-console:${slot}`;
const REFUSED_KEY = (slot: SessionSlot) => `yrd-console:${slot}:refused`;

function read<T>(key: string): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export class SessionStore {
  private readonly listeners = new Set<(slot: SessionSlot) => void>();

  session(slot: SessionSlot): Session | null {
    return read<Session>(KEY(slot));
  }

  refused(slot: SessionSlot): RefusedSession | null {
    return read<RefusedSession>(REFUSED_KEY(slot));
  }

  signIn(slot: SessionSlot, session: Session): void {
    sessionStorage.setItem(KEY(slot), JSON.stringify(session));
    sessionStorage.removeItem(REFUSED_KEY(slot));
    this.changed(slot);
  }

  signOut(slot: SessionSlot): void {
    sessionStorage.removeItem(KEY(slot));
    sessionStorage.removeItem(REFUSED_KEY(slot));
    this.changed(slot);
  }

  /** The gateway said UNAUTHENTICATED: drop the token, keep who it was and why, for signing in again. */
  refuse(slot: SessionSlot, message: string): void {
    const caller = this.session(slot)?.caller ?? null;
    sessionStorage.removeItem(KEY(slot));
    sessionStorage.setItem(REFUSED_KEY(slot), JSON.stringify({ caller, message } satisfies RefusedSession));
    this.changed(slot);
  }

  onChange(listener: (slot: SessionSlot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(slot: SessionSlot): void {
    for (const listener of this.listeners) listener(slot);
  }
}

/** How a caller is named on the page. */
export function describeCaller(caller: SignedInCaller | null): string {
  if (!caller) return '已登录（令牌）';
  switch (caller.kind) {
    case 'CITIZEN':
      return `居民 ${caller.residentId}`;
    case 'ENTERPRISE':
      return `企业 ${caller.creditCode}`;
    case 'OPERATOR':
      return `窗口 ${caller.window} · 工作人员 ${caller.operatorId}`;
  }
}
