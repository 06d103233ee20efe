import type { ProvinceNegativeListNote } from '@yrd/shared/publicServices/negativeList';

/**
 * 江苏省对全国市场准入负面清单的实施说明: where and how Jiangsu handles the approvals of national
 * entries. Notes only — a province adds no entries to the national list (一单尽列，单外无单);
 * every entryCode is a code of NATIONAL_NEGATIVE_LIST. Fixture guidance in this project's
 * conventions: in many Jiangsu cities and counties a 行政审批局 exercises the licensing powers
 * (相对集中行政许可权改革), so notes name “市场监管部门或行政审批局” where either may apply.
 */
export const jiangsuNegativeListNotes: readonly ProvinceNegativeListNote[] = [
  {
    entryCode: '205',
    localGuidance:
      '探矿权、采矿权出让登记由江苏省自然资源厅及设区的市自然资源部门办理，出让通过公共资源交易平台公开进行；长江江苏段河道采砂许可由省水行政主管部门审批，省际边界重点河段由长江水利委员会审批。',
  },
  {
    entryCode: '207',
    localGuidance:
      '工业产品生产许可证由江苏省市场监督管理局受理，通过江苏政务服务网“不见面审批”在线申请，可选择告知承诺方式；长三角“一网通办”专栏同样可以提交。',
  },
  {
    entryCode: '216',
    localGuidance:
      '由江苏省人民防空办公室及设区的市人防部门受理；外省（市）人防工程设计、监理甲级资质企业来苏承接业务的，通过长三角“一网通办”专栏在线备案。',
  },
  {
    entryCode: '218',
    localGuidance:
      '食品经营许可由县（市、区）市场监督管理局或行政审批局受理，江苏政务服务网在线申请；苏州地区可在吴江区、昆山市等政务服务中心窗口办理，仅销售预包装食品的办理备案。',
  },
  {
    entryCode: '219',
    localGuidance:
      '药品批发许可由江苏省药品监督管理局受理；药品零售许可、第三类医疗器械经营许可由设区的市或县级药品监督管理部门（部分地区为行政审批局）受理，均可在江苏政务服务网在线申请。',
  },
  {
    entryCode: '221',
    localGuidance:
      '道路货物运输、旅客运输经营许可由县级以上交通运输主管部门或行政审批局受理，江苏政务服务网在线申请；使用总质量4.5吨及以下普通货运车辆从事普通货运的，无需办理。',
  },
  {
    entryCode: '224',
    localGuidance: '在江苏省内经营快递业务的，向江苏省邮政管理局申请快递业务经营许可，可通过国家邮政局快递业务经营许可管理信息系统在线办理；开办末端网点的办理备案。',
  },
  {
    entryCode: '231',
    localGuidance: '旅行社经营国内和入境旅游业务许可由江苏省文化和旅游厅或其委托的设区的市文化和旅游部门受理，江苏政务服务网在线申请；设立分社、服务网点的办理备案。',
  },
  {
    entryCode: '233',
    localGuidance:
      '危险废物经营许可按经营类别由江苏省生态环境厅或设区的市生态环境部门审批，江苏政务服务网在线申请；许可证载明的类别、规模须与环境影响评价文件一致。',
  },
  {
    entryCode: '238',
    localGuidance:
      '娱乐场所和互联网上网服务营业场所经营许可由县（市、区）文化和旅游部门或行政审批局受理，江苏政务服务网在线申请，现场核查后发证。',
  },
];
