import { NATIONAL_NEGATIVE_LIST } from '../publicServices/nationalNegativeList.ts';
import type { ProvinceConfig } from './provinceConfig.ts';

/**
 * 一单尽列，单外无单: a province may give local guidance on the national negative list, but
 * never add to it. A province whose notes name an entry the national list does not have is
 * refused at start, naming the entries.
 */
export class NegativeListViolation extends Error {
  constructor(
    readonly region: string,
    readonly entryCodes: readonly string[],
  ) {
    super(
      `${region}'s negative-list notes add entries that are not on the national list: ${entryCodes.join(', ')} — ` +
        '一单尽列，单外无单: provinces may only annotate national entries',
    );
    this.name = 'NegativeListViolation';
  }
}

export function checkNegativeListNotes(config: Pick<ProvinceConfig, 'region' | 'negativeListNotes'>): void {
  const national = new Set(NATIONAL_NEGATIVE_LIST.map((entry) => entry.code));
  const added = config.negativeListNotes.map((note) => note.entryCode).filter((code) => !national.has(code));
  if (added.length > 0) throw new NegativeListViolation(config.region.code, [...new Set(added)]);
}
