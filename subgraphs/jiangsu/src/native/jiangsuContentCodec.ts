import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { RecordContents } from '@yrd/shared/standard/recordContents';
import type { JiangsuContentColumn } from './jiangsuColumns.ts';
import type { JiangsuFieldReader } from './jiangsuFieldReader.ts';
import type { JiangsuFieldWriter } from './jiangsuFieldWriter.ts';

/**
 * How one evidence kind's content maps onto its content columns (all columns but zjlx, zjhm,
 * jlbh and gxrq, which the format handles once for every kind).
 */
export interface JiangsuContentCodec<K extends NativeEvidenceKind> {
  /** Standard content → the text of every content column. */
  write(content: RecordContents[K], writer: JiangsuFieldWriter<JiangsuContentColumn<K>>): Record<JiangsuContentColumn<K>, string>;
  /** The content columns of a parsed line → standard content. */
  read(reader: JiangsuFieldReader<JiangsuContentColumn<K>>): RecordContents[K];
}
