import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_SECONDS, RETIRED_ENCRYPTION_KEY_GRACE_SECONDS } from '../trust/encryptionKeys.ts';
import { exchangeSettingsFromEnvironment } from './provinceServices.ts';

describe('the evidence exchange settings', () => {
  it('keep released evidence valid a week by default, and a request a quarter of an hour', () => {
    expect(exchangeSettingsFromEnvironment({})).toEqual({ evidenceRequestSeconds: 900, evidenceSeconds: 604_800 });
  });

  it('refuse evidence that would outlive the key it is encrypted to', () => {
    expect(MAX_EVIDENCE_SECONDS).toBeLessThan(RETIRED_ENCRYPTION_KEY_GRACE_SECONDS);
    expect(exchangeSettingsFromEnvironment({ YRD_EVIDENCE_SECONDS: String(MAX_EVIDENCE_SECONDS) }).evidenceSeconds).toBe(MAX_EVIDENCE_SECONDS);
    expect(() => exchangeSettingsFromEnvironment({ YRD_EVIDENCE_SECONDS: String(RETIRED_ENCRYPTION_KEY_GRACE_SECONDS) })).toThrow(
      /YRD_EVIDENCE_SECONDS must be a whole number from 1 to 2592000/,
    );
  });
});
