import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { eventually } from '../harness/eventually.ts';
import { STORY_ITEMS } from '@yrd/catalog';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { graphql, type GraphQLResponse } from '../harness/graphqlClient.ts';

/**
 * The gateway in production mode: only the published operations run (the persisted operation
 * list), by hash or by text; introspection is off and no error suggests field names.
 */
interface ManifestEntry {
  id: string;
  name: string;
  body: string;
}

const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: ManifestEntry[] };
const itemGuide = manifest.operations.find((operation) => operation.name === 'ItemGuide') as ManifestEntry;

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = (await response.json()) as Omit<GraphQLResponse<{ item?: { name: string; implementations: unknown[] } }>, 'status'>;
  return { ...answer, status: response.status };
}

describe('production mode with the safelist', () => {
  let federation: BootedFederation;
  beforeAll(async () => {
    federation = await bootFederation({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow' });
  }, 180_000);
  afterAll(async () => {
    await federation?.shutdown();
  });

  /** The gateway's log line for the request, once written. */
  const operationLogLine = (requestId: string) =>
    eventually(
      () =>
        (federation.processes.get('gateway')?.recentOutput() ?? '')
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .find((line) => line.requestId === requestId && line.msg === 'operation'),
      Boolean,
    );

  it('runs a published operation sent by its hash alone, on a gateway that never saw its text', async () => {
    const response = await post(federation.gatewayUrl, {
      operationName: 'ItemGuide',
      variables: { code: STORY_ITEMS.providentFundLoanCertificate },
      extensions: { persistedQuery: { version: 1, sha256Hash: itemGuide.id } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.item?.implementations).toHaveLength(4);
  });

  it('runs a published operation sent as text, however it is laid out', async () => {
    const relaid = itemGuide.body.replace(/\n\s*/g, ' ');
    const response = await post(federation.gatewayUrl, { query: relaid, variables: { code: STORY_ITEMS.providentFundLoanCertificate } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.item?.name).toBeTruthy();
  });

  it('refuses any other operation, introspection included, without describing the schema', async () => {
    for (const query of ['{ regions { code } }', '{ __schema { types { name } } }', '{ item(code: "200047001000") { nmae } }']) {
      const response = await post(federation.gatewayUrl, { query });
      expect(response.status, query).toBe(400);
      expect(response.errors?.[0]?.extensions?.code, query).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|nmae/);
    }
  });

  it('logs and counts a refusal as what the client got, not as the parse error behind it', async () => {
    const requestId = `production-suite-${Date.now()}`;
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ nonsense(' }),
    });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const logged = await operationLogLine(requestId);
    expect(logged).toMatchObject({ outcome: 'refused', errors: ['PERSISTED_QUERY_NOT_IN_LIST'] });
  });

  it('logs a refused operation’s made-up name as "unlisted": a name can hold a person’s number', async () => {
    const requestId = `production-suite-name-${Date.now()}`;
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query Q340102199608081337 { regions { code } }' }),
    });
    expect(response.status).toBe(400);
    const logged = await operationLogLine(requestId);
    expect(logged).toMatchObject({ operation: 'unlisted', outcome: 'refused', errors: ['PERSISTED_QUERY_NOT_IN_LIST'] });
    expect(federation.processes.get('gateway')?.recentOutput()).not.toContain('340102199608081337');
  });

  it('answers a listed operation sent with an operationName it does not define as the client’s mistake, naming the one it does', async () => {
    const response = await post(federation.gatewayUrl, {
      operationName: 'Nope',
      variables: { code: STORY_ITEMS.providentFundLoanCertificate },
      extensions: { persistedQuery: { version: 1, sha256Hash: itemGuide.id } },
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'OPERATION_NAME_NOT_FOUND', operationNames: ['ItemGuide'] });
    expect(response.errors?.[0]?.message).toContain('"ItemGuide"');
  });

  it('serves only a bare /ready on the public port without an ops listener: no internal URLs, no metrics', async () => {
    const base = federation.gatewayUrl.replace(/\/graphql$/, '');
    const ready = (await (await fetch(`${base}/ready`)).json()) as { status: string; subgraphs: Record<string, unknown>[] };
    expect(ready.status).toBe('ready');
    expect(ready.subgraphs.map((subgraph) => Object.keys(subgraph).sort())).toEqual(Array.from({ length: 5 }, () => ['name', 'ok']));
    expect(JSON.stringify(ready)).not.toMatch(/127\.0\.0\.1|http:/);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });

  it('serves the console without source maps: the script links none, and no .map is there', async () => {
    const base = federation.gatewayUrl.replace(/\/graphql$/, '');
    const page = await (await fetch(`${base}/console`)).text();
    const script = /src="(\/console\/assets\/app\.[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const code = await fetch(`${base}${script}`);
    expect(code.status).toBe(200);
    expect((await code.text()).includes('sourceMappingURL'), 'the script links a source map').toBe(false);
    expect((await fetch(`${base}${script}.map`)).status).toBe(404);
  });
});

describe('production mode without the safelist', () => {
  let federation: BootedFederation;
  beforeAll(async () => {
    federation = await bootFederation({ YRD_GATEWAY_MODE: 'production', YRD_SAFELIST: 'off', YRD_DEVELOPMENT_IDP: 'allow' });
  }, 180_000);
  afterAll(async () => {
    await federation?.shutdown();
  });

  it('refuses introspection', async () => {
    const response = await graphql(federation.gatewayUrl, '{ __schema { queryType { name } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names in errors', async () => {
    const response = await graphql(federation.gatewayUrl, '{ item(code: "200047001000") { nmae } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('does not suggest input fields or enum values in errors in the variables', async () => {
    const typos = [
      ['query ($filter: ItemFilter) { items(filter: $filter) { totalCount } }', { filter: { crossRegio: true } }, 'crossRegio'],
      ['query ($region: Region!) { feeCatalog(region: $region) { region } }', { region: 'SHANGAI' }, 'SHANGAI'],
    ] as const;
    for (const [query, variables, typo] of typos) {
      const response = await graphql(federation.gatewayUrl, query, variables);
      expect(response.errors?.[0]?.extensions?.code, typo).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message, typo).toContain(typo);
      expect(response.errors?.[0]?.message, typo).not.toMatch(/Did you mean|crossRegion|SHANGHAI/);
    }
  });

  it('still runs any valid operation', async () => {
    const response = await graphql<{ regions: unknown[] }>(federation.gatewayUrl, '{ regions { code } }');
    expect(response.data?.regions).toHaveLength(4);
  });
});
