import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { fetch } from 'undici';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { auditEntries } from '../harness/auditTrail.ts';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * A person's access history (谁查看了我的数据) as she reads it through the gateway: what a clerk
 * of the filing province read of her case's evidence, a holder's release counted each time her
 * data was sent, refusals folded so that a flood cannot bury real accesses, refused attempts on
 * her case, answers that released nothing told apart, entry ids unique across provinces with
 * paging, the item each access was for, and a request in her name replayed around the gateway.
 */
const PF_ITEM = STORY_ITEMS.providentFundLoanCertificate;
const HER = CAST.guXiaomei;
const REGIONS = ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI'] as const;

interface Entry {
  id: string;
  at: string;
  repeats: number;
  lastAt: string;
  region: string;
  event: string;
  outcome: string;
  reason: string | null;
  caseId: string | null;
  itemCode: string | null;
  item: { code: string; name: string } | null;
  kinds: string[];
  recordIds: string[];
  actor: { kind: string; region: string | null; window: string | null; operatorId: string | null; subjectId: string | null };
}
type History = { subject: { regions: ({ region: string; accessLog: Entry[] } | null)[] } };

const HISTORY = `query ($id: ID!, $first: Int, $before: ID) { subject(id: $id) { regions: allRegions { region accessLog(first: $first, before: $before) {
  id at repeats lastAt region event outcome reason caseId itemCode item { code name } kinds recordIds actor { kind region window operatorId subjectId }
} } } }`;
const CASE_EVIDENCE = `query ($id: ID!) { case(id: $id) { id evidence { recordId record { __typename } } } }`;
const CASE_EVERYTHING = `query ($id: ID!) { case(id: $id) { id evidence { recordId } usableEvidence { recordId } form { name value } } }`;

let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let clerk: Headers;
let colleague: Headers;
let herself: Headers;
let jiangsu: CaseFlow;
let caseId: string;
let itemName: string;
let shanghaiRequest: string;

async function history(first = 50, before?: string, headers: Headers = herself): Promise<Map<string, Entry[]>> {
  const answer = dataOf(await graphql<History>(federation.gatewayUrl, HISTORY, { id: HER, first, ...(before ? { before } : {}) }, headers));
  return new Map(answer.subject.regions.flatMap((regional) => (regional ? [[regional.region, regional.accessLog] as const] : [])));
}
const ofCase = (entries: readonly Entry[] | undefined, event: string) => (entries ?? []).filter((entry) => entry.caseId === caseId && entry.event === event);
const errorOf = (errors: readonly GraphQLErrorShape[] | undefined) => {
  const [first] = errors ?? [];
  return { message: first?.message, code: first?.extensions?.code, reason: first?.extensions?.reason };
};

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  clerk = await tokens.wujiangClerk();
  colleague = await tokens.wujiangColleague();
  herself = await tokens.citizen(HER);
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
  caseId = await jiangsu.open(PF_ITEM, HER, clerk);
  const gathered = await jiangsu.gather(caseId, clerk);
  expect(gathered.errors).toEqual([]);
  await jiangsu.decideAll(caseId, herself);
  const requests = dataOf(await graphql<{ case: { evidenceRequests: { holder: string; token: string }[]; item: { name: string } } }>(
    federation.gatewayUrl,
    `query ($id: ID!) { case(id: $id) { evidenceRequests { holder token } item { name } } }`,
    { id: caseId },
    clerk,
  )).case;
  shanghaiRequest = requests.evidenceRequests.find((request) => request.holder === 'SHANGHAI')?.token ?? '';
  itemName = requests.item.name;
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

