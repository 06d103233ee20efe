import type { NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import { decodeZhejiangRecord } from './decodeZhejiangRecord.ts';
import { encodeZhejiangRecord } from './encodeZhejiangRecord.ts';

/**
 * 浙江 (浙里办 / IRS 数据仓库): one JSON object per record, snake_case columns (fieldNames.ts),
 * dates as epoch milliseconds of CST midnight, `gmt_modified` an instant, months as integer
 * yyyymm, money as integer fen, statuses as integer codes (statusCodes.ts), national codes
 * for sex (GB/T 2261.1), ethnicity (GB 3304) and relation to head (GB/T 4761), 0/1 flags,
 * the insured schemes as a bitmask, JSON null for an empty value. A row with a column the
 * adapter does not know is unreadable, as in the other three provinces: the record goes to
 * another province as evidence, and a column not understood could change what it means
 * (warehouseRow.ts).
 */
export const zhejiangNativeFormat: NativeFormat = {
  description:
    'Zhejiang IRS data warehouse: one JSON object per record, snake_case columns, dates as epoch millis of CST midnight, ' +
    'months yyyymm, money in integer fen, integer status codes, GB/T 2261.1 / GB 3304 / GB/T 4761 codes, 0/1 flags',
  encode: encodeZhejiangRecord,
  decode: decodeZhejiangRecord,
};
