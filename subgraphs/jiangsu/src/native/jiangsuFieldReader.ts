import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { Fen } from '@yrd/shared/standard/money';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { readNativeDivisionCode, type NativeDivisionCodeUse } from '@yrd/shared/provinceKit/nativeDivisionCode';
import type { LocalDate, YearMonth } from '@yrd/shared/time/localDate';
import { hasCreditCodeForm } from './jiangsuCertificateType.ts';
import type { JiangsuLabelTable } from './jiangsuCodeTables.ts';
import { labelsOf, valueOfLabel } from './jiangsuCodeTables.ts';
import { JIANGSU_REGION } from './jiangsuRegion.ts';
import {
  isDivisionCode,
  LIST_SEPARATOR,
  parseCompactDate,
  parseCompactMonth,
  parseCount,
  parseFlag,
  parseWanYuan,
  parseYear,
  parseYuan,
} from './jiangsuValueSyntax.ts';

/**
 * Reads the typed values of one parsed CSV line, column by column. Every problem becomes a
 * NativeRecordError naming the column. Fields are trimmed (the exchange pads some columns;
 * the standard never carries leading or trailing blanks). An empty field is null where the
 * column is nullable (the `optional…` readers) and an error everywhere else.
 */
export class JiangsuFieldReader<C extends string> {
  readonly #kind: NativeEvidenceKind;
  readonly #row: Readonly<Record<C, string>>;

  constructor(kind: NativeEvidenceKind, row: Readonly<Record<C, string>>) {
    this.#kind = kind;
    this.#row = row;
  }

  fail(field: C, problem: string): never {
    throw new NativeRecordError(JIANGSU_REGION, this.#kind, field, problem);
  }

  /** The trimmed field, or null when it is empty. */
  #optional(field: C): string | null {
    const value = this.#row[field].trim();
    return value === '' ? null : value;
  }

  #required(field: C): string {
    const value = this.#optional(field);
    if (value === null) this.fail(field, 'required field is empty');
    return value;
  }

  text(field: C): string {
    return this.#required(field);
  }

  optionalText(field: C): string | null {
    return this.#optional(field);
  }

  date(field: C): LocalDate {
    return this.#date(field, this.#required(field));
  }

  optionalDate(field: C): LocalDate | null {
    const value = this.#optional(field);
    return value === null ? null : this.#date(field, value);
  }

  #date(field: C, value: string): LocalDate {
    return parseCompactDate(value) ?? this.fail(field, `"${value}" is not a calendar date written yyyyMMdd (e.g. 20190301)`);
  }

  month(field: C): YearMonth {
    const value = this.#required(field);
    return parseCompactMonth(value) ?? this.fail(field, `"${value}" is not a month written yyyyMM (e.g. 201903)`);
  }

  /** Yuan with exactly two decimals → fen. */
  yuan(field: C): Fen {
    const value = this.#required(field);
    return parseYuan(value) ?? this.fail(field, `"${value}" is not an amount in yuan with exactly two decimals (e.g. 2580.00)`);
  }

  /** 万元 with up to six decimals → fen. */
  wanYuan(field: C): Fen {
    const value = this.#required(field);
    return parseWanYuan(value) ?? this.fail(field, `"${value}" is not an amount in 万元 with at most six decimals (e.g. 500 or 150.5)`);
  }

  count(field: C): number {
    const value = this.#required(field);
    return parseCount(value) ?? this.fail(field, `"${value}" is not a whole number of months`);
  }

  year(field: C): number {
    const value = this.#required(field);
    return parseYear(value) ?? this.fail(field, `"${value}" is not a four-digit year`);
  }

  /** '1' / '0' → true / false. */
  flag(field: C): boolean {
    const value = this.#required(field);
    return parseFlag(value) ?? this.fail(field, `"${value}" is not a flag (1 or 0)`);
  }

  /** A division code, read through the shared reading: retired → current successor, unknown → error. */
  divisionCode(field: C, use: NativeDivisionCodeUse): string {
    return this.#divisionCode(field, this.#required(field), use);
  }

  optionalDivisionCode(field: C, use: NativeDivisionCodeUse): string | null {
    const value = this.#optional(field);
    return value === null ? null : this.#divisionCode(field, value, use);
  }

  #divisionCode(field: C, value: string, use: NativeDivisionCodeUse): string {
    if (!isDivisionCode(value)) this.fail(field, `"${value}" is not a six-digit division code`);
    const reading = readNativeDivisionCode(value, use);
    return reading.ok ? reading.code : this.fail(field, reading.problem);
  }

  /** A unified social credit code other than the subject's (e.g. the employer's), or null. */
  optionalCreditCode(field: C): string | null {
    const value = this.#optional(field);
    if (value !== null && !hasCreditCodeForm(value)) this.fail(field, `"${value}" is not a unified social credit code`);
    return value;
  }

  /** A Chinese label → its standard value; unknown labels are errors. */
  label<V extends string>(field: C, table: JiangsuLabelTable<V>): V {
    return this.#label(field, table, this.#required(field));
  }

  #label<V extends string>(field: C, table: JiangsuLabelTable<V>, label: string): V {
    return valueOfLabel(table, label) ?? this.fail(field, `unknown value "${label}"; expected one of ${labelsOf(table).join(', ')}`);
  }

  /**
   * A '|'-separated list of labels → standard values in `order`; an empty field is an empty
   * list. Empty items and repeated labels are errors.
   */
  labelList<V extends string>(field: C, table: JiangsuLabelTable<V>, order: readonly V[]): V[] {
    const value = this.#optional(field);
    if (value === null) return [];
    const values = value.split(LIST_SEPARATOR).map((label) => {
      if (label === '') this.fail(field, `empty item in the ${LIST_SEPARATOR}-separated list "${value}"`);
      return this.#label(field, table, label);
    });
    const distinct = new Set(values);
    if (distinct.size !== values.length) this.fail(field, `a value is listed twice in "${value}"`);
    return order.filter((entry) => distinct.has(entry));
  }
}