describe('a clerk reading her case’s evidence', () => {
  it('is in her history: who, when, which case and item, which records — one entry per clerk an hour, counting the reads', async () => {
    dataOf(await graphql(federation.gatewayUrl, CASE_EVIDENCE, { id: caseId }, clerk));
    // A second read, of every field that shows her records, in one request: one more read.
    dataOf(await graphql(federation.gatewayUrl, CASE_EVERYTHING, { id: caseId }, clerk));
    dataOf(await graphql(federation.gatewayUrl, CASE_EVIDENCE, { id: caseId }, colleague));
    const viewed = ofCase((await history()).get('JIANGSU'), 'CASE_EVIDENCE_VIEWED');
    expect(viewed.map((entry) => [entry.actor.window, entry.actor.operatorId, entry.repeats])).toEqual([
      ['WJ-CSJ-02', 'js-wj-0002', 0],
      ['WJ-CSJ-01', 'js-wj-0001', 1],
    ]);
    expect(viewed[1]).toMatchObject({
      outcome: 'VIEWED',
      region: 'JIANGSU',
      itemCode: PF_ITEM,
      item: { code: PF_ITEM, name: itemName },
      kinds: ['PROVIDENT_FUND'],
      recordIds: ['SAMPLE-PF-0001'],
      actor: { kind: 'OPERATOR', region: 'JIANGSU' },
    });
    expect((viewed[1] as Entry).lastAt > (viewed[1] as Entry).at).toBe(true);
  });

  it('is not logged when she reads her own case', async () => {
    const before = auditEntries(federation.dataDir, 'jiangsu').length;
    dataOf(await graphql(federation.gatewayUrl, CASE_EVERYTHING, { id: caseId }, herself));
    expect(auditEntries(federation.dataDir, 'jiangsu').slice(before)).toEqual([]);
  });
});

describe('a request in her name tried around the gateway', () => {
  it('is refused, and in her history: her authorisation captured on the way to Jiangsu and sent there again', async () => {
    const proxy = federation.proxies.get('jiangsu');
    proxy?.reset();
    dataOf(await jiangsu.authorise(caseId, herself));
    const write = proxy?.operations().find((request) => request.body.includes('authoriseEvidence'));
    expect(write).toBeDefined();
    const replayed = await fetch(federation.subgraphUrls.jiangsu as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: String(write?.headers[CALLER_HEADER]) },
      body: write?.body,
    });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { errors: GraphQLErrorShape[] }).errors[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_REPLAYED' });

    const refused = ((await history()).get('JIANGSU') ?? []).filter((entry) => entry.event === 'DIRECT_CALL_REFUSED');
    expect(refused.map((entry) => [entry.outcome, entry.reason, entry.actor.kind, entry.actor.subjectId])).toEqual([['REFUSED', 'CALLER_REPLAYED', 'CITIZEN', HER]]);
    // Nobody else's history shows it.
    const someoneElse = dataOf(await graphql<History>(federation.gatewayUrl, HISTORY, { id: CAST.wangLijuan }, await tokens.citizen(CAST.wangLijuan)));
    const theirs = someoneElse.subject.regions.flatMap((regional) => regional?.accessLog ?? []);
    expect(theirs.filter((entry) => entry.event === 'DIRECT_CALL_REFUSED')).toEqual([]);
  });
});

describe('a holder’s answers', () => {
  it('counts each time her data was sent again for the same request (a replay), in the one entry', async () => {
    for (let replay = 0; replay < 2; replay++) {
      const sent = dataOf(await graphql<{ evidenceSources: { released: { kind: string; recordId: string | null }[] }[] }>(
        federation.gatewayUrl,
        'query ($requests: [String!]!) { evidenceSources(requests: $requests) { released { kind recordId } } }',
        { requests: [shanghaiRequest] },
        clerk,
      ));
      // Sent again, sealed to Jiangsu: the clerk carrying it reads no record id (her history names it).
      expect(sent.evidenceSources[0]?.released).toEqual([{ kind: 'PROVIDENT_FUND', recordId: null }]);
    }
    const released = ofCase((await history()).get('SHANGHAI'), 'EVIDENCE_RELEASED');
    expect(released.map((entry) => [entry.outcome, entry.recordIds, entry.repeats])).toEqual([['RELEASED', ['SAMPLE-PF-0001'], 2]]);
    expect((released[0] as Entry).lastAt > (released[0] as Entry).at).toBe(true);
  });

  it('says NO_RECORDS, not RELEASED, for a province that held none of her fund records', async () => {
    const all = await history();
    for (const region of ['JIANGSU', 'ZHEJIANG', 'ANHUI']) {
      expect(ofCase(all.get(region), 'EVIDENCE_RELEASED').map((entry) => [entry.outcome, entry.recordIds]), region).toEqual([['NO_RECORDS', []]]);
    }
  });
});

