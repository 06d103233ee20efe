import { NativeRecordError, unknownKeyOf } from '@yrd/shared/provinceKit/nativeFormat';
import { readNativeDivisionCode, type NativeDivisionCodeUse } from '@yrd/shared/provinceKit/nativeDivisionCode';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { Fen } from '@yrd/shared/standard/money';
import type { SocialInsuranceScheme } from '@yrd/shared/standard/recordContents';
import type { LocalDate, YearMonth } from '@yrd/shared/time/localDate';
import { entryForCode, type ZhejiangCodeTable } from './codeTable.ts';
import { maskToSchemes } from './insuranceSchemeMask.ts';
import { cstClockTime, instantToCstDate, isCstMidnight, warehouseMillisToDate, warehouseToYearMonth } from './warehouseTime.ts';

export const ZHEJIANG_REGION: RegionCode = 'ZHEJIANG';

/** Field name used in errors about the payload as a whole rather than one column. */
export const WHOLE_PAYLOAD = '(payload)';

/** A JSON object as JSON.parse returns it. */
type JsonObject = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * One warehouse row (a JSON object) of a known evidence kind, read column by column. Every
 * reader checks the warehouse's type for the column and throws NativeRecordError naming the
 * column and what is wrong; nothing is defaulted.
 *
 * A row with a column the kind does not have is refused as it is parsed, before any column is
 * read — as Jiangsu refuses an extra column and Anhui an unknown element. The adapter certifies
 * the record to another province as evidence, and a column it does not understand could change
 * what the record means (a new revocation flag, a new status), so it must not be dropped in
 * silence. A column the warehouse added later is known, and a row exported before it may lack
 * it where its reader allows (`has`, subjectType.ts): absent can be allowed, unknown never.
 */
export class WarehouseRow {
  private constructor(
    private readonly kind: NativeEvidenceKind,
    private readonly row: JsonObject,
  ) {}

