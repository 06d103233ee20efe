import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import type { PrefilledField } from '../decision/prefilledForm.ts';
import { declaredApplicantName, declaredNameDifference, requireApplicantName } from './applicantName.ts';

const FIELD = 'input.applicantName';
const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  throw new Error('not refused');
};

describe('the applicant’s declared name', () => {
  it('is trimmed, and blank is no name', () => {
    expect(declaredApplicantName('  顾晓梅 ', FIELD, 'PERSON')).toBe('顾晓梅');
    expect(declaredApplicantName('   ', FIELD, 'PERSON')).toBeNull();
    expect(declaredApplicantName(null, FIELD, 'PERSON')).toBeNull();
    expect(declaredApplicantName(undefined, FIELD, 'PERSON')).toBeNull();
  });

  it('drops a space typed between Han characters, as no identity card or licence has one, and keeps one between words', () => {
    expect(declaredApplicantName('顾 晓梅', FIELD, 'PERSON')).toBe('顾晓梅');
    expect(declaredApplicantName('顾\u3000晓 梅', FIELD, 'PERSON')).toBe('顾晓梅');
    expect(declaredApplicantName('上海青浦绿岛 科技有限公司', FIELD, 'ENTERPRISE')).toBe('上海青浦绿岛科技有限公司');
    expect(declaredApplicantName('Anna   Müller', FIELD, 'PERSON')).toBe('Anna Müller');
    expect(declaredApplicantName('艾力 · 买买提', FIELD, 'PERSON')).toBe('艾力·买买提');
    expect(declaredApplicantName('Müller (Shanghai) 贸易', FIELD, 'ENTERPRISE')).toBe('Müller (Shanghai) 贸易');
    // Around full-width brackets between Han characters, as an enterprise name is written.
    expect(declaredApplicantName('嘉善禾丰 （上海） 智能装备有限公司', FIELD, 'ENTERPRISE')).toBe('嘉善禾丰（上海）智能装备有限公司');
    // Pasted from a web page: a no-break space is a space, and between Han characters none.
    expect(declaredApplicantName('顾\u00A0晓梅', FIELD, 'PERSON')).toBe('顾晓梅');
    expect(declaredApplicantName('Anna\u00A0Müller', FIELD, 'PERSON')).toBe('Anna Müller');
  });

  it('writes the middle dot an input method gives as the identity card does', () => {
    for (const typed of ['阿依古丽•吐尔逊', '阿依古丽・吐尔逊', '阿依古丽‧吐尔逊', '阿依古丽･吐尔逊', '阿依古丽 • 吐尔逊']) {
      expect(declaredApplicantName(typed, FIELD, 'PERSON'), typed).toBe('阿依古丽·吐尔逊');
    }
  });

  it('takes letters of any script, the middle dot, spaces and an enterprise’s brackets', () => {
    for (const name of ['艾力·买买提', 'Anna Müller', '嘉善禾丰（上海）智能装备有限公司', 'Müller (Shanghai) Trading', 'Zoe\u0308', 'Алексей Иванов']) {
      expect(declaredApplicantName(name, FIELD, 'PERSON')).toBe(name);
    }
  });

  it('refuses an identity number, digits, other symbols and control characters, naming them', () => {
    const asNumber = refusal(() => declaredApplicantName('310118198804123021', FIELD, 'PERSON'));
    expect(asNumber.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: FIELD, reason: 'FORMAT' });
    expect(asNumber.message).toContain('申请人姓名应由文字组成');
    expect(asNumber.message).toContain('“3”');
    expect(refusal(() => declaredApplicantName('顾晓梅2', FIELD, 'PERSON')).message).toContain('“2”');
    expect(refusal(() => declaredApplicantName('Ｇｕ１', FIELD, 'PERSON')).message).toContain('“１”');
  });

  it("takes a foreign resident's name as the card gives it, and an enterprise name with digits", () => {
    expect(declaredApplicantName("O'BRIEN, MARY-JANE", FIELD, 'PERSON')).toBe("O'BRIEN, MARY-JANE");
    expect(declaredApplicantName('58同城信息技术有限公司', FIELD, 'ENTERPRISE')).toBe('58同城信息技术有限公司');
    expect(refusal(() => declaredApplicantName('91330421MA2B3C4D1X', FIELD, 'ENTERPRISE')).extensions).toMatchObject({ field: FIELD, reason: 'FORMAT' });
  });

  it('refuses control characters inside a name, and a name without letters', () => {
    expect(refusal(() => declaredApplicantName('顾\u0007晓梅', FIELD, 'PERSON')).message).toContain('U+0007');
    expect(refusal(() => declaredApplicantName('顾晓梅<script>', FIELD, 'PERSON')).message).toContain('“<”');
    expect(refusal(() => declaredApplicantName('（）', FIELD, 'ENTERPRISE')).message).toContain('申请单位名称应由文字组成');
  });

  it('refuses more than 50 characters, counting characters not code units', () => {
    expect(declaredApplicantName('𠀀'.repeat(50), FIELD, 'PERSON')).toHaveLength(100);
    expect(refusal(() => declaredApplicantName('名'.repeat(51), FIELD, 'ENTERPRISE')).extensions).toMatchObject({ field: FIELD, reason: 'TOO_LONG', max: 50 });
  });
});

