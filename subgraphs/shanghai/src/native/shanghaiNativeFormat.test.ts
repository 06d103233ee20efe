import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { NATIVE_EVIDENCE_KIND_VALUES, type NativeEvidenceKind, type SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { standardRecord, standardRecordOf } from '@yrd/shared/fixtures/recordArbitraries';
import { foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import { shanghaiNativeFormat, WHOLE_PAYLOAD } from './shanghaiNativeFormat.ts';
import { SHANGHAI_SAMPLES } from './samples/shanghaiSamples.ts';
import * as codeTables from './shanghaiCodeTables.ts';
import { PLATFORM_METADATA_FIELDS, RECORD_TYPE_FIELD, SHANGHAI_LAYOUTS } from './shanghaiFieldMap.ts';

const { decode, encode } = shanghaiNativeFormat;

type Json = Record<string, unknown>;

function sampleOf(kind: NativeEvidenceKind): string {
  const sample = SHANGHAI_SAMPLES.find((entry) => entry.kind === kind);
  if (!sample) throw new Error(`no Shanghai sample of ${kind}`);
  return sample.payload;
}

/** The sample of `kind` with fields changed (`undefined` deletes the field). */
function sampleWith(kind: NativeEvidenceKind, changes: Json): string {
  const object = JSON.parse(sampleOf(kind)) as Json;
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete object[name];
    else object[name] = value;
  }
  return JSON.stringify(object);
}

function decodeError(kind: NativeEvidenceKind, payload: string): NativeRecordError {
  try {
    decode(kind, payload);
  } catch (error) {
    if (error instanceof NativeRecordError) return error;
    throw error;
  }
  throw new Error(`decoded without error: ${payload}`);
}

function expectFieldError(kind: NativeEvidenceKind, payload: string, field: string, problem: RegExp): void {
  const error = decodeError(kind, payload);
  expect(error.region).toBe('SHANGHAI');
  expect(error.kind).toBe(kind);
  expect(error.field).toBe(field);
  expect(error.message).toContain(`field ${field}:`);
  expect(error.message).toMatch(problem);
}

function updatedOnOf(lastModified: unknown): string {
  return decode('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { lastModified })).updatedOn;
}

describe('Shanghai samples', () => {
  it('has one hand-written sample per SAMPLE_RECORDS entry, in the same order', () => {
    expect(SHANGHAI_SAMPLES.map((sample) => sample.kind)).toEqual(SAMPLE_RECORDS.map((record) => record.kind));
  });

  it.each(SAMPLE_RECORDS.map((record, index) => [record.kind, index] as const))('decodes the %s sample to the standard record', (kind, index) => {
    const sample = SHANGHAI_SAMPLES[index];
    expect(sample?.kind).toBe(kind);
    expect(decode(kind, sample?.payload ?? '')).toEqual(SAMPLE_RECORDS[index]);
  });

  it('encodes the sample records the way Shanghai writes them', () => {
    const fund = JSON.parse(encode(SAMPLE_RECORDS[1])) as Json;
    expect(fund).toMatchObject({
      recordType: 'HOUSING_FUND',
      recordNo: 'SAMPLE-PF-0001',
      idCardNo: '310118198804123021',
      accountState: 'NORMAL',
      monthlyPayAmount: '2580.00',
      accountBalance: '186523.40',
      loanBalance: '0.00',
      lastPayMonth: '2026-10',
      lastModified: '2026-11-10T00:00:00+08:00',
    });
    const business = JSON.parse(encode(SAMPLE_RECORDS[4])) as Json;
    expect(business).toMatchObject({ recordType: 'MARKET_ENTITY', unitUscc: '91330421MA2B3C4D17', regCapital: '500.000000', entState: 'EXISTING' });
    const insurance = JSON.parse(encode(SAMPLE_RECORDS[0])) as Json;
    expect(insurance['insuranceTypes']).toEqual(['YL', 'YB', 'SY', 'GS', 'SYU']);
  });

  it('writes absent optional values as null, keeping the key', () => {
    const record = { ...SAMPLE_RECORDS[0], content: { ...SAMPLE_RECORDS[0].content, employerName: null, employerCreditCode: null } };
    const native = JSON.parse(encode(record)) as Json;
    expect(Object.hasOwn(native, 'unitName')).toBe(true);
    expect(native['unitName']).toBeNull();
    expect(native['unitUscc']).toBeNull();
    expect(decode('SOCIAL_INSURANCE', encode(record))).toEqual(record);
  });
});

describe('round trip', () => {
  it('decode(kind, encode(r)) equals r for every standard record', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        expect(decode(record.kind, encode(record))).toEqual(record);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(NATIVE_EVIDENCE_KIND_VALUES)('round-trips %s records', (kind) => {
    fc.assert(
      fc.property(standardRecordOf(kind), (record: NativeRecord) => {
        expect(decode(kind, encode(record))).toEqual(record);
      }),
      { numRuns: 100 },
    );
  });

  it('encodes one JSON object per record, with the recordType of its kind', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        const native = JSON.parse(encode(record)) as unknown;
        expect(native).toBeTypeOf('object');
        expect((native as Json)[RECORD_TYPE_FIELD]).toBe(SHANGHAI_LAYOUTS[record.kind].recordType);
      }),
      { numRuns: 300 },
    );
  });

  it('reads payloads whatever their key order', () => {
    fc.assert(
      fc.property(standardRecord, fc.integer(), (record, seed) => {
        const entries = Object.entries(JSON.parse(encode(record)) as Json);
        const shuffled = entries
          .map((entry, index) => ({ entry, key: Math.imul(index + 1, seed | 1) >>> 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const payload = JSON.stringify(Object.fromEntries(shuffled), null, 2);
        expect(decode(record.kind, payload)).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an encoded record with any one field added, naming it, whatever it holds and wherever it stands', () => {
    fc.assert(
      fc.property(
        standardRecord,
        fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x_${name}`),
        fc.jsonValue(),
        fc.boolean(),
        (record, name, value, first) => {
          const native = JSON.parse(encode(record)) as Json;
          const payload = JSON.stringify(first ? { [name]: value, ...native } : { ...native, [name]: value });
          expectFieldError(record.kind, payload, name, /is not a field of Shanghai's/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('malformed payloads', () => {
  it('rejects a missing required field, naming it', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { fullName: undefined }), 'fullName', /missing/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { idCardNo: undefined }), 'idCardNo', /missing/);
    expectFieldError('TAX', sampleWith('TAX', { recordNo: undefined }), 'recordNo', /missing/);
    expectFieldError('TAX', sampleWith('TAX', { lastModified: undefined }), 'lastModified', /missing/);
  });

  it('rejects a missing nullable field: absent values are written as null, never left out', () => {
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { unitName: undefined }), 'unitName', /missing/);
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { fulfilledDate: undefined }), 'fulfilledDate', /missing/);
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { moveInFromDivisionCode: undefined }), 'moveInFromDivisionCode', /missing/);
  });

  it('reads null on a nullable field as null', () => {
    const decoded = decode('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { fulfilled: false, fulfilledDate: null, publicityEndDate: null }));
    expect(decoded.content).toMatchObject({ settled: false, settledOn: null, publicUntil: null });
    const household = decode('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { moveInFromDivisionCode: null }));
    expect(household.content).toMatchObject({ movedFromDivision: null });
  });

  it('rejects null or blank on a required field', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { unitName: null }), 'unitName', /expected a string, got null/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { fullName: '   ' }), 'fullName', /blank/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { unitName: '' }), 'unitName', /blank/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { openDate: null }), 'openDate', /got null/);
  });

  it('trims blanks around text', () => {
    const decoded = decode('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { fullName: ' 顾晓梅\n' }));
    expect(decoded.content).toMatchObject({ personName: '顾晓梅' });
  });

  it.each([['2019-02-30'], ['2019/03/01'], ['20190301'], ['2019-3-1'], ['2019-03-01T00:00:00+08:00'], [20190301]])(
    'rejects the date %j',
    (openDate) => {
      expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { openDate }), 'openDate', /calendar date yyyy-MM-dd/);
    },
  );

  it.each([['2026-13'], ['2026-00'], ['202610'], ['2026-10-01'], ['2026/10']])('rejects the month %j', (lastPayMonth) => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { lastPayMonth }), 'lastPayMonth', /month yyyy-MM/);
  });

  it('rejects unknown status codes, including the standard’s own values', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { accountState: 'ACTIVE' }), 'accountState', /unknown account state code "ACTIVE"; expected one of NORMAL, FROZEN, CANCELLED/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { accountState: 'normal' }), 'accountState', /unknown account state code/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { insuredState: 'ACTIVE' }), 'insuredState', /unknown insured state code/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { cardState: 'NORMAL' }), 'cardState', /unknown social security card state code/);
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { entState: 'CANCELLED' }), 'entState', /unknown entity state code/);
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { entType: 'LIMITED_COMPANY' }), 'entType', /unknown entity type code/);
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { sex: 'FEMALE' }), 'sex', /unknown sex code/);
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { relationWithHead: 'HEAD' }), 'relationWithHead', /unknown relation code/);
    expectFieldError('MARRIAGE', sampleWith('MARRIAGE', { registrationType: 'MARRIAGE' }), 'registrationType', /unknown marriage registration type code/);
    expectFieldError('TAX', sampleWith('TAX', { creditLevel: 'AA' }), 'creditLevel', /unknown tax credit level code/);
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { creditCategory: 'ADMINISTRATIVE_PENALTY' }), 'creditCategory', /unknown credit category code/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { accountState: 1 }), 'accountState', /got the JSON number 1/);
  });

  it('names the bad element of the insurance type list', () => {
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { insuranceTypes: ['YL', 'PENSION'] }), 'insuranceTypes[1]', /unknown insurance type code "PENSION"/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { insuranceTypes: ['YL', 'YB', 'YL'] }), 'insuranceTypes[2]', /listed twice/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { insuranceTypes: 'YL,YB' }), 'insuranceTypes', /JSON array/);
    expect(decode('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { insuranceTypes: [] })).content).toMatchObject({ schemes: [] });
  });

  it.each([['2580.000'], ['2580'], ['2580.5'], ['2,580.00'], ['-2580.00'], ['02580.00'], [' 2580.00'], ['¥2580.00'], ['2.58e3']])(
    'rejects the amount %j',
    (monthlyPayAmount) => {
      expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { monthlyPayAmount }), 'monthlyPayAmount', /exactly two decimals/);
    },
  );

  it('rejects an amount written as a JSON number instead of a string', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { monthlyPayAmount: 2580 }), 'monthlyPayAmount', /got the JSON number 2580/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { accountBalance: 186523.4 }), 'accountBalance', /decimal string/);
    expectFieldError('TAX', sampleWith('TAX', { arrearsAmount: 0 }), 'arrearsAmount', /JSON number 0/);
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { fineAmount: null }), 'fineAmount', /got null/);
  });

  it('rejects an amount beyond exact fen', () => {
    expectFieldError('TAX', sampleWith('TAX', { taxPaidAmount: '999999999999999999.00' }), 'taxPaidAmount', /out of range/);
  });

  it('reads registered capital in 万元 with up to six decimals, and nothing else', () => {
    const capital = (regCapital: unknown): unknown =>
      (decode('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { regCapital })).content as { registeredCapital: number }).registeredCapital;
    expect(capital('500')).toBe(500_000_000);
    expect(capital('500.5')).toBe(500_500_000);
    expect(capital('0.000001')).toBe(1);
    for (const regCapital of ['500.0000001', '500万', '-500', '5e2', '']) {
      expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { regCapital }), 'regCapital', /万元/);
    }
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { regCapital: 500 }), 'regCapital', /JSON number 500/);
  });

  it('rejects counts, years and flags of the wrong JSON type', () => {
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { paidMonths: '196' }), 'paidMonths', /JSON integer, got the string "196"/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { paidMonths: -1 }), 'paidMonths', /non-negative/);
    expectFieldError('SOCIAL_INSURANCE', sampleWith('SOCIAL_INSURANCE', { paidMonths: 19.5 }), 'paidMonths', /integer/);
    expectFieldError('TAX', sampleWith('TAX', { fiscalYear: '2025' }), 'fiscalYear', /year/);
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { crossRegionHandled: 'false' }), 'crossRegionHandled', /true or false/);
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { fulfilled: 1 }), 'fulfilled', /true or false/);
  });

  it('rejects division codes that are not six digits', () => {
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { censusDivisionCode: '3101' }), 'censusDivisionCode', /six-digit/);
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { moveInFromDivisionCode: 320584 }), 'moveInFromDivisionCode', /six-digit/);
  });

  it.each([
    ['not JSON at all', /not JSON/],
    ['', /not JSON/],
    ['{"recordType":"HOUSING_FUND",', /not JSON/],
    ['recordType=HOUSING_FUND;recordNo=1', /not JSON/],
    ['<record><recordType>HOUSING_FUND</recordType></record>', /not JSON/],
    ['[]', /one JSON object per record, got a JSON array/],
    ['null', /got null/],
    ['"HOUSING_FUND"', /got the string/],
    ['42', /got the JSON number 42/],
  ])('rejects the garbage payload %j as a whole', (payload, problem) => {
    expectFieldError('PROVIDENT_FUND', payload, WHOLE_PAYLOAD, problem);
  });

  it('rejects garbage of any kind with a NativeRecordError, never another error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NATIVE_EVIDENCE_KIND_VALUES), fc.oneof(fc.string(), fc.json()), (kind, payload) => {
        expect(() => decode(kind, payload)).toThrow(NativeRecordError);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Shanghai pitfalls', () => {
  it.each([
    ['2026-11-10T09:30:00+08:00', '2026-11-10'],
    ['2026-11-09T17:30:00Z', '2026-11-10'],
    ['2026-11-09T15:59:59.999Z', '2026-11-09'],
    ['2026-11-09T16:00:00Z', '2026-11-10'],
    ['2026-11-10T00:30:00+09:00', '2026-11-09'],
    ['2026-11-09T23:30:00-05:00', '2026-11-10'],
    ['2026-11-10T05:00:00+05:45', '2026-11-10'],
    ['2026-11-09T21:30:00+05:30', '2026-11-10'],
    ['2026-11-09T21:29:59+05:30', '2026-11-09'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2024-02-28T20:00:00-08:00', '2024-02-29'],
    ['2026-11-10T09:30+08:00', '2026-11-10'],
    ['2026-11-09T23:59:59.999999999+08:00', '2026-11-09'],
    ['2026-11-10T00:00:00-00:00', '2026-11-10'],
  ])('reads lastModified %s as updatedOn %s (China Standard Time)', (lastModified, updatedOn) => {
    expect(updatedOnOf(lastModified)).toBe(updatedOn);
  });

  it.each([
    ['2026-11-10T09:30:00'],
    ['2026-11-10'],
    ['2026-11-10 09:30:00+08:00'],
    ['2026-11-10T09:30:00+0800'],
    ['2026-11-10T09:30:00+08'],
    ['2026-11-10T09:30:00 CST'],
    ['2026-02-30T09:30:00+08:00'],
    ['2026-11-10T24:00:00+08:00'],
    ['2026-11-10T09:60:00+08:00'],
    ['2026-11-10T09:30:00+19:00'],
    [1762738200000],
    [null],
  ])('rejects lastModified %j', (lastModified) => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { lastModified }), 'lastModified', /date-time/);
  });

  it('refuses a payload whose recordType is not the kind it is stored as', () => {
    const error = decodeError('PROVIDENT_FUND', sampleOf('SOCIAL_INSURANCE'));
    expect(error.field).toBe('recordType');
    expect(error.message).toMatch(/"SOCIAL_SECURITY" \(a SOCIAL_INSURANCE record\).*stored as PROVIDENT_FUND.*"HOUSING_FUND"/);
    for (const stored of NATIVE_EVIDENCE_KIND_VALUES) {
      for (const written of NATIVE_EVIDENCE_KIND_VALUES) {
        if (stored === written) continue;
        expectFieldError(stored, sampleOf(written), 'recordType', /stored as/);
      }
    }
  });

  it('refuses a missing or unknown recordType, including the standard kind name', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { recordType: undefined }), 'recordType', /missing; expected "HOUSING_FUND"/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { recordType: 'PROVIDENT_FUND' }), 'recordType', /the string "PROVIDENT_FUND" is not a Shanghai record type; a PROVIDENT_FUND record is "HOUSING_FUND"/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { recordType: 'housing_fund' }), 'recordType', /not a Shanghai record type/);
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { recordType: null }), 'recordType', /null is not a Shanghai record type/);
  });

  it('refuses an encoded record decoded as another kind', () => {
    fc.assert(
      fc.property(standardRecord, fc.constantFrom(...NATIVE_EVIDENCE_KIND_VALUES), (record, kind) => {
        fc.pre(kind !== record.kind);
        expect(decodeError(kind, encode(record)).field).toBe('recordType');
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the payload’s own fields: a "__proto__" key is just an unknown field, refused by name', () => {
    const withProto = (payload: string): string => payload.replace('{', '{"__proto__":{"fullName":"冒名","accountState":"FROZEN"},');
    expectFieldError('PROVIDENT_FUND', withProto(sampleWith('PROVIDENT_FUND', { fullName: undefined })), '__proto__', /is not a field of Shanghai's PROVIDENT_FUND record/);
    expectFieldError('PROVIDENT_FUND', withProto(sampleOf('PROVIDENT_FUND')), '__proto__', /is not a field of Shanghai's PROVIDENT_FUND record/);
  });
});

describe('fields the adapter does not know', () => {
  const BUSINESS_FIELDS =
    'recordType, recordNo, unitUscc, entName, entType, legalPersonName, legalPersonIdCardNo, regCapital, establishDate, entState, ' +
    'domDivisionCode, domAddress, opScope, registerOrgan, lastModified, dataSource, shareBatchNo';

  it('refuses a payload with one field it does not know, naming the field, the known ones and what to do', () => {
    const error = decodeError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { licenceRevoked: true }));
    expect(error).toBeInstanceOf(NativeRecordError);
    expect(error.region).toBe('SHANGHAI');
    expect(error.kind).toBe('BUSINESS_REGISTRATION');
    expect(error.field).toBe('licenceRevoked');
    expect(error.message).toBe(
      `SHANGHAI BUSINESS_REGISTRATION record, field licenceRevoked: is not a field of Shanghai's BUSINESS_REGISTRATION record (known: ${BUSINESS_FIELDS}); ` +
        "Shanghai's format has changed — update the adapter before its records are used as evidence",
    );
  });

  it('refuses an unknown field whatever it holds, null and empty values included', () => {
    for (const value of [null, false, 0, '', [], {}, { court: '青浦区人民法院' }]) {
      expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { frozenByCourt: value }), 'frozenByCourt', /is not a field of Shanghai's PROVIDENT_FUND record/);
    }
  });

  it('names the first unknown field and lists the others, never their values', () => {
    const error = decodeError(
      'PROVIDENT_FUND',
      sampleWith('PROVIDENT_FUND', { extInfo: { syncBatch: 'GJJ-20261110-07' }, sensitiveLevel: 3, remark: '冻结：法院协助执行' }),
    );
    expect(error.field).toBe('extInfo');
    expect(error.message).toContain("field extInfo: is not a field of Shanghai's PROVIDENT_FUND record (nor are sensitiveLevel, remark; known: recordType, ");
    expect(error.message).not.toContain('GJJ-20261110-07');
    expect(error.message).not.toContain('法院');
  });

  it('refuses a misspelt field by its spelling, and a field of another kind', () => {
    expectFieldError('PROVIDENT_FUND', sampleWith('PROVIDENT_FUND', { fullName: undefined, fullname: '顾晓梅' }), 'fullname', /is not a field of Shanghai's PROVIDENT_FUND record/);
    expectFieldError('TAX', sampleWith('TAX', { loanBalance: '0.00' }), 'loanBalance', /is not a field of Shanghai's TAX record/);
  });

  it('still reports a payload of another kind by its recordType, not by its fields', () => {
    expectFieldError('TAX', sampleOf('PROVIDENT_FUND'), 'recordType', /stored as TAX/);
  });

  it.each(NATIVE_EVIDENCE_KIND_VALUES)('knows the platform’s exchange metadata in a %s payload, and does not read it', (kind) => {
    const metadata = Object.fromEntries(PLATFORM_METADATA_FIELDS.map((name) => [name, `${name} of the exchange`]));
    expect(decode(kind, sampleWith(kind, metadata))).toEqual(SAMPLE_RECORDS.find((record) => record.kind === kind));
  });

  it('still reads a payload written before a field was added (whenAbsent): absent is not unknown', () => {
    expect(decode('TAX', sampleWith('TAX', { taxpayerType: undefined }))).toEqual(SAMPLE_RECORDS[5]);
    expect(decode('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { partyType: undefined }))).toEqual(SAMPLE_RECORDS[6]);
    expectFieldError('TAX', sampleWith('TAX', { taxpayerType: undefined, taxpayerKind: 'UNIT' }), 'taxpayerKind', /is not a field of Shanghai's TAX record/);
  });
});

describe('whose record: taxpayerType and partyType', () => {
  /** TAX and CREDIT_RECORD: the native field saying whose record it is, its subject field, and the content key. */
  const KIND_FIELDS = [
    { kind: 'TAX', field: 'taxpayerType', subject: 'taxpayerNo', key: 'taxpayerKind', person: 'INDIVIDUAL', enterprise: 'UNIT' },
    { kind: 'CREDIT_RECORD', field: 'partyType', subject: 'partyCertNo', key: 'subjectKind', person: 'NATURAL_PERSON', enterprise: 'ORGANIZATION' },
  ] as const;
  const PERSON_ID = '310118198804123021';
  const ENTERPRISE_ID = '91330421MA2B3C4D17';
  const BOTH = [numberValidAsBoth(), foreignPermanentResidentNumberValidAsBoth()];

  function subjectKindDecoded(kind: NativeEvidenceKind, payload: string, key: string): unknown {
    const content: object = decode(kind, payload).content;
    return (content as Json)[key];
  }

  it('uses numbers that really are valid as both, a person’s and an enterprise’s', () => {
    expect(identityOfSubject(PERSON_ID)).toBe('PERSON');
    expect(identityOfSubject(ENTERPRISE_ID)).toBe('ENTERPRISE');
    for (const number of BOTH) expect(identityOfSubject(number)).toBe('EITHER');
  });

  it.each(KIND_FIELDS)('decodes the $kind sample’s $field to ENTERPRISE', ({ kind, field, key }) => {
    expect((JSON.parse(sampleOf(kind)) as Json)[field]).toBe(kind === 'TAX' ? 'UNIT' : 'ORGANIZATION');
    expect(subjectKindDecoded(kind, sampleOf(kind), key)).toBe('ENTERPRISE');
  });

  it.each(KIND_FIELDS)('reads $field by its code, not by the number, in $kind', ({ kind, field, subject, key, person, enterprise }) => {
    for (const number of [...BOTH, PERSON_ID, ENTERPRISE_ID]) {
      expect(subjectKindDecoded(kind, sampleWith(kind, { [subject]: number, [field]: person }), key)).toBe('PERSON');
      expect(subjectKindDecoded(kind, sampleWith(kind, { [subject]: number, [field]: enterprise }), key)).toBe('ENTERPRISE');
    }
  });

  it.each(KIND_FIELDS)('writes $kind’s $field in Shanghai’s codes', ({ kind, field, key, person, enterprise }) => {
    const sample = SAMPLE_RECORDS.find((record) => record.kind === kind);
    if (!sample) throw new Error(`no sample ${kind}`);
    const withKind = (subjectKind: SubjectKind): Json =>
      JSON.parse(encode({ ...sample, subjectId: BOTH[0] ?? '', content: { ...sample.content, [key]: subjectKind } } as NativeRecord)) as Json;
    expect(withKind('PERSON')[field]).toBe(person);
    expect(withKind('ENTERPRISE')[field]).toBe(enterprise);
  });

  it.each(KIND_FIELDS)('refuses an unknown $field code, naming the field and the value', ({ kind, field }) => {
    const what = kind === 'TAX' ? 'taxpayer type' : 'party type';
    for (const bad of ['ENTERPRISE', 'PERSON', 'unit', '单位', 'LEGAL_PERSON']) {
      expectFieldError(kind, sampleWith(kind, { [field]: bad }), field, new RegExp(`unknown ${what} code ${JSON.stringify(bad)}; expected one of`));
    }
    // null is a value, not an absent key: it is not read as a payload written before the field existed.
    expectFieldError(kind, sampleWith(kind, { [field]: null }), field, /got null/);
    expectFieldError(kind, sampleWith(kind, { [field]: 1 }), field, /got the JSON number 1/);
  });

  it.each(KIND_FIELDS)('reads a $kind payload written before $field by its number’s only kind', ({ kind, field, subject, key }) => {
    expect(subjectKindDecoded(kind, sampleWith(kind, { [field]: undefined }), key)).toBe('ENTERPRISE');
    expect(subjectKindDecoded(kind, sampleWith(kind, { [field]: undefined, [subject]: PERSON_ID }), key)).toBe('PERSON');
    expect(decode(kind, sampleWith(kind, { [field]: undefined }))).toEqual(SAMPLE_RECORDS.find((record) => record.kind === kind));
  });

  it.each(KIND_FIELDS)('refuses a $kind payload without $field under a number valid as both, naming the field', ({ kind, field, subject }) => {
    for (const number of BOTH) {
      expectFieldError(kind, sampleWith(kind, { [field]: undefined, [subject]: number }), field, /does not say whether its subject is a person or an enterprise/);
    }
  });

  it.each(KIND_FIELDS)('refuses a $kind payload without $field under a number valid as neither', ({ kind, field, subject }) => {
    for (const number of ['E12345678', '310118198804123022', '91330421MA2B3C4D18']) {
      expectFieldError(kind, sampleWith(kind, { [field]: undefined, [subject]: number }), field, /does not say whether its subject is a person or an enterprise/);
    }
  });

  it.each(KIND_FIELDS)('still requires the $kind subject number when $field is absent', ({ kind, field, subject }) => {
    expectFieldError(kind, sampleWith(kind, { [field]: undefined, [subject]: undefined }), subject, /missing/);
  });

  it('requires every other field, whatever the number: only the added fields fall back', () => {
    expectFieldError('TAX', sampleWith('TAX', { taxpayerName: undefined }), 'taxpayerName', /missing/);
    expectFieldError('CREDIT_RECORD', sampleWith('CREDIT_RECORD', { creditCategory: undefined }), 'creditCategory', /missing/);
  });

  it.each(NATIVE_EVIDENCE_KIND_VALUES)('round-trips %s records under a number valid as both', (kind) => {
    fc.assert(
      fc.property(standardRecordOf(kind), fc.constantFrom(...BOTH), (record: NativeRecord, subjectId) => {
        const shared = { ...record, subjectId } as NativeRecord;
        expect(decode(kind, encode(shared))).toEqual(shared);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Shanghai code tables and field map', () => {
  it('gives every standard value its own Shanghai code in each table', () => {
    for (const [name, table] of Object.entries(codeTables)) {
      const natives = Object.values(table);
      expect(new Set(natives).size, name).toBe(natives.length);
    }
  });

  it('uses each Shanghai field name once per kind', () => {
    for (const kind of NATIVE_EVIDENCE_KIND_VALUES) {
      const layout = SHANGHAI_LAYOUTS[kind];
      const names = [
        RECORD_TYPE_FIELD,
        layout.recordId.name,
        layout.subjectId.name,
        layout.updatedOn.name,
        ...Object.values(layout.content).map((f) => f.name),
        ...PLATFORM_METADATA_FIELDS,
      ];
      expect(new Set(names).size, kind).toBe(names.length);
    }
  });
});

describe('division codes', () => {
  const household = (changes: Json) => decode('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', changes)).content;

  it.each([
    ['310108', '310106'], // 闸北区, merged into 静安区 in 2015
    ['310230', '310151'], // 崇明县 → 崇明区 (2016)
    ['310118', '310118'],
  ])('reads the place of household registration %s as the current code %s', (written, current) => {
    expect(household({ censusDivisionCode: written })).toMatchObject({ divisionCode: current });
  });

  it.each(['999999', '440305', '310199'])('refuses the place of household registration %s, naming the field', (written) => {
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { censusDivisionCode: written }), 'censusDivisionCode', new RegExp(written));
  });

  it('reads a retired place moved from as its successor, takes another province’s code, refuses a code of no province', () => {
    expect(household({ moveInFromDivisionCode: '320584' })).toMatchObject({ movedFromDivision: '320509' });
    expect(household({ moveInFromDivisionCode: '440305' })).toMatchObject({ movedFromDivision: '440305' });
    expectFieldError('HOUSEHOLD_REGISTRATION', sampleWith('HOUSEHOLD_REGISTRATION', { moveInFromDivisionCode: '999999' }), 'moveInFromDivisionCode', /999999 does not exist/);
  });

  it('reads an enterprise’s domicile the same way', () => {
    expect(decode('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { domDivisionCode: '310108' })).content).toMatchObject({ divisionCode: '310106' });
    expectFieldError('BUSINESS_REGISTRATION', sampleWith('BUSINESS_REGISTRATION', { domDivisionCode: '999999' }), 'domDivisionCode', /999999 does not exist/);
  });
});
