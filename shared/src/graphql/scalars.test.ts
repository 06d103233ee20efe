import { buildSchema, graphql, GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, YearMonthScalar } from './scalars.ts';

/** A date or month a clerk typed wrong: told in Chinese what to write, with a stable reason. */
describe('Date and YearMonth', () => {
  it('refuse a day that does not exist, saying what to write, in a variable as in a literal', async () => {
    const schema = buildSchema('scalar Date type Query { on(date: Date!): Date! }');
    Object.assign(schema.getType('Date') as object, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral, serialize: DateScalar.serialize });
    const rootValue = { on: ({ date }: { date: string }) => date };
    for (const [source, variableValues] of [['query ($d: Date!) { on(date: $d) }', { d: '2026-02-30' }], ['{ on(date: "2026-02-30") }', {}]] as const) {
      const result = await graphql({ schema, source, rootValue, variableValues });
      const error = result.errors?.[0] as GraphQLError;
      expect(error.message).toContain('日期无效，应为实际存在的日期，写作 2019-03-01');
      expect(error.extensions).toMatchObject({ reason: 'INVALID_FORMAT', expected: '2019-03-01' });
    }
    expect(await graphql({ schema, source: '{ on(date: "2026-02-28") }', rootValue })).toEqual({ data: { on: '2026-02-28' } });
  });

  it('refuse a month out of range', () => {
    expect(() => YearMonthScalar.parseValue('2026-13')).toThrow(/月份无效，应写作 2026-10/);
  });
});
