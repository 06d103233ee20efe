import type { LocalImplementation, ServicePlace } from '@yrd/shared/provinceKit/localImplementation';
import type { Fee, TimeLimit } from '@yrd/shared/standard/standardItem';

/**
 * 浙江省长三角“一网通办”事项实施清单 (Zhejiang's implementation list of the YRD standard items).
 *
 * Local item code (本省事项编码) — fixture scheme of this project, not an official Zhejiang code:
 *
 *     ZJ{类别}-{部门}-{序号}        e.g. ZJGG-GJJ-001
 *
 *   - ZJ      province prefix (浙江);
 *   - 类别    the item type, from the first two digits of the standard code: XK 行政许可 (01),
 *             JF 行政给付 (05), QR 行政确认 (07), QT 其他行政权力 (10), GG 公共服务 (20);
 *   - 部门    the implementing department: GJJ 住房公积金, RSS 人力资源和社会保障, YBJ 医疗保障,
 *             GAJ 公安, WJW 卫生健康, MZJ 民政, DAG 档案, SJJ 市场监督管理, SWJ 税务, RFB 人民防空,
 *             ZRJ 自然资源和规划, JSJ 住房和城乡建设;
 *   - 序号    three digits, numbered within the department (unique per department whatever the type).
 *
 * Where items are handled: the 长三角生态绿色一体化发展示范区 part of Zhejiang is 嘉善县 (330421),
 * so county-level items are implemented by 嘉善 bodies, with a 示范区跨省通办 window; city-level
 * items by 嘉兴 (330400); 义乌市 (330782), the pioneer of the “无证明城市” reform, implements the
 * household certificate (户籍证明 released as shared data, no paper), the entry-exit record query and
 * the 告知承诺-heavy individual-business and food-business licences; province-level items by
 * 浙江省 bodies in 杭州.
 *
 * Left out: only the other members' own policies (政策兑现 items published by 上海, 江苏 and 安徽,
 * 0531…/0831…, 0532…/0832…, 0534…/0834…); every other standard item is implemented, every
 * cross-region item among them. Unlike the other three provinces (their passedOnItems.ts),
 * Zhejiang keeps the four utility transfers of the property-transfer bundle on its own list:
 * 供水过户 and 燃气过户 under 嘉善县住房和城乡建设局 (the county's 供水 and 燃气 authority), and
 * 供电过户 and 有线电视/宽带过户 under the county bodies whose 不动产登记“一件事”窗口 accepts them
 * with the property transfer and forwards them to 国网嘉善县供电公司 and the cable/telecom
 * operators (see those entries) — so the bundle opens in Zhejiang with a case for each.
 *
 * Declined: 工业产品生产许可证核发 offers no 告知承诺 for the product inspection report (see that
 * entry). Every other 容缺 / 告知承诺 the standard allows is offered.
 */

// ── Implementing bodies (实施主体) and their unified social credit codes ────────────────

interface Body {
  readonly name: string;
  readonly code: string;
}

