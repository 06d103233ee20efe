import { describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { CaseStore } from './caseStore.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * reviewCase and completePostCheck sent to the wrong province's namespace: a Jiangsu case sent
 * to Zhejiang is answered, as supplyMaterial, withdrawCase and requestEvidence answer it, with
 * whose it is and where to send it — never that it does not exist.
 */
const ZHEJIANG = requireRegion('ZHEJIANG');
const JIANGSU_CASE = '3220261127000005';
const ZHEJIANG_CLERK = { kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-01', operatorId: 'zj-js-0001' } as const;
const JIANGSU_CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT = { kind: 'CITIZEN', residentId: '341602199203052464' } as const;

const zhejiangDesk = (caller: Caller) =>
  deskWith(new CaseStore(openProvinceDatabase(':memory:'), ZHEJIANG), { region: ZHEJIANG, caller, implementations: [], item: () => ({}) });

const review = (caseId: string, caller: Caller) => decisionDeskResolvers.reviewCase(undefined, { caseId, decision: 'APPROVE' }, zhejiangDesk(caller));
const postCheck = (caseId: string, caller: Caller) => decisionDeskResolvers.completePostCheck(undefined, { caseId, passed: true, note: '核查属实' }, zhejiangDesk(caller));

describe('deciding another province’s case', () => {
  for (const [mutation, attempt] of [
    ['reviewCase', review],
    ['completePostCheck', postCheck],
  ] as const) {
    it(`${mutation}: names the filing province and the mutation to send there, whoever asks`, async () => {
      for (const caller of [ZHEJIANG_CLERK, JIANGSU_CLERK, APPLICANT] as const) {
        const refused = await refusalOf(attempt(JIANGSU_CASE, caller));
        expect(refused.message).toBe(`caseId: ${JIANGSU_CASE} 是江苏省的办件（编号以 32 开头），不是浙江省的；请向江苏省提交：jiangsu { ${mutation} }`);
        expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'OTHER_PROVINCE', region: 'JIANGSU', mutationField: 'jiangsu' });
      }
    });

    it(`${mutation}: a number of this province no case has is still not found`, async () => {
      expect((await refusalOf(attempt('3320261127999999', ZHEJIANG_CLERK))).extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  }
});
