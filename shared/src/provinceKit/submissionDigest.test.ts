import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submissionDigest } from './submissionDigest.ts';

/** What a submission sent, digested with its idempotency key: the same content is a retry, other content is not. */
const sent = {
  providedMaterials: ['M01', 'M04'],
  providedDocuments: ['IDENTITY_DOCUMENT'],
  commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' as const }],
};

describe('submissionDigest', () => {
  it('is the same for the same content in any order', () => {
    expect(submissionDigest({ ...sent, providedMaterials: ['M04', 'M01', 'M01'] })).toBe(submissionDigest(sent));
    expect(submissionDigest({ ...sent, providedMaterials: ['M01'] })).not.toBe(submissionDigest(sent));
  });

  it('tells apart the same submission sent with another name, or with none', () => {
    const named = submissionDigest({ ...sent, applicantName: '顾晓梅' });
    expect(submissionDigest({ ...sent, applicantName: '顾晓梅' })).toBe(named);
    expect(submissionDigest({ ...sent, applicantName: '顾小梅' })).not.toBe(named);
    expect(submissionDigest(sent)).not.toBe(named);
  });

  it('digests a submission without a name as before names could be sent, so an older key’s retry still matches', () => {
    // The digest stored with submissions before the name was part of them.
    const before = createHash('sha256')
      .update(JSON.stringify([['M01', 'M04'], ['IDENTITY_DOCUMENT'], ['M03:SUPPLY_LATER']]))
      .digest('hex');
    for (const applicantName of [undefined, null]) expect(submissionDigest({ ...sent, applicantName })).toBe(before);
  });
});
