import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { standardRecord, standardRecordOf } from '@yrd/shared/fixtures/recordArbitraries';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { NATIVE_EVIDENCE_KIND_VALUES, type NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { NativeRecord, StandardRecord } from '@yrd/shared/standard/standardRecord';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import { ETHNICITY_CODES } from './ethnicityCodes.ts';
import { FAMILY_RELATION_CODES } from './familyRelationCodes.ts';
import { ZHEJIANG_FIELDS } from './fieldNames.ts';
import { ZHEJIANG_SAMPLES } from './samples/zhejiangSamples.ts';
import { zhejiangNativeFormat } from './zhejiangNativeFormat.ts';

const { encode, decode } = zhejiangNativeFormat;

/** Epoch millis of a China Standard Time wall-clock reading, e.g. cst('2026-11-10T00:30:00'). */
const cst = (wallClock: string): number => Date.parse(`${wallClock}+08:00`);

function sampleRow(kind: NativeEvidenceKind): Record<string, unknown> {
  const sample = ZHEJIANG_SAMPLES.find((candidate) => candidate.kind === kind);
  if (!sample) throw new Error(`no sample of ${kind}`);
  return JSON.parse(sample.payload) as Record<string, unknown>;
}

/** The sample of a kind with one column replaced. */
function withColumn(kind: NativeEvidenceKind, column: string, value: unknown): string {
  return JSON.stringify({ ...sampleRow(kind), [column]: value });
}

/** The sample of a kind without one column. */
function withoutColumn(kind: NativeEvidenceKind, column: string): string {
  const row = sampleRow(kind);
  delete row[column];
  return JSON.stringify(row);
}

function decodeError(kind: NativeEvidenceKind, payload: string): NativeRecordError {
  try {
    decode(kind, payload);
  } catch (error) {
    expect(error).toBeInstanceOf(NativeRecordError);
    return error as NativeRecordError;
  }
  throw new Error('expected a NativeRecordError, but the payload decoded');
}

function expectRejected(kind: NativeEvidenceKind, payload: string, column: string, problem: string | RegExp): NativeRecordError {
  const error = decodeError(kind, payload);
  expect(error.region).toBe('ZHEJIANG');
  expect(error.kind).toBe(kind);
  expect(error.field).toBe(column);
  expect(error.message).toContain(`field ${column}`);
  if (typeof problem === 'string') expect(error.message).toContain(problem);
  else expect(error.message).toMatch(problem);
  return error;
}

function decodedContent<K extends NativeEvidenceKind>(kind: K, payload: string): StandardRecord<K>['content'] {
  return (decode(kind, payload) as StandardRecord<K>).content;
}

describe('zhejiangNativeFormat samples', () => {
  it('has one hand-written sample per SAMPLE_RECORDS entry, in the same order', () => {
    expect(ZHEJIANG_SAMPLES.map((sample) => sample.kind)).toEqual(SAMPLE_RECORDS.map((record) => record.kind));
  });

  SAMPLE_RECORDS.forEach((expected, index) => {
    it(`decodes the ${expected.kind} sample to the standard sample record`, () => {
      const sample = ZHEJIANG_SAMPLES[index];
      if (!sample) throw new Error(`missing sample ${index}`);
      expect(decode(sample.kind, sample.payload)).toEqual(expected);
    });

    it(`encodes the ${expected.kind} sample record to the hand-written row (gmt_modified aside)`, () => {
      const sample = ZHEJIANG_SAMPLES[index];
      if (!sample) throw new Error(`missing sample ${index}`);
      const encoded = JSON.parse(encode(expected)) as Record<string, unknown>;
      const handWritten = JSON.parse(sample.payload) as Record<string, unknown>;
      // The standard keeps only the day of the last change; the hand-written rows keep the instant.
      expect({ ...encoded, gmt_modified: 0 }).toEqual({ ...handWritten, gmt_modified: 0 });
      expect(Object.keys(encoded)).toEqual(Object.keys(handWritten));
    });
  });
});

describe('zhejiangNativeFormat round trip', () => {
  it('decode(kind, encode(r)) equals r for every standard record', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        expect(decode(record.kind, encode(record))).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every household relation and sex (relation codes depend on sex)', () => {
    fc.assert(
      fc.property(standardRecordOf('HOUSEHOLD_REGISTRATION'), (record) => {
        expect(decode(record.kind, encode(record))).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it.each([...NATIVE_EVIDENCE_KIND_VALUES])('round-trips %s under numbers valid as both a person’s and a credit code', (kind) => {
    const both = [numberValidAsBoth(), foreignPermanentResidentNumberValidAsBoth()];
    for (const subjectId of both) expect(identityOfSubject(subjectId)).toBe('EITHER');
    fc.assert(
      fc.property(standardRecordOf(kind), fc.constantFrom(...both), (record, subjectId) => {
        const ambiguous = { ...record, subjectId } as NativeRecord;
        expect(decode(kind, encode(ambiguous))).toEqual(ambiguous);
      }),
      { numRuns: 60 },
    );
  });

  it('writes one JSON object with the columns of the kind and nothing else', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        const row = JSON.parse(encode(record)) as Record<string, unknown>;
        expect(Object.keys(row)).toEqual(Object.values(ZHEJIANG_FIELDS[record.kind]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('CST midnight dates (the UTC-vs-CST pitfall)', () => {
  it('reads a CST-midnight date column as that date, not the UTC date of the previous day', () => {
    const openDate = cst('2010-08-01T00:00:00');
    expect(new Date(openDate).toISOString().slice(0, 10)).toBe('2010-07-31'); // the pitfall
    expect(decodedContent('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'open_date', openDate)).openedOn).toBe('2010-08-01');
  });

  it('writes a date column as the instant of 00:00 CST (16:00 UTC the day before)', () => {
    const row = JSON.parse(encode(SAMPLE_RECORDS[1])) as Record<string, unknown>;
    expect(row.open_date).toBe(Date.UTC(2010, 6, 31, 16));
    expect(row.open_date).toBe(cst('2010-08-01T00:00:00'));
  });

  it('reads dates before 1970 (negative epoch millis) and at the turn of a year', () => {
    const birth = withColumn('HOUSEHOLD_REGISTRATION', 'birth_date', cst('1930-01-01T00:00:00'));
    expect(decodedContent('HOUSEHOLD_REGISTRATION', birth).birthDate).toBe('1930-01-01');
    const newYear = withColumn('CREDIT_RECORD', 'public_end_date', cst('2035-01-01T00:00:00'));
    expect(decodedContent('CREDIT_RECORD', newYear).publicUntil).toBe('2035-01-01');
  });

  it.each([
    ['00:00:00.000', '2026-11-10'],
    ['00:30:00.000', '2026-11-10'],
    ['02:15:07.000', '2026-11-10'],
    ['07:59:59.999', '2026-11-10'], // still 11-09 in UTC
    ['08:00:00.000', '2026-11-10'],
    ['18:20:03.000', '2026-11-10'],
    ['23:59:59.999', '2026-11-10'], // already 11-10 15:59 UTC, still 11-10 in CST
  ])('reads gmt_modified at %s CST as the CST date %s', (clock, day) => {
    const payload = withColumn('PROVIDENT_FUND', 'gmt_modified', cst(`2026-11-10T${clock}`));
    expect(decode('PROVIDENT_FUND', payload).updatedOn).toBe(day);
  });

  it('puts gmt_modified on the next day from 00:00 CST, even though UTC is still on the previous day', () => {
    expect(decode('TAX', withColumn('TAX', 'gmt_modified', cst('2026-04-14T23:59:59.999'))).updatedOn).toBe('2026-04-14');
    expect(decode('TAX', withColumn('TAX', 'gmt_modified', cst('2026-04-15T00:00:00'))).updatedOn).toBe('2026-04-15');
  });

  it('rejects a date column that is not a CST midnight: the warehouse contract is 00:00 CST', () => {
    // UTC midnight of the day: 08:00 CST.
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'open_date', Date.UTC(2010, 7, 1)), 'open_date', '2010-08-01 08:00:00 CST, not 00:00 CST');
    // A late-evening instant of the day.
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'decide_date', cst('2024-06-18T23:30:00')), 'decide_date', '23:30:00 CST');
    // One millisecond off.
    expectRejected('MARRIAGE', withColumn('MARRIAGE', 'reg_date', cst('2015-10-08T00:00:00') + 1), 'reg_date', '00:00:00.001 CST');
    // A nullable date column follows the same contract.
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'settle_date', cst('2024-07-02T12:00:00')), 'settle_date', 'not 00:00 CST');
  });

  it('rejects a summer date of 1986–1991 written at Asia/Shanghai daylight-saving midnight (UTC+9)', () => {
    // 1988-07-01 00:00 at UTC+9 is 1988-06-30 23:00 CST: off the contract, and a guess would be the wrong day.
    const dstMidnight = Date.parse('1988-07-01T00:00:00+09:00');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'birth_date', dstMidnight), 'birth_date', '1988-06-30 23:00:00 CST');
  });
});

describe('malformed payloads', () => {
  it('rejects a payload that is not JSON', () => {
    expectRejected('TAX', 'rec_id=SAMPLE-TX-0001;tax_year=2025', '(payload)', 'not JSON');
    expectRejected('TAX', '', '(payload)', 'not JSON');
    expectRejected('TAX', '{"rec_id": "SAMPLE-TX-0001",', '(payload)', 'not JSON');
  });

  it('rejects JSON that is not one object', () => {
    expectRejected('TAX', '[{"rec_id": "SAMPLE-TX-0001"}]', '(payload)', 'got an array');
    expectRejected('TAX', '"SAMPLE-TX-0001"', '(payload)', 'got the string');
    expectRejected('TAX', 'null', '(payload)', 'got null');
  });

  it('rejects a missing required column, naming it', () => {
    expectRejected('SOCIAL_INSURANCE', withoutColumn('SOCIAL_INSURANCE', 'person_name'), 'person_name', 'missing');
    expectRejected('PROVIDENT_FUND', withoutColumn('PROVIDENT_FUND', 'acct_no'), 'acct_no', 'missing');
    expectRejected('BUSINESS_REGISTRATION', withoutColumn('BUSINESS_REGISTRATION', 'uni_credit_code'), 'uni_credit_code', 'missing');
    expectRejected('TAX', withoutColumn('TAX', 'gmt_modified'), 'gmt_modified', 'missing');
  });

  it('rejects null or blank in a required column', () => {
    expectRejected('MARRIAGE', withColumn('MARRIAGE', 'spouse_name', null), 'spouse_name', 'is null but required');
    expectRejected('MARRIAGE', withColumn('MARRIAGE', 'spouse_name', '   '), 'spouse_name', 'blank');
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'balance_fen', null), 'balance_fen', 'is null but required');
  });

  it('reads JSON null in a nullable column as null, and still requires the column', () => {
    const unemployed = withColumn('SOCIAL_INSURANCE', 'unit_name', null);
    expect(decodedContent('SOCIAL_INSURANCE', unemployed).employerName).toBeNull();
    expect(decodedContent('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'from_area_code', null)).movedFromDivision).toBeNull();
    expect(decodedContent('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'public_end_date', null)).publicUntil).toBeNull();
    expectRejected('SOCIAL_INSURANCE', withoutColumn('SOCIAL_INSURANCE', 'unit_name'), 'unit_name', 'missing');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'unit_name', ''), 'unit_name', 'the warehouse writes null');
  });

  it('rejects a date column that is not epoch millis', () => {
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'first_insure_date', '2010-07-01'), 'first_insure_date', 'got the string "2010-07-01"');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'first_insure_date', 1277913600000.5), 'first_insure_date', 'epoch milliseconds');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'gmt_modified', '2026-11-05 09:14:26'), 'gmt_modified', 'epoch milliseconds');
    // Epoch seconds instead of millis lands on 1970-01-15 and is no CST midnight.
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'first_insure_date', 1277913600), 'first_insure_date', 'not 00:00 CST');
  });

  it('rejects an unknown integer status code, naming the column and the code', () => {
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'acct_status', 9), 'acct_status', 'unknown code 9');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'insure_status', 0), 'insure_status', 'unknown code 0');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'card_status', 5), 'card_status', 'unknown code 5');
    expectRejected('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'ent_status', 7), 'ent_status', 'unknown code 7');
    expectRejected('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'ent_type', 9), 'ent_type', 'unknown code 9');
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'credit_category', 5), 'credit_category', 'unknown code 5');
    expectRejected('MARRIAGE', withColumn('MARRIAGE', 'marriage_type', 3), 'marriage_type', 'unknown code 3');
  });

  it('rejects a status code written as a string (the warehouse stores integers)', () => {
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'acct_status', '1'), 'acct_status', 'expected an integer code, got the string "1"');
  });

  it('decodes every status code of the dictionaries', () => {
    expect(decodedContent('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'acct_status', 2)).accountStatus).toBe('SEALED');
    expect(decodedContent('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'acct_status', 3)).accountStatus).toBe('CLOSED');
    expect(decodedContent('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'ent_status', 4)).businessStatus).toBe('MOVED_OUT');
    expect(decodedContent('MARRIAGE', withColumn('MARRIAGE', 'marriage_type', 2)).event).toBe('DIVORCE');
    expect(decodedContent('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'card_status', 2)).cardStatus).toBe('LOSS_REPORTED');
    expect(decodedContent('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'credit_category', 3)).category).toBe('SERIOUS_DISHONESTY');
    expect(decodedContent('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'credit_category', 4)).category).toBe('INSPECTION_RESULT');
  });

  it('rejects an amount that is not a whole, non-negative number of fen', () => {
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'balance_fen', 18652340.5), 'balance_fen', '18652340.5 is not a whole number of fen');
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'month_pay_fen', '2580.00'), 'month_pay_fen', 'expected an amount in fen, got the string "2580.00"');
    expectRejected('TAX', withColumn('TAX', 'owe_tax_fen', -100), 'owe_tax_fen', 'negative');
    expectRejected('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'reg_capital_fen', 500.5), 'reg_capital_fen', 'not a whole number of fen');
    // JSON allows 1e400; JSON.parse makes it Infinity.
    const overflowing = withColumn('BUSINESS_REGISTRATION', 'reg_capital_fen', 0).replace('"reg_capital_fen":0', '"reg_capital_fen":1e400');
    expectRejected('BUSINESS_REGISTRATION', overflowing, 'reg_capital_fen', 'got the number Infinity');
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'penalty_fen', 2 ** 60), 'penalty_fen', 'out of range');
  });

  it('rejects a month that is not an integer yyyymm with month 01–12', () => {
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'last_pay_month', 202613), 'last_pay_month', '202613 is not a month yyyymm');
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'last_pay_month', 202600), 'last_pay_month', '202600 is not a month yyyymm');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'last_pay_month', 20261), 'last_pay_month', 'not a month yyyymm');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'last_pay_month', '2026-10'), 'last_pay_month', 'got the string "2026-10"');
  });

  it('rejects bad counts, years, flags and division codes', () => {
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'pay_months', -1), 'pay_months', 'negative');
    expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'continuous_pay_months', 12.5), 'continuous_pay_months', 'expected a whole number');
    expectRejected('TAX', withColumn('TAX', 'tax_year', '2025'), 'tax_year', 'expected a year');
    expectRejected('TAX', withColumn('TAX', 'tax_year', 25), 'tax_year', 'not a four-digit year');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'is_cross_region', true), 'is_cross_region', 'expected the flag 0 or 1, got the boolean true');
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'is_settled', 2), 'is_settled', 'expected the flag 0 or 1');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'area_code', 310118), 'area_code', 'expected a string');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'from_area_code', '3205'), 'from_area_code', 'six-digit division code');
  });

  it('rejects a tax credit level outside A/B/M/C/D', () => {
    expectRejected('TAX', withColumn('TAX', 'credit_level', 'AA'), 'credit_level', 'unknown 纳税信用级别 code "AA"');
  });
});

