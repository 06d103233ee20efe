import { fenToWanYuan, fenToYuan, wanYuanToFen, yuanToFen, type Fen } from '@yrd/shared/standard/money';
import { readNativeDivisionCode, type NativeDivisionCodeUse } from '@yrd/shared/provinceKit/nativeDivisionCode';
import { isLocalDate, isYearMonth, type LocalDate, type YearMonth } from '@yrd/shared/time/localDate';

/**
 * How one field of a Shanghai payload is read from and written to JSON. Every codec is strict:
 * a value that does not follow Shanghai's convention is a FieldProblem, never a guess.
 *
 * Conventions of the 一网通办 data-sharing platform (数据共享交换平台):
 * - text: JSON string, surrounding blanks trimmed, blank is an error;
 * - dates 'yyyy-MM-dd', months 'yyyy-MM' (JSON strings);
 * - counts and years: JSON integers;
 * - money in 元: JSON string with exactly two decimals ('2580.00'); a JSON number is an error;
 * - registered capital in 万元: JSON string with up to six decimals ('500.000000');
 * - flags: JSON true / false;
 * - absent optional values: JSON null (the key is still present).
 */

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** What is wrong with one field's value; the format turns it into a NativeRecordError. */
export class FieldProblem extends Error {
  /** Suffix to the field name when the problem is inside it, e.g. '[2]' for an array element. */
  readonly path: string;

  constructor(problem: string, path = '') {
    super(problem);
    this.name = 'FieldProblem';
    this.path = path;
  }
}

export interface FieldCodec<T> {
  /**
   * JSON value (already parsed) → standard value; throws FieldProblem.
   * Declared with method syntax on purpose: method parameters are bivariant, which lets the
   * format walk a table of codecs of different value types as FieldCodec<unknown>.
   */
  read(raw: unknown): T;
  /** Standard value → JSON value as Shanghai's system writes it. */
  write(value: T): JsonValue;
}

export function describeJson(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a JSON array';
  switch (typeof raw) {
    case 'string':
      return `the string ${JSON.stringify(raw)}`;
    case 'number':
      return `the JSON number ${String(raw)}`;
    case 'boolean':
      return `the JSON boolean ${String(raw)}`;
    default:
      return 'a JSON object';
  }
}

function stringOf(raw: unknown, expected: string): string {
  if (typeof raw !== 'string') throw new FieldProblem(`expected ${expected}, got ${describeJson(raw)}`);
  return raw;
}

export const text: FieldCodec<string> = {
  read(raw) {
    const value = stringOf(raw, 'a string').trim();
    if (value === '') throw new FieldProblem('is blank; a value is required');
    return value;
  },
  write: (value) => value,
};

/**
 * GB/T 2260 division code: six digits as a JSON string, read through the shared reading
 * (nativeDivisionCode.ts): a retired code comes out as its current successor, an unknown one
 * is a FieldProblem. `use` says whether it is where Shanghai registers the subject or a place
 * elsewhere (moved from).
 */
function divisionCodeFor(use: NativeDivisionCodeUse): FieldCodec<string> {
  return {
    read(raw) {
      const value = stringOf(raw, 'a six-digit division code string');
      if (!/^\d{6}$/.test(value)) throw new FieldProblem(`expected a six-digit division code, got ${describeJson(raw)}`);
      const reading = readNativeDivisionCode(value, use);
      if (!reading.ok) throw new FieldProblem(reading.problem);
      return reading.code;
    },
    write: (value) => value,
  };
}

/** Where Shanghai registers the subject (户籍地, 住所). */
export const divisionCode: FieldCodec<string> = divisionCodeFor('REGISTRATION');
/** A place elsewhere the record names (迁出地). */
export const originDivisionCode: FieldCodec<string> = divisionCodeFor('ORIGIN');

export const isoDate: FieldCodec<LocalDate> = {
  read(raw) {
    const value = stringOf(raw, 'a calendar date yyyy-MM-dd as a string');
    if (!isLocalDate(value)) throw new FieldProblem(`expected a calendar date yyyy-MM-dd, got ${describeJson(raw)}`);
    return value;
  },
  write: (value) => value,
};

export const isoMonth: FieldCodec<YearMonth> = {
  read(raw) {
    const value = stringOf(raw, 'a month yyyy-MM as a string');
    if (!isYearMonth(value)) throw new FieldProblem(`expected a month yyyy-MM, got ${describeJson(raw)}`);
    return value;
  },
  write: (value) => value,
};

