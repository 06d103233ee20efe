import { GraphQLError } from 'graphql';
import type { Logger } from '../observability/logger.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { NativeRecordError } from './nativeFormat.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { NativeRow } from './provinceStore.ts';

/**
 * Turns stored native rows into standard records with their provenance, through the
 * province's adapter. A row the adapter cannot read, or that reads as another subject or
 * kind than it is filed under, is an error naming the record — never a silent omission,
 * so no case is decided on partial evidence without saying so.
 *
 * The adapter's own words quote the value that failed, which may be a person's identity number
 * (a spouse's, a legal representative's): they go neither to the caller (the public included)
 * nor to the log, which is shipped and kept more widely than the database. Both name the record
 * and the field, which is enough for the data steward to find the row.
 */
export function createRecordReader(config: ProvinceConfig, logger?: Pick<Logger, 'error'>): (row: NativeRow) => HeldRecord {
  return (row) => {
    let record;
    try {
      record = config.nativeFormat.decode(row.kind, row.payload);
    } catch (error) {
      const field = error instanceof NativeRecordError ? error.field : undefined;
      logger?.error({ recordId: row.recordId, kind: row.kind, field, error: error instanceof Error ? error.name : typeof error }, 'native record cannot be read');
      const where = field ? `字段 ${field} 不符合本省数据格式` : '不符合本省数据格式';
      throw new GraphQLError(`${config.region.name}的记录 ${row.recordId} 无法读取（${where}），已记入日志，请联系${config.region.name}数据主管部门核查`, {
        extensions: { code: 'NATIVE_RECORD_INVALID', region: config.region.code, recordId: row.recordId, ...(field ? { field } : {}) },
      });
    }
    if (record.subjectId !== row.subjectId || record.kind !== row.kind || record.recordId !== row.recordId) {
      throw new GraphQLError(`${config.region.name} record ${row.recordId} is filed under another subject or kind than it contains`, {
        extensions: { code: 'NATIVE_RECORD_INVALID', region: config.region.code, recordId: row.recordId },
      });
    }
    return { ...record, region: config.region.code, holdingAuthority: config.holdingAuthorities[record.kind] };
  };
}