describe('insured-scheme bitmask', () => {
  it.each([
    [0, []],
    [1, ['PENSION']],
    [5, ['PENSION', 'UNEMPLOYMENT']],
    [24, ['WORK_INJURY', 'MATERNITY']],
    [31, ['PENSION', 'MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY']],
  ])('reads mask %i in the standard scheme order', (mask, schemes) => {
    expect(decodedContent('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'insure_type_mask', mask)).schemes).toEqual(schemes);
  });

  it('rejects bits no scheme has', () => {
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'insure_type_mask', 32), 'insure_type_mask', '32 is not a scheme bitmask');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'insure_type_mask', 2 ** 32 + 1), 'insure_type_mask', 'not a scheme bitmask');
    expectRejected('SOCIAL_INSURANCE', withColumn('SOCIAL_INSURANCE', 'insure_type_mask', -1), 'insure_type_mask', 'not a scheme bitmask');
  });
});

describe('national codes in household registration', () => {
  const household = (column: string, code: unknown) =>
    decodedContent('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', column, code));

  it('reads GB/T 2261.1 sex codes and rejects 0 未知 / 9 未说明 and numbers', () => {
    expect(household('sex_code', '1').sex).toBe('MALE');
    expect(household('sex_code', '2').sex).toBe('FEMALE');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'sex_code', '9'), 'sex_code', 'unknown GB/T 2261.1 sex code "9"');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'sex_code', 2), 'sex_code', 'as a string, got the number 2');
  });

  it('reads GB 3304 ethnicity codes, the generated ones included', () => {
    expect(household('nation_code', '01').ethnicity).toBe('汉族');
    expect(household('nation_code', '03').ethnicity).toBe('回族');
    expect(household('nation_code', '11').ethnicity).toBe('满族');
    expect(household('nation_code', '15').ethnicity).toBe('土家族');
    expect(household('nation_code', '22').ethnicity).toBe('畲族');
    expect(ETHNICITY_CODES.filter((entry) => /^\d\d$/.test(entry.code) && Number(entry.code) <= 56)).toHaveLength(56);
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'nation_code', '1'), 'nation_code', 'unknown GB 3304 ethnicity code "1"');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'nation_code', '57'), 'nation_code', 'unknown GB 3304 ethnicity code "57"');
  });

  it.each([
    ['01', 'HEAD'],
    ['02', 'HEAD'],
    ['10', 'SPOUSE'],
    ['11', 'SPOUSE'],
    ['12', 'SPOUSE'],
    ['20', 'CHILD'],
    ['22', 'CHILD'],
    ['27', 'CHILD'],
    ['30', 'CHILD'],
    ['33', 'CHILD'],
    ['28', 'OTHER'],
    ['38', 'OTHER'],
    ['41', 'OTHER'],
    ['51', 'PARENT'],
    ['52', 'PARENT'],
    ['57', 'PARENT'],
    ['53', 'OTHER'],
    ['71', 'OTHER'],
    ['80', 'OTHER'],
    ['99', 'OTHER'],
  ])('reads GB/T 4761 relation code %s as %s', (code, relation) => {
    expect(household('head_relation_code', code).relationToHead).toBe(relation);
  });

  it('rejects a relation code GB/T 4761 does not define', () => {
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'head_relation_code', '98'), 'head_relation_code', 'unknown GB/T 4761 family relation code "98"');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'head_relation_code', '2'), 'head_relation_code', 'unknown GB/T 4761');
  });

  it('writes the relation code a 户口簿 shows for the person’s sex', () => {
    const sample = SAMPLE_RECORDS[2];
    const written = (relationToHead: StandardRecord<'HOUSEHOLD_REGISTRATION'>['content']['relationToHead'], sex: 'MALE' | 'FEMALE') =>
      (JSON.parse(encode({ ...sample, content: { ...sample.content, relationToHead, sex } })) as Record<string, unknown>).head_relation_code;
    expect(written('HEAD', 'FEMALE')).toBe('02');
    expect(written('SPOUSE', 'MALE')).toBe('11');
    expect(written('SPOUSE', 'FEMALE')).toBe('12');
    expect(written('CHILD', 'MALE')).toBe('20');
    expect(written('CHILD', 'FEMALE')).toBe('30');
    expect(written('PARENT', 'MALE')).toBe('51');
    expect(written('PARENT', 'FEMALE')).toBe('52');
    expect(written('OTHER', 'MALE')).toBe('80');
    // Every written code is one the decoder reads back.
    for (const code of ['02', '11', '12', '20', '30', '51', '52', '80']) {
      expect(FAMILY_RELATION_CODES.some((entry) => entry.code === code)).toBe(true);
    }
  });
});

