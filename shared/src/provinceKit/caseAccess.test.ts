import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { caseAudience } from './caseAccess.ts';
import type { CaseFile } from './caseStore.ts';

/** Who may see a case: its province's clerks, and its own applicant — by number and by kind. */
const JIANGSU = requireRegion('JIANGSU');

describe('a case\'s audience', () => {
  it('is the applicant of its kind only, where a citizen and an enterprise share one number', () => {
    const shared = numberValidAsBoth();
    const personCase = { subjectId: shared, subjectKind: 'PERSON' } as CaseFile;
    const enterpriseCase = { subjectId: shared, subjectKind: 'ENTERPRISE' } as CaseFile;
    const citizen = { kind: 'CITIZEN', residentId: shared } as const;
    const enterprise = { kind: 'ENTERPRISE', creditCode: shared } as const;
    expect(caseAudience(citizen, personCase, JIANGSU)).toBe('HOLDER');
    expect(caseAudience(citizen, enterpriseCase, JIANGSU)).toBeUndefined();
    expect(caseAudience(enterprise, enterpriseCase, JIANGSU)).toBe('HOLDER');
    expect(caseAudience(enterprise, personCase, JIANGSU)).toBeUndefined();
  });

  it('is every clerk of the filing province, and no one else', () => {
    const caseFile = { subjectId: '310118198804123021', subjectKind: 'PERSON' } as CaseFile;
    const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
    expect(caseAudience(clerk, caseFile, JIANGSU)).toBe('CASE_OFFICER');
    expect(caseAudience({ ...clerk, region: 'ZHEJIANG' }, caseFile, JIANGSU)).toBeUndefined();
    expect(caseAudience({ kind: 'CITIZEN', residentId: '310118198804123030' }, caseFile, JIANGSU)).toBeUndefined();
  });
});
