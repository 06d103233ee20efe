/**
 * No valid trust list can be had: the hub cannot be reached (or the anchor is missing) and no
 * copy in memory or kept on disk is still valid — a member restarted during an outage longer
 * than a list's lifetime. Nothing signed can be verified, for any caller: a province answers it
 * as its own unavailability (503, TRUST_LIST_UNAVAILABLE), not as a refusal of the caller.
 */
export class TrustListUnavailable extends Error {
  constructor(cause: unknown) {
    super(`no valid trust list: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TrustListUnavailable';
  }
}

/** How a member answers while it is so, to whoever called: the code and reason, as admission and formatError both give them. */
export const TRUST_LIST_UNAVAILABLE_CODES = { code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE' } as const;

/** The answer's words after what could not be checked (调用方身份 at admission, 签名 in a resolver). */
export const TRUST_LIST_UNAVAILABLE_WORDS = '未能从事项标准库取得有效的联盟成员信任列表，请稍后重试';

/** How long a caller waits before asking a province without a valid list again (Retry-After). */
export const TRUST_LIST_RETRY_AFTER_SECONDS = 5;

/** A province's answer while it is so, in words: at admission (503) and at /ready alike. */
export function callersUncheckable(regionName: string): string {
  return `${regionName}暂时无法核验调用方身份：${TRUST_LIST_UNAVAILABLE_WORDS}`;
}
