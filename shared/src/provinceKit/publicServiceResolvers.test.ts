import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { allDigitCreditCodes, numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { issuedLicence } from '../fixtures/issuedLicence.fixture.ts';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { completeResidentIdentityNumber } from '../identifiers/index.ts';
import { ANONYMOUS, type Caller } from '../identity/caller.ts';
import type { HeldRecord, StandardRecord } from '../standard/standardRecord.ts';
import { disclosedRecordsField } from './aggregateFields.ts';
import type { PassedOnItem } from './passedOn.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { publicServiceResolvers } from './publicServiceResolvers.ts';

const RESIDENT_SHAPE = /^\d{17}[\dX]$/;

/** A valid market-regulation credit code, registered in Shanghai, whose every character is a digit. */
const allDigitCreditCode = (fromBody: number) => allDigitCreditCodes('310115', 1, fromBody)[0] as string;
const ENTERPRISE = allDigitCreditCode(20_000_000);
const PERSON = completeResidentIdentityNumber('31011519950618128');
const BOTH = numberValidAsBoth();

const sample = <K extends StandardRecord['kind']>(kind: K) => SAMPLE_RECORDS.find((record) => record.kind === kind) as StandardRecord<K>;

/**
 * What a province holds under a number that 涉企信息公示 would show: an enterprise's registration
 * and penalty, and a person's penalty, all still public. Under a number valid as both, the
 * enterprise's and the person's are each their own.
 */
function heldAbout(subjectId: string): HeldRecord[] {
  const provenance = { subjectId, region: 'SHANGHAI', holdingAuthority: '上海市市场监督管理局' } as const;
  const penalty = sample('CREDIT_RECORD');
  return [
    { ...sample('BUSINESS_REGISTRATION'), ...provenance },
    { ...penalty, ...provenance, content: { ...penalty.content, publicUntil: '2099-12-31' } },
    { ...penalty, ...provenance, recordId: 'SH-CR-PERSON', content: { ...penalty.content, subjectKind: 'PERSON', subjectName: '浦东某某', publicUntil: '2099-12-31' } },
  ];
}

/** What the province's audit log was asked to write. */
const audited: { event: string; reason?: string; subjectId: string | null }[] = [];

const contextOf = (caller: Caller) =>
  ({
    caller,
    loaders: { recordsBySubject: { load: (subjectId: string) => Promise.resolve(heldAbout(subjectId)) } },
    services: { audit: { append: (entry: (typeof audited)[number]) => audited.push(entry) } },
  }) as unknown as ProvinceContext;

const resolvers = publicServiceResolvers('shanghai', () => new Date());
const disclosedRecords = resolvers.creditDisclosure[disclosedRecordsField('shanghai')];
if (!disclosedRecords) throw new Error('the province resolves no disclosed records for the hub');
type Disclosed = Promise<Record<string, unknown>[]>;
/** creditDisclosure(enterpriseId) as the hub asks this province for it. */
const creditDisclosure = (enterpriseId: string, caller: Caller = ANONYMOUS) => disclosedRecords({ enterpriseId }, undefined, contextOf(caller)) as Disclosed;
/** subject(id) { regions { publicDisclosure } }. */
const publicDisclosure = (id: string, caller: Caller = ANONYMOUS) => resolvers.subject.publicDisclosure({ id }, undefined, contextOf(caller)) as Disclosed;

async function refusal(disclosure: Disclosed): Promise<GraphQLError> {
  try {
    await disclosure;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('涉企信息公示 of list entries (经营异常名录, 严重失信主体名单)', () => {
  it('shows a listing while it stands: without an end until removed, with an end until that day — not after, settled or not', async () => {
    const listing = sample('CREDIT_RECORD');
    const provenance = { subjectId: ENTERPRISE, region: 'SHANGHAI', holdingAuthority: '上海市市场监督管理局' } as const;
    const entry = (recordId: string, changes: Partial<StandardRecord<'CREDIT_RECORD'>['content']>): HeldRecord => ({
      ...listing,
      ...provenance,
      recordId,
      content: { ...listing.content, category: 'SERIOUS_DISHONESTY', settled: false, settledOn: null, publicUntil: null, ...changes },
    });
    const held = [
      entry('STANDING', {}),
      entry('PUBLIC-TO-2099', { publicUntil: '2099-12-31' }),
      entry('LAPSED', { publicUntil: '2020-01-01' }),
      entry('REMOVED', { settled: true, settledOn: '2021-03-01' }),
      entry('REMOVED-STILL-PUBLIC', { category: 'ABNORMAL_OPERATION', settled: true, settledOn: '2021-03-01', publicUntil: '2099-12-31' }),
    ];
    const context = {
      caller: ANONYMOUS,
      loaders: { recordsBySubject: { load: () => Promise.resolve(held) } },
      services: { audit: { append: () => undefined } },
    } as unknown as ProvinceContext;
    const records = (await disclosedRecords({ enterpriseId: ENTERPRISE }, undefined, context)) as Record<string, unknown>[];
    expect(records.map((record) => record.recordId)).toEqual(['STANDING', 'PUBLIC-TO-2099', 'REMOVED-STILL-PUBLIC']);
  });
});

describe('涉企信息公示 of electronic licences', () => {
  it('discloses administrative licences (行政许可) without their case numbers, and nothing else a case ended with', async () => {
    const issued = (recordId: string, itemCode: string): HeldRecord =>
      issuedLicence({ subjectId: ENTERPRISE, itemCode, issuedOn: '2026-11-27', recordId, holdingAuthority: '上海市市场监督管理局', content: { caseId: '3120261127000005' } });
    // 分公司设立登记 is a licence (行政许可, type 01); a tax relief (05) and an award (08) are the enterprise's own business.
    const held = [issued('BRANCH', '010001003000'), issued('TAX-RELIEF', '053301001000'), issued('AWARD', '083301001000')];
    const context = {
      caller: ANONYMOUS,
      loaders: { recordsBySubject: { load: () => Promise.resolve(held) } },
      services: { audit: { append: () => undefined } },
    } as unknown as ProvinceContext;
    const records = (await disclosedRecords({ enterpriseId: ENTERPRISE }, undefined, context)) as { recordId: string; caseId: string }[];
    expect(records.map((record) => record.recordId)).toEqual(['BRANCH']);
    expect(records[0]?.caseId).toBe('************0005');
  });
});

describe('涉企信息公示 (public credit disclosure) in a province', () => {
  it('discloses an enterprise whose credit code is all digits to anyone, with its code and name', async () => {
    for (const code of [ENTERPRISE, allDigitCreditCode(30_000_000), '913100001000000080']) {
      expect(RESIDENT_SHAPE.test(code), code).toBe(true);
      for (const disclosure of [creditDisclosure(code), publicDisclosure(code)]) {
        const records = await disclosure;
        expect(records.map((record) => record.kind)).toEqual(['BUSINESS_REGISTRATION', 'CREDIT_RECORD']);
        expect(records[0]).toMatchObject({ subjectId: code, enterpriseName: '嘉善禾丰智能装备有限公司', legalRepresentativeId: '3304**********0011' });
      }
    }
  });

  it('shows the legal representative, signed in as herself, her own name and number whole; anyone else masked', async () => {
    const { legalRepresentative, legalRepresentativeId } = sample('BUSINESS_REGISTRATION').content;
    const [ofHers] = await creditDisclosure(ENTERPRISE, { kind: 'CITIZEN', residentId: legalRepresentativeId });
    expect(ofHers).toMatchObject({ kind: 'BUSINESS_REGISTRATION', legalRepresentative, legalRepresentativeId });
    for (const caller of [ANONYMOUS, { kind: 'CITIZEN', residentId: PERSON } as const, { kind: 'ENTERPRISE', creditCode: ENTERPRISE } as const]) {
      const [seen] = await creditDisclosure(ENTERPRISE, caller);
      expect(seen, caller.kind).toMatchObject({ legalRepresentativeId: '3304**********0011' });
    }
  });

  it('still refuses a person’s records to anyone but the person', async () => {
    for (const disclosure of [creditDisclosure(PERSON), publicDisclosure(PERSON), publicDisclosure(PERSON, { kind: 'CITIZEN', residentId: BOTH })]) {
      const error = await refusal(disclosure);
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
      expect(error.message).toBe('涉企信息公示只公开企业信息；个人信息只向本人公开');
    }
    const own = await publicDisclosure(PERSON, { kind: 'CITIZEN', residentId: PERSON });
    expect(own).toEqual([expect.objectContaining({ subjectId: PERSON, subjectName: '浦东某某' })]);
    // Each refused attempt is in the person's access history, as a refused read of their records is.
    expect(audited.filter((entry) => entry.subjectId === PERSON)).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ event: 'RECORDS_REFUSED', reason: 'NOT_THE_SUBJECT' })),
    );
  });

  it('keeps a number valid as both identifiers private, even when asked for as an enterprise', async () => {
    for (const disclosure of [creditDisclosure(BOTH), publicDisclosure(BOTH), creditDisclosure(BOTH, { kind: 'ENTERPRISE', creditCode: ENTERPRISE })]) {
      const error = await refusal(disclosure);
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
      expect(error.message).toMatch(/既是有效的统一社会信用代码，也是有效的公民身份号码/);
    }
    // Each holder, the organisation or the person signed in, sees its own records whole, not the other's.
    const organisation = await creditDisclosure(BOTH, { kind: 'ENTERPRISE', creditCode: BOTH });
    expect(organisation.map((record) => [record.kind, record.subjectName ?? record.enterpriseName])).toEqual([
      ['BUSINESS_REGISTRATION', '嘉善禾丰智能装备有限公司'],
      ['CREDIT_RECORD', '嘉善禾丰智能装备有限公司'],
    ]);
    expect(await publicDisclosure(BOTH, { kind: 'CITIZEN', residentId: BOTH })).toEqual([
      expect.objectContaining({ recordId: 'SH-CR-PERSON', subjectName: '浦东某某', subjectKind: 'PERSON' }),
    ]);
  });

  it('refuses an identifier that passes neither check, as not an enterprise’s', async () => {
    const error = await refusal(creditDisclosure('310118198804123022'));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(error.message).toMatch(/统一社会信用代码/);
  });
});

