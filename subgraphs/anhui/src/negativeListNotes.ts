import type { ProvinceNegativeListNote } from '@yrd/shared/publicServices/negativeList';

/**
 * 安徽省对全国市场准入负面清单的实施说明: where and how Anhui handles the approvals of national
 * entries (皖事通办 and 安徽政务服务网 online, 政务服务中心 windows). Notes only — a province adds no
 * entries to the national list (一单尽列，单外无单); every entryCode is a code of
 * NATIONAL_NEGATIVE_LIST. Fixture guidance in this project's conventions.
 */
export const anhuiNegativeListNotes: readonly ProvinceNegativeListNote[] = [
  {
    entryCode: '201',
    localGuidance:
      '农作物种子生产经营许可按种子类别由安徽省或县级以上农业农村部门受理，皖事通办在线申请；仅销售不再分装的包装种子的，向县级农业农村部门备案。',
  },
  {
    entryCode: '205',
    localGuidance:
      '探矿权、采矿权出让登记由安徽省自然资源厅及市、县自然资源部门办理，出让通过公共资源交易平台公开进行；非煤矿山安全生产许可由应急管理部门受理。',
  },
  {
    entryCode: '207',
    localGuidance:
      '工业产品生产许可证由安徽省市场监督管理局受理，在安徽政务服务网或皖事通办在线申请，可选择告知承诺方式；也可在安徽省政务服务中心综合窗口或长三角“一网通办”专栏提交。',
  },
  {
    entryCode: '212',
    localGuidance: '特种设备生产单位许可由国家或安徽省市场监督管理局按许可项目受理，在线申请后由鉴定评审机构评审；气瓶充装许可由省级市场监督管理部门受理。',
  },
  {
    entryCode: '216',
    localGuidance:
      '由安徽省人民防空办公室及市人防部门受理；外省（市）人防工程设计、监理甲级资质企业来皖承接业务的，通过长三角“一网通办”专栏在线备案。',
  },
  {
    entryCode: '218',
    localGuidance:
      '食品经营许可由县（市、区）市场监督管理局受理，皖事通办在线申请或到政务服务中心窗口办理（合肥市可在各区政务服务中心办理）；仅销售预包装食品的办理备案。',
  },
  {
    entryCode: '221',
    localGuidance: '道路运输经营许可由县级以上交通运输主管部门受理，皖事通办在线申请；道路危险货物运输许可由设区的市交通运输主管部门受理。',
  },
  {
    entryCode: '237',
    localGuidance: '医疗机构设置审批和执业许可按类别由安徽省或市、县卫生健康委员会受理，安徽政务服务网在线申请；诊所实行备案，向县级卫生健康部门办理。',
  },
  {
    entryCode: '238',
    localGuidance: '娱乐场所和互联网上网服务营业场所经营许可由县（市、区）文化和旅游部门受理，皖事通办在线申请，经现场核查后发证。',
  },
  {
    entryCode: '240',
    localGuidance: '出版物批发许可由安徽省新闻出版局受理，出版物零售许可由县级出版主管部门受理；开书店、网上卖书均可在安徽政务服务网在线申请。',
  },
];
