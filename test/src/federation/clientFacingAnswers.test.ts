import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * What a client is told, through the real gateway: a date its own scalars refuse, a holder asking
 * about its own number as the other kind of subject, a province that cannot be reached, an
 * operation over the limits, one province's error in a list of all four — and what its operation
 * names become in the metrics.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

describe('a Date the scalar refuses', () => {
  const LITERAL = (date: string) => `{ feeCatalog(region: SHANGHAI, date: ${date}) { date } }`;
  const VARIABLE = 'query ($d: Date) { feeCatalog(region: SHANGHAI, date: $d) { date } }';

  it('is BAD_USER_INPUT with the same message in the query text as in a variable', async () => {
    const literal = (await graphql(federation.gatewayUrl, LITERAL('"2026-02-30"'))).errors?.[0];
    const variable = (await graphql(federation.gatewayUrl, VARIABLE, { d: '2026-02-30' })).errors?.[0];
    expect(literal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01' });
    expect(variable?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01' });
    expect(literal?.message).toBe(variable?.message);
    expect(literal?.message).toContain('日期 2026-02-30 不存在');
  });

  it('tells a malformed date how to write it, and a number that a date is a quoted string, in Chinese', async () => {
    const malformed = (await graphql(federation.gatewayUrl, LITERAL('"2026-2-3"'))).errors?.[0];
    expect(malformed?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    expect(malformed?.message).toContain('日期格式不对，应写作 2019-03-01');
    const number = (await graphql(federation.gatewayUrl, LITERAL('20260101'))).errors?.[0];
    expect(number?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    expect(number?.message).toContain('日期应写成带引号的字符串');
  });
});

describe('a signed-in holder of a number valid both ways, asking as the other kind', () => {
  const SHARED = CAST.zhenjiangShared;
  const SUBJECT = 'query ($id: ID!, $kind: SubjectKind) { subject(id: $id, kind: $kind) { kind regions { records { __typename } } } }';

  it('is refused FORBIDDEN NOT_THE_SUBJECT, not answered with its own records under the other label', async () => {
    const citizen = await graphql(federation.gatewayUrl, SUBJECT, { id: SHARED, kind: 'ENTERPRISE' }, await tokens.citizen(SHARED));
    expect(citizen.data?.subject ?? null).toBeNull();
    expect(citizen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', signedInAs: 'PERSON' });
    expect(citizen.errors?.[0]?.message).toContain('您以个人身份登录，只能查看本人的记录');
    const enterprise = await graphql(federation.gatewayUrl, SUBJECT, { id: SHARED, kind: 'PERSON' }, await tokens.enterprise(SHARED));
    expect(enterprise.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', signedInAs: 'ENTERPRISE' });
    expect(enterprise.errors?.[0]?.message).toContain('您以单位身份登录，只能查看本单位的记录');
  });

  it('is answered as what it signed in as', async () => {
    const own = dataOf(await graphql<{ subject: { kind: string } }>(federation.gatewayUrl, SUBJECT, { id: SHARED, kind: 'PERSON' }, await tokens.citizen(SHARED)));
    expect(own.subject.kind).toBe('PERSON');
  });
});

describe('a province that cannot be reached', () => {
  it('is named to the client by its name, with region and serviceName in extensions, not as a subgraph', async () => {
    const zhejiang = federation.proxies.get('zhejiang');
    if (!zhejiang) throw new Error('no proxy for zhejiang');
    zhejiang.down = true;
    try {
      const answer = await graphql(federation.gatewayUrl, 'query ($code: ID!) { item(code: $code) { implementations { region } } }', { code: STORY_ITEMS.providentFundLoanCertificate });
      const unavailable = answer.errors?.find((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
      expect(unavailable?.extensions).toMatchObject({ region: 'ZHEJIANG', serviceName: 'zhejiang' });
      expect(unavailable?.message).toMatch(/^浙江省的服务暂时无法访问：/);
      expect(unavailable?.message).not.toMatch(/子图|zhejiang/);
    } finally {
      zhejiang.down = false;
    }
  });
});

describe("one province's error in a list the provinces answer together", () => {
  it('points at that province\'s item, not at the first of the list', async () => {
    // A record Zhejiang holds about a person, stored with a column its adapter does not know (a
    // new flag the warehouse export added): Zhejiang cannot read the person's records, the other
    // provinces can.
    const db = new Database(join(federation.dataDir, 'zhejiang.sqlite'));
    try {
      const row = db.prepare("SELECT record_id AS recordId, subject_id AS subjectId, kind, payload FROM native_record WHERE kind = 'HOUSEHOLD_REGISTRATION' ORDER BY record_id LIMIT 1").get() as
        | { recordId: string; subjectId: string; kind: string; payload: string }
        | undefined;
      if (!row) throw new Error('no household registration in Zhejiang');
      const update = db.prepare('UPDATE native_record SET payload = ? WHERE record_id = ? AND subject_id = ? AND kind = ?');
      update.run(JSON.stringify({ ...(JSON.parse(row.payload) as object), revoked_flag: '1' }), row.recordId, row.subjectId, row.kind);
      try {
        type Regions = { subject: { regions: ({ region: string; records: { kind: string }[] } | null)[] } };
        const query = 'query ($id: ID!) { subject(id: $id, kind: PERSON) { regions { region records { kind } } } }';
        const answer = await graphql<Regions>(federation.gatewayUrl, query, { id: row.subjectId }, await tokens.citizen(row.subjectId));
        const regions = answer.data?.subject.regions ?? [];
        const zhejiang = regions.findIndex((regional) => regional === null);
        expect(regions.filter((regional) => regional !== null).map((regional) => regional?.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ANHUI']);
        expect(zhejiang).toBe(2);
        expect(answer.errors).toHaveLength(1);
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NATIVE_RECORD_INVALID', region: 'ZHEJIANG', recordId: row.recordId });
        expect(answer.errors?.[0]?.path).toEqual(['subject', 'regions', zhejiang, 'records']);
      } finally {
        update.run(row.payload, row.recordId, row.subjectId, row.kind);
      }
    } finally {
      db.close();
    }
  });
});

describe('an operation over the limits', () => {
  it('is told in Chinese too what to do', async () => {
    // The page size in a variable: operationLimits.test.ts measures the operations written here without them.
    const answer = await graphql(federation.gatewayUrl, 'query ($n: Int) { items(first: $n) { edges { node { code name implementations { region } } } } }', { n: 100_000 });
    expect(answer.errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COSTLY');
    expect(answer.errors?.[0]?.message).toContain('查询过大，请减少每页条数（first）或拆分为多次查询。');
  });
});

describe('operation names in the metrics', () => {
  const requestsByOperation = async () => {
    const text = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    return text.split('\n').filter((line) => line.startsWith('yrd_gateway_requests_total{'));
  };

  it('are labels only for operations of the persisted list; a made-up name, even one holding a person’s number, is "unlisted"', async () => {
    const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: { id: string; name: string }[] };
    const itemGuide = manifest.operations.find((operation) => operation.name === 'ItemGuide');
    if (!itemGuide) throw new Error('ItemGuide is not in the persisted operation list');
    dataOf(await graphql(federation.gatewayUrl, 'query Foo310118198804123021 { __typename }'));
    for (let index = 0; index < 201; index++) dataOf(await graphql(federation.gatewayUrl, `query MadeUp${index} { __typename }`));
    const listed = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: { code: STORY_ITEMS.providentFundLoanCertificate }, extensions: { persistedQuery: { version: 1, sha256Hash: itemGuide.id } } }),
    });
    expect(listed.status).toBe(200);

    const lines = await requestsByOperation();
    expect(lines.join('\n')).not.toContain('310118198804123021');
    expect(lines.join('\n')).not.toContain('MadeUp');
    expect(lines.some((line) => line.startsWith('yrd_gateway_requests_total{operation="ItemGuide",outcome="ok"}'))).toBe(true);
    expect(lines.some((line) => line.startsWith('yrd_gateway_requests_total{operation="unlisted",outcome="ok"}'))).toBe(true);
  });
});
