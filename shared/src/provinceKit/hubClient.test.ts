import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberKeys } from '../trust/memberKeys.ts';
import { HubClient } from './hubClient.ts';

/** What a proxy in front of the hub might answer: an HTML page naming internal hosts. */
const PROXY_PAGE = '<!DOCTYPE html><html><body>502 Bad Gateway: upstream http://10.20.30.40:4001/graphql (catalog-internal.yrd.local)</body></html>';

const root = mkdtempSync(join(tmpdir(), 'yrd-hub-client-'));
let keys: MemberKeys;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, root);
  proxy = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const status = request.url === '/ok-but-html' ? 200 : 502;
      response.writeHead(status, { 'content-type': 'text/html' }).end(PROXY_PAGE);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

async function failureOf(answer: Promise<unknown>): Promise<GraphQLError> {
  try {
    await answer;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the hub call to fail');
}

describe('HubClient when the hub cannot be read', () => {
  it('tells the client the HTTP status only, and logs the detail', async () => {
    const logged: unknown[] = [];
    const client = new HubClient(`${proxyUrl}/graphql`, keys, { warn: (detail: unknown) => logged.push(detail) });
    const error = await failureOf(client.item('310100000000'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：返回错误（HTTP 502），请稍后重试');
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog', reason: 'HTTP_ERROR' });
    expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toMatch(/DOCTYPE|<|10\.20\.30\.40|internal/);
    expect(logged).toEqual([expect.objectContaining({ hubUrl: `${proxyUrl}/graphql`, reason: 'HTTP_ERROR', detail: 'HTTP 502', err: expect.any(Error) })]);
    expect(String((logged[0] as { err: Error }).err.message)).toMatch(/DOCTYPE/);
  });

  it('says the same for a 200 that is not the hub’s JSON, with or without a logger', async () => {
    const error = await failureOf(new HubClient(`${proxyUrl}/ok-but-html`, keys).bundle('YJS001'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：返回了无法识别的内容（HTTP 200），请稍后重试');
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'BAD_RESPONSE' });
    expect(error.message).not.toMatch(/DOCTYPE|</);
  });

  it('names the transport error code when nothing answered', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(new HubClient(`http://127.0.0.1:${port}/graphql`, keys).item('310100000000'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：无法连接（ECONNREFUSED），请稍后重试');
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_FAILED' });
    expect(error.message).not.toContain(String(port));
  });
});

describe('HubClient reading a purpose', () => {
  it('asks for the licences an item or bundle needs, and hands them on', async () => {
    const asked: string[] = [];
    const hub = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const { query } = JSON.parse(body) as { query: string };
        asked.push(query);
        const data = query.includes('bundle(')
          ? { bundle: { code: 'SOME_BUNDLE', name: '一件事', evidenceKinds: ['E_LICENCE'], evidenceLicences: ['200047001000'], items: [{ code: '200047002000' }] } }
          : {
              item: {
                code: '200047002000',
                evidenceKinds: ['E_LICENCE'],
                evidenceLicences: ['200047001000'],
                materials: [{ code: 'M02', replacedBy: 'E_LICENCE', licenceOf: '200047001000' }],
                approvalRules: [],
              },
            };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    try {
      const client = new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys);
      const item = await client.item('200047002000');
      expect(item).toMatchObject({ evidenceLicences: ['200047001000'], materials: [{ code: 'M02', licenceOf: '200047001000' }] });
      expect(await client.bundle('SOME_BUNDLE')).toEqual({
        code: 'SOME_BUNDLE',
        name: '一件事',
        evidenceKinds: ['E_LICENCE'],
        evidenceLicences: ['200047001000'],
        itemCodes: ['200047002000'],
      });
      expect(asked).toHaveLength(2);
      for (const query of asked) expect(query).toMatch(/evidenceLicences/);
      expect(asked[0]).toMatch(/materials \{[^}]*licenceOf/);
    } finally {
      await new Promise((resolve) => hub.close(resolve));
    }
  });
});
