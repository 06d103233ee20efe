import type { ProvinceNegativeListNote } from '@yrd/shared/publicServices/negativeList';

/**
 * 上海市对全国市场准入负面清单的实施说明: where and how Shanghai handles the approvals of national
 * entries. Notes only — a province adds no entries to the national list (一单尽列，单外无单);
 * every entryCode is a code of NATIONAL_NEGATIVE_LIST. Fixture guidance in this project's
 * conventions: the channels and bodies named are Shanghai's, the wording is this project's.
 */
export const shanghaiNegativeListNotes: readonly ProvinceNegativeListNote[] = [
  {
    entryCode: '207',
    localGuidance:
      '工业产品生产许可证由上海市市场监督管理局受理，企业通过“一网通办”或长三角“一网通办”专栏在线申请，可选择告知承诺方式，发证后组织实地核查和产品检验。',
  },
  {
    entryCode: '215',
    localGuidance:
      '本市核发的勘察、设计、建筑业企业、工程监理资质由上海市住房和城乡建设管理委员会受理，经“一网通办”在线申请；按“证照分离”改革要求，部分资质实行告知承诺。',
  },
  {
    entryCode: '216',
    localGuidance:
      '由上海市民防办公室受理；外省（市）持人防工程设计、监理甲级资质的企业来沪承接业务，通过长三角“一网通办”专栏在线办理备案，无需重复提交资质材料。',
  },
  {
    entryCode: '218',
    localGuidance:
      '食品经营许可由经营场所所在区市场监督管理局受理，“一网通办”在线申请或到区行政服务中心窗口办理；浦东新区实行“一业一证”改革，开饭店、便利店可一次申请行业综合许可证；仅销售预包装食品的在线备案。',
  },
  {
    entryCode: '219',
    localGuidance:
      '药品零售企业许可由所在区市场监督管理局受理，药品批发企业许可由上海市药品监督管理局受理，均可通过“一网通办”在线申请；第二类医疗器械经营备案在线即办。',
  },
  {
    entryCode: '222',
    localGuidance:
      '网约车平台经营许可由上海市交通委员会受理；网络预约出租汽车运输证、驾驶员证通过“一网通办”申请，车辆和驾驶员条件按本市网络预约出租汽车经营服务管理规定执行。',
  },
  {
    entryCode: '234',
    localGuidance:
      '旅馆业特种行业许可证由经营场所所在区公安分局受理，经“一网通办”在线申请；同时涉及公共场所卫生许可、食品经营许可的，可在区行政服务中心一窗综合受理。',
  },
  {
    entryCode: '236',
    localGuidance:
      '民办中小学、幼儿园由所在区教育局审批，民办职业技能培训机构由区人力资源社会保障局审批；申请指南和办学条件在“一网通办”公布。',
  },
  {
    entryCode: '237',
    localGuidance:
      '医疗机构设置和执业许可按类别、床位规模由上海市或区卫生健康委员会受理，经“一网通办”在线申请；诊所实行备案，在区卫生健康委员会办理。',
  },
  {
    entryCode: '238',
    localGuidance:
      '歌舞、游艺娱乐场所和互联网上网服务营业场所经营许可由所在区文化和旅游局受理，经“一网通办”在线申请；选址须符合娱乐场所设置的禁止性规定（不得设在居民楼内等）。',
  },
];
