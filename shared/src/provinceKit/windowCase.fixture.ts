import type { OpenCaseInput } from './caseStore.ts';

/** Test fixture: the 吴江 window clerk the case-store tests open cases as. */
export const WINDOW_CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-01', operatorId: 'js-1' } as const;

/** Test fixture: 顾晓梅's 异地贷款缴存使用证明 opened at that window, under the idempotency key given. */
export function windowCaseInput(idempotencyKey = 'k-1'): OpenCaseInput {
  return {
    itemCode: '200047001000',
    subjectId: '310118198804123021',
    subjectKind: 'PERSON',
    applicantName: null,
    channel: 'WINDOW',
    openedBy: WINDOW_CLERK,
    idempotencyKey,
  };
}
