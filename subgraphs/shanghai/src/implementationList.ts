import type { LocalImplementation, ServicePlace } from '@yrd/shared/provinceKit/localImplementation';

/**
 * 上海市实施清单 (Shanghai implementation list): Shanghai's own code, name and local handling of
 * the YRD standard items, as published on 一网通办 (zwdt.sh.gov.cn).
 *
 * Local code scheme (this project's fixture scheme for Shanghai, not an official one):
 *
 *   SH-<部门>-<类别>-<流水号>        e.g. SH-GJJ-GF-001
 *
 *   部门 (department, 3 letters, pinyin initials of the implementing body):
 *     GJJ 公积金中心 · SBZ 社保中心 · SBK 社保卡服务中心 · JYZ 就业促进中心 · YBZ 医保中心 ·
 *     GAJ 公安局 · CRJ 出入境管理局 · JJZ 交警总队 · WJW 卫生健康委 · MZJ 民政局 · DAG 档案馆 ·
 *     SCJ 市场监管局 · SWJ 税务局 · MFB 民防办 · BDC 不动产登记局
 *   类别 (Shanghai's item category):
 *     XK 行政许可 · QR 行政确认 · JF 行政给付 · QT 其他行政权力 · GF 公共服务
 *   流水号: 3-digit serial within department and category.
 *
 * Names follow Shanghai's wording where it differs from the standard (进沪, 本市, 参保缴费情况证明…)
 * and keep the standard name where Shanghai uses it too.
 *
 * Implementing bodies: municipal-level organs (机关, type 11) and public institutions (事业单位,
 * type 12) registered at 310000; district offices (各区分中心、分局、社区事务受理服务中心) handle
 * the cases locally under the municipal body. The credit codes are computed fixture codes
 * (valid GB 11714 / GB 32100 checks), not the bodies' real codes.
 *
 * Left out (4 of the 10 non-cross-region items): 供水过户 (200901001000), 供电过户 (200901002000),
 * 燃气过户 (200901003000), 有线电视/宽带过户 (200901004000). In Shanghai these transfers are
 * provided by the utility enterprises themselves (城投水务及各供水公司、国网上海市电力公司、上海燃气、
 * 东方有线及电信运营商); they reach applicants through the 不动产登记"一件事" linkage on 一网通办 as
 * enterprise services, not as lines of the government implementation list, whose 实施主体 must be
 * an organ or public institution. Shanghai declares them as passed on (联动过户) instead — each
 * with its receiver, the item whose approval it follows and the applicant's notice — in
 * passedOnItems.ts: the property-transfer bundle opens with the registration's case and records
 * the four transfers as pass-ons.
 *
 * Declined: 食品经营许可 (010102001000) does not offer 告知承诺 here: for 餐饮服务 and other
 * on-site-inspected categories Shanghai requires the 经营场所使用证明 and the on-site check; the
 * commitment route applies only to low-risk categories handled under separate lines.
 *
 * Tightened rules: none (Shanghai applies the standard approval rules).
 */

// ── Implementing bodies (实施主体) ─────────────────────────────────────────────────────