const JIAXING_HOUSING_FUND: Body = { name: '嘉兴市住房公积金管理服务中心', code: '1233040047057931XR' };
const PROVINCE_SOCIAL_INSURANCE: Body = { name: '浙江省社会保险和就业服务中心', code: '12330000470004524W' };
const JIAXING_SOCIAL_INSURANCE: Body = { name: '嘉兴市社会保险事业管理服务中心', code: '12330400470572687B' };
const JIAXING_HEALTHCARE_SECURITY: Body = { name: '嘉兴市医疗保障局', code: '11330400MB1A39264C' };
const JIASHAN_PUBLIC_SECURITY: Body = { name: '嘉善县公安局', code: '1133042100260318XP' };
const YIWU_PUBLIC_SECURITY: Body = { name: '义乌市公安局', code: '11330782002625477C' };
const JIAXING_PUBLIC_SECURITY: Body = { name: '嘉兴市公安局', code: '11330400002589031F' };
const JIASHAN_HEALTH: Body = { name: '嘉善县卫生健康局', code: '11330421MB1B047249' };
const JIASHAN_CIVIL_AFFAIRS: Body = { name: '嘉善县民政局', code: '11330421002603745B' };
const PROVINCE_ARCHIVES: Body = { name: '浙江省档案馆', code: '123300004700081546' };
const JIASHAN_MARKET_REGULATION: Body = { name: '嘉善县市场监督管理局', code: '11330421MB1A760570' };
const PROVINCE_MARKET_REGULATION: Body = { name: '浙江省市场监督管理局', code: '11330000MB193821X6' };
const YIWU_ADMINISTRATIVE_APPROVAL: Body = { name: '义乌市行政审批局', code: '11330782MB1A88410X' };
const JIASHAN_TAX: Body = { name: '国家税务总局嘉善县税务局', code: '11330421MB1C55303X' };
const PROVINCE_CIVIL_AIR_DEFENCE: Body = { name: '浙江省人民防空办公室', code: '11330000002485611B' };
const JIASHAN_NATURAL_RESOURCES: Body = { name: '嘉善县自然资源和规划局', code: '11330421MB1B216719' };
const JIASHAN_HOUSING_CONSTRUCTION: Body = { name: '嘉善县住房和城乡建设局', code: '113304210026041906' };
const JIASHAN_DEVELOPMENT_REFORM: Body = { name: '嘉善县发展和改革局', code: '11330421MB1D220789' };
const JIASHAN_CULTURE_BROADCASTING: Body = { name: '嘉善县文化和广电旅游体育局', code: '11330421MB1D331806' };

function body(b: Body): Pick<LocalImplementation, 'implementingBody' | 'implementingBodyCode'> {
  return { implementingBody: b.name, implementingBodyCode: b.code };
}

// Policy (政策兑现) bodies.
const JIAXING_ECONOMY_INFORMATISATION: Body = { name: '嘉兴市经济和信息化局', code: '11330400MB1A40716G' };
const JIASHAN_ECONOMY_INFORMATISATION: Body = { name: '嘉善县经济和信息化局', code: '11330421MB1D25180W' };
const JIASHAN_SCIENCE: Body = { name: '嘉善县科学技术局', code: '11330421MB1D27303P' };

// ── Service places (办理地点) ───────────────────────────────────────────────────────────

const JIASHAN_HALL: ServicePlace = {
  name: '嘉善县行政服务中心',
  address: '浙江省嘉兴市嘉善县罗星街道谈公北路568号',
  divisionCode: '330421',
  phone: '0573-84213366',
};

const DEMONSTRATION_ZONE_WINDOW: ServicePlace = {
  name: '长三角生态绿色一体化发展示范区（嘉善片区）跨省通办服务专窗',
  address: '浙江省嘉兴市嘉善县西塘镇祥符荡大道188号',
  divisionCode: '330421',
  phone: '0573-84566180',
};

const JIAXING_CITIZEN_CENTRE: ServicePlace = {
  name: '嘉兴市民服务中心',
  address: '浙江省嘉兴市南湖区广益路1198号',
  divisionCode: '330400',
  phone: '0573-82059900',
};

const YIWU_HALL: ServicePlace = {
  name: '义乌市行政服务中心（“无证明城市”综合受理窗口）',
  address: '浙江省金华市义乌市福田街道宗泽北路369号',
  divisionCode: '330782',
  phone: '0579-85588123',
};

const PROVINCE_HALL: ServicePlace = {
  name: '浙江政务服务中心',
  address: '浙江省杭州市西湖区文二路391号',
  divisionCode: '330100',
  phone: '0571-87056123',
};

const PROVINCE_ARCHIVES_HALL: ServicePlace = {
  name: '浙江省档案馆查档利用服务大厅',
  address: '浙江省杭州市西湖区留和路168号',
  divisionCode: '330100',
  phone: '0571-88925610',
};

// ── Hours, online address, limits and fees ──────────────────────────────────────────

// One hall, one set of hours: every entry naming a hall states the hours the 7×24 map serves
// it in, which openNow and queue numbers read (test/src/federation/hallHours.test.ts).
const HOURS_JIASHAN = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00';
const HOURS_JIAXING = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00';
const HOURS_YIWU = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（出入境、市场主体登记窗口轮值）';
const HOURS_PROVINCE = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（法定节假日除外）';
const HOURS_ARCHIVES = '周一至周五 9:00-12:00、13:30-17:00（法定节假日除外）';

