import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_SECONDS, RETIRED_ENCRYPTION_KEY_GRACE_SECONDS } from '../trust/encryptionKeys.ts';
import { exchangeSettingsFromEnvironment } from './provinceServices.ts';

describe('the evidence exchange settings', () => {
  it('keep released evidence valid a week by default, and a request a quarter of an hour', () => {
    expect(exchangeSettingsFromEnvironment({})).toEqual({ evidenceRequestSeconds: 900, evidenceSeconds: 604_800, requestEndHeartbeatSeconds: 2 });
  });

  it('tell the hub nothing is pending at least twice within its window (checked against the same window the hub reads)', () => {
    expect(exchangeSettingsFromEnvironment({ YRD_REQUEST_END_HEARTBEAT_SECONDS: '5' }).requestEndHeartbeatSeconds).toBe(5);
    expect(exchangeSettingsFromEnvironment({ YRD_REQUEST_END_SYNC_WINDOW_SECONDS: '2' }).requestEndHeartbeatSeconds).toBe(1);
    expect(() => exchangeSettingsFromEnvironment({ YRD_REQUEST_END_HEARTBEAT_SECONDS: '6' })).toThrow(
      'YRD_REQUEST_END_HEARTBEAT_SECONDS must be at most half of YRD_REQUEST_END_SYNC_WINDOW_SECONDS (10), got "6"',
    );
    expect(() => exchangeSettingsFromEnvironment({ YRD_REQUEST_END_HEARTBEAT_SECONDS: '0' })).toThrow(/YRD_REQUEST_END_HEARTBEAT_SECONDS must be a whole number from 1 to 60/);
    expect(() => exchangeSettingsFromEnvironment({ YRD_REQUEST_END_SYNC_WINDOW_SECONDS: '61' })).toThrow(/YRD_REQUEST_END_SYNC_WINDOW_SECONDS must be a whole number from 2 to 60/);
  });

  it('refuse evidence that would outlive the key it is encrypted to', () => {
    expect(MAX_EVIDENCE_SECONDS).toBeLessThan(RETIRED_ENCRYPTION_KEY_GRACE_SECONDS);
    expect(exchangeSettingsFromEnvironment({ YRD_EVIDENCE_SECONDS: String(MAX_EVIDENCE_SECONDS) }).evidenceSeconds).toBe(MAX_EVIDENCE_SECONDS);
    expect(() => exchangeSettingsFromEnvironment({ YRD_EVIDENCE_SECONDS: String(RETIRED_ENCRYPTION_KEY_GRACE_SECONDS) })).toThrow(
      /YRD_EVIDENCE_SECONDS must be a whole number from 1 to 2592000/,
    );
  });
});
