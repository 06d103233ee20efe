import { describe, expect, it, vi } from 'vitest';
import { currentAuthorisation } from './caseAuthorisation.ts';
import { asEntity, caseEntityResolvers } from './caseResolvers.ts';
import type { CaseFile, CaseStatus } from './caseModel.ts';

const DAY = 24 * 3600_000;
const GIVEN = new Date('2026-10-01T02:00:00Z');
const authorisedCase = (status: CaseStatus) =>
  ({ id: '32050920261001000001', status, authorisation: { by: { kind: 'APPLICANT', subjectId: '310118198804123021' }, at: GIVEN.toISOString() } }) as unknown as CaseFile;
const on = (days: number) => new Date(GIVEN.getTime() + days * DAY);

describe('her authorisation as the case shows it', () => {
  it('on a case still gathering evidence: until a day before the holders stop honouring it, then none — she is asked again', () => {
    for (const status of ['OPEN', 'AWAITING_EVIDENCE'] as const) {
      expect(currentAuthorisation(authorisedCase(status), on(28.9))).not.toBeNull();
      expect(currentAuthorisation(authorisedCase(status), on(29))).toBeNull();
    }
  });

  it('on a case past gathering: as recorded, however old — its history', () => {
    for (const status of ['IN_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(currentAuthorisation(authorisedCase(status), on(400))?.at).toBe(GIVEN.toISOString());
    }
  });

  it('none where none was given', () => {
    expect(currentAuthorisation({ ...authorisedCase('OPEN'), authorisation: null } as CaseFile, on(1))).toBeNull();
  });
});

describe('her authorisation in the case’s answer', () => {
  const entity = (status: CaseStatus) => asEntity(authorisedCase(status), 'HOLDER');
  const resolve = (field: 'authorisation' | 'lapsedAuthorisation', status: CaseStatus) => caseEntityResolvers[field](entity(status));

  it('says until when requests go out under it; once that passed on a case still gathering, it is the lapsed one', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(on(10));
      expect(resolve('authorisation', 'OPEN')).toMatchObject({ authorisedAt: GIVEN.toISOString(), validUntil: on(29).toISOString() });
      expect(resolve('lapsedAuthorisation', 'OPEN')).toBeNull();
      vi.setSystemTime(on(29.5));
      expect(resolve('authorisation', 'OPEN')).toBeNull();
      expect(resolve('lapsedAuthorisation', 'OPEN')).toMatchObject({ authorisedAt: GIVEN.toISOString(), validUntil: on(29).toISOString() });
      // A decided case shows the one it had, and none lapsed.
      expect(resolve('authorisation', 'APPROVED')).toMatchObject({ authorisedAt: GIVEN.toISOString() });
      expect(resolve('lapsedAuthorisation', 'APPROVED')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
