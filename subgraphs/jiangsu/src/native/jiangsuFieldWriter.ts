import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { Fen } from '@yrd/shared/standard/money';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import type { LocalDate, YearMonth } from '@yrd/shared/time/localDate';
import { hasCreditCodeForm } from './jiangsuCertificateType.ts';
import type { JiangsuLabelTable } from './jiangsuCodeTables.ts';
import { JIANGSU_REGION } from './jiangsuRegion.ts';
import {
  formatCompactDate,
  formatCompactMonth,
  formatCount,
  formatFlag,
  formatWanYuan,
  formatYear,
  formatYuan,
  isDivisionCode,
  LIST_SEPARATOR,
} from './jiangsuValueSyntax.ts';

/**
 * Writes standard values as Jiangsu's field text, the mirror of JiangsuFieldReader. A standard
 * value the extract cannot carry faithfully (empty or untrimmed text, an invalid date, a
 * negative amount) is refused with a NativeRecordError naming the column it was meant for, so
 * encode never produces a payload that decode would read differently.
 */
export class JiangsuFieldWriter<C extends string> {
  readonly #kind: NativeEvidenceKind;

  constructor(kind: NativeEvidenceKind) {
    this.#kind = kind;
  }

  fail(field: C, problem: string): never {
    throw new NativeRecordError(JIANGSU_REGION, this.#kind, field, `cannot write: ${problem}`);
  }

  #convert<T>(field: C, value: T, format: (value: T) => string): string {
    try {
      return format(value);
    } catch (error) {
      if (error instanceof RangeError) this.fail(field, error.message);
      throw error;
    }
  }

  text(field: C, value: string): string {
    if (value.trim() === '') this.fail(field, 'required text is empty (an empty field reads as missing)');
    if (value.trim() !== value) this.fail(field, `"${value}" has leading or trailing blanks, which Jiangsu's readers trim`);
    return value;
  }

  optionalText(field: C, value: string | null): string {
    return value === null ? '' : this.text(field, value);
  }

  date(field: C, value: LocalDate): string {
    return this.#convert(field, value, formatCompactDate);
  }

  optionalDate(field: C, value: LocalDate | null): string {
    return value === null ? '' : this.date(field, value);
  }

  month(field: C, value: YearMonth): string {
    return this.#convert(field, value, formatCompactMonth);
  }

  yuan(field: C, value: Fen): string {
    return this.#convert(field, value, formatYuan);
  }

  wanYuan(field: C, value: Fen): string {
    return this.#convert(field, value, formatWanYuan);
  }

  count(field: C, value: number): string {
    return this.#convert(field, value, formatCount);
  }

  year(field: C, value: number): string {
    return this.#convert(field, value, formatYear);
  }

  flag(_field: C, value: boolean): string {
    return formatFlag(value);
  }

  divisionCode(field: C, value: string): string {
    return isDivisionCode(value) ? value : this.fail(field, `"${value}" is not a six-digit division code`);
  }

  optionalDivisionCode(field: C, value: string | null): string {
    return value === null ? '' : this.divisionCode(field, value);
  }

  optionalCreditCode(field: C, value: string | null): string {
    if (value !== null && !hasCreditCodeForm(value)) this.fail(field, `"${value}" is not a unified social credit code`);
    return value ?? '';
  }

  label<V extends string>(field: C, table: JiangsuLabelTable<V>, value: V): string {
    // A value outside the table can only come from an unchecked cast upstream.
    return table[value] ?? this.fail(field, `no Jiangsu label for "${value}"`);
  }

  labelList<V extends string>(field: C, table: JiangsuLabelTable<V>, values: readonly V[]): string {
    if (new Set(values).size !== values.length) this.fail(field, `a value is listed twice in ${values.join(', ')}`);
    return values.map((value) => this.label(field, table, value)).join(LIST_SEPARATOR);
  }
}
