import { ConfigurationError } from '../process/configurationError.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';

/**
 * How the hub stays in step with the provinces' ends (both sides read the same two settings, and
 * the launcher checks them): a province tells the hub at least every `heartbeatSeconds` that the
 * hub has all its ends; the hub answers LIVE for its requests only within `syncWindowSeconds` of
 * that word — so a request ended while the hub could not hear is released at most that long after,
 * and never after the hub restarts (it trusts nobody until they speak again).
 */
export interface RequestEndSyncSettings {
  readonly heartbeatSeconds: number;
  readonly syncWindowSeconds: number;
}

export const DEFAULT_REQUEST_END_HEARTBEAT_SECONDS = 2;
export const DEFAULT_REQUEST_END_SYNC_WINDOW_SECONDS = 10;
/** A window longer than this would let a hub that lost touch vouch for requests too long. */
export const MAX_REQUEST_END_SYNC_WINDOW_SECONDS = 60;

export function requestEndSyncFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): RequestEndSyncSettings {
  const syncWindowSeconds = wholeNumberVariable(env, 'YRD_REQUEST_END_SYNC_WINDOW_SECONDS', DEFAULT_REQUEST_END_SYNC_WINDOW_SECONDS, 2, MAX_REQUEST_END_SYNC_WINDOW_SECONDS);
  const heartbeatSeconds = wholeNumberVariable(env, 'YRD_REQUEST_END_HEARTBEAT_SECONDS', Math.min(DEFAULT_REQUEST_END_HEARTBEAT_SECONDS, Math.floor(syncWindowSeconds / 2)), 1, MAX_REQUEST_END_SYNC_WINDOW_SECONDS);
  // At least two heartbeats within the window: one late or lost word does not stop every release.
  if (heartbeatSeconds * 2 > syncWindowSeconds) {
    throw new ConfigurationError(
      `YRD_REQUEST_END_HEARTBEAT_SECONDS must be at most half of YRD_REQUEST_END_SYNC_WINDOW_SECONDS (${syncWindowSeconds}), got "${heartbeatSeconds}"`,
    );
  }
  return { heartbeatSeconds, syncWindowSeconds };
}
