import type { PassedOnItem } from '@yrd/shared/provinceKit/passedOn';

/**
 * 联动过户 in Jiangsu: the utility transfers of the property-transfer bundle (不动产转移登记及水电气网
 * 联动过户“一件事”), which no line of Jiangsu's 实施清单 implements (implementationList.ts says
 * why: enterprises carry them out, not 机关/事业单位). The 不动产登记 window takes them in with the
 * bundle and, once 不动产转移登记 (070101001000) is approved, pushes the registration result to
 * the enterprise supplying the premises; the applicant applies to it no more.
 *
 * The receivers are those of 吴江区, where the list's 不动产登记 line is handled (苏州市吴江区不动产
 * 登记中心, the headline story's window): 吴江's water by 吴江华衍水务 (苏州市自来水有限公司 supplies
 * the city's central districts, not 吴江), its gas by 吴江港华燃气, power by 国网苏州供电公司 and
 * cable television and broadband by 江苏有线's 吴江 branch. A property elsewhere in the province has
 * its own local suppliers; the fixture names one receiver for each item, as the list names one
 * implementing body.
 */
const AFTER_REGISTRATION = '070101001000';

export const jiangsuPassedOn: readonly PassedOnItem[] = [
  {
    itemCode: '200901001000',
    receiver: '吴江华衍水务有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至吴江华衍水务有限公司办理用水过户，无需另行申请',
  },
  {
    itemCode: '200901002000',
    receiver: '国网江苏省电力有限公司苏州供电分公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至国网苏州供电公司办理用电过户，无需另行申请',
  },
  {
    itemCode: '200901003000',
    receiver: '吴江港华燃气有限公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至吴江港华燃气有限公司办理燃气过户，无需另行申请；燃气公司将预约入户安全检查',
  },
  {
    itemCode: '200901004000',
    receiver: '江苏省广电有线信息网络股份有限公司吴江分公司',
    afterApprovalOf: AFTER_REGISTRATION,
    notice: '不动产登记办结后，登记结果推送至江苏有线吴江分公司办理有线电视/宽带过户，无需另行申请',
  },
];
