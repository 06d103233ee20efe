import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bundleMaterials } from './bundleMaterials.ts';

const SEAL = '100101001000';
const INVOICE = '100301001000';

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, ...error.extensions };
  }
  throw new Error('expected a GraphQLError');
}

describe('a bundle submission\'s materials', () => {
  it('go to the item each names, and to no other: M03 is a different paper in each item', () => {
    const byItem = bundleMaterials([`${SEAL}:M03`, `${INVOICE}:M01`, `${SEAL}:M03`], [SEAL, INVOICE]);
    expect(byItem.get(SEAL)).toEqual(['M03']);
    expect(byItem.get(INVOICE)).toEqual(['M01']);
    expect(bundleMaterials([], [SEAL, INVOICE]).get(SEAL)).toEqual([]);
  });

  it('are refused without their item, or for an item the bundle does not hold, saying how to write them', () => {
    expect(refusal(() => bundleMaterials(['M03'], [SEAL, INVOICE]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.providedMaterials', reason: 'MATERIAL_ITEM_MISSING', message: expect.stringContaining(`${SEAL}:M03`) });
    expect(refusal(() => bundleMaterials([`${SEAL}:`], [SEAL]))).toMatchObject({ reason: 'MATERIAL_ITEM_MISSING' });
    expect(refusal(() => bundleMaterials([`${SEAL}:M03:x`], [SEAL]))).toMatchObject({ reason: 'MATERIAL_ITEM_MISSING' });
    expect(refusal(() => bundleMaterials(['010001001000:M01'], [SEAL, INVOICE]))).toMatchObject({ reason: 'NOT_IN_BUNDLE', itemCode: '010001001000' });
  });
});
