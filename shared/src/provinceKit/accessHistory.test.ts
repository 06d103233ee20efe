import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { AuditLog } from './auditLog.ts';
import { asEntity, caseEntityResolvers } from './caseResolvers.ts';
import type { CaseEvidence, CaseFile } from './caseModel.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { subjectFieldResolvers } from './subjectResolvers.ts';

/**
 * What a person's access history in one province (Jiangsu) keeps of reads of her case and of
 * her records: a clerk shown her case's evidence, refused reads folded, entries named by their
 * province and paged by those names.
 */
const JIANGSU = requireRegion('JIANGSU');
const HER = SAMPLE_PERSON_ID;
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const ITEM = '200047001000';
const fund = { ...(SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord), region: 'SHANGHAI', holdingAuthority: '上海市住房公积金管理中心' } as HeldRecord;

const caseFile = { id: '3220261126000017', itemCode: ITEM, subjectId: HER, subjectKind: 'PERSON', parentId: null, isBundle: false, form: null, applicantName: null } as unknown as CaseFile;
const evidence: CaseEvidence = {
  id: 'E-1',
  caseId: caseFile.id,
  requestId: 'R-1',
  issuer: 'shanghai',
  kind: 'PROVIDENT_FUND',
  record: fund,
  token: 'sealed',
  receivedAt: '2026-11-26T02:00:00.000Z',
  expiresAt: '2099-01-01T00:00:00.000Z',
  status: 'ACCEPTED',
  decidedBy: null,
  decidedAt: null,
};

/** One request's context in Jiangsu, for `caller`, over `audit`, the case holding `held`. */
function contextFor(caller: Caller, audit: AuditLog, held: readonly CaseEvidence[] = [evidence]): ProvinceContext {
  return {
    caller,
    loaders: { casesById: { load: async (id: string) => (id === caseFile.id ? caseFile : undefined) } },
    services: {
      audit,
      config: { region: JIANGSU },
      cases: { evidenceOf: () => held, usableEvidenceOf: () => held.filter((piece) => piece.status === 'ACCEPTED') },
    },
  } as unknown as ProvinceContext;
}

describe('a clerk shown her case’s evidence', () => {
  it('is in her history with the records shown; the fields of one request are one read, the next request another', () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    const read = (caller: Caller) => {
      const context = contextFor(caller, audit);
      const entity = asEntity(caseFile, caller.kind === 'OPERATOR' ? 'CASE_OFFICER' : 'HOLDER');
      caseEntityResolvers.evidence(entity, undefined, context);
      caseEntityResolvers.usableEvidence(entity, undefined, context);
      caseEntityResolvers.form(entity, undefined, context);
    };
    read(CLERK);
    read(CLERK);
    read({ kind: 'CITIZEN', residentId: HER });
    expect(audit.entriesFor(HER, 'PERSON', 10).map((entry) => [entry.event, entry.outcome, entry.actor, entry.caseId, entry.itemCode, entry.kinds, entry.recordIds, entry.repeats])).toEqual([
      ['CASE_EVIDENCE_VIEWED', 'VIEWED', CLERK, caseFile.id, ITEM, ['PROVIDENT_FUND'], [fund.recordId], 2],
    ]);
  });

  it('logs only records the clerk was shown: not one the applicant refused', () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    const refused: CaseEvidence = { ...evidence, status: 'REJECTED' };
    const context = contextFor(CLERK, audit, [refused]);
    const views = caseEntityResolvers.evidence(asEntity(caseFile, 'CASE_OFFICER'), undefined, context);
    expect(views.map((view) => view.record)).toEqual([null]);
    expect(audit.all()).toEqual([]);
  });

  it('finds her case refused to another citizen in her history', async () => {
    const audit = new AuditLog(openProvinceDatabase(':memory:'));
    const snooper: Caller = { kind: 'CITIZEN', residentId: '330421198611030011' };
    await expect(caseEntityResolvers.__resolveReference({ id: caseFile.id }, contextFor(snooper, audit))).rejects.toBeInstanceOf(GraphQLError);
    expect(audit.entriesFor(HER, 'PERSON', 10).map((entry) => [entry.event, entry.reason, entry.actor])).toEqual([['CASE_REFUSED', 'NOT_THE_SUBJECT', snooper]]);
  });
});

