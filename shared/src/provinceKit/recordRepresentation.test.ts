import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { evidenceRecordSelection, heldRecordFromRepresentation } from './recordRepresentation.ts';
import { RECORD_TYPE_NAMES, recordTypeDefs } from './recordTypeDefs.ts';

const schema = buildSchema(`scalar Date scalar YearMonth scalar Yuan scalar DateTime enum Region { SHANGHAI JIANGSU ZHEJIANG ANHUI }
enum EvidenceKind { SOCIAL_INSURANCE PROVIDENT_FUND HOUSEHOLD_REGISTRATION MARRIAGE BUSINESS_REGISTRATION TAX CREDIT_RECORD E_LICENCE }
enum SubjectKind { PERSON ENTERPRISE }
${recordTypeDefs().replace(/@shareable/g, '')}
type Query { records: [EvidenceRecord!]! }`);

describe('evidenceRecordSelection', () => {
  const enterpriseKinds = ['BUSINESS_REGISTRATION', 'TAX', 'CREDIT_RECORD', 'E_LICENCE'] as const;

  it('is a valid selection of every field of the enterprise record types', () => {
    const selection = evidenceRecordSelection(enterpriseKinds);
    expect(validate(schema, parse(`{ records ${selection} }`))).toEqual([]);
    for (const field of ['registeredCapital', 'businessScope', 'taxPaid', 'penaltyAmount', 'publicUntil', 'licenceStatus']) {
      expect(selection).toContain(field);
    }
    expect(selection).not.toContain('SocialInsuranceRecord');
  });

  it('is valid for each kind on its own', () => {
    for (const kind of Object.keys(RECORD_TYPE_NAMES) as (keyof typeof RECORD_TYPE_NAMES)[]) {
      expect(validate(schema, parse(`{ records ${evidenceRecordSelection([kind])} }`)), kind).toEqual([]);
    }
  });
});

describe('heldRecordFromRepresentation', () => {
  it('turns a serialised record back into the standard form, amounts in fen', () => {
    const view = {
      __typename: 'TaxRecord',
      recordId: 'T-1',
      kind: 'TAX',
      subjectId: '91310000MA1FL8XQ30',
      region: 'SHANGHAI',
      holdingAuthority: '国家税务总局上海市税务局',
      updatedOn: '2026-03-01',
      taxpayerKind: 'ENTERPRISE',
      taxpayerName: '示例科技有限公司',
      taxYear: 2025,
      creditRating: 'A',
      taxPaid: '1234567.80',
      arrears: '0.00',
    };
    const record = heldRecordFromRepresentation(view);
    expect(record).toMatchObject({ kind: 'TAX', region: 'SHANGHAI', recordId: 'T-1' });
    expect(record?.content).toEqual({ taxpayerKind: 'ENTERPRISE', taxpayerName: '示例科技有限公司', taxYear: 2025, creditRating: 'A', taxPaid: 123456780, arrears: 0 });
  });

  it('skips a record of a kind that was not selected, and rejects what is not a record', () => {
    expect(heldRecordFromRepresentation({ __typename: 'MarriageRecord' })).toBeUndefined();
    expect(() => heldRecordFromRepresentation({ __typename: 'Nothing' })).toThrow(/not a record type/);
  });
});
