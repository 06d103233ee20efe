import { GraphQLError } from 'graphql';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { NativeRow } from './provinceStore.ts';

/**
 * Turns stored native rows into standard records with their provenance, through the
 * province's adapter. A row the adapter cannot read, or that reads as another subject or
 * kind than it is filed under, is an error naming the record — never a silent omission,
 * so no case is decided on partial evidence without saying so.
 */
export function createRecordReader(config: ProvinceConfig): (row: NativeRow) => HeldRecord {
  return (row) => {
    let record;
    try {
      record = config.nativeFormat.decode(row.kind, row.payload);
    } catch (error) {
      throw new GraphQLError(`${config.region.name} record ${row.recordId} cannot be read: ${(error as Error).message}`, {
        extensions: { code: 'NATIVE_RECORD_INVALID', region: config.region.code, recordId: row.recordId },
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
