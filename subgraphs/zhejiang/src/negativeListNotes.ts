import type { ProvinceNegativeListNote } from '@yrd/shared/publicServices/negativeList';

/**
 * 浙江省对全国市场准入负面清单的实施说明: where and how Zhejiang handles the approvals of national
 * entries, in the spirit of its “最多跑一次” reform (浙里办 and 浙江政务服务网 online). Notes only — a
 * province adds no entries to the national list (一单尽列，单外无单); every entryCode is a code of
 * NATIONAL_NEGATIVE_LIST. Fixture guidance in this project's conventions.
 */
export const zhejiangNegativeListNotes: readonly ProvinceNegativeListNote[] = [
  {
    entryCode: '204',
    localGuidance:
      '渔业捕捞许可证由县级以上农业农村（渔业）主管部门受理，海洋捕捞渔船按国家渔船数量和功率“双控”要求审批；水域滩涂养殖证由县级人民政府核发，可通过浙里办在线申请。',
  },
  {
    entryCode: '207',
    localGuidance:
      '工业产品生产许可证由浙江省市场监督管理局受理，浙江政务服务网或浙里办在线申请，可选择告知承诺方式，发证后组织实地核查；长三角“一网通办”专栏同样可以提交。',
  },
  {
    entryCode: '216',
    localGuidance:
      '由浙江省人民防空办公室及设区的市人防部门受理；外省（市）人防工程设计、监理甲级资质企业来浙承接业务的，通过长三角“一网通办”专栏在线备案。',
  },
  {
    entryCode: '218',
    localGuidance:
      '食品经营许可由县（市、区）市场监督管理局受理，浙里办在线申请；义乌市、嘉善县等地对符合条件的申请实行告知承诺，当场发证后核查；仅销售预包装食品的在线备案。',
  },
  {
    entryCode: '219',
    localGuidance:
      '药品批发许可由浙江省药品监督管理局受理；药品零售许可、第三类医疗器械经营许可由设区的市或县级市场监督管理部门受理，均可通过浙里办在线申请。',
  },
  {
    entryCode: '222',
    localGuidance:
      '网约车平台经营许可由服务所在设区的市交通运输主管部门受理；车辆运输证、驾驶员证在浙里办在线申请，条件按所在城市网约车管理实施细则执行。',
  },
  {
    entryCode: '225',
    localGuidance:
      '在浙江省内经营增值电信业务的，向浙江省通信管理局申请，通过工业和信息化部政务服务平台在线办理；跨地区经营的向工业和信息化部申请。',
  },
  {
    entryCode: '230',
    localGuidance: '人力资源服务许可（职业中介）和劳务派遣经营许可由县级以上人力资源社会保障部门受理，浙里办在线申请；其他人力资源服务业务在线备案。',
  },
  {
    entryCode: '236',
    localGuidance:
      '民办中小学、幼儿园由县级以上教育行政部门审批，民办职业技能培训学校由人力资源社会保障部门审批；办学许可申请可在浙江政务服务网在线提交。',
  },
  {
    entryCode: '239',
    localGuidance:
      '演出经纪机构设立由浙江省文化和旅游厅受理，文艺表演团体设立和营业性演出审批由县级文化和旅游部门受理，均可通过浙江政务服务网在线申请。',
  },
];
