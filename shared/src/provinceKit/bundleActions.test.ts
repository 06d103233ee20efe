import { describe, expect, it } from 'vitest';
import type { CaseFile } from './caseModel.ts';
import { actOnItemCases } from './bundleActions.ts';

const bundle = { id: '3320261127000001' } as CaseFile;
const item = (id: string, itemCode: string, status: CaseFile['status']) => ({ id, itemCode, status, postCheck: null }) as unknown as CaseFile;
const children = [item('3320261127000002', '010001001000', 'APPROVED'), item('3320261127000003', '200060001000', 'DEFERRED_MATERIALS')];

describe('an action asked of a one-thing bundle rather than its item cases', () => {
  it('names only the item cases it is for', () => {
    const refused = actOnItemCases(bundle, children, '补齐容缺材料', (child) => child.status === 'DEFERRED_MATERIALS');
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACT_ON_ITEM_CASES', itemCases: ['3320261127000003'] });
    expect(refused.message).toBe('办件 3320261127000001 是“一件事”办件，补齐容缺材料须对其中的事项办件进行：3320261127000003（事项 200060001000，容缺受理，待补齐材料）');
  });

  it('says that none is waiting for it, listing where each stands', () => {
    const refused = actOnItemCases(bundle, children, '审核', (child) => child.status === 'IN_REVIEW');
    expect(refused.extensions).toMatchObject({ reason: 'ACT_ON_ITEM_CASES', itemCases: [] });
    expect(refused.message).toBe(
      '办件 3320261127000001 是“一件事”办件，其中没有待审核的事项办件（3320261127000002（事项 010001001000，已办结（准予））、3320261127000003（事项 200060001000，容缺受理，待补齐材料））',
    );
  });
});
