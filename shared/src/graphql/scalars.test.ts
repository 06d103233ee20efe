import { buildSchema, graphql, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, YearMonthScalar, YuanScalar } from './scalars.ts';
import { graphqlErrorOf } from './graphqlErrorOf.fixture.ts';

/** A date or month a clerk typed wrong: told in Chinese what to write, with a stable reason. */
describe('Date and YearMonth', () => {
  it('refuse a day that does not exist, saying what to write, in a variable as in a literal', async () => {
    const schema = buildSchema('scalar Date type Query { on(date: Date!): Date! }');
    Object.assign(schema.getType('Date') as object, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral, serialize: DateScalar.serialize });
    const rootValue = { on: ({ date }: { date: string }) => date };
    for (const [source, variableValues] of [['query ($d: Date!) { on(date: $d) }', { d: '2026-02-30' }], ['{ on(date: "2026-02-30") }', {}]] as const) {
      const result = await graphql({ schema, source, rootValue, variableValues });
      const error = result.errors?.[0] as GraphQLError;
      expect(error.message).toContain('日期 2026-02-30 不存在，请填写实际存在的日期，如 2019-03-01');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2019-03-01' });
    }
    expect(await graphql({ schema, source: '{ on(date: "2026-02-28") }', rootValue })).toEqual({ data: { on: '2026-02-28' } });
  });

  it('tell a value written wrong (how to write it) from one written right that does not exist', () => {
    expect(() => DateScalar.parseValue('2026-2-3')).toThrow('日期格式不对，应写作 2019-03-01');
    expect(() => DateScalar.parseValue('2026-2-3')).not.toThrow(/不存在/);
    expect(() => YearMonthScalar.parseValue('2026-13')).toThrow('月份 2026-13 不存在');
    expect(() => YearMonthScalar.parseValue('2026-1')).toThrow('月份格式不对，应写作 2026-10');
  });

  it('say in Chinese too that a value must be a string, as BAD_USER_INPUT', () => {
    for (const scalar of [DateScalar, YearMonthScalar, DateTimeScalar, YuanScalar]) {
      const error = graphqlErrorOf(() => scalar.parseValue(20260101));
      expect(error.message).toMatch(/must be a string such as .*应写成带引号的字符串/);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', scalar: scalar.name });
    }
  });
});

describe('DateTime', () => {
  it('refuses a day that does not exist, which Date.parse would roll over into March', () => {
    expect(() => DateTimeScalar.parseValue('2026-02-30T10:00:00Z')).toThrow('时间 2026-02-30T10:00:00Z 不存在');
    expect(() => DateTimeScalar.parseValue('2026-02-30 10:00')).toThrow('时间格式不对，应写作 2026-11-26T09:30:00Z');
    expect(DateTimeScalar.parseValue('2026-02-28T10:00:00+08:00')).toBe('2026-02-28T10:00:00+08:00');
  });
});

describe('Yuan', () => {
  it('says in Chinese how to write an amount, and when one is too large', () => {
    expect(YuanScalar.parseValue('2580.5')).toBe(258050);
    const malformed = graphqlErrorOf(() => YuanScalar.parseValue('2580.123'));
    expect(malformed.message).toContain('金额应以元为单位、最多两位小数，写作 2580.00');
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: '2580.00' });
    const huge = graphqlErrorOf(() => YuanScalar.parseValue('99999999999999999999'));
    expect(huge.message).toContain('超出范围');
    expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
  });
});

