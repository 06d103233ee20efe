import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { fenToYuan, yuanToFen } from '../standard/money.ts';
import { isLocalDate, isYearMonth } from '../time/localDate.ts';
import { wrappedErrors } from './wrappedErrors.ts';

/**
 * Scalars shared by every subgraph: calendar dates and months without time zones, and money
 * as exact decimal yuan strings ("2580.00") carried internally as integer fen.
 */
type ScalarName = 'Date' | 'YearMonth' | 'DateTime' | 'Yuan';

/** The specifications the scalars follow (@specifiedBy in the schema clients see): ISO 8601 dates and months, RFC 3339 instants. */
const ISO_8601 = 'https://www.iso.org/iso-8601-date-and-time-format.html';
const RFC_3339 = 'https://www.rfc-editor.org/rfc/rfc3339';

/**
 * How each scalar is written, for the messages: a clerk reads the Chinese sentence (the English
 * before it is for a developer). `shape` tells a value written wrong ("2026-2-3") from one
 * written right that names nothing real ("2026-02-30"): the one is told how to write it, the
 * other that it does not exist — "write it as 2019-03-01" would not help with 2026-02-30.
 */
const WORDS: Readonly<Record<ScalarName, { readonly noun: string; readonly english: string; readonly example: string; readonly shape: RegExp }>> = {
  Date: { noun: '日期', english: 'calendar date', example: '2019-03-01', shape: /^\d{4}-\d{2}-\d{2}$/ },
  YearMonth: { noun: '月份', english: 'month', example: '2026-10', shape: /^\d{4}-\d{2}$/ },
  DateTime: { noun: '时间', english: 'instant', example: '2026-11-26T09:30:00Z', shape: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/ },
  // An amount in yuan with at most two decimals, as yuanToFen reads it (money.ts).
  Yuan: { noun: '金额', english: 'amount in yuan with at most two decimals', example: '2580.00', shape: /^\s*-?\d+(\.\d{1,2})?\s*$/ },
};

/**
 * The errors our scalars raise about a value a client sent. Apollo Server re-codes an error a
 * scalar raises for a literal in the query text as GRAPHQL_VALIDATION_FAILED (graphql-js reports
 * it from validation, and may prefix its message with "Expected value of type …"), while the
 * same value in a variable is BAD_USER_INPUT: the subgraphs' formatError (subgraphErrorFormat.ts)
 * finds these errors behind either and gives both the scalar's own code and message.
 */
const CLIENT_VALUE_ERRORS = new WeakSet<GraphQLError>();

/** A client's value refused by one of our scalars: BAD_USER_INPUT, with a stable reason and the form expected. */
function refusedValue(scalar: ScalarName, english: string, chinese: string, reason: 'INVALID_FORMAT' | 'OUT_OF_RANGE' = 'INVALID_FORMAT'): GraphQLError {
  const error = new GraphQLError(`${english}（${chinese}）`, {
    extensions: { code: 'BAD_USER_INPUT', reason, scalar, expected: WORDS[scalar].example },
  });
  CLIENT_VALUE_ERRORS.add(error);
  return error;
}

/** The scalar error that `error` is, or was raised from (graphql-js and Apollo Server wrap it in `originalError`). */
export function clientValueErrorOf(error: unknown): GraphQLError | undefined {
  return wrappedErrors(error).find((wrapped): wrapped is GraphQLError => wrapped instanceof GraphQLError && CLIENT_VALUE_ERRORS.has(wrapped));
}

