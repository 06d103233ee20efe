import type { Region } from '../regions/regionRegistry.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { NativeFormat } from './nativeFormat.ts';
import type { PassedOnItem } from './passedOn.ts';
import type { ProvinceNegativeListNote } from '../publicServices/negativeList.ts';

/**
 * Everything that differs between provinces. The province kit turns one of these into a
 * running subgraph; a province folder holds nothing but this configuration and its data.
 */
export interface ProvinceConfig {
  readonly region: Region;
  readonly nativeFormat: NativeFormat;
  /** The authority holding each kind of record in this province. */
  readonly holdingAuthorities: Readonly<Record<EvidenceKind, string>>;
  readonly implementations: readonly LocalImplementation[];
  /**
   * 联动过户: standard items the province does not implement but passes on to the enterprise that
   * carries them out, after a bundle item it implements is approved (passedOn.ts); none if absent.
   * Checked at start with the implementation list.
   */
  readonly passedOn?: readonly PassedOnItem[];
  /** Local guidance on national negative-list entries (never new entries: checked at start). */
  readonly negativeListNotes: readonly ProvinceNegativeListNote[];
}
