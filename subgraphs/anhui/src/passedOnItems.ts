import type { PassedOnItem } from '@yrd/shared/provinceKit/passedOn';

/**
 * 联动过户 in Anhui: the utility transfers of the property-transfer bundle (不动产转移登记及水电气网
 * 联动过户“一件事”), which no line of Anhui's 实施清单 implements (implementationList.ts says why:
 * they have no government 实施主体). Once 不动产转移登记 (070101001000) is approved, the 合肥
 * 不动产登记 window pushes the registration result to the enterprise supplying the premises, as
 * the 皖事通办 linkage does; the applicant applies to it no more.
 *
 * The receivers are 合肥's, where the list's 不动产登记 line is handled (合肥市不动产登记中心); one
 * for each item, as the list names one implementing body.
 */
const AFTER_REGISTRATION = '070101001000';

export const anhuiPassedOn: readonly PassedOnItem[] = [
  {
    itemCode: '200901001000',
    receiver: '合肥供水集团有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至合肥供水集团有限公司办理用水过户，无需另行申请',
  },
  {
    itemCode: '200901002000',
    receiver: '国网安徽省电力有限公司合肥供电公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至国网合肥供电公司办理用电过户，无需另行申请',
  },
  {
    itemCode: '200901003000',
    receiver: '合肥燃气集团有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至合肥燃气集团有限公司办理燃气过户，无需另行申请；燃气公司将预约入户安全检查',
  },
  {
    itemCode: '200901004000',
    receiver: '中国广电安徽网络股份有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至中国广电安徽网络股份有限公司办理有线电视/宽带过户，无需另行申请',
  },
];