describe('encode', () => {
  it('writes months as integer yyyymm, money as integer fen and codes as the warehouse stores them', () => {
    const row = JSON.parse(encode(SAMPLE_RECORDS[0])) as Record<string, unknown>;
    expect(row.last_pay_month).toBe(202610);
    expect(row.insure_type_mask).toBe(31);
    expect(row.insure_status).toBe(1);
    const business = JSON.parse(encode(SAMPLE_RECORDS[4])) as Record<string, unknown>;
    expect(business.reg_capital_fen).toBe(500_000_000);
  });

  it('writes null as JSON null', () => {
    const sample = SAMPLE_RECORDS[0];
    const payload = encode({ ...sample, content: { ...sample.content, employerName: null, employerCreditCode: null } });
    expect(payload).toContain('"unit_name":null');
    expect(payload).toContain('"unit_credit_code":null');
  });

  it('refuses an ethnicity without a GB 3304 code rather than writing a wrong one', () => {
    const sample = SAMPLE_RECORDS[2];
    expect(() => encode({ ...sample, content: { ...sample.content, ethnicity: '火星族' } })).toThrow(/GB 3304/);
  });
});

describe('whose record: 纳税人类型 taxpayer_type and 主体类型 subject_type', () => {
  const PERSON_ID = '330421198611030011';
  const ENTERPRISE_ID = '91330421MA2B3C4D17';

  it('reads the samples’ 1 单位 as enterprise records', () => {
    expect(sampleRow('TAX').taxpayer_type).toBe(1);
    expect(sampleRow('CREDIT_RECORD').subject_type).toBe(1);
    expect(decodedContent('TAX', JSON.stringify(sampleRow('TAX'))).taxpayerKind).toBe('ENTERPRISE');
    expect(decodedContent('CREDIT_RECORD', JSON.stringify(sampleRow('CREDIT_RECORD'))).subjectKind).toBe('ENTERPRISE');
  });

  it('reads 2 个人 as a person’s record, whatever the number looks like', () => {
    expect(decodedContent('TAX', withColumn('TAX', 'taxpayer_type', 2)).taxpayerKind).toBe('PERSON');
    expect(decodedContent('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'subject_type', 2)).subjectKind).toBe('PERSON');
  });

  it('the column, not the number, says whose record it is under a number valid as both', () => {
    const both = numberValidAsBoth();
    const tax = (type: number) => JSON.stringify({ ...sampleRow('TAX'), taxpayer_id: both, taxpayer_type: type });
    const credit = (type: number) => JSON.stringify({ ...sampleRow('CREDIT_RECORD'), subject_cert_no: both, subject_type: type });
    expect(decodedContent('TAX', tax(1)).taxpayerKind).toBe('ENTERPRISE');
    expect(decodedContent('TAX', tax(2)).taxpayerKind).toBe('PERSON');
    expect(decodedContent('CREDIT_RECORD', credit(1)).subjectKind).toBe('ENTERPRISE');
    expect(decodedContent('CREDIT_RECORD', credit(2)).subjectKind).toBe('PERSON');
  });

  it('writes 1 for an enterprise’s record and 2 for a person’s', () => {
    const [tax, credit] = [SAMPLE_RECORDS[5], SAMPLE_RECORDS[6]];
    const written = (record: NativeRecord) => JSON.parse(encode(record)) as Record<string, unknown>;
    expect(written(tax).taxpayer_type).toBe(1);
    expect(written({ ...tax, content: { ...tax.content, taxpayerKind: 'PERSON' } }).taxpayer_type).toBe(2);
    expect(written(credit).subject_type).toBe(1);
    expect(written({ ...credit, content: { ...credit.content, subjectKind: 'PERSON' } }).subject_type).toBe(2);
  });

  it('rejects an unknown code, null or a string, naming the column and the value', () => {
    expectRejected('TAX', withColumn('TAX', 'taxpayer_type', 3), 'taxpayer_type', 'unknown code 3 (known: 1 单位, 2 个人)');
    expectRejected('TAX', withColumn('TAX', 'taxpayer_type', 0), 'taxpayer_type', 'unknown code 0');
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'subject_type', 9), 'subject_type', 'unknown code 9');
    expectRejected('CREDIT_RECORD', withColumn('CREDIT_RECORD', 'subject_type', 'PERSON'), 'subject_type', 'got the string "PERSON"');
    // Present but null is not a row from before the column: the warehouse writes every column.
    expectRejected('TAX', withColumn('TAX', 'taxpayer_type', null), 'taxpayer_type', 'is null but required');
  });

  it('reads a row written before the column existed by the kind its number names', () => {
    const legacyTax = (taxpayerId: string) => JSON.stringify({ ...JSON.parse(withoutColumn('TAX', 'taxpayer_type')), taxpayer_id: taxpayerId });
    const legacyCredit = (certNo: string) =>
      JSON.stringify({ ...JSON.parse(withoutColumn('CREDIT_RECORD', 'subject_type')), subject_cert_no: certNo });
    expect(decode('TAX', legacyTax(ENTERPRISE_ID))).toEqual(SAMPLE_RECORDS[5]);
    expect(decodedContent('TAX', legacyTax(PERSON_ID)).taxpayerKind).toBe('PERSON');
    expect(decode('CREDIT_RECORD', legacyCredit(ENTERPRISE_ID))).toEqual(SAMPLE_RECORDS[6]);
    expect(decodedContent('CREDIT_RECORD', legacyCredit(PERSON_ID)).subjectKind).toBe('PERSON');
  });

  it('refuses a row written before the column existed under a number valid as both, naming the column', () => {
    const problem = 'does not say whether its subject is a person or an enterprise';
    for (const both of [numberValidAsBoth(), foreignPermanentResidentNumberValidAsBoth()]) {
      const tax = JSON.stringify({ ...JSON.parse(withoutColumn('TAX', 'taxpayer_type')), taxpayer_id: both });
      const credit = JSON.stringify({ ...JSON.parse(withoutColumn('CREDIT_RECORD', 'subject_type')), subject_cert_no: both });
      const taxError = expectRejected('TAX', tax, 'taxpayer_type', problem);
      const creditError = expectRejected('CREDIT_RECORD', credit, 'subject_type', problem);
      // The number may be a person's: the error does not repeat it.
      expect(taxError.message).not.toContain(both);
      expect(creditError.message).not.toContain(both);
    }
  });

  it('refuses a row written before the column existed under a number valid as neither', () => {
    const tax = JSON.stringify({ ...JSON.parse(withoutColumn('TAX', 'taxpayer_type')), taxpayer_id: 'TP-000123' });
    expectRejected('TAX', tax, 'taxpayer_type', 'does not say whether its subject is a person or an enterprise');
  });
});

