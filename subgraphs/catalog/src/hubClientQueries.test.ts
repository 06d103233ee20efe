import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphApolloServer } from '@yrd/shared/graphql/subgraphApolloServer';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import type { CaseEvidence, CaseFile, EvidenceResponse } from '@yrd/shared/provinceKit/caseModel';
import { planSubmission, type PlanInputs, type SubmissionRequest } from '@yrd/shared/provinceKit/casePlanning';
import { HubClient, type ItemStandard } from '@yrd/shared/provinceKit/hubClient';
import type { LocalImplementation } from '@yrd/shared/provinceKit/localImplementation';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { createCatalogContext, type CatalogContext } from './catalogResolvers.ts';
import { CatalogStore } from './catalogStore.ts';
import { STORY_ITEMS } from './seed/storyItemCodes.ts';
import { STANDARD_ITEMS } from './seed/standardItems.ts';
import { catalogSubgraphSchema } from './startCatalogSubgraph.ts';

/**
 * What a province learns from the hub about a purpose — through its own HubClient, against this
 * schema and seed (the caller assertion aside): which licences a case for it needs, so that a
 * holding province releases those and no other.
 */
const root = mkdtempSync(join(tmpdir(), 'yrd-hub-queries-'));
const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
const apollo = createSubgraphApolloServer<CatalogContext>(catalogSubgraphSchema(store, {} as TrustListPublisher));
let hub: Server;
let client: HubClient;

beforeAll(async () => {
  await apollo.start();
  hub = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      const contextValue = createCatalogContext(store, { kind: 'SERVICE', member: 'shanghai' });
      void apollo.executeOperation({ query, variables }, { contextValue }).then(({ body: answer }) => {
        const result = answer.kind === 'single' ? answer.singleResult : { errors: [{ message: 'incremental delivery' }] };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  const keys = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, root);
  client = new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys);
});

afterAll(async () => {
  await new Promise((resolve) => hub.close(resolve));
  await apollo.stop();
  store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the licences a purpose needs, as a province reads them from the hub', () => {
  it('the loan application: its certificate, named by the item that issues it', async () => {
    const loan = await client.item(STORY_ITEMS.providentFundLoanApplication);
    expect(loan?.evidenceLicences).toEqual([STORY_ITEMS.providentFundLoanCertificate]);
    expect(loan?.materials.find((material) => material.code === 'M02')).toMatchObject({ replacedBy: 'E_LICENCE', licenceOf: STORY_ITEMS.providentFundLoanCertificate });
    expect(loan?.materials.find((material) => material.code === 'M03')).toMatchObject({ replacedBy: null, licenceOf: null });
  });

  it('an item no licence stands in for: none', async () => {
    expect((await client.item(STORY_ITEMS.providentFundLoanCertificate))?.evidenceLicences).toEqual([]);
  });

  it('a one-thing bundle: what its items name — none for the property transfer, whatever licences its buyer holds', async () => {
    const bundle = await client.bundle('PROPERTY_TRANSFER');
    expect(bundle).toMatchObject({ code: 'PROPERTY_TRANSFER', evidenceLicences: [] });
    expect(bundle?.evidenceKinds).not.toContain('E_LICENCE');
  });
});

/**
 * A province planning a submission on what the hub says of the item and on the applicant's own
 * records — the only ones the federation gathers: a paper about anyone else stays a paper.
 */