  /**
   * Parses one payload; it must be a single JSON object with no column but the kind's
   * `columns` (ZHEJIANG_FIELDS, in the order the warehouse writes them).
   */
  static parse(kind: NativeEvidenceKind, payload: string, columns: ReadonlySet<string>): WarehouseRow {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new NativeRecordError(ZHEJIANG_REGION, kind, WHOLE_PAYLOAD, `not JSON (${reason})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new NativeRecordError(ZHEJIANG_REGION, kind, WHOLE_PAYLOAD, `expected one JSON object per record, got ${describe(parsed)}`);
    }
    const row = new WarehouseRow(kind, parsed as JsonObject);
    row.refuseUnknownColumns(columns);
    return row;
  }

  /**
   * Names the first column the kind does not have (and any others), never its value, which may
   * be a person's data. Checked before any column is read, so a column the warehouse renamed is
   * reported by its new name, as a change of format, rather than by the old one as missing.
   */
  private refuseUnknownColumns(columns: ReadonlySet<string>): void {
    const unknown = unknownKeyOf(this.row, columns, { province: 'Zhejiang', key: 'column', payload: `${this.kind} row` });
    if (unknown) this.fail(unknown.key, unknown.problem);
  }

  fail(field: string, problem: string): never {
    throw new NativeRecordError(ZHEJIANG_REGION, this.kind, field, problem);
  }

  /**
   * Whether the row has the column at all (null included). Only for a column added to the
   * warehouse after rows were exported without it; every other column is required to be present.
   */
  has(field: string): boolean {
    return Object.hasOwn(this.row, field);
  }

  /** The column's value; a column that is absent is an error even for nullable columns. */
  private present(field: string): unknown {
    if (!Object.hasOwn(this.row, field)) this.fail(field, 'missing (the warehouse writes every column, null when empty)');
    return this.row[field];
  }

  private nonNull(field: string): unknown {
    const value = this.present(field);
    if (value === null) this.fail(field, 'is null but required');
    return value;
  }

  private integer(field: string, value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) this.fail(field, `expected ${what}, got ${describe(value)}`);
    return value;
  }

  /** A required text column, trimmed; blank is an error. */
  text(field: string): string {
    const value = this.nonNull(field);
    if (typeof value !== 'string') this.fail(field, `expected a string, got ${describe(value)}`);
    const trimmed = value.trim();
    if (trimmed === '') this.fail(field, 'is blank but required');
    return trimmed;
  }

  /** A nullable text column: JSON null for none; a blank string is not the warehouse's null. */
  nullableText(field: string): string | null {
    const value = this.present(field);
    if (value === null) return null;
    if (typeof value !== 'string') this.fail(field, `expected a string or null, got ${describe(value)}`);
    const trimmed = value.trim();
    if (trimmed === '') this.fail(field, 'is blank; the warehouse writes null for an empty value');
    return trimmed;
  }

  /**
   * A six-digit GB/T 2260 division code column, read through the shared reading
   * (nativeDivisionCode.ts): a retired code reads as its current successor, an unknown one fails.
   */
  divisionCode(field: string, use: NativeDivisionCodeUse): string {
    const code = this.text(field);
    if (!/^\d{6}$/.test(code)) this.fail(field, `expected a six-digit division code, got ${JSON.stringify(code)}`);
    const reading = readNativeDivisionCode(code, use);
    return reading.ok ? reading.code : this.fail(field, reading.problem);
  }

  nullableDivisionCode(field: string, use: NativeDivisionCodeUse): string | null {
    return this.present(field) === null ? null : this.divisionCode(field, use);
  }

  /** A pure date: epoch millis of CST midnight, the warehouse contract for date columns. */
  date(field: string): LocalDate {
    const millis = this.integer(field, this.nonNull(field), 'a date as epoch milliseconds');
    if (!isCstMidnight(millis)) {
      this.fail(
        field,
        `${millis} is ${instantToCstDate(millis)} ${cstClockTime(millis)} CST, not 00:00 CST; ` +
          'date columns hold the instant of CST midnight (UTC+8, no daylight saving)',
      );
    }
    return warehouseMillisToDate(millis);
  }

  nullableDate(field: string): LocalDate | null {
    return this.present(field) === null ? null : this.date(field);
  }

  /** An instant in epoch millis (gmt_modified) → the CST calendar date it falls on. */
  instantDate(field: string): LocalDate {
    const millis = this.integer(field, this.nonNull(field), 'an instant as epoch milliseconds');
    return instantToCstDate(millis);
  }

  /** An integer yyyymm month. */
  month(field: string): YearMonth {
    const value = this.integer(field, this.nonNull(field), 'a month as the integer yyyymm');
    const month = warehouseToYearMonth(value);
    if (month === null) this.fail(field, `${value} is not a month yyyymm with month 01–12`);
    return month;
  }

  /** A non-negative integer amount in fen. */
  fen(field: string): Fen {
    const value = this.nonNull(field);
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, `expected an amount in fen, got ${describe(value)}`);
    if (!Number.isInteger(value)) this.fail(field, `${value} is not a whole number of fen`);
    if (!Number.isSafeInteger(value)) this.fail(field, `${value} fen is out of range`);
    if (value < 0) this.fail(field, `${value} fen is negative`);
    return value;
  }

  /** A non-negative integer count (months). */
  count(field: string): number {
    const value = this.integer(field, this.nonNull(field), 'a whole number');
    if (value < 0) this.fail(field, `${value} is negative`);
    return value;
  }

  /** A four-digit year. */
  year(field: string): number {
    const value = this.integer(field, this.nonNull(field), 'a year');
    if (value < 1000 || value > 9999) this.fail(field, `${value} is not a four-digit year`);
    return value;
  }

  /** A 0/1 flag. */
  flag(field: string): boolean {
    const value = this.nonNull(field);
    if (value === 1) return true;
    if (value === 0) return false;
    return this.fail(field, `expected the flag 0 or 1, got ${describe(value)}`);
  }

  /** An integer code of one of the warehouse's status dictionaries. */
  status<V extends string>(field: string, table: ZhejiangCodeTable<V, number>): V {
    const code = this.integer(field, this.nonNull(field), 'an integer code');
    const entry = entryForCode(table, code);
    if (!entry) this.fail(field, `unknown code ${code} (known: ${table.map((known) => `${known.code} ${known.label}`).join(', ')})`);
    return entry.value;
  }

  /** A string code of a national standard (GB 3304, GB/T 2261.1, GB/T 4761…). */
  standardCode<V extends string>(field: string, table: ZhejiangCodeTable<V, string>, standardName: string): V {
    const value = this.nonNull(field);
    if (typeof value !== 'string') this.fail(field, `expected a ${standardName} code as a string, got ${describe(value)}`);
    const entry = entryForCode(table, value);
    if (!entry) this.fail(field, `unknown ${standardName} code ${JSON.stringify(value)}`);
    return entry.value;
  }

  /** The insured-scheme bitmask. */
  schemes(field: string): SocialInsuranceScheme[] {
    const mask = this.integer(field, this.nonNull(field), 'a scheme bitmask');
    const schemes = maskToSchemes(mask);
    if (schemes === null) this.fail(field, `${mask} is not a scheme bitmask (bits 1, 2, 4, 8, 16; 0–31)`);
    return schemes;
  }
}