/** Items fully online: 浙里办 around the clock, the window in office hours. */
function alwaysOnline(windowHours: string): string {
  return `浙里办、浙江政务服务网 7×24小时在线办理；窗口 ${windowHours}`;
}

/** 浙江政务服务网 item page of the YRD 一网通办 column (fictional path, real portal). */
function onlineUrl(standardCode: string): string {
  return `https://www.zjzwfw.gov.cn/zjservice/csj/item/${standardCode}`;
}

function workingDays(amount: number, note?: string): TimeLimit {
  return note === undefined ? { amount, unit: 'WORKING_DAYS' } : { amount, unit: 'WORKING_DAYS', note };
}

const ON_THE_SPOT: TimeLimit = workingDays(0, '即办：材料齐全、符合法定形式的当场办结');
const INSTANT: TimeLimit = workingDays(0, '秒办：浙里办提交后系统自动核验、即时办结；核验未通过的转人工，1个工作日内办结');

const FREE: Fee = { charged: false };

// ── The list ─────────────────────────────────────────────────────────────────────────

export const zhejiangImplementations: readonly LocalImplementation[] = [
  // ── 住房公积金 (嘉兴市住房公积金管理服务中心) ─────────────────────────────────────────
  {
    standardCode: '200047001000',
    localCode: 'ZJGG-GJJ-001',
    localName: '出具异地贷款职工住房公积金缴存使用证明',
    ...body(JIAXING_HOUSING_FUND),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200047001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200047002000',
    localCode: 'ZJGG-GJJ-010',
    localName: '异地缴存职工住房公积金贷款申请',
    ...body(JIAXING_HOUSING_FUND),
    promisedTimeLimit: workingDays(10, '缴存使用证明以电子证照共享核验'),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200047002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200049001000',
    localCode: 'ZJGG-GJJ-002',
    localName: '住房公积金异地转移接续（转入）',
    ...body(JIAXING_HOUSING_FUND),
    promisedTimeLimit: workingDays(3, '转入地受理后经全国住房公积金异地转移接续平台办理，含转出地资金划转时间'),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200049001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200048001000',
    localCode: 'ZJGG-GJJ-003',
    localName: '单位住房公积金缴存登记（开户）',
    ...body(JIAXING_HOUSING_FUND),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200048001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人力资源和社会保障 ──────────────────────────────────────────────────────────────
  {
    standardCode: '200101001000',
    localCode: 'ZJGG-RSS-001',
    localName: '社会保险个人权益记录查询打印',
    ...body(PROVINCE_SOCIAL_INSURANCE),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [PROVINCE_HALL, JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_PROVINCE),
    onlineUrl: onlineUrl('200101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200102001000',
    localCode: 'ZJGG-RSS-002',
    localName: '社会保险参保证明查询打印',
    ...body(JIAXING_SOCIAL_INSURANCE),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200102001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200103001000',
    localCode: 'ZJGG-RSS-003',
    localName: '社会保障卡应用状态查询',
    ...body(PROVINCE_SOCIAL_INSURANCE),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [PROVINCE_HALL, JIAXING_CITIZEN_CENTRE],
    hours: alwaysOnline(HOURS_PROVINCE),
    onlineUrl: onlineUrl('200103001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200105001000',
    localCode: 'ZJGG-RSS-004',
    localName: '企业职工基本养老保险关系省际转移接续',
    ...body(JIAXING_SOCIAL_INSURANCE),
    promisedTimeLimit: workingDays(15, '自转入地受理之日起，经全国社会保险关系转移系统办理'),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIAXING,
    onlineUrl: onlineUrl('200105001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200106001000',
    localCode: 'ZJGG-RSS-005',
    localName: '社会保险待遇领取资格认证（养老）',
    ...body(JIAXING_SOCIAL_INSURANCE),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200106001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200104001000',
    localCode: 'ZJGG-RSS-006',
    localName: '用人单位社会保险登记',
    ...body(JIAXING_SOCIAL_INSURANCE),
    // 容缺 needs a promise at least as long as the period to supply in: 5 working days, within the statute's 15 days.
    promisedTimeLimit: workingDays(
      5,
      '秒批：材料齐全、规则全部通过的即时办结；职工劳动合同或用工证明容缺受理的，自受理之日起5个工作日内补齐后办结（《中华人民共和国社会保险法》第五十七条：十五日内予以审核）',
    ),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200104001000'),
    visitsRequired: 0,
    crossRegion: true,
    // 职工劳动合同或用工证明可容缺：新设企业先参保登记，登记后5个工作日内补交。
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '050101001000',
    localCode: 'ZJJF-RSS-007',
    localName: '失业保险金申领',
    ...body(JIAXING_SOCIAL_INSURANCE),
    // In natural days, like the standard's promise and the statute (10日内): see 失业保险金申领 in the catalog seed.
    promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS', note: '浙里办申领，自受理之日起5日内审核（遇节假日不顺延），审核通过的次月起按月发放' },
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('050101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 医疗保障 (嘉兴市医疗保障局) ─────────────────────────────────────────────────────
  {
    standardCode: '200201001000',
    localCode: 'ZJGG-YBJ-001',
    localName: '基本医疗保险参保关系转移接续',
    ...body(JIAXING_HEALTHCARE_SECURITY),
    promisedTimeLimit: workingDays(5, '转出、转入合计；经国家医保信息平台线上流转'),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200202001000',
    localCode: 'ZJGG-YBJ-002',
    localName: '跨省异地就医登记备案',
    ...body(JIAXING_HEALTHCARE_SECURITY),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('200202001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // 异地长期居住人员可书面承诺居住情况，代替居住证明。
    commitmentSystem: true,
  },

  // ── 公安 ──────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200602001000',
    localCode: 'ZJGG-GAJ-001',
    // 义乌“无证明城市”: 户籍证明以共享数据出具，办事单位在线核验，群众不再跑派出所开纸质证明。
    localName: '户籍证明出具（无证明办理）',
    ...body(YIWU_PUBLIC_SECURITY),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [YIWU_HALL],
    hours: alwaysOnline(HOURS_YIWU),
    onlineUrl: onlineUrl('200602001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010201001000',
    localCode: 'ZJXK-GAJ-002',
    localName: '户口迁入（夫妻投靠）',
    ...body(JIASHAN_PUBLIC_SECURITY),
    promisedTimeLimit: workingDays(5, '跨省迁移“一站式”办理，迁出地信息经公安部人口信息系统核转'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('010201001000'),
    visitsRequired: 1,
    crossRegion: true,
    // 被投靠人户口簿可容缺，受理后5个工作日内补交（共享的只是申请人本人的户籍信息，不能代替）。
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200601001000',
    localCode: 'ZJGG-GAJ-003',
    localName: '本人出入境记录查询证明出具',
    ...body(YIWU_PUBLIC_SECURITY),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [YIWU_HALL],
    hours: HOURS_YIWU,
    onlineUrl: onlineUrl('200601001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '070201001000',
    localCode: 'ZJQR-GAJ-004',
    localName: '居民身份证跨省换领、补领',
    ...body(JIASHAN_PUBLIC_SECURITY),
    promisedTimeLimit: workingDays(15, '自受理之日起；可选择邮寄送达，免于二次到场领证'),
    fee: {
      charged: true,
      amount: 2000,
      basis: '居民身份证工本费：申领、换领每证20元，丢失补领或损坏换领每证40元，城市低保居民、农村特殊困难居民申领、换领的免收，按国家规定标准收取（发改价格〔2003〕2322号）；浙里办在线缴费',
      variants: [
        { circumstance: '丢失补领或损坏换领', amount: 4000 },
        { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 },
      ],
    },
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('070201001000'),
    // 受理时采集人像指纹须到场一次；证件邮寄送达，不需再次到场领取。
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010301001000',
    localCode: 'ZJXK-GAJ-005',
    localName: '机动车驾驶证补证、换证',
    ...body(JIAXING_PUBLIC_SECURITY),
    promisedTimeLimit: ON_THE_SPOT,
    fee: {
      charged: true,
      amount: 1000,
      basis: '机动车驾驶证工本费每证10元，按国家规定标准收取（发改价格〔2004〕2831号）；选择邮寄的邮费由申请人承担',
    },
    places: [JIAXING_CITIZEN_CENTRE, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('010301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100101001000',
    localCode: 'ZJQT-GAJ-006',
    localName: '公章刻制备案',
    ...body(JIASHAN_PUBLIC_SECURITY),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('100101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 卫生健康 (嘉善县卫生健康局) ─────────────────────────────────────────────────────
  {
    standardCode: '200502001000',
    localCode: 'ZJGG-WJW-001',
    localName: '生育登记',
    ...body(JIASHAN_HEALTH),
    promisedTimeLimit: workingDays(5, '材料齐全的当场办结；容缺受理的，5个工作日内补齐结婚证'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200502001000'),
    visitsRequired: 0,
    crossRegion: true,
    // 结婚证容缺：先登记，婚姻登记信息共享核验或事后补交。
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200501001000',
    localCode: 'ZJGG-WJW-002',
    localName: '独生子女档案信息查询',
    ...body(JIASHAN_HEALTH),
    promisedTimeLimit: workingDays(2, '自受理之日起2个工作日内答复；需调阅原始档案的经负责人同意可延长，最长不超过2个工作日'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('200501001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },

  // ── 民政 (嘉善县民政局) ─────────────────────────────────────────────────────────────
  {
    standardCode: '200301001000',
    localCode: 'ZJGG-MZJ-001',
    localName: '婚姻登记档案查询出证',
    ...body(JIASHAN_CIVIL_AFFAIRS),
    promisedTimeLimit: workingDays(1, '电子档案可即时查询；需调阅纸质档案的经负责人同意可延长，最长不超过2个工作日'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('200301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200302001000',
    localCode: 'ZJGG-MZJ-002',
    localName: '婚姻登记网上预约',
    ...body(JIASHAN_CIVIL_AFFAIRS),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 档案 (浙江省档案馆) ─────────────────────────────────────────────────────────────
  {
    standardCode: '200401001000',
    localCode: 'ZJGG-DAG-001',
    localName: '知识青年上山下乡档案查询',
    ...body(PROVINCE_ARCHIVES),
    promisedTimeLimit: workingDays(2, '自受理之日起2个工作日内答复；需调阅原始档案的经馆领导同意可延长，最长不超过2个工作日'),
    fee: FREE,
    places: [PROVINCE_ARCHIVES_HALL],
    hours: HOURS_ARCHIVES,
    onlineUrl: onlineUrl('200401001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 市场监督管理 ────────────────────────────────────────────────────────────────────
  {
    standardCode: '010001001000',
    localCode: 'ZJXK-SJJ-001',
    localName: '内资有限责任公司设立登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: workingDays(1, '开办企业“一件事”全程网办，材料齐全的一般当日办结'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('010001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // 住所（经营场所）申报承诺制。
    commitmentSystem: true,
  },
  {
    standardCode: '010001002000',
    localCode: 'ZJXK-SJJ-002',
    localName: '外商投资企业设立登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: workingDays(1, '材料齐全、符合法定形式的1个工作日内办结'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('010001002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001003000',
    localCode: 'ZJXK-SJJ-003',
    localName: '公司分公司设立登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('010001003000'),
    visitsRequired: 0,
    crossRegion: true,
    // 秒批，当场核准：不设容缺（补交期限不得超过承诺时限）；住所（经营场所）实行申报承诺制。
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010002001000',
    localCode: 'ZJXK-SJJ-004',
    localName: '内资公司变更登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: workingDays(1, '全程网办，材料齐全的一般当日办结'),
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('010002001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010003001000',
    localCode: 'ZJXK-SJJ-005',
    localName: '企业简易注销登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: workingDays(1, '公告期满无异议的，自申请之日起1个工作日内办结'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('010003001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010004001000',
    localCode: 'ZJXK-SJJ-006',
    localName: '企业跨省迁入登记',
    ...body(JIASHAN_MARKET_REGULATION),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('010004001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010101001000',
    localCode: 'ZJXK-SJJ-007',
    localName: '工业产品生产许可证核发',
    ...body(PROVINCE_MARKET_REGULATION),
    promisedTimeLimit: workingDays(5, '自受理之日起；需组织实地核查的，核查时间不计入'),
    fee: FREE,
    places: [PROVINCE_HALL],
    hours: HOURS_PROVINCE,
    onlineUrl: onlineUrl('010101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // Declined: 浙江对列入重点监管目录的产品（危险化学品、化肥等）须提交检验合格报告，本清单统一
    // 要求提交报告，不以书面承诺代替。
    commitmentSystem: false,
  },
  {
    standardCode: '010102001000',
    localCode: 'ZJXK-SJJ-008',
    localName: '食品经营许可证核发',
    ...body(YIWU_ADMINISTRATIVE_APPROVAL),
    promisedTimeLimit: workingDays(3, '实行告知承诺的，当场发证；需现场核查的，自受理之日起3个工作日内办结'),
    fee: FREE,
    places: [YIWU_HALL],
    hours: alwaysOnline(HOURS_YIWU),
    onlineUrl: onlineUrl('010102001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010005001000',
    localCode: 'ZJXK-SJJ-009',
    localName: '个体工商户设立登记',
    ...body(YIWU_ADMINISTRATIVE_APPROVAL),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [YIWU_HALL],
    hours: alwaysOnline(HOURS_YIWU),
    onlineUrl: onlineUrl('010005001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    // 经营场所申报承诺制；义乌对虚假承诺列入失信名单（承诺核查）。
    commitmentSystem: true,
  },

  // ── 税务 (国家税务总局嘉善县税务局) ─────────────────────────────────────────────────
  {
    standardCode: '100301001000',
    localCode: 'ZJQT-SWJ-001',
    localName: '新办纳税人套餐式服务（首次领用发票）',
    ...body(JIASHAN_TAX),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('100301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100302001000',
    localCode: 'ZJQT-SWJ-002',
    localName: '跨区域涉税事项报告',
    ...body(JIASHAN_TAX),
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [JIASHAN_HALL, DEMONSTRATION_ZONE_WINDOW],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('100302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人民防空 (浙江省人民防空办公室) ─────────────────────────────────────────────────
  {
    standardCode: '100201001000',
    localCode: 'ZJQT-RFB-001',
    localName: '省外人防工程设计、监理甲级资质企业入浙备案',
    ...body(PROVINCE_CIVIL_AIR_DEFENCE),
    promisedTimeLimit: workingDays(2),
    fee: FREE,
    places: [PROVINCE_HALL],
    hours: alwaysOnline(HOURS_PROVINCE),
    onlineUrl: onlineUrl('100201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 不动产与公用事业 (嘉善县，不动产登记“一件事”一窗受理) ─────────────────────────
  {
    standardCode: '070101001000',
    localCode: 'ZJQR-ZRJ-001',
    localName: '不动产转移登记（含水电气网联动过户）',
    ...body(JIASHAN_NATURAL_RESOURCES),
    promisedTimeLimit: workingDays(1, '存量房转移登记与税费缴纳、水气过户一窗联办，1个工作日内办结，电子证照同步发放'),
    fee: {
      charged: true,
      amount: 8000,
      basis:
        '住宅类每件80元（含第一本证书工本费），非住宅类每件550元，另增证书每本10元，按国家标准收取（发改价格规〔2016〕2559号）；小微企业（含个体工商户）申请的免收',
      variants: [
        { circumstance: '非住宅类', amount: 55000 },
        { circumstance: '另增证书（每本加收）', amount: 1000 },
        { circumstance: '小微企业（含个体工商户）申请', amount: 0 },
      ],
    },
    places: [JIASHAN_HALL],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('070101001000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200901001000',
    localCode: 'ZJGG-JSJ-001',
    localName: '用水过户',
    ...body(JIASHAN_HOUSING_CONSTRUCTION),
    promisedTimeLimit: workingDays(1, '与不动产转移登记联办的，自收到登记结果起算'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200901001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200901003000',
    localCode: 'ZJGG-JSJ-002',
    localName: '管道燃气过户',
    ...body(JIASHAN_HOUSING_CONSTRUCTION),
    promisedTimeLimit: workingDays(2, '含预约入户安全检查；与不动产转移登记联办的，自收到登记结果起算'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200901003000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  // Electricity and cable transfers are carried out by the supply companies; in 嘉善 the
  // 不动产登记“一件事”窗口 accepts them with the property transfer and forwards them.
  {
    standardCode: '200901002000',
    localCode: 'ZJGG-FGJ-001',
    localName: '用电过户（一件事联办，国网嘉善县供电公司承办）',
    ...body(JIASHAN_DEVELOPMENT_REFORM),
    promisedTimeLimit: workingDays(1, '与不动产转移登记联办的，自收到登记结果起算'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200901002000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200901004000',
    localCode: 'ZJGG-WGJ-001',
    localName: '有线电视及宽带过户（一件事联办，运营企业承办）',
    ...body(JIASHAN_CULTURE_BROADCASTING),
    promisedTimeLimit: workingDays(1, '与不动产转移登记联办的，自收到登记结果起算'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('200901004000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 政策兑现 ─────────────────────────────────────────────────────────────────────────
  // Policies Zhejiang, 嘉兴 and 嘉善 publish, and the demonstration-zone policies (for 嘉善).
  // Further codes: 类别 JL 行政奖励 (08); 部门 JXJ 经济和信息化, KJJ 科学技术.
  {
    standardCode: '083301001000',
    localCode: 'ZJJL-JXJ-001',
    localName: '嘉兴市中小企业成长奖励申报',
    ...body(JIAXING_ECONOMY_INFORMATISATION),
    promisedTimeLimit: workingDays(20, '含县（市、区）初审、市级复核和公示5个工作日'),
    fee: FREE,
    places: [JIAXING_CITIZEN_CENTRE],
    hours: alwaysOnline(HOURS_JIAXING),
    onlineUrl: onlineUrl('083301001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '053301001000',
    localCode: 'ZJJF-SWJ-003',
    localName: '小微企业房产税、城镇土地使用税减征（免申即享）',
    ...body(JIASHAN_TAX),
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('053301001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083302001000',
    localCode: 'ZJJL-JXJ-002',
    localName: '亩均效益领跑者企业奖励',
    ...body(JIASHAN_ECONOMY_INFORMATISATION),
    promisedTimeLimit: workingDays(15, '含公示5个工作日'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('083302001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083303001000',
    localCode: 'ZJJL-SJJ-010',
    localName: '“浙江制造”品字标企业奖励申报',
    ...body(PROVINCE_MARKET_REGULATION),
    promisedTimeLimit: workingDays(20, '含设区市初审、省级复核和公示5个工作日'),
    fee: FREE,
    places: [PROVINCE_HALL],
    hours: HOURS_PROVINCE,
    onlineUrl: onlineUrl('083303001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '053302001000',
    localCode: 'ZJJF-JXJ-003',
    localName: '小微企业厂房租金补贴',
    ...body(JIASHAN_ECONOMY_INFORMATISATION),
    promisedTimeLimit: workingDays(10, '含公示5个工作日'),
    fee: FREE,
    places: [JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('053302001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '059001001000',
    localCode: 'ZJJF-KJJ-001',
    localName: '示范区科技创新券兑付（嘉善片区）',
    ...body(JIASHAN_SCIENCE),
    promisedTimeLimit: workingDays(15, '含示范区执委会复核和公示5个工作日'),
    fee: FREE,
    places: [DEMONSTRATION_ZONE_WINDOW, JIASHAN_HALL],
    hours: alwaysOnline(HOURS_JIASHAN),
    onlineUrl: onlineUrl('059001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '089001001000',
    localCode: 'ZJJL-FGJ-002',
    localName: '示范区企业绿色低碳转型奖励（嘉善片区）',
    ...body(JIASHAN_DEVELOPMENT_REFORM),
    promisedTimeLimit: workingDays(15, '含节能量核定和公示5个工作日'),
    fee: FREE,
    places: [DEMONSTRATION_ZONE_WINDOW],
    hours: HOURS_JIASHAN,
    onlineUrl: onlineUrl('089001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
];