/** A client's value quoted back, cut short: it may be anything, of any length. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function notAString(scalar: ScalarName): GraphQLError {
  const { noun, example } = WORDS[scalar];
  return refusedValue(scalar, `${scalar} must be a string such as "${example}"`, `${noun}应写成带引号的字符串，如 "${example}"`);
}

function stringLiteral(ast: ValueNode, scalar: ScalarName): string {
  if (ast.kind !== Kind.STRING) throw notAString(scalar);
  return ast.value;
}

function checked(value: unknown, scalar: ScalarName, valid: (v: string) => boolean): string {
  if (typeof value !== 'string') throw notAString(scalar);
  if (valid(value)) return value;
  const { noun, english, example, shape } = WORDS[scalar];
  if (!shape.test(value)) {
    throw refusedValue(scalar, `${scalar} ${quoted(value)} is not written as ${example}`, `${noun}格式不对，应写作 ${example}`);
  }
  throw refusedValue(scalar, `${scalar} ${quoted(value)} does not exist; send a real ${english} such as ${example}`, `${noun} ${value} 不存在，请填写实际存在的${noun}，如 ${example}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar day, ISO 8601 (YYYY-MM-DD): "2019-03-01". A day in China Standard Time (UTC+8), never in UTC: a deadline, a licence\'s validity, a fee catalog\'s date — and the date inside a case number (3220261127000001: 2026-11-27) or a queue ticket\'s id — are days as the calendar in China reads them.',
  specifiedByURL: ISO_8601,
  serialize: (value) => checked(value, 'Date', isLocalDate),
  parseValue: (value) => checked(value, 'Date', isLocalDate),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'Date'), 'Date', isLocalDate),
});

export const YearMonthScalar = new GraphQLScalarType<string, string>({
  name: 'YearMonth',
  description: 'A calendar month, ISO 8601 (YYYY-MM): "2026-10", as the calendar in China reads it.',
  specifiedByURL: ISO_8601,
  serialize: (value) => checked(value, 'YearMonth', isYearMonth),
  parseValue: (value) => checked(value, 'YearMonth', isYearMonth),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'YearMonth'), 'YearMonth', isYearMonth),
});

function parseYuan(value: unknown): number {
  if (typeof value !== 'string') throw notAString('Yuan');
  if (!WORDS.Yuan.shape.test(value)) {
    throw refusedValue('Yuan', `Yuan ${quoted(value)} is not an amount in yuan with at most two decimals, such as "2580.00"`, '金额应以元为单位、最多两位小数，写作 2580.00');
  }
  try {
    return yuanToFen(value);
  } catch {
    // Well-formed, so the only way left to fail: more fen than a number holds exactly.
    throw refusedValue('Yuan', `Yuan ${quoted(value)} is out of range`, `金额 ${value.trim()} 超出范围`, 'OUT_OF_RANGE');
  }
}

export const YuanScalar = new GraphQLScalarType<number, string>({
  name: 'Yuan',
  description:
    'An amount of money in yuan (元), as an exact decimal string: given always with two decimals ("2580.00", "0.00" for an exemption); accepted with at most two ("2580", "2580.5"). A string, never a JSON number, so that no amount is rounded.',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError(`Yuan: ${String(value)} is not a whole number of fen`);
    return fenToYuan(value);
  },
  parseValue: parseYuan,
  parseLiteral: (ast) => parseYuan(stringLiteral(ast, 'Yuan')),
});

// The calendar date checked on its own: Date.parse rolls 2026-02-30T10:00:00Z over to 2 March.
const isInstant = (value: string) => WORDS.DateTime.shape.test(value) && isLocalDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description:
    'An instant, RFC 3339 date-time. Given in UTC (Z): "2026-11-26T01:30:00.000Z" is 09:30 China Standard Time; accepted with any offset ("2026-11-26T09:30:00+08:00"). The day in China is a Date: a Date (and the date inside a case number) is a China Standard Time day, so an instant before 08:00 in China falls on the UTC day before.',
  specifiedByURL: RFC_3339,
  serialize: (value) => checked(value instanceof Date ? value.toISOString() : value, 'DateTime', isInstant),
  parseValue: (value) => checked(value, 'DateTime', isInstant),
  parseLiteral: (ast) => checked(stringLiteral(ast, 'DateTime'), 'DateTime', isInstant),
});

export const SCALAR_RESOLVERS = { Date: DateScalar, DateTime: DateTimeScalar, YearMonth: YearMonthScalar, Yuan: YuanScalar };

/**
 * The scalars as SDL, with the descriptions and @specifiedBy above: every subgraph declares them
 * (commonTypeDefs.ts), and composition carries them into the supergraph, so that a client
 * introspecting the gateway (or reading its SDL) learns the form and the time zone of each.
 */
export function scalarSdl(): string {
  return Object.values(SCALAR_RESOLVERS)
    .map((scalar) => {
      const specifiedBy = scalar.specifiedByURL ? ` @specifiedBy(url: ${JSON.stringify(scalar.specifiedByURL)})` : '';
      return `${JSON.stringify(scalar.description)}\nscalar ${scalar.name}${specifiedBy}`;
    })
    .join('\n\n');
}
