import type { NativeEvidenceKind, SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { RecordContents } from '@yrd/shared/standard/recordContents';
import type { JiangsuContentColumn } from './jiangsuColumns.ts';
import type { JiangsuFieldReader } from './jiangsuFieldReader.ts';
import type { JiangsuFieldWriter } from './jiangsuFieldWriter.ts';

/**
 * How one evidence kind's content maps onto its content columns (all columns but zjlx, zjhm,
 * jlbh and gxrq, which the format handles once for every kind).
 *
 * Whose record it is (TaxContent.taxpayerKind, CreditRecordContent.subjectKind) has no content
 * column: it is zjlx (jiangsuCertificateType.ts). The format writes zjlx from the record's
 * subject kind and hands the kind it read from zjlx to `read`; codecs never write it.
 */
export interface JiangsuContentCodec<K extends NativeEvidenceKind> {
  /** Standard content → the text of every content column. */
  write(content: RecordContents[K], writer: JiangsuFieldWriter<JiangsuContentColumn<K>>): Record<JiangsuContentColumn<K>, string>;
  /**
   * The content columns of a parsed line → standard content. `subjectKind` is whose record the
   * line is, read from zjlx and already checked against the kind; kinds about one kind of
   * subject only ignore it.
   */
  read(reader: JiangsuFieldReader<JiangsuContentColumn<K>>, subjectKind: SubjectKind): RecordContents[K];
}