describe('planning on the catalog: only the applicant\'s own records stand for papers', () => {
  const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
  const local = { promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS' }, tolerantAcceptance: true, commitmentSystem: true } as LocalImplementation;
  const HOLDERS = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'];
  /** One of her records, accepted, as Shanghai released it. */
  const accepted = (record: HeldRecord, index: number): CaseEvidence => ({
    id: `e${index}`,
    caseId: '3220261126000001',
    requestId: 'shanghai',
    issuer: 'shanghai',
    kind: record.kind,
    record,
    token: 't',
    receivedAt: '2026-11-26T00:00:00Z',
    expiresAt: '2099-01-01T00:00:00Z',
    status: 'ACCEPTED',
    decidedBy: null,
    decidedAt: null,
  });
  function plan(item: ItemStandard, records: readonly HeldRecord[], submission: Partial<SubmissionRequest>) {
    const caseFile = { id: '3220261126000001', subjectId: SAMPLE_PERSON_ID, subjectKind: 'PERSON', applicantName: '顾晓梅', itemCode: item.code } as CaseFile;
    const responses: EvidenceResponse[] = HOLDERS.map((holder) => ({
      requestId: holder,
      caseId: caseFile.id,
      holder,
      kinds: item.evidenceKinds as EvidenceKind[],
      recordIds: holder === 'shanghai' ? records.map((record) => record.recordId) : [],
      token: 't',
      receivedAt: '2026-11-26T00:00:00Z',
    }));
    const inputs: PlanInputs = {
      caseFile,
      item,
      local: { ...local, standardCode: item.code },
      evidence: records.map(accepted),
      responses,
      requests: responses,
      submission: { providedMaterials: [], providedDocuments: [], commitments: [], ...submission },
      actor: clerk,
      now: new Date('2026-11-26T02:00:00Z'),
    };
    return planSubmission(inputs);
  }
  const held = (kind: EvidenceKind) => ({ ...SAMPLE_RECORDS.find((record) => record.kind === kind), region: 'SHANGHAI', holdingAuthority: 'x' }) as HeldRecord;

  it('户口迁移（夫妻投靠）: her own household record stands for her book (M04), never her spouse\'s (M05), which 容缺 still lets her bring later', async () => {
    const item = (await client.item(STORY_ITEMS.spouseHouseholdMigration)) as ItemStandard;
    const own = [held('HOUSEHOLD_REGISTRATION'), held('MARRIAGE')];
    const missing = plan(item, own, { providedMaterials: ['M01', 'M02', 'M06'] });
    expect(missing).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
    if (missing.kind === 'REFUSE') expect(missing.message).toBe('缺少材料“被投靠人居民户口簿”（M05）：请收取该材料（providedMaterials 列出 M05），或签署容缺补交承诺（commitments）');

    const deferred = plan(item, own, { providedMaterials: ['M01', 'M02', 'M06'], commitments: [{ materialCode: 'M05', type: 'SUPPLY_LATER' }] });
    expect(deferred.kind).toBe('DEFER');
    if (deferred.kind === 'DEFER') {
      expect(deferred.materials.map((material) => [material.code, material.satisfiedBy])).toEqual([
        ['M01', 'PROVIDED'],
        ['M02', 'PROVIDED'],
        ['M03', 'EVIDENCE'],
        ['M04', 'EVIDENCE'],
        ['M05', 'SUPPLY_LATER'],
        ['M06', 'PROVIDED'],
      ]);
    }
    const brought = plan(item, own, { providedMaterials: ['M01', 'M02', 'M05', 'M06'] });
    if (brought.kind !== 'DECIDE') throw new Error(`expected a decision, got ${brought.kind}`);
    expect(brought.decision.materials.find((material) => material.code === 'M05')?.satisfiedBy).toBe('PROVIDED');
  });

  it('住房公积金异地个人住房贷款申请: her 生育登记 result is not the certificate; the certificate is', async () => {
    const item = (await client.item(STORY_ITEMS.providentFundLoanApplication)) as ItemStandard;
    const licence = (itemCode: string, recordId: string): HeldRecord => ({
      kind: 'E_LICENCE',
      recordId,
      subjectId: SAMPLE_PERSON_ID,
      updatedOn: '2026-11-25',
      region: 'SHANGHAI',
      holdingAuthority: 'x',
      content: {
        licenceId: recordId,
        licenceName: '电子证照',
        licenceTypeCode: itemCode === STORY_ITEMS.providentFundLoanCertificate ? '11100000000013338W047' : '11100000MB0900G94F001',
        issuerName: '发证机关',
        issuerCode: '123100000000000000',
        holderKind: 'PERSON',
        holderName: '顾晓梅',
        issuedOn: '2026-11-25',
        validUntil: null,
        licenceStatus: 'VALID',
        caseId: '3120261125000001',
        itemCode,
      },
    });
    const papers = { providedMaterials: ['M01', 'M03'] };
    const other = plan(item, [licence(STORY_ITEMS.birthRegistration, 'L-BIRTH')], papers);
    expect(other).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
    const certificate = plan(item, [licence(STORY_ITEMS.birthRegistration, 'L-BIRTH'), licence(STORY_ITEMS.providentFundLoanCertificate, 'L-CERT')], papers);
    if (certificate.kind !== 'DECIDE') throw new Error(`expected a decision, got ${certificate.kind}`);
    expect(certificate.decision.materials.find((material) => material.code === 'M02')?.satisfiedBy).toBe('EVIDENCE');
    expect(certificate.decision.ruleResults.map((result) => [result.code, result.passed])).toEqual([['PF_LOAN_CERTIFICATE_VALID', true]]);
  });
});
