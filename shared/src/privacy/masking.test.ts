import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord, StandardRecord } from '../standard/standardRecord.ts';
import { maskAddress, maskNumber, maskPersonName, maskRecord } from './masking.ts';

const held = (kind: StandardRecord['kind']): HeldRecord => ({
  ...(SAMPLE_RECORDS.find((record) => record.kind === kind) as StandardRecord),
  region: 'SHANGHAI',
  holdingAuthority: 'test',
});

describe('masking', () => {
  it('masks names, numbers and addresses', () => {
    expect(maskPersonName('顾晓梅')).toBe('顾**');
    expect(maskPersonName('赵敏')).toBe('赵*');
    expect(maskNumber('310118198804123021')).toBe('3101**********3021');
    expect(maskNumber('110234567801')).toBe('********7801');
    expect(maskAddress('上海市青浦区盈浦街道华青路88弄6号302室')).toBe('上海市青浦区****');
  });

  it('shows the holder their own data but not their spouse’s number', () => {
    const record = maskRecord(held('MARRIAGE'), 'HOLDER');
    expect(record.subjectId).toBe('310118198804123021');
    expect(record.content).toMatchObject({ personName: '顾晓梅', spouseName: '沈浩然', spouseIdNumber: '3304**********0011' });
  });

  it('shows the case officer everything', () => {
    expect(maskRecord(held('MARRIAGE'), 'CASE_OFFICER')).toEqual(held('MARRIAGE'));
  });

  it('shows the public nothing personal', () => {
    const record = maskRecord(held('HOUSEHOLD_REGISTRATION'), 'PUBLIC');
    expect(record.subjectId).toBe('3101**********3021');
    expect(record.content).toMatchObject({ personName: '顾**', address: '上海市青浦区****', divisionCode: '310118' });
    const fund = maskRecord(held('PROVIDENT_FUND'), 'PUBLIC');
    expect(fund.content).toMatchObject({ personName: '顾**', accountNumber: '********7801' });
  });

  it('keeps an enterprise’s public identity but masks its legal representative’s number', () => {
    const record = maskRecord(held('BUSINESS_REGISTRATION'), 'PUBLIC');
    expect(record.subjectId).toBe('91330421MA2B3C4D17');
    expect(record.content).toMatchObject({ enterpriseName: '嘉善禾丰智能装备有限公司', legalRepresentative: '沈**', legalRepresentativeId: '3304**********0011' });
  });
});
