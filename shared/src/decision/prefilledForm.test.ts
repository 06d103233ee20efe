import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { applicantNameLabel, prefillForm } from './prefilledForm.ts';

const held = (kind: string): HeldRecord => ({ ...(SAMPLE_RECORDS.find((record) => record.kind === kind) as NativeRecord), region: 'SHANGHAI', holdingAuthority: 'x' }) as HeldRecord;

describe('the pre-filled form (秒填)', () => {
  it('names each field’s record, and takes the applicant’s name from a record over the declared one', () => {
    const form = prefillForm([held('PROVIDENT_FUND')], { name: '顾小梅', subjectKind: 'PERSON' });
    expect(form.find((field) => field.name === 'applicantName')).toEqual({
      name: 'applicantName',
      label: '申请人姓名',
      value: '顾晓梅',
      sourceRegion: 'SHANGHAI',
      sourceRecordId: 'SAMPLE-PF-0001',
      declared: false,
    });
    expect(form.filter((field) => field.declared)).toEqual([]);
  });

  it('fills the name the applicant declared where no record names them, saying so', () => {
    expect(prefillForm([], { name: '顾晓梅', subjectKind: 'PERSON' })).toEqual([
      { name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true },
    ]);
    const credit = held('CREDIT_RECORD');
    expect(prefillForm([credit], { name: '嘉善禾丰智能装备有限公司', subjectKind: 'ENTERPRISE' })[0]).toMatchObject({ label: '申请单位名称', declared: true });
  });

  it('has no name at all when nothing names the applicant and none was declared', () => {
    expect(prefillForm([held('CREDIT_RECORD')], { name: null, subjectKind: 'PERSON' })).toEqual([]);
    expect(prefillForm([held('CREDIT_RECORD')])).toEqual([]);
  });

  it('shows a coded record value as its Chinese label: 性别 is 女 or 男, never FEMALE', () => {
    const household = held('HOUSEHOLD_REGISTRATION');
    expect(prefillForm([household]).find((field) => field.name === 'sex')).toMatchObject({ label: '性别', value: '女', sourceRecordId: household.recordId });
    const his = { ...household, content: { ...household.content, sex: 'MALE' } } as HeldRecord;
    expect(prefillForm([his]).find((field) => field.name === 'sex')?.value).toBe('男');
  });

  it('writes no field as a code: every field any record fills is in words, digits or a date', () => {
    const form = prefillForm(SAMPLE_RECORDS.map((record) => held(record.kind)));
    expect(form.map((field) => field.name).sort()).toEqual(
      ['applicantName', 'birthDate', 'employerName', 'fundAccountNumber', 'fundEmployerName', 'householdAddress', 'legalRepresentative', 'monthlyDeposit', 'registeredAddress', 'registeredCapital', 'sex', 'spouseName'].sort(),
    );
    // An enum value (FEMALE, ACTIVE, LIMITED_COMPANY) copied as it is would read as upper-case Latin letters.
    expect(form.filter((field) => /^[A-Z][A-Z_]+$/.test(field.value))).toEqual([]);
  });

  it('labels a person’s name and an enterprise’s name as the records do', () => {
    expect(applicantNameLabel('PERSON')).toBe('申请人姓名');
    expect(applicantNameLabel('ENTERPRISE')).toBe('申请单位名称');
  });
});