describe('her access history as she reads it', () => {
  const audit = new AuditLog(openProvinceDatabase(':memory:'));
  const herself = contextFor({ kind: 'CITIZEN', residentId: HER }, audit);
  const refusals: unknown[] = [];
  beforeAll(async () => {
    // Sixty refused reads of her records by one anonymous request (twenty aliases of three fields).
    const anonymous = contextFor({ kind: 'ANONYMOUS' }, audit);
    for (let alias = 0; alias < 20; alias++) {
      for (const field of ['records', 'cases', 'accessLog'] as const) {
        const resolve = subjectFieldResolvers[field] as (subject: { id: string }, args: Record<string, never>, context: ProvinceContext) => unknown;
        refusals.push(await Promise.resolve().then(() => resolve({ id: HER }, {}, anonymous)).catch((error: unknown) => error));
      }
    }
    // Then five releases for cases of an item and of a one-thing bundle.
    for (let n = 1; n <= 5; n++) {
      audit.append({ event: 'EVIDENCE_RELEASED', outcome: 'RELEASED', subjectId: HER, actor: CLERK, caseId: `32202611260000${n}0`, itemCode: n === 5 ? 'PROPERTY_TRANSFER' : ITEM, requestId: `R-${n}`, recordIds: [`X-${n}`] });
    }
  });
  type View = { id: string; event: string; repeats: number; item: { code: string } | null; bundle: { code: string } | null };
  const log = (args: { first?: number; before?: string }) => subjectFieldResolvers.accessLog({ id: HER }, args, herself) as View[];

  it('folds the sixty refusals into one entry that says how many more there were', () => {
    expect(refusals.filter((refusal) => refusal instanceof GraphQLError)).toHaveLength(60);
    expect(log({ first: 50 }).filter((entry) => entry.event === 'RECORDS_REFUSED').map((entry) => entry.repeats)).toEqual([59]);
  });

  it('names each entry by its province, and pages by those names; a cursor of other provinces only gets none here', () => {
    const all = log({ first: 50 });
    expect(all.map((entry) => entry.id)).toEqual(['JIANGSU-6', 'JIANGSU-5', 'JIANGSU-4', 'JIANGSU-3', 'JIANGSU-2', 'JIANGSU-1']);
    expect(log({ first: 2, before: 'JIANGSU-5' }).map((entry) => entry.id)).toEqual(['JIANGSU-4', 'JIANGSU-3']);
    expect(log({ first: 2, before: 'SHANGHAI-120,JIANGSU-3' }).map((entry) => entry.id)).toEqual(['JIANGSU-2', 'JIANGSU-1']);
    expect(log({ first: 2, before: 'SHANGHAI-120' })).toEqual([]);
    // A bare number, as ids were before they named their province.
    expect(log({ first: 1, before: '4' }).map((entry) => entry.id)).toEqual(['JIANGSU-3']);
    for (const before of ['NOWHERE-3', 'JIANGSU-', 'x']) {
      expect(() => log({ before }), before).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CURSOR' }) }));
    }
  });

  it('refuses an empty cursor and one naming a province twice as INVALID_CURSOR, as every other list does', () => {
    // The first page is asked without before; no page ends with two starting points for one province.
    for (const before of ['', ' ', 'JIANGSU-1,JIANGSU-5', 'SHANGHAI-120,SHANGHAI-3', '4,5']) {
      expect(() => log({ before }), JSON.stringify(before)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before', reason: 'INVALID_CURSOR' }) }),
      );
    }
    expect(() => log({ before: 'JIANGSU-1,JIANGSU-5' })).toThrow('before: 分页游标（before）无效：JIANGSU 写了两次');
    expect(() => log({ before: '' })).toThrow('before: 分页游标（before）无效：为空');
  });

  it('refers each access to its case’s item or one-thing bundle, for the hub to name', () => {
    const [bundleRelease, itemRelease] = log({ first: 2 });
    expect([bundleRelease?.item, bundleRelease?.bundle]).toEqual([null, { __typename: 'ItemBundleView', code: 'PROPERTY_TRANSFER' }]);
    expect([itemRelease?.item, itemRelease?.bundle]).toEqual([{ __typename: 'StandardItem', code: ITEM }, null]);
  });
});
