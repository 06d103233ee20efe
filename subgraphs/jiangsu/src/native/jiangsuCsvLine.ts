import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import { formatChanged, NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { JIANGSU_REGION } from './jiangsuRegion.ts';

/**
 * One record of Jiangsu's exchange as one headerless CSV line (RFC 4180: comma separated,
 * fields with a comma, a quote or a line break are quoted and inner quotes doubled). The
 * column order comes from jiangsuColumns.ts. A quoted field may contain line breaks, so "one
 * line" means one CSV record, not one physical line.
 */

/**
 * The line breaks a record may end with (RFC 4180's CRLF, and the LF or CR a system may
 * write), named rather than left to csv-parse's auto-discovery: discovery converts the text
 * to bytes once per character until it meets a line break — for a one-line payload, which
 * has none, every character — and was most of the cost of reading a record. Records of
 * differing lengths are let through so that a line broken in two is reported as two records
 * (below), not as a short record of csv-parse's wording.
 */
const PARSE_OPTIONS = { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true };

/** Field name used in errors about the payload as a whole (syntax, record or column count). */
export const WHOLE_PAYLOAD = 'payload';

/**
 * Parses the payload into one value per column. A UTF-8 byte-order mark and one trailing line
 * break are tolerated; anything else that is not exactly one record of `columns.length` fields
 * is a NativeRecordError.
 */
export function readCsvLine<C extends string>(kind: NativeEvidenceKind, columns: readonly C[], payload: string): Record<C, string> {
  const fail = (field: string, problem: string): never => {
    throw new NativeRecordError(JIANGSU_REGION, kind, field, problem);
  };
  let records: string[][];
  try {
    records = parse(payload, PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse reports the 0-based index of the field it was reading.
    const index: unknown = error['index'];
    const field = typeof index === 'number' ? (columns[index] ?? `field ${index + 1}`) : WHOLE_PAYLOAD;
    return fail(field, `not valid CSV (${error.code}): ${error.message}`);
  }
  if (records.length !== 1) {
    return fail(
      WHOLE_PAYLOAD,
      records.length === 0
        ? `empty payload; expected one CSV line of ${columns.length} fields`
        : `expected one CSV record, found ${records.length} (an unquoted line break?)`,
    );
  }
  const [fields = []] = records;
  if (fields.length !== columns.length) {
    return fail(
      WHOLE_PAYLOAD,
      `expected ${columns.length} fields (${columns.join(',')}), found ${fields.length}` +
        // More than the kind has: a column the adapter does not know (the CSV has no header to name it).
        (fields.length > columns.length ? `; ${formatChanged('Jiangsu')}` : ''),
    );
  }
  const row: Partial<Record<C, string>> = {};
  columns.forEach((column, index) => {
    row[column] = fields[index] ?? '';
  });
  // Every column was just assigned.
  return row as Record<C, string>;
}

/** Writes one value per column, in column order, as one CSV record without a trailing line break. */
export function writeCsvLine<C extends string>(columns: readonly C[], row: Readonly<Record<C, string>>): string {
  return stringify([columns.map((column) => row[column])], {
    eof: false,
    // RFC 4180 quotes fields containing CR or LF; csv-stringify on its own only checks '\n'.
    quoted_match: /[\r\n]/,
  });
}