describe('columns the adapter does not know', () => {
  const BUSINESS_COLUMNS =
    'rec_id, uni_credit_code, ent_name, ent_type, legal_person_name, legal_person_cert_no, reg_capital_fen, establish_date, ent_status, ' +
    'area_code, dom_addr, business_scope, reg_org_name, gmt_modified';

  it('refuses a row with one column it does not know, naming the column, the known ones and what to do', () => {
    const error = decodeError('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'is_licence_revoked', 1));
    expect(error).toBeInstanceOf(NativeRecordError);
    expect(error.region).toBe('ZHEJIANG');
    expect(error.kind).toBe('BUSINESS_REGISTRATION');
    expect(error.field).toBe('is_licence_revoked');
    expect(error.message).toBe(
      `ZHEJIANG BUSINESS_REGISTRATION record, field is_licence_revoked: is not a column of Zhejiang's BUSINESS_REGISTRATION row (known: ${BUSINESS_COLUMNS}); ` +
        "Zhejiang's format has changed — update the adapter before its records are used as evidence",
    );
  });

  it('refuses an unknown column whatever it holds, null and empty values included', () => {
    for (const value of [null, 0, '', [], {}, '法院冻结']) {
      expectRejected('PROVIDENT_FUND', withColumn('PROVIDENT_FUND', 'is_frozen', value), 'is_frozen', "is not a column of Zhejiang's PROVIDENT_FUND row");
    }
  });

  it('names the first unknown column and lists the others, never their values', () => {
    const payload = JSON.stringify({ ...sampleRow('PROVIDENT_FUND'), freeze_reason: '法院协助执行', sync_batch: 'IRS-20261110-07' });
    const error = expectRejected('PROVIDENT_FUND', payload, 'freeze_reason', "is not a column of Zhejiang's PROVIDENT_FUND row (nor are sync_batch; known: rec_id, ");
    expect(error.message).not.toContain('法院');
    expect(error.message).not.toContain('IRS-20261110-07');
  });

  it('refuses a misspelt column by its spelling, and a column of another kind', () => {
    const misspelt = JSON.stringify({ ...JSON.parse(withoutColumn('PROVIDENT_FUND', 'acct_status')), acct_state: 1 });
    expectRejected('PROVIDENT_FUND', misspelt, 'acct_state', "is not a column of Zhejiang's PROVIDENT_FUND row");
    expectRejected('TAX', withColumn('TAX', 'loan_balance_fen', 0), 'loan_balance_fen', "is not a column of Zhejiang's TAX row");
  });

  it('still reads a row exported before a column was added: absent is not unknown', () => {
    expect(decode('TAX', withoutColumn('TAX', 'taxpayer_type'))).toEqual(SAMPLE_RECORDS[5]);
    expect(decode('CREDIT_RECORD', withoutColumn('CREDIT_RECORD', 'subject_type'))).toEqual(SAMPLE_RECORDS[6]);
    const renamed = JSON.stringify({ ...JSON.parse(withoutColumn('TAX', 'taxpayer_type')), taxpayer_kind: 1 });
    expectRejected('TAX', renamed, 'taxpayer_kind', "is not a column of Zhejiang's TAX row");
  });

  it('refuses an encoded record with any one column added, naming it, wherever it stands', () => {
    fc.assert(
      fc.property(
        standardRecord,
        fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x_${name}`),
        fc.jsonValue(),
        fc.boolean(),
        (record, column, value, first) => {
          const row = JSON.parse(encode(record)) as Record<string, unknown>;
          const payload = JSON.stringify(first ? { [column]: value, ...row } : { ...row, [column]: value });
          expectRejected(record.kind, payload, column, "is not a column of Zhejiang's");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('zhejiangNativeFormat division codes', () => {
  it.each([
    ['310108', '310106'], // 闸北区, merged into 静安区 in 2015
    ['320584', '320509'], // 吴江市 → 吴江区 (2012)
    ['330782', '330782'],
  ])('reads the place of household registration %s as the current code %s', (written, current) => {
    expect(decodedContent('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'area_code', written)).divisionCode).toBe(current);
  });

  it.each(['999999', '440305', '330799'])('refuses the place of household registration %s, naming the column', (written) => {
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'area_code', written), 'area_code', written);
  });

  it('reads a retired place moved from as its successor, takes another province’s code, refuses a code of no province', () => {
    expect(decodedContent('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'from_area_code', '320584')).movedFromDivision).toBe('320509');
    expect(decodedContent('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'from_area_code', '440305')).movedFromDivision).toBe('440305');
    expectRejected('HOUSEHOLD_REGISTRATION', withColumn('HOUSEHOLD_REGISTRATION', 'from_area_code', '999999'), 'from_area_code', '999999 does not exist');
  });

  it('reads an enterprise’s domicile the same way', () => {
    expect(decodedContent('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'area_code', '310230')).divisionCode).toBe('310151');
    expectRejected('BUSINESS_REGISTRATION', withColumn('BUSINESS_REGISTRATION', 'area_code', '999999'), 'area_code', '999999 does not exist');
  });
});
