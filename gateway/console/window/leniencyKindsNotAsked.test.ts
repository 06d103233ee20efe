import { describe, expect, it } from 'vitest';
import { leniencyKindsNotAsked } from './leniencyKindsNotAsked.ts';

const request = (holder: string, kinds: string[]) => ({ holder, kinds });

describe('the credit records a 容缺 or 告知承诺 submission asks for first', () => {
  it('are asked for when no request of the case named them', () => {
    expect(leniencyKindsNotAsked({ evidenceRequests: [] })).toEqual(['CREDIT_RECORD']);
    expect(leniencyKindsNotAsked({ evidenceRequests: [request('SHANGHAI', ['HOUSEHOLD_REGISTRATION', 'MARRIAGE']), request('ANHUI', ['MARRIAGE'])] })).toEqual(['CREDIT_RECORD']);
  });

  it('are not asked for again once asked (by default, where the decision reads them, or by name before)', () => {
    expect(leniencyKindsNotAsked({ evidenceRequests: [request('ZHEJIANG', ['BUSINESS_REGISTRATION', 'CREDIT_RECORD'])] })).toEqual([]);
  });
});