describe('feeCatalog.passedOnItems (联动过户 as the province offers it, public)', () => {
  const catalogOf = (passedOn: readonly PassedOnItem[] | undefined) => ({ caller: ANONYMOUS, services: { config: { passedOn } } }) as unknown as ProvinceContext;

  it('lists each item the province passes on, with its receiver, the item it follows and the notice, for the hub to name', () => {
    const gas: PassedOnItem = { itemCode: '200901003000', receiver: '吴江港华燃气有限公司', afterApprovalOf: '070101001000', notice: '不动产登记办结后，登记结果推送至吴江港华燃气有限公司办理燃气过户，无需另行申请；燃气公司将预约入户安全检查' };
    expect(resolvers.feeCatalog.passedOnItems({ date: '2026-11-27' }, undefined, catalogOf([gas]))).toEqual([
      { itemCode: gas.itemCode, item: { __typename: 'StandardItem', code: gas.itemCode }, afterItemCode: gas.afterApprovalOf, receiver: gas.receiver, notice: gas.notice },
    ]);
  });

  it('none where the province passes nothing on (Zhejiang lists every transfer itself)', () => {
    expect(resolvers.feeCatalog.passedOnItems({ date: '2026-11-27' }, undefined, catalogOf(undefined))).toEqual([]);
  });
});
