import { describe, expect, it } from 'vitest';
import { issuedLicence } from '../fixtures/issuedLicence.fixture.ts';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { EVIDENCE_KIND_VALUES, type EvidenceKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { recordLabel } from './recordLabel.ts';

const AUTHORITIES: Readonly<Record<EvidenceKind, string>> = {
  SOCIAL_INSURANCE: '上海市社会保险事业管理中心',
  PROVIDENT_FUND: '上海市公积金管理中心',
  HOUSEHOLD_REGISTRATION: '上海市公安局人口管理办公室',
  MARRIAGE: '上海市民政局婚姻登记管理处',
  BUSINESS_REGISTRATION: '上海市市场监督管理局',
  TAX: '国家税务总局上海市税务局',
  CREDIT_RECORD: '上海市公共信用信息服务中心',
  E_LICENCE: '上海市大数据中心（电子证照库）',
};

const held = (kind: EvidenceKind, changes: Record<string, unknown> = {}): HeldRecord => {
  const record: NativeRecord | HeldRecord =
    kind === 'E_LICENCE'
      ? issuedLicence({ subjectId: '91330421MA2B3C4D17', itemCode: '059001001000', issuedOn: '2026-03-02', recordId: 'L-1', region: 'SHANGHAI', content: { licenceId: 'L-1', licenceStatus: 'VALID' } })
      : (SAMPLE_RECORDS.find((sample) => sample.kind === kind) as NativeRecord);
  return { ...record, content: { ...record.content, ...changes }, region: 'SHANGHAI', holdingAuthority: AUTHORITIES[kind] } as HeldRecord;
};

describe('a record named as people know it', () => {
  it('names a fund account by its holding authority and the tail of its number, never the whole number', () => {
    expect(recordLabel(held('PROVIDENT_FUND'))).toBe('上海市公积金管理中心 公积金账户（尾号7801）');
  });

  it('names a social-insurance record by its authority, the employer it is paid through and since when', () => {
    expect(recordLabel(held('SOCIAL_INSURANCE'))).toBe('上海市社会保险事业管理中心 社会保险参保记录（参保单位 上海青浦绿岛科技有限公司，2010年7月1日起）');
    expect(recordLabel(held('SOCIAL_INSURANCE', { employerName: null }))).toBe('上海市社会保险事业管理中心 社会保险参保记录（个人参保，2010年7月1日起）');
  });

  it('names a household registration by its authority and day, and a marriage by its office, day and the tail of its certificate', () => {
    expect(recordLabel(held('HOUSEHOLD_REGISTRATION'))).toBe('上海市公安局人口管理办公室 户籍登记（2012年5月20日登记）');
    expect(recordLabel(held('MARRIAGE'))).toBe('嘉善县民政局婚姻登记处2015年10月8日办理的结婚登记（证号尾号3812）');
    expect(recordLabel(held('MARRIAGE', { event: 'DIVORCE' }))).toContain('办理的离婚登记');
  });

  it('names every kind of record without its internal id, and hides account and certificate numbers', () => {
    for (const kind of EVIDENCE_KIND_VALUES) {
      const record = held(kind);
      const label = recordLabel(record);
      expect(label, kind).not.toContain(record.recordId);
      expect(label, kind).not.toMatch(/110234567801|J330421-2015-003812/);
    }
  });

  it('falls back to the region and record id, never to "undefined", where the holder left the naming fields empty', () => {
    expect(recordLabel(held('PROVIDENT_FUND', { accountNumber: '' }))).toBe('上海市 SAMPLE-PF-0001');
    expect(recordLabel(held('PROVIDENT_FUND', { accountNumber: '7801' }))).toBe('上海市 SAMPLE-PF-0001');
    expect(recordLabel(held('MARRIAGE', { registryOffice: ' ' }))).toBe('上海市 SAMPLE-MR-0001');
  });
});
