import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { CAST } from '../fixtures/storyCast.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { AuditLog } from './auditLog.ts';
import { caseAudience, requireCaseAccess, type CaseUse } from './caseAccess.ts';
import type { CaseFile } from './caseStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/** Who may see a case: its province's clerks, and its own applicant — by number and by kind. */
const JIANGSU = requireRegion('JIANGSU');

describe('a case\'s audience', () => {
  it('is the applicant of its kind only, where a citizen and an enterprise share one number', () => {
    const shared = numberValidAsBoth();
    const personCase = { subjectId: shared, subjectKind: 'PERSON' } as CaseFile;
    const enterpriseCase = { subjectId: shared, subjectKind: 'ENTERPRISE' } as CaseFile;
    const citizen = { kind: 'CITIZEN', residentId: shared } as const;
    const enterprise = { kind: 'ENTERPRISE', creditCode: shared } as const;
    expect(caseAudience(citizen, personCase, JIANGSU, [])).toBe('HOLDER');
    expect(caseAudience(citizen, enterpriseCase, JIANGSU, [])).toBeUndefined();
    expect(caseAudience(enterprise, enterpriseCase, JIANGSU, [])).toBe('HOLDER');
    expect(caseAudience(enterprise, personCase, JIANGSU, [])).toBeUndefined();
  });

  it('is every clerk of the division handling it in the filing province, and no one else', () => {
    const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
    const caseFile = { subjectId: '310118198804123021', subjectKind: 'PERSON', channel: 'WINDOW', openedBy: clerk, parentId: null, isBundle: false } as unknown as CaseFile;
    expect(caseAudience(clerk, caseFile, JIANGSU, [])).toBe('CASE_OFFICER');
    expect(caseAudience({ ...clerk, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' }, caseFile, JIANGSU, [])).toBe('CASE_OFFICER');
    expect(caseAudience({ ...clerk, division: '320583', window: 'KS-01', operatorId: 'js-ks-0009' }, caseFile, JIANGSU, [])).toBeUndefined();
    expect(caseAudience({ ...clerk, region: 'ZHEJIANG' }, caseFile, JIANGSU, [])).toBeUndefined();
    expect(caseAudience({ kind: 'CITIZEN', residentId: '310118198804123030' }, caseFile, JIANGSU, [])).toBeUndefined();
  });
});

describe('refusing a case', () => {
  const HER = '310118198804123021';
  const wujiangClerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
  const herCase = { id: '3220261126000017', itemCode: '200047002000', subjectId: HER, subjectKind: 'PERSON', channel: 'WINDOW', openedBy: wujiangClerk, parentId: null, isBundle: false } as unknown as CaseFile;
  const UNUSED = '3220261126009999';
  const snooper = { kind: 'CITIZEN', residentId: '330421198611030011' } as const;
  const otherClerk = { kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' } as const;

  /** What requireCaseAccess threw, as the caller receives it. */
  function refusalOf(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
    try {
      run();
    } catch (error) {
      if (error instanceof GraphQLError) return { message: error.message, extensions: { ...error.extensions } };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('writes a refused attempt on her case into her access history, folded, and answers as for an unused number', () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    for (const caller of [snooper, otherClerk]) {
      const refused = refusalOf(() => requireCaseAccess(caller, herCase.id, herCase, JIANGSU, { use: 'VIEW', audit }));
      const unused = refusalOf(() => requireCaseAccess(caller, UNUSED, undefined, JIANGSU, { use: 'VIEW', audit }));
      expect(refused).toEqual(unused);
    }
    // A second look within the minute is counted, not listed again.
    refusalOf(() => requireCaseAccess(snooper, herCase.id, herCase, JIANGSU, { use: 'VIEW', audit }));
    expect(audit.entriesFor(HER, 'PERSON', 10).map((entry) => [entry.event, entry.outcome, entry.reason, entry.actor, entry.caseId, entry.itemCode, entry.repeats])).toEqual([
      ['CASE_REFUSED', 'REFUSED', 'WRONG_REGION', otherClerk, herCase.id, herCase.itemCode, 1],
      ['CASE_REFUSED', 'REFUSED', 'NOT_THE_SUBJECT', snooper, herCase.id, herCase.itemCode, 2],
    ]);
    // Nothing is written for a number no case has.
    expect(audit.all()).toHaveLength(2);
  });

  it('answers a clerk of another division of the province as for an unused number — not whether the case exists, nor whose it is — and tells her why', () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    const kunshan = { ...wujiangClerk, division: '320583', window: 'KS-01', operatorId: 'js-ks-0009' } as const;
    for (const use of ['VIEW', 'ACT'] as const) {
      const refused = refusalOf(() => requireCaseAccess(kunshan, herCase.id, herCase, JIANGSU, { use, audit }));
      const unused = refusalOf(() => requireCaseAccess(kunshan, UNUSED, undefined, JIANGSU, { use, audit }));
      expect(refused).toEqual({ ...unused, message: unused.message.replace(UNUSED, herCase.id), extensions: { ...unused.extensions, id: herCase.id } });
      // Asked as case(id:) asks (no mutation named): on its argument, id.
      expect(refused.extensions).toEqual({ code: 'NOT_FOUND', field: 'id', id: herCase.id });
      expect(refused.message).toBe(`办件 ${herCase.id} 不存在，或不在您所在的江苏省苏州市昆山市（320583）的办理范围内（窗口只能查看和办理本区划及上级区划受理的办件）；如申请人已有办件，请其登录后在办件中查看受理地，到受理地办理`);
      expect(JSON.stringify(refused)).not.toContain('吴江');
    }
    // She learns of both attempts, and why they were refused.
    expect(audit.entriesFor(HER, 'PERSON', 10).map((entry) => [entry.event, entry.reason, entry.actor, entry.caseId, entry.repeats])).toEqual([['CASE_REFUSED', 'WRONG_DIVISION', kunshan, herCase.id, 2]]);
    // A clerk whose division covers the whole province is told plainly: for him a number not found is one never used.
    const provincial = { ...wujiangClerk, division: '320000', window: 'SJ-01', operatorId: 'js-sj-0001' } as const;
    expect(refusalOf(() => requireCaseAccess(provincial, UNUSED, undefined, JIANGSU, { use: 'VIEW' })).message).toBe(`办件 ${UNUSED} 不存在`);
  });

  it('writes nothing when she or a clerk of the province opens her case', () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    requireCaseAccess({ kind: 'CITIZEN', residentId: HER }, herCase.id, herCase, JIANGSU, { use: 'VIEW', audit });
    requireCaseAccess({ ...wujiangClerk, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' }, herCase.id, herCase, JIANGSU, { use: 'ACT', audit });
    expect(audit.all()).toEqual([]);
  });

  it('says 办理 to someone acting on a case, and 查看 to someone reading it', () => {
    const told = (caller: Caller, use: CaseUse) => refusalOf(() => requireCaseAccess(caller, herCase.id, herCase, JIANGSU, { use })).message;
    expect(told(snooper, 'ACT')).toBe('只能办理本人的办件：您名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）');
    expect(told(snooper, 'VIEW')).toBe('只能查看本人的办件：您名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）');
    // An enterprise is told in its own words; a number never used, the same (it may have mistyped its own).
    const enterprise = { kind: 'ENTERPRISE', creditCode: CAST.kunshanQicheng } as const;
    expect(told(enterprise, 'VIEW')).toBe('只能查看本企业的办件：本企业名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）');
    expect(refusalOf(() => requireCaseAccess(enterprise, UNUSED, undefined, JIANGSU, { use: 'VIEW' })).message).toBe(told(enterprise, 'VIEW'));
    expect(told(otherClerk, 'ACT')).toBe('该办件不在您所在省份受理，无权办理');
    expect(told(otherClerk, 'VIEW')).toBe('该办件不在您所在省份受理，无权查看');
  });

  it('tells whoever sends a case to the wrong province whose it is and where to send it, from the number alone', () => {
    const ZHEJIANG = requireRegion('ZHEJIANG');
    const jiangsuCase = '3220261126000017';
    const expected = {
      message: `caseId: ${jiangsuCase} 是江苏省的办件（编号以 32 开头），不是浙江省的；请向江苏省提交：jiangsu { requestEvidence }`,
      extensions: { code: 'BAD_USER_INPUT', field: 'caseId', reason: 'OTHER_PROVINCE', region: 'JIANGSU', mutationField: 'jiangsu' },
    };
    // The applicant herself, a Zhejiang clerk (who was told it did not exist), anyone.
    for (const caller of [{ kind: 'CITIZEN', residentId: HER } as const, otherClerk, snooper]) {
      expect(refusalOf(() => requireCaseAccess(caller, jiangsuCase, undefined, ZHEJIANG, { use: 'ACT', mutation: 'requestEvidence' }))).toEqual(expected);
    }
    // A number of this province no case has is still not found (clerk) or refused (anyone else).
    expect(refusalOf(() => requireCaseAccess(otherClerk, '3320261126000001', undefined, ZHEJIANG, { use: 'ACT' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(() => requireCaseAccess(snooper, '3320261126000001', undefined, ZHEJIANG, { use: 'ACT' })).extensions).toMatchObject({ reason: 'NOT_THE_SUBJECT' });
  });
});
