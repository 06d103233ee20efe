import type { EvidenceKind, NativeEvidenceKind } from './evidenceKinds.ts';
import type { RecordContents } from './recordContents.ts';
import type { LocalDate } from '../time/localDate.ts';
import type { RegionCode } from '../regions/regionRegistry.ts';

/**
 * A record as the standard sees it, whichever province holds it and whatever its native
 * format: what an adapter (`nativeToStandard`) returns.
 */
export type StandardRecord<K extends EvidenceKind = EvidenceKind> = {
  [P in K]: {
    kind: P;
    /** The holding province's own identifier of the record. */
    recordId: string;
    /** Resident identity number or unified social credit code of the subject. */
    subjectId: string;
    /** Last change of the record in the holding province. */
    updatedOn: LocalDate;
    content: RecordContents[P];
  };
}[K];

/** A record of a kind provinces keep natively (what their adapters read and write). */
export type NativeRecord = StandardRecord<NativeEvidenceKind>;

/** A standard record with its provenance, as released to other provinces. */
export type HeldRecord<K extends EvidenceKind = EvidenceKind> = StandardRecord<K> & {
  region: RegionCode;
  /** The authority that holds it, e.g. 上海市公积金管理中心. */
  holdingAuthority: string;
};