/** A non-negative whole number (months, counts). */
export const count: FieldCodec<number> = {
  read(raw) {
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
      throw new FieldProblem(`expected a non-negative JSON integer, got ${describeJson(raw)}`);
    }
    return raw;
  },
  write: (value) => value,
};

export const year: FieldCodec<number> = {
  read(raw) {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1000 || raw > 9999) {
      throw new FieldProblem(`expected a four-digit year as a JSON integer, got ${describeJson(raw)}`);
    }
    return raw;
  },
  write: (value) => value,
};

export const flag: FieldCodec<boolean> = {
  read(raw) {
    if (typeof raw !== 'boolean') throw new FieldProblem(`expected JSON true or false, got ${describeJson(raw)}`);
    return raw;
  },
  write: (value) => value,
};

const YUAN = /^(?:0|[1-9]\d*)\.\d{2}$/;

/** Money in 元 as a decimal string with exactly two decimals: '2580.00'. */
export const yuan: FieldCodec<Fen> = {
  read(raw) {
    const value = stringOf(raw, 'an amount in yuan as a decimal string such as "2580.00"');
    if (!YUAN.test(value)) {
      throw new FieldProblem(`expected an amount in yuan with exactly two decimals such as "2580.00", got ${describeJson(raw)}`);
    }
    try {
      return yuanToFen(value);
    } catch (error) {
      throw new FieldProblem(error instanceof Error ? error.message : String(error));
    }
  },
  write: (fen) => fenToYuan(fen),
};

const WAN_YUAN = /^(?:0|[1-9]\d*)(?:\.\d{1,6})?$/;

/** Registered capital in 万元 as a decimal string with up to six decimals; written with six. */
export const wanYuan: FieldCodec<Fen> = {
  read(raw) {
    const value = stringOf(raw, 'an amount in 万元 as a decimal string such as "500.000000"');
    if (!WAN_YUAN.test(value)) {
      throw new FieldProblem(`expected an amount in 万元 with at most six decimals such as "500.000000", got ${describeJson(raw)}`);
    }
    try {
      return wanYuanToFen(value);
    } catch (error) {
      throw new FieldProblem(error instanceof Error ? error.message : String(error));
    }
  },
  write(fen) {
    const [whole, fraction = ''] = fenToWanYuan(fen).split('.');
    return `${whole ?? '0'}.${fraction.padEnd(6, '0')}`;
  },
};

/** A code from one of Shanghai's code tables (standard value → Shanghai code). */
export function code<S extends string>(table: Readonly<Record<S, string>>, what: string): FieldCodec<S> {
  const entries = Object.entries(table) as [S, string][];
  const known = entries.map(([, native]) => native).join(', ');
  return {
    read(raw) {
      const value = stringOf(raw, `a ${what} code string`);
      const entry = entries.find(([, native]) => native === value);
      if (!entry) throw new FieldProblem(`unknown ${what} code ${JSON.stringify(value)}; expected one of ${known}`);
      return entry[0];
    },
    write: (value) => table[value],
  };
}

/**
 * A set of codes written as a JSON array. Read back in the standard's order (`order`), whatever
 * order the native system listed them in; a repeated code is an error.
 */
export function codeSet<S extends string>(table: Readonly<Record<S, string>>, order: readonly S[], what: string): FieldCodec<S[]> {
  const element = code(table, what);
  return {
    read(raw) {
      if (!Array.isArray(raw)) throw new FieldProblem(`expected a JSON array of ${what} codes, got ${describeJson(raw)}`);
      const values = raw.map((item: unknown, index) => {
        try {
          return element.read(item);
        } catch (error) {
          if (error instanceof FieldProblem) throw new FieldProblem(error.message, `[${index}]`);
          throw error;
        }
      });
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) throw new FieldProblem(`${what} code ${table[value]} is listed twice`, `[${index}]`);
      });
      return order.filter((value) => values.includes(value));
    },
    write: (values) => values.map((value) => table[value]),
  };
}

/** The same codec, with JSON null standing for an absent value (the key itself is required). */
export function nullable<T>(codec: FieldCodec<T>): FieldCodec<T | null> {
  return {
    read: (raw) => (raw === null ? null : codec.read(raw)),
    write: (value) => (value === null ? null : codec.write(value)),
  };
}
