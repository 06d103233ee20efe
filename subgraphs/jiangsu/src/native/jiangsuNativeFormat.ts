import type { NativeEvidenceKind, SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import type { RecordContents } from '@yrd/shared/standard/recordContents';
import { subjectKindOf } from '@yrd/shared/standard/recordSubjectKind';
import type { NativeRecord, StandardRecord } from '@yrd/shared/standard/standardRecord';
import {
  certificateKindMismatch,
  certificateMismatch,
  certificateTypeFor,
  isJiangsuCertificateType,
  subjectKindOfCertificate,
} from './jiangsuCertificateType.ts';
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
 * the subject's zjlx/zjhm (111 居民身份证 | 001 统一社会信用代码) and ends with jlbh/gxrq.
 * zjlx is the certificate of the kind of subject the record is about, so it also says whose
 * record the line is when zjhm is valid as both (jiangsuCertificateType.ts). Dates yyyyMMdd, months yyyyMM, money in yuan with two decimals (registered capital in 万元),
 * statuses as Chinese labels, flags 1/0, null as an empty field.
 */

function encodeJiangsuRecord(record: NativeRecord): string {
  return encodeOfKind(record.kind, subjectKindOf(record), record);
}

function encodeOfKind<K extends NativeEvidenceKind>(
  kind: K,
  subjectKind: SubjectKind,
  record: { recordId: string; subjectId: string; updatedOn: string; content: RecordContents[K] },
): string {
  const common: JiangsuFieldWriter<JiangsuCommonColumn> = new JiangsuFieldWriter(kind);
  // zjlx from whose record it is (taxpayerKind, subjectKind, or the kind's one subject), never
  // from the number's form: a number valid as both must be written as the record's subject.
  const certificateType = certificateTypeFor(subjectKind);
  const mismatch = certificateMismatch(certificateType, record.subjectId);
  if (mismatch) common.fail(mismatch.field, `subject id of ${subjectKind === 'PERSON' ? 'a person' : 'an enterprise'}: ${mismatch.problem}`);
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
  // zjlx says whose record the line is (the number may be valid as both); a kind about one kind
  // of subject only must carry that subject's certificate.
  const kindMismatch = certificateKindMismatch(kind, certificateType);
  if (kindMismatch) common.fail('zjlx', kindMismatch);
  const subjectId = common.text('zjhm');
  const mismatch = certificateMismatch(certificateType, subjectId);
  if (mismatch) throw new NativeRecordError(JIANGSU_REGION, kind, mismatch.field, mismatch.problem);
  const subjectKind = subjectKindOfCertificate(certificateType);
  const content = contentCodecOf(kind).read(new JiangsuFieldReader<JiangsuContentColumn<K>>(kind, row), subjectKind);
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
    'Jiangsu data-exchange CSV extract: one headerless RFC 4180 line per record, fixed pinyin columns per kind (zjlx,zjhm,…,jlbh,gxrq), zjlx 111 for a person’s record and 001 for an enterprise’s, yyyyMMdd dates, yuan with two decimals, Chinese status labels, 1/0 flags, empty = null',
  encode: encodeJiangsuRecord,
  decode: decodeJiangsuRecord,
};