const PROVIDENT_FUND_CENTRE = { implementingBody: '上海市公积金管理中心', implementingBodyCode: '123100004250241558' } as const;
const SOCIAL_INSURANCE_CENTRE = { implementingBody: '上海市社会保险事业管理中心', implementingBodyCode: '12310000425026134H' } as const;
const SOCIAL_SECURITY_CARD_CENTRE = { implementingBody: '上海市社会保障卡服务中心', implementingBodyCode: '123100004250287469' } as const;
const EMPLOYMENT_CENTRE = { implementingBody: '上海市就业促进中心', implementingBodyCode: '12310000425029562T' } as const;
const MEDICAL_INSURANCE_CENTRE = { implementingBody: '上海市医疗保险事业管理中心', implementingBodyCode: '123100004250310808' } as const;
const PUBLIC_SECURITY = { implementingBody: '上海市公安局', implementingBodyCode: '113100000024833769' } as const;
const EXIT_ENTRY_BUREAU = { implementingBody: '上海市公安局出入境管理局', implementingBodyCode: '113100000024845129' } as const;
const TRAFFIC_POLICE = { implementingBody: '上海市公安局交通警察总队', implementingBodyCode: '11310000002485232H' } as const;
const HEALTH_COMMISSION = { implementingBody: '上海市卫生健康委员会', implementingBodyCode: '11310000MB2F0317XQ' } as const;
const CIVIL_AFFAIRS = { implementingBody: '上海市民政局', implementingBodyCode: '11310000002419921U' } as const;
const ARCHIVES = { implementingBody: '上海市档案馆', implementingBodyCode: '12310000425018273Y' } as const;
const MARKET_REGULATION = { implementingBody: '上海市市场监督管理局', implementingBodyCode: '11310000MB2F0405X8' } as const;
const TAXATION = { implementingBody: '国家税务总局上海市税务局', implementingBodyCode: '11310000MB2F05722G' } as const;
const CIVIL_DEFENCE = { implementingBody: '上海市民防办公室', implementingBodyCode: '11310000002426873K' } as const;
/** 上海市不动产登记局 is the second name (加挂牌子) of 上海市规划和自然资源局 and shares its code. */
const REAL_ESTATE_REGISTRY = { implementingBody: '上海市规划和自然资源局（上海市不动产登记局）', implementingBodyCode: '11310000MB2F06397P' } as const;

// Policy (政策兑现) bodies: the departments that accept and decide the policy applications.
const ECONOMY_INFORMATISATION = { implementingBody: '上海市经济和信息化委员会', implementingBodyCode: '11310000MB2F08296D' } as const;
const QINGPU_SCIENCE = { implementingBody: '上海市青浦区科学技术委员会', implementingBodyCode: '11310118MB2F28510B' } as const;
const QINGPU_DEVELOPMENT_REFORM = { implementingBody: '上海市青浦区发展和改革委员会', implementingBodyCode: '11310118MB2F27067J' } as const;

// ── Places (办理地点) ──────────────────────────────────────────────────────────────────

const HUANGPU_HALL: ServicePlace = {
  name: '黄浦区行政服务中心',
  address: '上海市黄浦区中华路1600号',
  divisionCode: '310101',
  phone: '021-63306512',
};

const HUANGPU_WAITAN: ServicePlace = {
  name: '黄浦区外滩街道社区事务受理服务中心',
  address: '上海市黄浦区宁波路380号',
  divisionCode: '310101',
  phone: '021-63217350',
};

const QINGPU_HALL: ServicePlace = {
  name: '青浦区行政服务中心（长三角生态绿色一体化发展示范区“跨省通办”专窗）',
  address: '上海市青浦区华青南路1000号',
  divisionCode: '310118',
  phone: '021-59723600',
};

const QINGPU_JINZE: ServicePlace = {
  name: '青浦区金泽镇社区事务受理服务中心（示范区先行启动区通办窗口）',
  address: '上海市青浦区金泽镇金溪路288号',
  divisionCode: '310118',
  phone: '021-59290318',
};

const PUDONG_CITIZEN_CENTRE: ServicePlace = {
  name: '浦东新区市民中心',
  address: '上海市浦东新区合欢路2号',
  divisionCode: '310115',
  phone: '021-58781206',
};

const EXIT_ENTRY_HALL: ServicePlace = {
  name: '上海市公安局出入境管理局接待大厅',
  address: '上海市浦东新区民生路1500号',
  divisionCode: '310115',
  phone: '021-28951720',
};