describe('a name the evidence cannot give', () => {
  it('is required of the applicant, and only then', () => {
    const statement = { name: '社会保险个人权益记录单查询', evidenceKinds: [] };
    const required = refusal(() => requireApplicantName(null, statement, 'PERSON', FIELD));
    expect(required.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: FIELD, reason: 'REQUIRED' });
    expect(required.message).toBe(`${FIELD}: “社会保险个人权益记录单查询”的共享材料不含申请人姓名，请填写申请人姓名（applicantName）`);
    expect(() => requireApplicantName('顾晓梅', statement, 'PERSON', FIELD)).not.toThrow();
    expect(() => requireApplicantName(null, { name: '公积金证明', evidenceKinds: ['PROVIDENT_FUND', 'CREDIT_RECORD'] }, 'PERSON', FIELD)).not.toThrow();
    const transfer = { name: '不动产转移登记', evidenceKinds: ['TAX', 'MARRIAGE', 'HOUSEHOLD_REGISTRATION'] } as const;
    expect(() => requireApplicantName(null, transfer, 'PERSON', FIELD)).not.toThrow();
    expect(refusal(() => requireApplicantName(null, transfer, 'ENTERPRISE', FIELD)).message).toContain('请填写申请单位名称（applicantName）');
  });
});

describe('a declared name a record contradicts', () => {
  const fromRecord: PrefilledField = { name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: 'SHANGHAI', sourceRecordId: 'SAMPLE-PF-0001', declared: false };

  it('is noted for the clerk, naming both names and the record', () => {
    expect(declaredNameDifference([fromRecord], '顾小梅')).toBe('申请人填报的申请人姓名“顾小梅”与上海市记录 SAMPLE-PF-0001 中的“顾晓梅”不一致，已按记录办理，请核实');
  });

  it('is not noted when it is the same name spelt alike, or when nothing was declared or read', () => {
    expect(declaredNameDifference([fromRecord], '顾晓梅')).toBeNull();
    expect(declaredNameDifference([{ ...fromRecord, value: '艾力·买买提' }], '艾力•买买提')).toBeNull();
    expect(declaredNameDifference([{ ...fromRecord, value: 'ANNA MÜLLER' }], 'Anna  Müller')).toBeNull();
    expect(declaredNameDifference([{ ...fromRecord, value: '禾丰(上海)有限公司' }], '禾丰（上海）有限公司')).toBeNull();
    expect(declaredNameDifference([fromRecord], null)).toBeNull();
    expect(declaredNameDifference([], '顾小梅')).toBeNull();
    expect(declaredNameDifference([{ ...fromRecord, sourceRegion: null, sourceRecordId: null, declared: true, value: '顾小梅' }], '顾小梅')).toBeNull();
  });
});
