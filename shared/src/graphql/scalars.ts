import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { fenToYuan, yuanToFen } from '../standard/money.ts';
import { isLocalDate, isYearMonth } from '../time/localDate.ts';

/**
 * Scalars shared by every subgraph: calendar dates and months without time zones, and money
 * as exact decimal yuan strings ("2580.00") carried internally as integer fen.
 */
function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} must be a string literal`, { extensions: { code: 'BAD_USER_INPUT' } });
  return ast.value;
}

/** How a clerk reads each scalar's mistake (the message also reaches a developer, in English first). */
const IN_WORDS: Record<string, string> = { Date: '日期无效，应为实际存在的日期，写作', YearMonth: '月份无效，应写作' };

function checked(value: unknown, scalar: string, valid: (v: string) => boolean, example: string): string {
  if (typeof value !== 'string' || !valid(value)) {
    throw new GraphQLError(`${scalar} "${String(value)}" is not valid; expected e.g. ${example}（${IN_WORDS[scalar] ?? '格式无效，应写作'} ${example}）`, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', expected: example },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in China Standard Time, ISO 8601: 2019-03-01.',
  serialize: (value) => checked(value, 'Date', isLocalDate, '2019-03-01'),
  parseValue: (value) => checked(value, 'Date', isLocalDate, '2019-03-01'),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'Date'), 'Date', isLocalDate, '2019-03-01'),
});

export const YearMonthScalar = new GraphQLScalarType<string, string>({
  name: 'YearMonth',
  description: 'A calendar month, ISO 8601: 2026-10.',
  serialize: (value) => checked(value, 'YearMonth', isYearMonth, '2026-10'),
  parseValue: (value) => checked(value, 'YearMonth', isYearMonth, '2026-10'),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'YearMonth'), 'YearMonth', isYearMonth, '2026-10'),
});

function parseYuan(value: unknown): number {
  if (typeof value !== 'string') {
    throw new GraphQLError('Yuan must be a decimal string such as "2580.00"', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  try {
    return yuanToFen(value);
  } catch (error) {
    throw new GraphQLError(`Yuan: ${(error as Error).message}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const YuanScalar = new GraphQLScalarType<number, string>({
  name: 'Yuan',
  description: 'An amount of money in yuan (元) as an exact decimal string with two decimals: "2580.00".',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError(`Yuan: ${String(value)} is not a whole number of fen`);
    return fenToYuan(value);
  },
  parseValue: parseYuan,
  parseLiteral: (ast) => parseYuan(stringLiteral(ast, 'Yuan')),
});

const isInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset: 2026-11-26T09:30:00.000Z.',
  serialize: (value) => checked(value instanceof Date ? value.toISOString() : value, 'DateTime', isInstant, '2026-11-26T09:30:00Z'),
  parseValue: (value) => checked(value, 'DateTime', isInstant, '2026-11-26T09:30:00Z'),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'DateTime'), 'DateTime', isInstant, '2026-11-26T09:30:00Z'),
});

export const SCALAR_RESOLVERS = { Date: DateScalar, DateTime: DateTimeScalar, YearMonth: YearMonthScalar, Yuan: YuanScalar };