/** Personal items handled at the 社区事务受理服务中心 (any one in the city, 全市通办). */
const COMMUNITY_PLACES: readonly ServicePlace[] = [HUANGPU_WAITAN, QINGPU_JINZE, PUDONG_CITIZEN_CENTRE];
/** Items handled at the district administrative service centres. */
const HALL_PLACES: readonly ServicePlace[] = [HUANGPU_HALL, QINGPU_HALL, PUDONG_CITIZEN_CENTRE];

// ── Hours and portal ─────────────────────────────────────────────────────────────────

// One hall, one set of hours: every entry naming a hall states the hours the 7×24 map serves
// it in, which openNow and queue numbers read (test/src/federation/hallHours.test.ts).
const HALL_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00；法定节假日休息';
const COMMUNITY_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（部分事项）；法定节假日休息';
const ONLINE_AND_COMMUNITY_HOURS = '“一网通办”7×24小时在线办理；窗口 周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00';
const ONLINE_AND_HALL_HOURS = '“一网通办”7×24小时在线申报；窗口 周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00';
const EXIT_ENTRY_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00；法定节假日休息';

/** 一网通办 长三角专栏 (cross-region items). */
function yrdPortal(standardCode: string): string {
  return `https://zwdt.sh.gov.cn/govPortals/csj/item/${standardCode}`;
}

/** 一网通办 办事服务 (items handled for Shanghai only). */
function localPortal(standardCode: string): string {
  return `https://zwdt.sh.gov.cn/govPortals/bsfw/item/${standardCode}`;
}

const FREE = { charged: false } as const;

// ── The list ─────────────────────────────────────────────────────────────────────────

