import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustListRoute } from './trustListRoute.ts';

/** A publisher whose list the test sets, and which records whether it was asked afresh. */
const published = { token: 'header.payload.signature', etag: '"tag-one"', fresh: [] as boolean[] };
let server: Server;
let url = '';

beforeAll(async () => {
  const route = trustListRoute({
    signed: async (fresh) => {
      published.fresh.push(fresh);
      return { token: published.token, etag: published.etag, list: { issuer: 'catalog', issuedAt: '', expiresAt: '', members: [] } };
    },
  });
  server = createServer((request, response) => void route(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trust-list`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function ask(path: string, ifNoneMatch?: string) {
  const response = await fetch(`${url}${path}`, ifNoneMatch === undefined ? {} : { headers: { 'if-none-match': ifNoneMatch } });
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

describe('the hub’s /trust-list', () => {
  it('serves the signed list with its entity tag, to be revalidated rather than reused', async () => {
    expect(await ask('')).toEqual({ status: 200, etag: '"tag-one"', cacheControl: 'no-cache', body: 'header.payload.signature' });
  });

  it('answers 304 with no body to a member holding this very list — by its tag, weak, among others, or any', async () => {
    for (const held of ['"tag-one"', 'W/"tag-one"', '"tag-zero", "tag-one"', '*']) {
      expect(await ask('', held)).toEqual({ status: 304, etag: '"tag-one"', cacheControl: 'no-cache', body: '' });
    }
  });

  it('sends the list to a member holding another, or naming it without quotes', async () => {
    for (const held of ['"tag-zero"', 'tag-one', '']) {
      expect((await ask('', held)).status).toBe(200);
    }
    published.etag = '"tag-two"';
    published.token = 'header.payload2.signature';
    expect(await ask('', '"tag-one"')).toMatchObject({ status: 200, etag: '"tag-two"', body: 'header.payload2.signature' });
  });

  it('asks the publisher afresh for ?fresh=1 only, and still answers 304 when the fresh list is the one held', async () => {
    published.fresh.length = 0;
    expect((await ask('?fresh=1', published.etag)).status).toBe(304);
    await ask('');
    expect(published.fresh).toEqual([true, false]);
  });
});
