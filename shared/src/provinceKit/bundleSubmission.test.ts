import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bundleSubmissionByItem } from './bundleSubmission.ts';

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

const materials = (providedMaterials: string[], itemCodes: string[]) => bundleSubmissionByItem({ providedMaterials, commitments: [] }, itemCodes);

describe('a bundle submission\'s materials and commitments', () => {
  it('go to the item each names, and to no other: M03 is a different paper in each item', () => {
    const byItem = bundleSubmissionByItem(
      { providedMaterials: [`${SEAL}:M03`, `${INVOICE}:M01`, `${SEAL}:M03`], commitments: [{ materialCode: `${INVOICE}:M03`, type: 'SUPPLY_LATER' }] },
      [SEAL, INVOICE],
    );
    expect(byItem.get(SEAL)).toEqual({ providedMaterials: ['M03'], commitments: [] });
    expect(byItem.get(INVOICE)).toEqual({ providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] });
    expect(materials([], [SEAL, INVOICE]).get(SEAL)).toEqual({ providedMaterials: [], commitments: [] });
  });

  it('are refused without their item, or for an item the bundle does not hold, saying how to write them', () => {
    expect(refusal(() => materials(['M03'], [SEAL, INVOICE]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.providedMaterials', reason: 'MATERIAL_ITEM_MISSING', message: expect.stringContaining(`${SEAL}:M03`) });
    expect(refusal(() => materials([`${SEAL}:`], [SEAL]))).toMatchObject({ reason: 'MATERIAL_ITEM_MISSING' });
    expect(refusal(() => materials([`${SEAL}:M03:x`], [SEAL]))).toMatchObject({ reason: 'MATERIAL_ITEM_MISSING' });
    expect(refusal(() => materials(['010001001000:M01'], [SEAL, INVOICE]))).toMatchObject({ reason: 'NOT_IN_BUNDLE', itemCode: '010001001000' });
    // An item the province passes on (联动过户) is the receiver's, with its papers: said so, naming the receiver.
    const water = '000117001000';
    expect(refusal(() => bundleSubmissionByItem({ providedMaterials: [`${water}:M01`], commitments: [] }, [SEAL], new Map([[water, '苏州市吴江区华衍水务有限公司']])))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.providedMaterials',
      reason: 'PASSED_ON_ITEM',
      itemCode: water,
      message: `input.providedMaterials: 事项 ${water} 由苏州市吴江区华衍水务有限公司办理（联动过户：本“一件事”准予后推送给该单位），其材料无需在此提交（收到：${water}:M01）`,
    });
    expect(refusal(() => bundleSubmissionByItem({ providedMaterials: [], commitments: [{ materialCode: 'M03', type: 'IN_LIEU_OF_PROOF' }] }, [SEAL]))).toMatchObject({
      field: 'input.commitments.materialCode',
      reason: 'MATERIAL_ITEM_MISSING',
    });
  });
});
