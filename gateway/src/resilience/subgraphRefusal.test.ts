import { describe, expect, it } from 'vitest';
import { subgraphRefusal } from './subgraphRefusal.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const BAD_DATE = { errors: [{ message: 'Variable "$date" got invalid value "nope"', extensions: { code: 'BAD_USER_INPUT' } }] };

describe('subgraphRefusal', () => {
  it("is the GraphQL answer of a 400 with errors: the client's input refused", () => {
    expect(subgraphRefusal(400, JSON_TYPE, JSON.stringify(BAD_DATE))).toEqual(BAD_DATE);
    expect(subgraphRefusal(400, 'application/graphql-response+json', JSON.stringify(BAD_DATE))).toEqual(BAD_DATE);
  });

  it('is nothing for a refusal of the gateway itself (an unverified assertion, a rate limit): every caller would get it', () => {
    const unauthenticated = { errors: [{ message: '安徽省无法确认调用方身份', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(subgraphRefusal(401, 'application/graphql-response+json', JSON.stringify(unauthenticated))).toBeUndefined();
    const limited = { data: null, errors: [{ message: '请 3 秒后再试', extensions: { code: 'RATE_LIMITED' } }] };
    expect(subgraphRefusal(429, JSON_TYPE, JSON.stringify(limited))).toBeUndefined();
  });

  it('is nothing for a 5xx, even with GraphQL errors: the subgraph itself failed', () => {
    expect(subgraphRefusal(500, JSON_TYPE, JSON.stringify({ errors: [{ message: 'internal error' }] }))).toBeUndefined();
    expect(subgraphRefusal(503, JSON_TYPE, JSON.stringify({ errors: [{ message: '服务正在停止，请稍后重试' }] }))).toBeUndefined();
  });

  it('is nothing for a 4xx that is not a GraphQL response with errors', () => {
    expect(subgraphRefusal(404, 'text/html', '<html><body>404 Not Found</body></html>')).toBeUndefined();
    expect(subgraphRefusal(404, 'text/html', JSON.stringify(BAD_DATE))).toBeUndefined();
    expect(subgraphRefusal(404, JSON_TYPE, JSON.stringify({ error: 'no route /x; GraphQL is at /graphql' }))).toBeUndefined();
    expect(subgraphRefusal(400, JSON_TYPE, '{"errors":[')).toBeUndefined();
    expect(subgraphRefusal(400, JSON_TYPE, JSON.stringify({ errors: [] }))).toBeUndefined();
    expect(subgraphRefusal(400, JSON_TYPE, JSON.stringify({ errors: ['bad'] }))).toBeUndefined();
    expect(subgraphRefusal(400, JSON_TYPE, JSON.stringify({ errors: [{ code: 'X' }] }))).toBeUndefined();
    expect(subgraphRefusal(400, JSON_TYPE, JSON.stringify({ data: 'x', errors: BAD_DATE.errors }))).toBeUndefined();
    expect(subgraphRefusal(413, '', '')).toBeUndefined();
  });

  it('is nothing for a success', () => {
    expect(subgraphRefusal(200, JSON_TYPE, JSON.stringify(BAD_DATE))).toBeUndefined();
  });
});
