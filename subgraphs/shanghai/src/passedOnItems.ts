import type { PassedOnItem } from '@yrd/shared/provinceKit/passedOn';

/**
 * 联动过户 in Shanghai: the utility transfers of the property-transfer bundle (不动产转移登记及水电气网
 * 联动过户“一件事”), which no line of Shanghai's 实施清单 implements (implementationList.ts says
 * why: the utility enterprises provide them). Once 不动产转移登记 (070101001000) is approved, the
 * 不动产登记 window pushes the registration result to the enterprise supplying the premises, as
 * the 一网通办 linkage does; the applicant applies to it no more.
 *
 * One receiver for each item, as the list names one implementing body: the groups that supply
 * the city (城投水务 through its supply companies, 国网上海市电力公司, 上海燃气, 东方有线).
 */
const AFTER_REGISTRATION = '070101001000';

export const shanghaiPassedOn: readonly PassedOnItem[] = [
  {
    itemCode: '200901001000',
    receiver: '上海城投水务（集团）有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至上海城投水务（集团）有限公司办理用水过户，无需另行申请',
  },
  {
    itemCode: '200901002000',
    receiver: '国网上海市电力公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至国网上海市电力公司办理用电过户，无需另行申请',
  },
  {
    itemCode: '200901003000',
    receiver: '上海燃气有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至上海燃气有限公司办理燃气过户，无需另行申请；燃气公司将预约入户安全检查',
  },
  {
    itemCode: '200901004000',
    receiver: '东方有线网络有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至东方有线网络有限公司办理有线电视/宽带过户，无需另行申请',
  },
];
