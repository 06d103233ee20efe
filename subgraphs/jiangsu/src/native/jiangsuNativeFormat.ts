import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import type { RecordContents } from '@yrd/shared/standard/recordContents';
import type { NativeRecord, StandardRecord } from '@yrd/shared/standard/standardRecord';
import { certificateMismatch, certificateTypeOf, isJiangsuCertificateType } from './jiangsuCertificateType.ts';
import type { JiangsuColumn, JiangsuCommonColumn, JiangsuContentColumn } from './jiangsuColumns.ts';
import { jiangsuColumnsOf } from './jiangsuColumns.ts';
import { contentCodecOf } from './jiangsuContentCodecs.ts';
import { readCsvLine, writeCsvLine } from './jiangsuCsvLine.ts';
import { JIANGSU_REGION } from './jiangsuRegion.ts';
import { JiangsuFieldReader } from './jiangsuFieldReader.ts';
import { JiangsuFieldWriter } from './jiangsuFieldWriter.ts';

/**
 * 江苏：省数据共享交换平台的 CSV 抽取。One headerless RFC 4180 CSV line per record, columns in
 * the fixed per-kind order of jiangsuColumns.ts (pinyin abbreviations). Every line starts with
 * the subject's zjlx/zjhm (111 居民身份证 | 001 统一社会信用代码) and ends with jlbh/gxrq;
 * dates yyyyMMdd, months yyyyMM, money in yuan with two decimals (registered capital in 万元),
 * statuses as Chinese labels, flags 1/0, null as an empty field.
 */

function encodeJiangsuRecord(record: NativeRecord): string {
  return encodeOfKind(record.kind, record);
}

function encodeOfKind<K extends NativeEvidenceKind>(
  kind: K,
  record: { recordId: string; subjectId: string; updatedOn: string; content: RecordContents[K] },
): string {
  const common: JiangsuFieldWriter<JiangsuCommonColumn> = new JiangsuFieldWriter(kind);
  const certificateType = certificateTypeOf(record.subjectId);
  if (certificateType === undefined) {
    common.fail('zjhm', `subject id "${record.subjectId}" is neither a resident identity number nor a unified social credit code`);
  }
  const content = contentCodecOf(kind).write(record.content, new JiangsuFieldWriter<JiangsuContentColumn<K>>(kind));
  const commonRow: Record<JiangsuCommonColumn, string> = {
    zjlx: certificateType,
    zjhm: record.subjectId,
    jlbh: common.text('jlbh', record.recordId),
    gxrq: common.date('gxrq', record.updatedOn),
  };
  // The common and content columns together are exactly the kind's columns (jiangsuColumns.ts).
  const row = { ...commonRow, ...content } as Record<JiangsuColumn<K>, string>;
  return writeCsvLine(jiangsuColumnsOf(kind), row);
}

function decodeJiangsuRecord(kind: NativeEvidenceKind, payload: string): NativeRecord {
  return decodeOfKind(kind, payload);
}

function decodeOfKind<K extends NativeEvidenceKind>(kind: K, payload: string): StandardRecord<K> {
  const row = readCsvLine(kind, jiangsuColumnsOf(kind), payload);
  const common: JiangsuFieldReader<JiangsuCommonColumn> = new JiangsuFieldReader(kind, row);
  const certificateType = common.text('zjlx');
  if (!isJiangsuCertificateType(certificateType)) {
    common.fail('zjlx', `unknown certificate type "${certificateType}"; expected 111 (居民身份证) or 001 (统一社会信用代码)`);
  }
  const subjectId = common.text('zjhm');
  const mismatch = certificateMismatch(certificateType, subjectId);
  if (mismatch) throw new NativeRecordError(JIANGSU_REGION, kind, mismatch.field, mismatch.problem);
  const content = contentCodecOf(kind).read(new JiangsuFieldReader<JiangsuContentColumn<K>>(kind, row));
  const record = {
    kind,
    recordId: common.text('jlbh'),
    subjectId,
    updatedOn: common.date('gxrq'),
    content,
  };
  // For a generic K TypeScript cannot pick the member of the NativeRecord union; the fields
  // above are exactly StandardRecord<K>'s.
  return record as StandardRecord<K>;
}

export const jiangsuNativeFormat: NativeFormat = {
  description:
    'Jiangsu data-exchange CSV extract: one headerless RFC 4180 line per record, fixed pinyin columns per kind (zjlx,zjhm,…,jlbh,gxrq), yyyyMMdd dates, yuan with two decimals, Chinese status labels, 1/0 flags, empty = null',
  encode: encodeJiangsuRecord,
  decode: decodeJiangsuRecord,
};
