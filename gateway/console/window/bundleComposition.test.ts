import { describe, expect, it } from 'vitest';
import type { PassedOnItemInfo } from '../graphql/resultTypes.ts';
import { bundleCountWords, bundleItemsHere, cancelledPassOnWords, recalledPassOnWords } from './bundleComposition.ts';

const REGISTRATION = { code: '070101001000', name: '不动产转移登记' };
const UTILITIES = [
  { code: '200901001000', name: '供水过户', receiver: '吴江华衍水务有限公司' },
  { code: '200901002000', name: '供电过户', receiver: '国网江苏省电力有限公司苏州供电分公司' },
  { code: '200901003000', name: '燃气过户', receiver: '吴江港华燃气有限公司' },
  { code: '200901004000', name: '有线电视/宽带过户', receiver: '江苏省广电有线信息网络股份有限公司吴江分公司' },
];
const BUNDLE = [REGISTRATION, ...UTILITIES.map(({ code, name }) => ({ code, name }))];
/** Jiangsu's pass-ons (subgraphs/jiangsu/src/passedOnItems.ts), as PassedOnItems answers them. */
const JIANGSU: PassedOnItemInfo[] = UTILITIES.map(({ code, name, receiver }) => ({
  itemCode: code,
  item: { code, name },
  afterItemCode: REGISTRATION.code,
  receiver,
  notice: `不动产登记办结后，登记结果推送至${receiver}办理过户，无需另行申请`,
}));

describe('一件事 as the window’s province offers it', () => {
  it('in Jiangsu: one item handled there, four passed on to the utilities, in the bundle’s order', () => {
    const here = bundleItemsHere(BUNDLE, JIANGSU);
    expect(here.map((item) => [item.code, item.passedOn?.receiver ?? null])).toEqual([[REGISTRATION.code, null], ...UTILITIES.map(({ code, receiver }) => [code, receiver])]);
    expect(bundleCountWords(here)).toBe('含 1 个办理事项、4 项联动过户');
  });

  it('where the province handles every item (Zhejiang), or before it is known: 含 5 个事项', () => {
    expect(bundleCountWords(bundleItemsHere(BUNDLE, []))).toBe('含 5 个事项');
  });

  it('a pass-on of an item not in the bundle changes nothing', () => {
    const other: PassedOnItemInfo = { itemCode: '999999999999', item: null, afterItemCode: REGISTRATION.code, receiver: '某企业', notice: '—' };
    expect(bundleCountWords(bundleItemsHere(BUNDLE, [other]))).toBe('含 5 个事项');
  });
});

describe('a cancelled pass-on, in the applicant’s words', () => {
  it('says why: the item it follows not approved (by its status), or the bundle withdrawn', () => {
    expect(cancelledPassOnWords('REJECTED', { name: '不动产转移登记', status: 'REJECTED' })).toBe('“不动产转移登记”不予批准，本项未推送，承办企业不会办理');
    expect(cancelledPassOnWords('TERMINATED', { name: '不动产转移登记', status: 'TERMINATED' })).toBe('“不动产转移登记”已终止，本项未推送，承办企业不会办理');
    expect(cancelledPassOnWords('WITHDRAWN', { name: '不动产转移登记', status: 'WITHDRAWN' })).toBe('“一件事”已撤回，本项未推送，承办企业不会办理');
    expect(cancelledPassOnWords('REJECTED', undefined)).toBe('本项已取消，未推送，承办企业不会办理');
    // Passed on, then the registration revoked (a failed post-check): the receiver was told to undo it.
    expect(recalledPassOnWords({ name: '不动产转移登记' })).toBe('“不动产转移登记”的准予决定已撤销，已通知承办企业撤回据此办理的过户');
    expect(recalledPassOnWords(undefined)).toBe('所依据的事项的准予决定已撤销，已通知承办企业撤回据此办理的过户');
  });
});
