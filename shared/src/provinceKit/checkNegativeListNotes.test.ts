import { describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST } from '../publicServices/nationalNegativeList.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { checkNegativeListNotes, NegativeListViolation } from './checkNegativeListNotes.ts';

describe('province negative-list notes', () => {
  const region = requireRegion('ANHUI');
  it('may annotate national entries', () => {
    const code = NATIONAL_NEGATIVE_LIST[0]?.code ?? '';
    expect(() => checkNegativeListNotes({ region, negativeListNotes: [{ entryCode: code, localGuidance: '皖事通办办理' }] })).not.toThrow();
  });
  it('may not add an entry: the province is refused at load, naming it', () => {
    expect(() => checkNegativeListNotes({ region, negativeListNotes: [{ entryCode: '999', localGuidance: '本省新增' }] })).toThrow(NegativeListViolation);
    expect(() => checkNegativeListNotes({ region, negativeListNotes: [{ entryCode: '999', localGuidance: '本省新增' }] })).toThrow(/ANHUI.*999.*一单尽列/);
  });
});
