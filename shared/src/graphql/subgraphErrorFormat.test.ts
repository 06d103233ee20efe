import type { BaseContext, GraphQLResponse } from '@apollo/server';
import { GraphQLError, GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TrustListUnavailable } from '../trust/trustListUnavailable.ts';
import { DateScalar, YearMonthScalar, YuanScalar } from './scalars.ts';
import { createSubgraphApolloServer } from './subgraphApolloServer.ts';
import { subgraphErrorFormat } from './subgraphErrorFormat.ts';

// Apollo Server loads graphql's CommonJS build; Vitest would give these modules the ES build,
// whose schema Apollo Server refuses ("from another module or realm"). One copy for both, as in
// the subgraphs' processes.
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql') as object);

const Period = new GraphQLInputObjectType({ name: 'Period', fields: { from: { type: new GraphQLNonNull(DateScalar) } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      on: { type: GraphQLString, args: { date: { type: DateScalar } }, resolve: (_: unknown, args: { date?: string }) => args.date ?? null },
      month: { type: GraphQLString, args: { month: { type: YearMonthScalar } }, resolve: (_: unknown, args: { month?: string }) => args.month ?? null },
      paid: { type: GraphQLString, args: { amount: { type: YuanScalar } }, resolve: () => 'ok' },
      from: { type: GraphQLString, args: { period: { type: Period } }, resolve: () => 'ok' },
    },
  }),
});

const server = createSubgraphApolloServer<BaseContext>(schema);
beforeAll(() => server.start());
afterAll(() => server.stop());

async function firstError(query: string, variables?: Record<string, unknown>): Promise<GraphQLFormattedError> {
  const response: GraphQLResponse = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const error = response.body.singleResult.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.body.singleResult)}`);
  return error;
}

describe('a value our scalars refuse, through a subgraph\'s Apollo Server', () => {
  it('is BAD_USER_INPUT with the same message in the query text as in a variable', async () => {
    const literal = await firstError('{ on(date: "2026-02-30") }');
    const variable = await firstError('query ($d: Date) { on(date: $d) }', { d: '2026-02-30' });
    expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01' });
    expect(variable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01', variable: 'd' });
    expect(literal.message).toBe(variable.message);
    expect(literal.message).toContain('日期 2026-02-30 不存在');
    expect(literal.message).not.toMatch(/Expected value of type|Variable "\$d"/);
  });

  it('tells a malformed date, and a number where a string belongs, in Chinese as BAD_USER_INPUT', async () => {
    const malformed = await firstError('{ on(date: "2026-2-3") }');
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    expect(malformed.message).toContain('日期格式不对，应写作 2019-03-01');
    for (const notAString of [await firstError('{ on(date: 20260101) }'), await firstError('query ($d: Date) { on(date: $d) }', { d: 20260101 })]) {
      expect(notAString.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
      expect(notAString.message).toContain('日期应写成带引号的字符串，如 "2019-03-01"');
    }
    const month = await firstError('{ month(month: "2026-13") }');
    expect(month).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(month.message).toContain('月份 2026-13 不存在');
    const amount = await firstError('{ paid(amount: 2580) }');
    expect(amount).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(amount.message).toContain('金额应写成带引号的字符串');
  });

  it('names the variable, with its path into an input object, in extensions', async () => {
    const nested = await firstError('query ($p: Period) { from(period: $p) }', { p: { from: '2026-02-30' } });
    expect(nested.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'p.from' });
    expect(nested.message).toContain('日期 2026-02-30 不存在');
  });

  it('leaves graphql-js\'s own validation errors alone', async () => {
    const unknownField = await firstError('{ nothing }');
    expect(unknownField.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('subgraphErrorFormat', () => {
  it('finds the scalar\'s error behind graphql-js\'s "Expected value of type" wrapper', () => {
    let refusal: GraphQLError | undefined;
    try {
      DateScalar.parseValue('2026-02-30');
    } catch (error) {
      refusal = error as GraphQLError;
    }
    if (!refusal) throw new Error('expected a refusal');
    // graphql-js wraps an error it does not take for its own GraphQLError (another copy of graphql), and Apollo re-codes it.
    const wrapped = new GraphQLError(`Expected value of type "Date", found "2026-02-30"; ${refusal.message}`, { originalError: refusal });
    const apollo = new GraphQLError(wrapped.message, { originalError: wrapped, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = subgraphErrorFormat({ message: apollo.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INVALID_FORMAT' } }, apollo);
    expect(formatted).toMatchObject({ message: refusal.message, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01' } });
  });

  it('answers a signature check a resolver could not make for want of a trust list as the province unavailable, not an internal error', () => {
    const thrown = new GraphQLError('no valid trust list: HTTP 503', { originalError: new TrustListUnavailable(new Error('trust list: HTTP 503 from the hub')), path: ['evidenceSources', 0] });
    const formatted = subgraphErrorFormat({ message: thrown.message, path: ['evidenceSources', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, thrown);
    expect(formatted).toEqual({
      message: '暂时无法核验签名：未能从事项标准库取得有效的联盟成员信任列表，请稍后重试',
      path: ['evidenceSources', 0],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE' },
    });
  });

  it('passes any other error through as it is', () => {
    const formatted = { message: 'Cannot query field "nothing" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(subgraphErrorFormat(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });
});
