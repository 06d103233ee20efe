import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { standardRecord, standardRecordOf } from '@yrd/shared/fixtures/recordArbitraries';
import { creditCodeCheckCharacter } from '@yrd/shared/identifiers/unifiedSocialCreditCode';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { EVIDENCE_SUBJECTS, NATIVE_EVIDENCE_KIND_VALUES, type NativeEvidenceKind, type SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import type { NativeRecord, StandardRecord } from '@yrd/shared/standard/standardRecord';
import {
  BUSINESS_STATUS_LABELS,
  CARD_STATUS_LABELS,
  CREDIT_CATEGORY_LABELS,
  ENTITY_TYPE_LABELS,
  FUND_ACCOUNT_STATUS_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  INSURANCE_SCHEME_LABELS,
  INSURANCE_STATUS_LABELS,
  MARRIAGE_EVENT_LABELS,
  SEX_LABELS,
  TAX_CREDIT_RATING_LABELS,
} from './jiangsuCodeTables.ts';
import { JIANGSU_COLUMNS, type JiangsuColumn } from './jiangsuColumns.ts';
import { jiangsuNativeFormat } from './jiangsuNativeFormat.ts';
import { JIANGSU_SAMPLES } from './samples/jiangsuSamples.ts';

const { encode, decode } = jiangsuNativeFormat;

function sampleOf<K extends NativeEvidenceKind>(kind: K): { payload: string; record: StandardRecord<K> } {
  const index = SAMPLE_RECORDS.findIndex((record) => record.kind === kind);
  const sample = JIANGSU_SAMPLES[index];
  if (!sample) throw new Error(`no sample of ${kind}`);
  // SAMPLE_RECORDS is a readonly `as const` tuple; its entry of kind K is a StandardRecord<K>.
  return { payload: sample.payload, record: SAMPLE_RECORDS[index] as unknown as StandardRecord<K> };
}

/** The sample line of `kind` with some columns replaced (re-quoted by csv-stringify). */
function sampleWithColumns<K extends NativeEvidenceKind>(kind: K, changes: Partial<Record<JiangsuColumn<K>, string>>): string {
  const fields = parse(sampleOf(kind).payload)[0] ?? [];
  const columns: readonly string[] = JIANGSU_COLUMNS[kind];
  for (const [column, value] of Object.entries(changes) as [string, string][]) {
    const index = columns.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${kind}`);
    fields[index] = value;
  }
  return stringify([fields], { eof: false });
}

/** The sample line of `kind` with one column replaced. */
function sampleWith<K extends NativeEvidenceKind>(kind: K, column: JiangsuColumn<K>, value: string): string {
  return sampleWithColumns(kind, { [column]: value } as Partial<Record<JiangsuColumn<K>, string>>);
}

/** Runs `action` and returns the NativeRecordError it throws (failing when it throws nothing else). */
function nativeErrorOf(action: () => unknown): NativeRecordError {
  try {
    action();
  } catch (error) {
    if (error instanceof NativeRecordError) return error;
    throw error;
  }
  throw new Error('expected a NativeRecordError, nothing was thrown');
}

function expectFieldError(kind: NativeEvidenceKind, payload: string, field: string, message?: RegExp): NativeRecordError {
  const error = nativeErrorOf(() => decode(kind, payload));
  expect(error.region).toBe('JIANGSU');
  expect(error.kind).toBe(kind);
  expect(error.field).toBe(field);
  expect(error.message).toContain(`field ${field}:`);
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** Columns where an empty field means null (or, for cbxz, no schemes) rather than an error. */
const NULLABLE_COLUMNS: Readonly<Partial<Record<NativeEvidenceKind, readonly string[]>>> = {
  SOCIAL_INSURANCE: ['cbxz', 'dwmc', 'dwtyshxydm'],
  HOUSEHOLD_REGISTRATION: ['qcdxzqh'],
  CREDIT_RECORD: ['lxrq', 'gsjzrq'],
};

describe('jiangsuNativeFormat samples', () => {
  it('has one hand-written sample per SAMPLE_RECORDS entry, in the same order', () => {
    expect(JIANGSU_SAMPLES.map((sample) => sample.kind)).toEqual(SAMPLE_RECORDS.map((record) => record.kind));
  });

  it.each(JIANGSU_SAMPLES.map((sample, index) => [sample.kind, sample.payload, index] as const))(
    'decodes the %s sample to the standard sample record',
    (kind, payload, index) => {
      expect(decode(kind, payload)).toEqual(SAMPLE_RECORDS[index]);
    },
  );

  it.each(SAMPLE_RECORDS.map((record, index) => [record.kind, record, index] as const))(
    'encodes the %s sample record exactly as the exchange wrote it by hand',
    (_kind, record, index) => {
      expect(encode(record)).toBe(JIANGSU_SAMPLES[index]?.payload);
    },
  );
});

describe('jiangsuNativeFormat round trip', () => {
  it('decode(kind, encode(r)) equals r for every standard record', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        expect(decode(record.kind, encode(record))).toEqual(record);
      }),
      { numRuns: 600 },
    );
  });

  it('writes exactly one CSV record with the kind’s column count', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        const records = parse(encode(record));
        expect(records).toHaveLength(1);
        expect(records[0]).toHaveLength(JIANGSU_COLUMNS[record.kind].length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('jiangsuNativeFormat malformed payloads', () => {
  const requiredCases = (Object.keys(JIANGSU_COLUMNS) as NativeEvidenceKind[]).flatMap((kind) =>
    JIANGSU_COLUMNS[kind]
      .filter((column) => !(NULLABLE_COLUMNS[kind] ?? []).includes(column))
      .map((column) => [kind, column] as const),
  );

  it.each(requiredCases)('%s: an empty required column %s is an error naming it', (kind, column) => {
    expectFieldError(kind, sampleWith(kind, column, ''), column, /required field is empty/);
    expectFieldError(kind, sampleWith(kind, column, '   '), column, /required field is empty/);
  });

  it.each(['20190231', '2019-03-01', '190301', '20191301', '2019030', 'abcdefgh'])('bad date %s names khrq', (value) => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', 'khrq', value), 'khrq', /not a calendar date written yyyyMMdd/);
  });

  it('checks optional dates too', () => {
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', 'gsjzrq', '20270229'), 'gsjzrq');
  });

  it.each(['202613', '202600', '2026-10', '20261'])('bad month %s names zhjcny', (value) => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', 'zhjcny', value), 'zhjcny', /yyyyMM/);
  });

  it.each([
    ['PROVIDENT_FUND', 'zhzt', '冻结'],
    ['PROVIDENT_FUND', 'zhzt', '1'],
    ['SOCIAL_INSURANCE', 'cbzt', 'ACTIVE'],
    ['SOCIAL_INSURANCE', 'sbkzt', '冻结'],
    ['HOUSEHOLD_REGISTRATION', 'xb', '1'],
    ['HOUSEHOLD_REGISTRATION', 'yhzgx', '兄弟'],
    ['MARRIAGE', 'djlx', '补发结婚证'],
    ['BUSINESS_REGISTRATION', 'djzt', '在业'],
    ['BUSINESS_REGISTRATION', 'qylx', '有限公司'],
    ['TAX', 'nsxydj', 'A级'],
    ['CREDIT_RECORD', 'xylb', '黑名单'],
  ] as const)('%s: unknown label in %s ("%s") is an error, not a guess', (kind, column, value) => {
    // The casts only widen the literal column to the kind's column type for sampleWith.
    const error = expectFieldError(kind, sampleWith(kind, column as JiangsuColumn<typeof kind>, value), column, /unknown value/);
    expect(error.message).toContain(`"${value}"`);
  });

  it.each(['2580', '2580.5', '2580.000', '2,580.00', '-2580.00', '¥2580.00', '2580.00元', '25８0.00'])(
    'amount %s is not yuan with exactly two decimals',
    (value) => {
      expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', 'yjce', value), 'yjce', /exactly two decimals/);
    },
  );

  it.each(['500万', '500.0000001', '-500', '5e2'])('registered capital %s is not 万元', (value) => {
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', 'zczb', value), 'zczb', /万元/);
  });

  it('reads registered capital written with a registry’s six decimals', () => {
    const decoded = decode('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', 'zczb', '500.000000'));
    expect(decoded).toEqual(sampleOf('BUSINESS_REGISTRATION').record);
  });

  it.each(['5.0', '-1', '052', 'abc'])('count %s names lxjcys', (value) => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', 'lxjcys', value), 'lxjcys');
  });

  it.each(['Y', 'true', '是', '2'])('flag %s names sfcsjtb', (value) => {
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', 'sfcsjtb', value), 'sfcsjtb', /1 or 0/);
  });

  it.each(['25', '2025年'])('tax year %s names nsnd', (value) => {
    expectFieldError('TAX', sampleWith('TAX', 'nsnd', value), 'nsnd', /four-digit year/);
  });

  it.each(['3101181', '上海青浦'])('division code %s names hjxzqh', (value) => {
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', 'hjxzqh', value), 'hjxzqh', /division code/);
  });

  it('rejects an employer credit code that is not one', () => {
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'dwtyshxydm', 'MA1JL2Q36'), 'dwtyshxydm');
  });

  it.each([
    ['', 'payload', /empty payload/],
    ['garbage', 'payload', /expected 14 fields .* found 1/],
    ['{"zjlx":"111","zjhm":"310118198804123021"}', 'zjlx', /not valid CSV \(INVALID_OPENING_QUOTE\)/],
    ['<record><zjlx>111</zjlx></record>', 'payload', /expected 14 fields/],
    ['\u0000\u0001\u0002', 'payload', /found 1/],
    ['\n', 'payload', /found 1/],
    ['111,"310118198804123021', 'zjhm', /not valid CSV \(CSV_QUOTE_NOT_CLOSED\)/],
    ['111,31011"8",顾晓梅', 'zjhm', /not valid CSV \(INVALID_OPENING_QUOTE\)/],
    ['111,"310118198804123021"x,顾晓梅', 'zjhm', /not valid CSV \(CSV_INVALID_CLOSING_QUOTE\)/],
  ] as const)('garbage payload %j is a NativeRecordError on %s', (payload, field, message) => {
    expectFieldError('PROVIDENT_FUND', payload, field, message);
  });

  it('rejects two records in one payload', () => {
    const { payload } = sampleOf('PROVIDENT_FUND');
    expectFieldError('PROVIDENT_FUND', `${payload}\n${payload}`, 'payload', /one CSV record, found 2/);
  });

  it.each(['\r\n', '\n', '\r'])('an unquoted line break %j inside the record splits it and is refused', (lineBreak) => {
    const { payload } = sampleOf('PROVIDENT_FUND');
    const cut = payload.indexOf(',', 30);
    expectFieldError('PROVIDENT_FUND', `${payload.slice(0, cut)}${lineBreak}${payload.slice(cut)}`, 'payload', /one CSV record, found 2/);
  });

  it('rejects a payload of another kind by its column count', () => {
    expectFieldError('TAX', sampleOf('PROVIDENT_FUND').payload, 'payload', /expected 9 fields .* found 14/);
  });
});

describe('jiangsuNativeFormat pitfalls', () => {
  it('round-trips a field containing a comma, a quote and a line break, quoted per RFC 4180', () => {
    const { record } = sampleOf('PROVIDENT_FUND');
    const tricky: StandardRecord<'PROVIDENT_FUND'> = {
      ...record,
      content: { ...record.content, employerName: '苏州"吴江",东太湖\n科技有限公司\r\n二部' },
    };
    const payload = encode(tricky);
    expect(payload).toContain(',"苏州""吴江"",东太湖\n科技有限公司\r\n二部",');
    expect(payload.endsWith('\n')).toBe(false);
    expect(decode('PROVIDENT_FUND', payload)).toEqual(tricky);
  });

  it('quotes a lone carriage return too, so a reader splitting on CR keeps the record whole', () => {
    const { record } = sampleOf('MARRIAGE');
    const tricky: StandardRecord<'MARRIAGE'> = { ...record, content: { ...record.content, registryOffice: '婚姻\r登记处' } };
    expect(encode(tricky)).toContain(',"婚姻\r登记处",');
    expect(decode('MARRIAGE', encode(tricky))).toEqual(tricky);
  });

  it.each([13, 15])('a line of %i fields instead of 14 names the expected and actual count', (count) => {
    const fields = parse(sampleOf('PROVIDENT_FUND').payload)[0] ?? [];
    const resized = count < fields.length ? fields.slice(0, count) : [...fields, ...Array<string>(count - fields.length).fill('x')];
    const error = expectFieldError('PROVIDENT_FUND', stringify([resized], { eof: false }), 'payload');
    expect(error.message).toContain(`expected 14 fields (zjlx,zjhm,xingMing,grzh,zhzt,khrq,dwmc,yjce,zhye,lxjcys,zhjcny,dkye,jlbh,gxrq), found ${count}`);
    // A column more than the kind has is one the adapter does not know: the format has changed.
    expect(error.message.includes("Jiangsu's format has changed — update the adapter")).toBe(count > 14);
  });

  it('an unquoted comma inside a field shows up as a wrong column count', () => {
    const payload = sampleOf('BUSINESS_REGISTRATION').payload.replace('"浙江省嘉兴市嘉善县罗星街道晋阳东路568号3幢, 2楼 ""A"" 区"', '浙江省嘉善县3幢, 2楼');
    expectFieldError('BUSINESS_REGISTRATION', payload, 'payload', /expected 15 fields .* found 16/);
  });

  it('20190231 is an error naming the date field', () => {
    expectFieldError('MARRIAGE', sampleWith('MARRIAGE', 'djrq', '20190231'), 'djrq', /"20190231" is not a calendar date/);
    expectFieldError('MARRIAGE', sampleWith('MARRIAGE', 'gxrq', '20190231'), 'gxrq', /"20190231"/);
  });

  it('zjlx 111 (居民身份证) with a credit-code subject is an error on zjlx', () => {
    const payload = sampleWith('TAX', 'zjlx', '111');
    expectFieldError('TAX', payload, 'zjlx', /111（居民身份证） does not match zjhm "91330421MA2B3C4D17", which is a unified social credit code/);
  });

  it('zjlx 001 (统一社会信用代码) with a resident identity number is an error on zjlx', () => {
    expect(creditCodeCheckCharacter('31011819880412302')).not.toBe('1');
    // TAX concerns both kinds of subject, so only the number can be at fault here.
    expectFieldError('TAX', sampleWithColumns('TAX', { zjlx: '001', zjhm: '310118198804123021' }), 'zjlx', /which is a resident identity number/);
  });

  it('accepts an all-digit credit code under 001 when its GB 32100 check character is right', () => {
    const first17 = '91320519900101100'; // positions 7–14 read as 19900101, like a birth date
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(code).toBe('913205199001011001'); // also has a resident identity number's form
    expect(decode('TAX', sampleWith('TAX', 'zjhm', code)).subjectId).toBe(code);
    // The same number under 111 reads as a person's taxes (its form allows a resident identity
    // number; the check digit is not verified), and the encoder writes a person's taxes under 111.
    const asResident = decode('TAX', sampleWith('TAX', 'zjlx', '111').replace('91330421MA2B3C4D17', code));
    expect(asResident.kind === 'TAX' && asResident.content.taxpayerKind).toBe('PERSON');
    expect(encode(asResident)).toMatch(/^111,913205199001011001,/);
  });

  it.each(['414', '01', '身份证', 'SFZ'])('unknown zjlx %s is an error', (value) => {
    expectFieldError('TAX', sampleWith('TAX', 'zjlx', value), 'zjlx', /unknown certificate type/);
  });

  it.each(['3101181988041230', '31011819880231302X', '310118198804123021X', '91330421MA2B3C4D1I'])(
    'a zjhm of neither form (%s) is an error on zjhm',
    (value) => {
      const zjlx = value.startsWith('9') ? '001' : '111';
      const payload = sampleWith('TAX', 'zjlx', zjlx);
      const fields = parse(payload)[0] ?? [];
      fields[1] = value;
      expectFieldError('TAX', stringify([fields], { eof: false }), 'zjhm', /is not a/);
    },
  );

  it('an empty required text field is an error, an empty nullable one is null', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', 'dwmc', ''), 'dwmc', /required field is empty/);
    const decoded = decode('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'dwmc', ''));
    expect(decoded.kind === 'SOCIAL_INSURANCE' && decoded.content.employerName).toBeNull();
  });

  it('quoted empty ("") and blank nullable fields are null as well', () => {
    const quotedEmpty = sampleOf('CREDIT_RECORD').payload.replace(',20240702,20270618,', ',"",  ,');
    const decoded = decode('CREDIT_RECORD', quotedEmpty);
    expect(decoded).toEqual({
      ...sampleOf('CREDIT_RECORD').record,
      content: { ...sampleOf('CREDIT_RECORD').record.content, settledOn: null, publicUntil: null },
    });
  });

  it('null round-trips as an empty field, never as the text "null"', () => {
    fc.assert(
      fc.property(standardRecordOf('HOUSEHOLD_REGISTRATION'), (record) => {
        const withNull = { ...record, content: { ...record.content, movedFromDivision: null } };
        const payload = encode(withNull);
        expect(payload).not.toContain('null');
        expect(decode('HOUSEHOLD_REGISTRATION', payload)).toEqual(withNull);
      }),
      { numRuns: 50 },
    );
  });

  it('reads cbxz: empty is no scheme, any order is normalised, repeats and unknowns are errors', () => {
    const schemesOf = (value: string): unknown => {
      const decoded = decode('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'cbxz', value));
      return decoded.kind === 'SOCIAL_INSURANCE' ? decoded.content.schemes : undefined;
    };
    expect(schemesOf('')).toEqual([]);
    expect(schemesOf('生育|医疗|养老')).toEqual(['PENSION', 'MEDICAL', 'MATERNITY']);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'cbxz', '养老|养老'), 'cbxz', /listed twice/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'cbxz', '养老||医疗'), 'cbxz', /empty item/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'cbxz', '养老|住房'), 'cbxz', /unknown value "住房"/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', 'cbxz', '养老,医疗'), 'cbxz', /unknown value "养老,医疗"/);
  });

  it('tolerates a UTF-8 byte-order mark, a trailing CRLF and padded fields', () => {
    const { payload, record } = sampleOf('TAX');
    expect(decode('TAX', `\uFEFF${payload}\r\n`)).toEqual(record);
    expect(decode('TAX', `${payload}\n`)).toEqual(record);
    expect(decode('TAX', `${payload}\r`)).toEqual(record);
    expect(decode('TAX', payload.replace(',2025,', ', 2025 ,'))).toEqual(record);
  });
});

describe('jiangsuNativeFormat zjlx says whose record it is', () => {
  const both = numberValidAsBoth();
  const foreignBoth = foreignPermanentResidentNumberValidAsBoth();

  it('the numbers used here are valid both as a person’s and as a credit code', () => {
    expect(identityOfSubject(both)).toBe('EITHER');
    expect(identityOfSubject(foreignBoth)).toBe('EITHER');
  });

  it('an ambiguous number’s credit record written as a person’s decodes as PERSON, as an enterprise’s as ENTERPRISE, with different zjlx', () => {
    const { record } = sampleOf('CREDIT_RECORD');
    const asPerson: StandardRecord<'CREDIT_RECORD'> = { ...record, subjectId: both, content: { ...record.content, subjectKind: 'PERSON' } };
    const asEnterprise: StandardRecord<'CREDIT_RECORD'> = { ...record, subjectId: both, content: { ...record.content, subjectKind: 'ENTERPRISE' } };
    const personLine = encode(asPerson);
    const enterpriseLine = encode(asEnterprise);
    expect(personLine).toMatch(new RegExp(`^111,${both},`));
    expect(enterpriseLine).toMatch(new RegExp(`^001,${both},`));
    // The lines differ in zjlx only: nothing else says whose record it is.
    expect(personLine.slice(3)).toBe(enterpriseLine.slice(3));
    const decodedPerson = decode('CREDIT_RECORD', personLine);
    const decodedEnterprise = decode('CREDIT_RECORD', enterpriseLine);
    expect(decodedPerson.kind === 'CREDIT_RECORD' && decodedPerson.content.subjectKind).toBe('PERSON');
    expect(decodedEnterprise.kind === 'CREDIT_RECORD' && decodedEnterprise.content.subjectKind).toBe('ENTERPRISE');
    expect(decodedPerson).toEqual(asPerson);
    expect(decodedEnterprise).toEqual(asEnterprise);
  });

  it.each([
    ['PERSON', '111'],
    ['ENTERPRISE', '001'],
  ] as const)('an ambiguous number’s taxes with taxpayerKind %s are written under zjlx %s and read back so', (taxpayerKind, zjlx) => {
    const { record } = sampleOf('TAX');
    const taxes: StandardRecord<'TAX'> = { ...record, subjectId: both, content: { ...record.content, taxpayerKind } };
    const line = encode(taxes);
    expect(line.startsWith(`${zjlx},${both},`)).toBe(true);
    expect(decode('TAX', line)).toEqual(taxes);
  });

  it.each([both, '91330421MA2B3C4D17', '310118198804123021'])('the sample TAX line under zjlx 111 or 001 reads the taxpayer kind from zjlx, not from zjhm %s', (number) => {
    const kinds: Partial<Record<string, SubjectKind>> = {};
    for (const zjlx of ['111', '001']) {
      try {
        const decoded = decode('TAX', sampleWithColumns('TAX', { zjlx, zjhm: number }));
        if (decoded.kind === 'TAX') kinds[zjlx] = decoded.content.taxpayerKind;
      } catch (error) {
        // A number of one kind only is refused under the other type, naming zjlx.
        if (!(error instanceof NativeRecordError) || error.field !== 'zjlx') throw error;
      }
    }
    const expected: Partial<Record<string, SubjectKind>> =
      number === both ? { '111': 'PERSON', '001': 'ENTERPRISE' } : number.startsWith('9') ? { '001': 'ENTERPRISE' } : { '111': 'PERSON' };
    expect(kinds).toEqual(expected);
  });

  const singleSubjectKinds = NATIVE_EVIDENCE_KIND_VALUES.filter((kind) => EVIDENCE_SUBJECTS[kind].length === 1).map(
    (kind) => [kind, EVIDENCE_SUBJECTS[kind][0] === 'PERSON' ? '111' : '001'] as const,
  );

  it.each(singleSubjectKinds)('%s writes zjlx from the kind (%s), also for a number valid as both', (kind, zjlx) => {
    const { record } = sampleOf(kind);
    const ambiguous = { ...record, subjectId: both };
    const line = encode(ambiguous);
    expect(line.startsWith(`${zjlx},${both},`)).toBe(true);
    expect(decode(kind, line)).toEqual(ambiguous);
  });

  it('a business-registration line with a person’s zjlx (111) is refused naming zjlx', () => {
    // With a number valid as both, zjhm fits 111: only the kind can refuse it.
    const ambiguousLine = sampleWithColumns('BUSINESS_REGISTRATION', { zjlx: '111', zjhm: both });
    expectFieldError('BUSINESS_REGISTRATION', ambiguousLine, 'zjlx', /111（居民身份证） names a person, but a BUSINESS_REGISTRATION record is about an enterprise; expected zjlx 001/);
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', 'zjlx', '111'), 'zjlx', /names a person/);
    // The same line under 001 is the enterprise's registration.
    expect(decode('BUSINESS_REGISTRATION', sampleWithColumns('BUSINESS_REGISTRATION', { zjlx: '001', zjhm: both })).subjectId).toBe(both);
  });

  it.each(singleSubjectKinds.filter(([, zjlx]) => zjlx === '111'))('a %s line with an enterprise’s zjlx (001) is refused naming zjlx', (kind) => {
    expectFieldError(kind, sampleWithColumns(kind, { zjlx: '001', zjhm: both }), 'zjlx', new RegExp(`names an enterprise, but a ${kind} record is about a person; expected zjlx 111`));
  });

  it('writes a foreign permanent resident’s number under 111, as before, even one also valid as a credit code', () => {
    const { record } = sampleOf('SOCIAL_INSURANCE');
    const resident = { ...record, subjectId: foreignBoth };
    expect(encode(resident).startsWith(`111,${foreignBoth},`)).toBe(true);
    expect(decode('SOCIAL_INSURANCE', encode(resident))).toEqual(resident);
    const credit = sampleOf('CREDIT_RECORD').record;
    const asPerson: StandardRecord<'CREDIT_RECORD'> = { ...credit, subjectId: foreignBoth, content: { ...credit.content, subjectKind: 'PERSON' } };
    expect(encode(asPerson).startsWith(`111,${foreignBoth},`)).toBe(true);
    expect(decode('CREDIT_RECORD', encode(asPerson))).toEqual(asPerson);
  });

  it('refuses to write a person’s taxes under a credit code, or an enterprise’s under a resident number, naming zjlx', () => {
    const { record } = sampleOf('TAX');
    const personUnderCode = nativeErrorOf(() => encode({ ...record, content: { ...record.content, taxpayerKind: 'PERSON' } }));
    expect(personUnderCode.field).toBe('zjlx');
    expect(personUnderCode.message).toMatch(/cannot write: subject id of a person: 111（居民身份证） does not match zjhm "91330421MA2B3C4D17"/);
    const enterpriseUnderResident = nativeErrorOf(() => encode({ ...record, subjectId: '310118198804123021' }));
    expect(enterpriseUnderResident.field).toBe('zjlx');
    expect(enterpriseUnderResident.message).toMatch(/subject id of an enterprise: 001（统一社会信用代码） does not match/);
  });
});

describe('jiangsuNativeFormat encode refuses what it cannot write faithfully', () => {
  it('refuses a subject id of neither form', () => {
    const { record } = sampleOf('TAX');
    expect(nativeErrorOf(() => encode({ ...record, subjectId: 'ABC123' })).field).toBe('zjhm');
  });

  it.each([
    ['xingMing', { personName: '' }],
    ['xingMing', { personName: ' 顾晓梅' }],
    ['khrq', { openedOn: '2019-02-31' }],
    ['zhjcny', { lastDepositMonth: '2026-13' }],
    ['yjce', { monthlyDeposit: -1 }],
    ['zhye', { balance: 1.5 }],
  ] as const)('refuses a bad value for %s', (field, change) => {
    const { record } = sampleOf('PROVIDENT_FUND');
    const error = nativeErrorOf(() => encode({ ...record, content: { ...record.content, ...change } }));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/cannot write/);
  });
});

describe('jiangsu code tables', () => {
  const tables: [string, Readonly<Record<string, string>>][] = Object.entries({
    FUND_ACCOUNT_STATUS_LABELS,
    INSURANCE_STATUS_LABELS,
    CARD_STATUS_LABELS,
    INSURANCE_SCHEME_LABELS,
    BUSINESS_STATUS_LABELS,
    ENTITY_TYPE_LABELS,
    SEX_LABELS,
    HOUSEHOLD_RELATION_LABELS,
    MARRIAGE_EVENT_LABELS,
    CREDIT_CATEGORY_LABELS,
    TAX_CREDIT_RATING_LABELS,
  });

  it.each(tables)('%s has one distinct, non-empty label per value', (_name, table) => {
    const labels = Object.values(table);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.trim()).not.toBe('');
    for (const label of labels) expect(label).not.toContain('|');
  });
});

describe('jiangsuNativeFormat division codes', () => {
  const household = (column: 'hjxzqh' | 'qcdxzqh', value: string) =>
    (decode('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', column, value)) as StandardRecord<'HOUSEHOLD_REGISTRATION'>).content;

  it.each([
    ['320584', '320509'], // 吴江市 → 吴江区 (2012)
    ['310108', '310106'],
    ['320583', '320583'],
  ])('reads the place of household registration %s as the current code %s', (written, current) => {
    expect(household('hjxzqh', written).divisionCode).toBe(current);
  });

  it.each(['999999', '440305', '320599'])('refuses the place of household registration %s, naming the column', (written) => {
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', 'hjxzqh', written), 'hjxzqh', new RegExp(written));
  });

  it('reads a retired place moved from as its successor, takes another province’s code, refuses a code of no province', () => {
    expect(household('qcdxzqh', '320584').movedFromDivision).toBe('320509');
    expect(household('qcdxzqh', '440305').movedFromDivision).toBe('440305');
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', 'qcdxzqh', '999999'), 'qcdxzqh', /999999 does not exist/);
  });

  it('reads an enterprise’s domicile the same way', () => {
    const business = decode('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', 'zsxzqh', '320584')) as StandardRecord<'BUSINESS_REGISTRATION'>;
    expect(business.content.divisionCode).toBe('320509');
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', 'zsxzqh', '999999'), 'zsxzqh', /999999 does not exist/);
  });
});
