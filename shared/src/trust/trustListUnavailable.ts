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
