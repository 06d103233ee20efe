import { describe, expect, it } from 'vitest';
import { PROPERTY_TRANSFER_BUNDLE } from './storyItemCodes.ts';
import { STANDARD_ITEMS } from './standardItems.ts';

/**
 * 属地管辖: the items about a place — 不动产转移登记 and the utility transfers bundled with it — are
 * handled where the place is, for any applicant; every other item asks where the applicant belongs.
 */
describe('territorial items of the standard', () => {
  it('are the property transfer and its utilities, and every item says whether it is one', () => {
    expect(STANDARD_ITEMS.every((item) => typeof item.territorial === 'boolean')).toBe(true);
    expect(STANDARD_ITEMS.filter((item) => item.territorial).map((item) => item.code)).toEqual([...PROPERTY_TRANSFER_BUNDLE]);
  });
});