describe('a flood of refused reads', () => {
  it('is one counted entry per province, and leaves her real accesses on the first page', async () => {
    const before = await history();
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: subject(id: "${HER}") { regions { records { __typename } cases { id } accessLog { id } } }`);
    await graphql(federation.gatewayUrl, `{ ${aliases.join(' ')} }`);
    const after = await history();
    for (const region of REGIONS) {
      const known = new Set((before.get(region) ?? []).map((entry) => entry.id));
      const added = (after.get(region) ?? []).filter((entry) => !known.has(entry.id) && entry.event === 'RECORDS_REFUSED');
      expect(added.map((entry) => [entry.reason, entry.actor.kind, entry.repeats]), region).toEqual([['SIGN_IN_REQUIRED', 'ANONYMOUS', 59]]);
      expect(ofCase(after.get(region), 'EVIDENCE_RELEASED'), region).toHaveLength(1);
    }
  });
});

describe('refused attempts on her case', () => {
  const UNUSED = '3220260101999999';

  it('answers another citizen and another province’s clerk as for an unused number, and tells her', async () => {
    const snooper = await tokens.citizen(CAST.shenHaoran);
    const zhejiangClerk = await tokens.jiashanClerk();
    for (const [headers, reason, message] of [
      [snooper, 'NOT_THE_SUBJECT', '只能查看本人的办件：您名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）'],
      [zhejiangClerk, 'WRONG_REGION', '该办件不在您所在省份受理，无权查看'],
    ] as const) {
      const refused = await graphql(federation.gatewayUrl, CASE_EVIDENCE, { id: caseId }, headers);
      const unused = await graphql(federation.gatewayUrl, CASE_EVIDENCE, { id: UNUSED }, headers);
      expect(errorOf(refused.errors)).toEqual({ message, code: 'FORBIDDEN', reason });
      expect(errorOf(unused.errors)).toEqual(errorOf(refused.errors));
      expect(refused.data).toEqual(unused.data);
      // Again within the minute: counted, not listed again.
      await graphql(federation.gatewayUrl, CASE_EVIDENCE, { id: caseId }, headers);
    }
    const refusals = ofCase((await history()).get('JIANGSU'), 'CASE_REFUSED');
    expect(refusals.map((entry) => [entry.reason, entry.actor.kind, entry.actor.subjectId ?? entry.actor.window, entry.repeats, entry.item?.name])).toEqual([
      ['WRONG_REGION', 'OPERATOR', 'JS-YJS-01', 1, itemName],
      ['NOT_THE_SUBJECT', 'CITIZEN', '3304**********0011', 1, itemName],
    ]);
  });

  // Needs the case desks (caseDesk.ts loadCase, decisionDesk.ts accessibleCase) to load the case
  // with accessCase(context, caseId, 'ACT', <mutation>) from caseAccess.ts.
  it('answers someone acting on her case that they may not 办理 it, as for an unused number, and tells her', async () => {
    const snooper = await tokens.citizen(CAST.liJun);
    const REQUEST = 'mutation ($caseId: ID!) { jiangsu { requestEvidence(caseId: $caseId) { caseId } } }';
    const SUBMIT = 'mutation ($input: SubmitCaseInput!) { jiangsu { submitCase(input: $input) { id } } }';
    const refused = await graphql(federation.gatewayUrl, REQUEST, { caseId }, snooper);
    const unused = await graphql(federation.gatewayUrl, REQUEST, { caseId: UNUSED }, snooper);
    expect(errorOf(refused.errors)).toEqual({ message: '只能办理本人的办件：您名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）', code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(errorOf(unused.errors)).toEqual(errorOf(refused.errors));
    const submitted = await graphql(federation.gatewayUrl, SUBMIT, { input: { caseId, idempotencyKey: `snoop-${Date.now()}`, providedMaterials: ['M01'] } }, snooper);
    expect(errorOf(submitted.errors)).toEqual({ message: '只能办理本人的办件：您名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）', code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    const refusals = ofCase((await history()).get('JIANGSU'), 'CASE_REFUSED').filter((entry) => entry.actor.subjectId === '3401**********1337');
    expect(refusals.map((entry) => [entry.reason, entry.repeats])).toEqual([['NOT_THE_SUBJECT', 1]]);
  });

  it('answers her, sending her Jiangsu case to Zhejiang, that it is Jiangsu’s and where to send it — as it answers a Zhejiang clerk', async () => {
    for (const headers of [herself, await tokens.jiashanClerk()]) {
      const sent = await graphql(federation.gatewayUrl, 'mutation ($caseId: ID!) { zhejiang { requestEvidence(caseId: $caseId) { caseId } } }', { caseId }, headers);
      const [error] = sent.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OTHER_PROVINCE', region: 'JIANGSU', mutationField: 'jiangsu', field: 'caseId' });
      expect(error?.message).toContain(`${caseId} 是江苏省的办件`);
      expect(error?.message).toContain('jiangsu {');
    }
  });

  it('answers a Zhejiang clerk deciding her Jiangsu case in Zhejiang (reviewCase, completePostCheck) where to send it, as the other mutations do', async () => {
    const jiashan = await tokens.jiashanClerk();
    for (const [mutation, call] of [
      ['reviewCase', 'reviewCase(caseId: $caseId, decision: APPROVE) { id }'],
      ['completePostCheck', 'completePostCheck(caseId: $caseId, passed: true, note: "核查属实") { id }'],
    ] as const) {
      const sent = await graphql(federation.gatewayUrl, `mutation ($caseId: ID!) { zhejiang { ${call} } }`, { caseId }, jiashan);
      const [error] = sent.errors ?? [];
      expect(error?.extensions, mutation).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OTHER_PROVINCE', region: 'JIANGSU', mutationField: 'jiangsu', field: 'caseId' });
      expect(error?.message).toContain(`${caseId} 是江苏省的办件`);
      expect(error?.message).toContain(`jiangsu { ${mutation} }`);
    }
  });
});

describe('case(id:) selecting only its id', () => {
  const ID_ONLY = 'query ($id: ID!) { case(id: $id) { id __typename } }';
  const UNUSED = '3220261127999999';

  it('reaches the province: an unused number is no case — refused to anyone else, not found for its clerk', async () => {
    const anonymous = await graphql(federation.gatewayUrl, ID_ONLY, { id: UNUSED });
    expect(anonymous.data).toEqual({ case: null });
    expect(errorOf(anonymous.errors)).toEqual({ message: '请先登录', code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    const ofClerk = await graphql(federation.gatewayUrl, ID_ONLY, { id: UNUSED }, clerk);
    expect(ofClerk.data).toEqual({ case: null });
    expect(errorOf(ofClerk.errors)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers her own case as before', async () => {
    expect(dataOf(await graphql(federation.gatewayUrl, ID_ONLY, { id: caseId }, herself))).toEqual({ case: { id: caseId, __typename: 'JiangsuCase' } });
  });
});

describe('entry ids and paging', () => {
  it('gives every entry an id unique across the provinces, naming its province', async () => {
    const all = await history(200);
    const ids = [...all].flatMap(([region, entries]) => entries.map((entry) => [region, entry.id] as const));
    for (const [region, id] of ids) expect(id).toMatch(new RegExp(`^${region}-\\d+$`));
    expect(new Set(ids.map(([, id]) => id)).size).toBe(ids.length);
  });

  it('pages each province by its own ids, several at once with a combined cursor', async () => {
    const whole = await history(200);
    const firstPage = await history(2);
    const cursor = REGIONS.flatMap((region) => {
      const page = firstPage.get(region) ?? [];
      return page.length === 2 ? [page[1]?.id ?? ''] : [];
    });
    expect(cursor.length).toBeGreaterThan(0);
    const next = await history(2, cursor.join(','));
    for (const region of REGIONS) {
      const paged = cursor.some((id) => id.startsWith(`${region}-`));
      const expected = paged ? (whole.get(region) ?? []).slice(2, 4) : [];
      expect((next.get(region) ?? []).map((entry) => entry.id), region).toEqual(expected.map((entry) => entry.id));
    }
    const invalid = await graphql(federation.gatewayUrl, HISTORY, { id: HER, before: 'NOWHERE-3' }, herself);
    expect(new Set((invalid.errors ?? []).map((error) => error.extensions?.reason))).toEqual(new Set(['INVALID_CURSOR']));
  });
});
