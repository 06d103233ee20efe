import { describe, expect, it } from 'vitest';
import { issuedLicence } from '../fixtures/issuedLicence.fixture.ts';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { declaredNameDifference } from '../provinceKit/applicantName.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { prefillForm } from './prefilledForm.ts';

const HER = SAMPLE_PERSON_ID;
/** 顾晓梅's 缴存使用证明, issued by Shanghai on approving her 200047001000 case. */
const certificate = (holderName = '顾晓梅'): HeldRecord =>
  issuedLicence({
    subjectId: HER,
    itemCode: '200047001000',
    issuedOn: '2026-11-20',
    recordId: 'LIC-PF-1',
    content: { licenceName: '异地贷款职工住房公积金缴存使用证明', holderKind: 'PERSON', holderName, issuerName: '上海市公积金管理中心' },
  });
const enterpriseLicence = issuedLicence({ subjectId: '91330421MA2B3C4D17', itemCode: '059001001000', issuedOn: '2026-03-02', recordId: 'LIC-EN-1', content: { holderName: '嘉善禾丰智能装备有限公司' } });
const register = (kind: string): HeldRecord => ({ ...(SAMPLE_RECORDS.find((record) => record.kind === kind) as NativeRecord), region: 'JIANGSU', holdingAuthority: 'x' }) as HeldRecord;
const nameOf = (form: ReturnType<typeof prefillForm>) => form.find((field) => field.name === 'applicantName');

describe('an electronic licence on the form', () => {
  it('fills a person’s name from the licence naming her as holder, with no name declared', () => {
    expect(nameOf(prefillForm([certificate()], { name: null, subjectKind: 'PERSON' }))).toEqual({
      name: 'applicantName',
      label: '申请人姓名',
      value: '顾晓梅',
      sourceRegion: 'SHANGHAI',
      sourceRecordId: 'LIC-PF-1',
      declared: false,
    });
  });

  it('fills an enterprise’s name, labelled as an enterprise’s, from the licence naming the enterprise', () => {
    expect(nameOf(prefillForm([enterpriseLicence], { name: null, subjectKind: 'ENTERPRISE' }))).toMatchObject({ label: '申请单位名称', value: '嘉善禾丰智能装备有限公司', declared: false });
    // A person whose number is also this credit code is not named by the enterprise's licence.
    expect(nameOf(prefillForm([enterpriseLicence], { name: null, subjectKind: 'PERSON' }))).toBeUndefined();
  });

  it('yields the name to a register naming the applicant, whatever the order of the records', () => {
    const household = register('HOUSEHOLD_REGISTRATION');
    expect(nameOf(prefillForm([certificate('顾小梅'), household], { name: null, subjectKind: 'PERSON' }))).toMatchObject({ value: '顾晓梅', sourceRecordId: household.recordId });
  });

  it('names no one where it carries the holder’s number (issued before holders were named by name): the declared name is used', () => {
    expect(nameOf(prefillForm([certificate(HER)], { name: null, subjectKind: 'PERSON' }))).toBeUndefined();
    expect(nameOf(prefillForm([certificate(HER)], { name: '顾晓梅', subjectKind: 'PERSON' }))).toMatchObject({ value: '顾晓梅', declared: true });
  });

  it('is checked against a declared name like any record naming the applicant', () => {
    const form = prefillForm([certificate()], { name: '顾小梅', subjectKind: 'PERSON' });
    expect(declaredNameDifference(form, '顾小梅')).toBe('申请人填报的申请人姓名“顾小梅”与上海市记录 LIC-PF-1 中的“顾晓梅”不一致，已按记录办理，请核实');
    expect(declaredNameDifference(form, '顾晓梅')).toBeNull();
  });
});
