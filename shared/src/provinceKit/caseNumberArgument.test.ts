import { describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { CaseStore } from './caseStore.ts';
import { caseWithdrawalResolvers } from './caseWithdrawal.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * A case number sent to a province's namespace is checked as case(id:) checks it at the hub
 * (caseNumber.ts), before anything is looked up: a day no calendar has (20260230) is
 * BAD_USER_INPUT DATE on caseId — whoever asks, whichever province's prefix it carries, and
 * whichever mutation it was sent with — never "not found", "not yours" or "another province's".
 */
const ZHEJIANG = requireRegion('ZHEJIANG');
const ZHEJIANG_CLERK = { kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-01', operatorId: 'zj-js-0001' } as const;
const APPLICANT = { kind: 'CITIZEN', residentId: '341602199203052464' } as const;

const desk = (caller: Caller) => deskWith(new CaseStore(openProvinceDatabase(':memory:'), ZHEJIANG), { region: ZHEJIANG, caller, implementations: [], item: () => ({}) });

/** Each mutation that takes a case, as sent to Zhejiang with `caseId`. */
const ATTEMPTS: readonly (readonly [string, (caseId: string, caller: Caller) => Promise<unknown>])[] = [
  ['requestEvidence', (caseId, caller) => caseDeskResolvers.requestEvidence(undefined, { caseId }, desk(caller))],
  ['collectEvidence', (caseId, caller) => caseDeskResolvers.collectEvidence(undefined, { caseId, tokens: [] }, desk(caller))],
  ['decideEvidence', (caseId, caller) => caseDeskResolvers.decideEvidence(undefined, { caseId, evidenceId: 'e-1', decision: 'REJECT' }, desk(caller))],
  ['withdrawCase', (caseId, caller) => caseWithdrawalResolvers.withdrawCase(undefined, { caseId, reason: '申请人撤回' }, desk(caller))],
  ['supplyMaterial', (caseId, caller) => decisionDeskResolvers.supplyMaterial(undefined, { caseId, materialCode: 'M01' }, desk(caller))],
  ['reviewCase', (caseId, caller) => decisionDeskResolvers.reviewCase(undefined, { caseId, decision: 'APPROVE' }, desk(caller))],
  ['completePostCheck', (caseId, caller) => decisionDeskResolvers.completePostCheck(undefined, { caseId, passed: true, note: '核查属实' }, desk(caller))],
];

describe('a case number with a day no calendar has', () => {
  for (const [mutation, attempt] of ATTEMPTS) {
    it(`${mutation}: is BAD_USER_INPUT DATE on caseId, for a number of this province or another, whoever asks`, async () => {
      for (const caseId of ['3320260230000001', '3220260230000005', '3420261332000001']) {
        for (const caller of [ZHEJIANG_CLERK, APPLICANT]) {
          const refused = await refusalOf(attempt(caseId, caller));
          expect(refused.extensions, `${caseId} ${caller.kind}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'DATE', date: caseId.slice(2, 10) });
          expect(refused.message).toBe(`caseId: 办件编号 ${caseId} 中的日期 ${caseId.slice(2, 10)} 不存在（第3–10位是受理日期，写作年月日，如 20261127），请核对办件编号`);
        }
      }
    });
  }

  it('is refused as case(id:) refuses it in the other ways too: full-width, out of the delta, misshapen', async () => {
    const [, requestEvidence] = ATTEMPTS[0] as (typeof ATTEMPTS)[number];
    const wide = await refusalOf(requestEvidence('３３20261127000001', ZHEJIANG_CLERK));
    expect(wide.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'FORMAT', expected: '3320261127000001' });
    expect((await refusalOf(requestEvidence('1120261127000001', APPLICANT))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'UNKNOWN_REGION', provinceCode: '11' });
    expect((await refusalOf(requestEvidence('33-2026112700001', ZHEJIANG_CLERK))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'FORMAT' });
    // A real day still goes on as before: another province's number is where to send it, this one's not found.
    expect((await refusalOf(requestEvidence('3220261127000005', ZHEJIANG_CLERK))).extensions).toMatchObject({ reason: 'OTHER_PROVINCE', region: 'JIANGSU' });
    expect((await refusalOf(requestEvidence('3320261127999999', ZHEJIANG_CLERK))).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is refused, for every mutation, when its day is still to come or its sequence is 000000 — no case could have it', async () => {
    for (const [mutation, attempt] of ATTEMPTS) {
      for (const caller of [ZHEJIANG_CLERK, APPLICANT]) {
        expect((await refusalOf(attempt('3320991231000001', caller))).extensions, mutation).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'DATE', date: '20991231' });
        expect((await refusalOf(attempt('3220991231000001', caller))).extensions, mutation).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'DATE', date: '20991231' });
        expect((await refusalOf(attempt('3320261127000000', caller))).extensions, mutation).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'FORMAT', sequence: '000000' });
      }
    }
  });
});

describe('a case number of any length', () => {
  it('is quoted back by its start and its length, not whole', async () => {
    const refused = await refusalOf(ATTEMPTS[0]?.[1]('3'.repeat(100_000), ZHEJIANG_CLERK) ?? Promise.resolve());
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'FORMAT' });
    expect(refused.message).toContain(`收到“${'3'.repeat(40)}…”（共100000个字符）`);
    expect(refused.message.length).toBeLessThan(200);
  });
});