export const shanghaiImplementations: readonly LocalImplementation[] = [
  // ── 个人事项 ──
  {
    standardCode: '200047001000',
    localCode: 'SH-GJJ-GF-001',
    localName: '出具异地贷款职工住房公积金缴存使用证明',
    ...PROVIDENT_FUND_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：规则全部通过的即时出具电子证明；未通过的转人工，1个工作日内办结' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200047001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200047002000',
    localCode: 'SH-GJJ-GF-010',
    localName: '住房公积金异地个人住房贷款受理',
    ...PROVIDENT_FUND_CENTRE,
    promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS', note: '缴存使用证明以电子证照共享核验' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200047002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200049001000',
    localCode: 'SH-GJJ-GF-002',
    localName: '住房公积金个人账户异地转移接续',
    ...PROVIDENT_FUND_CENTRE,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '自受理之日起，经全国住房公积金异地转移接续平台办理' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200049001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200101001000',
    localCode: 'SH-SBZ-GF-001',
    localName: '社会保险个人权益记录单查询打印',
    ...SOCIAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200102001000',
    localCode: 'SH-SBZ-GF-002',
    localName: '社会保险参保缴费情况证明（个人）开具',
    ...SOCIAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：即时生成带电子印章和验证码的参保缴费情况证明' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200102001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200103001000',
    localCode: 'SH-SBK-GF-001',
    localName: '社会保障卡卡片状态查询',
    ...SOCIAL_SECURITY_CARD_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200103001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200105001000',
    localCode: 'SH-SBZ-GF-003',
    localName: '城镇职工基本养老保险关系跨省转移接续',
    ...SOCIAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '自本市受理之日起，经全国社会保险关系转移系统办理' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200105001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200106001000',
    localCode: 'SH-SBZ-GF-004',
    localName: '领取基本养老金人员待遇资格认证（长三角异地认证）',
    ...SOCIAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：“随申办”刷脸认证或社区事务受理服务中心现场认证' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200106001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200201001000',
    localCode: 'SH-YBZ-GF-001',
    localName: '职工基本医疗保险关系转移接续',
    ...MEDICAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 8, unit: 'WORKING_DAYS', note: '转出、转入合计' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200202001000',
    localCode: 'SH-YBZ-GF-002',
    localName: '跨省异地就医登记备案',
    ...MEDICAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：备案即时生效，长三角门诊、住院费用可直接结算' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200202001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '200602001000',
    localCode: 'SH-GAJ-GF-001',
    localName: '本市户籍人员户籍信息证明开具',
    ...PUBLIC_SECURITY,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：即时出具电子证明' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200602001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010201001000',
    localCode: 'SH-GAJ-XK-001',
    localName: '夫妻投靠进沪落户',
    ...PUBLIC_SECURITY,
    promisedTimeLimit: { amount: 7, unit: 'WORKING_DAYS', note: '自户籍窗口受理之日起，含区公安分局审批' },
    fee: FREE,
    places: [HUANGPU_HALL, QINGPU_HALL],
    hours: HALL_HOURS,
    onlineUrl: yrdPortal('010201001000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200502001000',
    localCode: 'SH-WJW-GF-001',
    localName: '生育登记',
    ...HEALTH_COMMISSION,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS', note: '材料齐全的即时办结；容缺受理的，5个工作日内补齐结婚证' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200502001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200301001000',
    localCode: 'SH-MZJ-GF-001',
    localName: '婚姻登记档案查询',
    ...CIVIL_AFFAIRS,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '需调阅原始档案核实的，可延长1个工作日并告知申请人' },
    fee: FREE,
    places: [HUANGPU_HALL, QINGPU_HALL],
    hours: HALL_HOURS,
    onlineUrl: yrdPortal('200301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200302001000',
    localCode: 'SH-MZJ-GF-002',
    localName: '婚姻登记网上预约',
    ...CIVIL_AFFAIRS,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：在线选择婚姻登记处和时段即时确认' },
    fee: FREE,
    places: [HUANGPU_HALL, QINGPU_HALL],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200401001000',
    localCode: 'SH-DAG-GF-001',
    localName: '知识青年上山下乡档案查询',
    ...ARCHIVES,
    promisedTimeLimit: {
      amount: 2,
      unit: 'WORKING_DAYS',
      note: '自受理之日起2个工作日内答复；需调阅原始档案核实的，经档案馆负责人同意可延长不超过2个工作日',
    },
    fee: FREE,
    places: [HUANGPU_HALL, QINGPU_HALL],
    hours: HALL_HOURS,
    onlineUrl: yrdPortal('200401001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200501001000',
    localCode: 'SH-WJW-GF-002',
    localName: '独生子女档案信息查询',
    ...HEALTH_COMMISSION,
    promisedTimeLimit: {
      amount: 2,
      unit: 'WORKING_DAYS',
      note: '自受理之日起2个工作日内答复；需调阅原始档案核实的，可延长不超过2个工作日',
    },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: COMMUNITY_HOURS,
    onlineUrl: yrdPortal('200501001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200601001000',
    localCode: 'SH-CRJ-GF-001',
    localName: '本人出入境记录查询',
    ...EXIT_ENTRY_BUREAU,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: FREE,
    places: [EXIT_ENTRY_HALL, QINGPU_HALL],
    hours: EXIT_ENTRY_HOURS,
    onlineUrl: yrdPortal('200601001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '070201001000',
    localCode: 'SH-GAJ-QR-001',
    localName: '居民身份证跨省异地换领、补领',
    ...PUBLIC_SECURITY,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '自受理之日起；可选择邮政寄递送达' },
    fee: {
      charged: true,
      amount: 2000,
      basis: '居民身份证工本费：申领、换领每证20元，丢失补领或损坏换领每证40元，城市低保居民、农村特殊困难居民申领、换领的免收（发改价格〔2003〕2322号）；选择寄递送达的，寄递费用由申请人另行承担',
      variants: [
        { circumstance: '丢失补领或损坏换领', amount: 4000 },
        { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 },
      ],
    },
    places: [HUANGPU_HALL, QINGPU_HALL, EXIT_ENTRY_HALL],
    hours: HALL_HOURS,
    onlineUrl: yrdPortal('070201001000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010301001000',
    localCode: 'SH-JJZ-XK-001',
    localName: '机动车驾驶证补证、换证',
    ...TRAFFIC_POLICE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：窗口当场发证；“交管12123”申请的邮寄送达' },
    fee: {
      charged: true,
      amount: 1000,
      basis: '机动车驾驶证工本费每证10元（发改价格〔2004〕2831号）',
    },
    places: [PUDONG_CITIZEN_CENTRE, QINGPU_HALL],
    hours: HALL_HOURS,
    onlineUrl: yrdPortal('010301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '050101001000',
    localCode: 'SH-JYZ-JF-001',
    localName: '失业保险金申领',
    ...EMPLOYMENT_CENTRE,
    // In natural days, like the standard's promise and the statute (10日内): see 失业保险金申领 in the catalog seed.
    promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS', note: '自受理之日起5日内审核，遇节假日不顺延' },
    fee: FREE,
    places: COMMUNITY_PLACES,
    hours: ONLINE_AND_COMMUNITY_HOURS,
    onlineUrl: localPortal('050101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010005001000',
    localCode: 'SH-SCJ-XK-001',
    localName: '个体工商户登记（开业）',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：材料齐全、符合法定形式的当场核发营业执照' },
    fee: FREE,
    places: [HUANGPU_WAITAN, QINGPU_JINZE, PUDONG_CITIZEN_CENTRE],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('010005001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },

  // ── 企业事项 ──
  {
    standardCode: '010001001000',
    localCode: 'SH-SCJ-XK-002',
    localName: '有限责任公司设立登记（内资）',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '开办企业“一窗通”：执照、印章、发票、社保和公积金登记同步办结' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001002000',
    localCode: 'SH-SCJ-XK-003',
    localName: '外商投资企业设立登记（有限责任公司）',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010001002000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001003000',
    localCode: 'SH-SCJ-XK-004',
    localName: '分公司设立登记',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：规则全部通过的即时核发营业执照；未通过的转人工，1个工作日内办结' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010001003000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010002001000',
    localCode: 'SH-SCJ-XK-005',
    localName: '有限责任公司变更登记',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010002001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010003001000',
    localCode: 'SH-SCJ-XK-006',
    localName: '企业简易注销登记',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '公示期满无异议的，自申请之日起' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('010003001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010004001000',
    localCode: 'SH-SCJ-XK-007',
    localName: '企业住所跨省迁移登记（迁入、迁出）',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：迁出地档案电子化移交，规则全部通过的即时办结' },
    fee: FREE,
    places: [QINGPU_HALL, HUANGPU_HALL, PUDONG_CITIZEN_CENTRE],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010004001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010101001000',
    localCode: 'SH-SCJ-XK-008',
    localName: '重要工业产品生产许可证发证',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '实行告知承诺的，自受理之日起；后置现场核查' },
    fee: FREE,
    places: [HUANGPU_HALL, PUDONG_CITIZEN_CENTRE],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('010101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010102001000',
    localCode: 'SH-SCJ-XK-009',
    localName: '食品经营许可（新办）',
    ...MARKET_REGULATION,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS', note: '含现场核查' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('010102001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    // Declined: the on-site-inspected categories need the 经营场所使用证明 (see header).
    commitmentSystem: false,
  },
  {
    standardCode: '100101001000',
    localCode: 'SH-GAJ-QT-001',
    localName: '公章刻制备案',
    ...PUBLIC_SECURITY,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：随开办企业“一窗通”同步备案' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('100101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100301001000',
    localCode: 'SH-SWJ-QT-001',
    localName: '新办纳税人“套餐式”服务（发票领用）',
    ...TAXATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('100301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100302001000',
    localCode: 'SH-SWJ-QT-002',
    localName: '跨区域涉税事项报告',
    ...TAXATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('100302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200104001000',
    localCode: 'SH-SBZ-GF-005',
    localName: '用人单位社会保险参保登记',
    ...SOCIAL_INSURANCE_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：随开办企业“一窗通”同步登记' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200104001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200048001000',
    localCode: 'SH-GJJ-GF-003',
    localName: '单位住房公积金缴存登记（开户）',
    ...PROVIDENT_FUND_CENTRE,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：规则全部通过的即时生成单位公积金账号' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('200048001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100201001000',
    localCode: 'SH-MFB-QT-001',
    localName: '外省市人防工程设计、监理甲级资质单位进沪备案',
    ...CIVIL_DEFENCE,
    promisedTimeLimit: { amount: 2, unit: 'WORKING_DAYS' },
    fee: FREE,
    places: [HUANGPU_HALL, QINGPU_HALL],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('100201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 不动产 ──
  {
    standardCode: '070101001000',
    localCode: 'SH-BDC-QR-001',
    localName: '国有建设用地使用权及房屋所有权转移登记',
    ...REAL_ESTATE_REGISTRY,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '交易、税收、登记“一窗受理”；登记结果推送供水、供电、燃气、有线电视/宽带企业联动过户' },
    fee: {
      charged: true,
      amount: 8000,
      basis:
        '住宅类每件80元（含第一本不动产权证书工本费），非住宅类每件550元，每增加一本证书加收10元，小微企业（含个体工商户）申请的免收（发改价格规〔2016〕2559号）',
      variants: [
        { circumstance: '非住宅类', amount: 55000 },
        { circumstance: '另增证书（每本加收）', amount: 1000 },
        { circumstance: '小微企业（含个体工商户）申请', amount: 0 },
      ],
    },
    places: [HUANGPU_HALL, QINGPU_HALL, PUDONG_CITIZEN_CENTRE],
    hours: HALL_HOURS,
    onlineUrl: localPortal('070101001000'),
    visitsRequired: 1,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 政策兑现 ──
  // Policies Shanghai publishes, and the demonstration-zone policies (implemented for 青浦).
  // Further local codes: 部门 JXW 经济信息化委 · QKW 青浦区科委 · QFG 青浦区发展改革委; 类别 JL 行政奖励.
  {
    standardCode: '053101001000',
    localCode: 'SH-JXW-JF-001',
    localName: '上海市专精特新中小企业发展专项资金申报',
    ...ECONOMY_INFORMATISATION,
    promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS', note: '自受理之日起，含专家评审和拟资助名单公示5个工作日' },
    fee: FREE,
    places: [HUANGPU_HALL, PUDONG_CITIZEN_CENTRE],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('053101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '053102001000',
    localCode: 'SH-JXW-JF-002',
    localName: '中小企业数字化转型服务券（免申即享）',
    ...ECONOMY_INFORMATISATION,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '免申即享：企业在“一网通办”确认后即时发券；未通过的转人工，5个工作日内告知结果' },
    fee: FREE,
    places: HALL_PLACES,
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('053102001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083101001000',
    localCode: 'SH-QKW-JL-001',
    localName: '青浦区高新技术企业认定奖励申领',
    ...QINGPU_SCIENCE,
    promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS', note: '含奖励名单公示5个工作日' },
    fee: FREE,
    places: [QINGPU_HALL],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: localPortal('083101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '059001001000',
    localCode: 'SH-QKW-JF-001',
    localName: '示范区科技创新券兑付（青浦片区）',
    ...QINGPU_SCIENCE,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '含示范区执委会复核和公示5个工作日' },
    fee: FREE,
    places: [QINGPU_HALL, QINGPU_JINZE],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('059001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '089001001000',
    localCode: 'SH-QFG-JL-001',
    localName: '示范区企业绿色低碳转型奖励（青浦片区）',
    ...QINGPU_DEVELOPMENT_REFORM,
    promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS', note: '含节能量核定和公示5个工作日' },
    fee: FREE,
    places: [QINGPU_HALL],
    hours: ONLINE_AND_HALL_HOURS,
    onlineUrl: yrdPortal('089001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
];
