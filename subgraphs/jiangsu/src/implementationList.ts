import type { LocalImplementation } from '@yrd/shared/provinceKit/localImplementation';

/**
 * 江苏省政务服务事项实施清单（长三角“一网通办”所涉部分）: Jiangsu's own codes and names for the
 * standard items of the catalog hub, with the time limits, fees, places and hours Jiangsu
 * promises. The list is the one the Suzhou windows work from (the product's headline story: a
 * case started at the 吴江区 长三角“一网通办” window), so most implementing bodies are Suzhou's
 * municipal bodies or 吴江区 bodies; items only the province exercises are the province's.
 *
 * Local code scheme (江苏省事项实施编码, fixture convention of this project):
 *   `JS-{部门简称}-{实施主体所在行政区划代码}-{部门内序号}`, e.g. `JS-GJJ-320500-001`
 *   部门简称: GJJ 住房公积金 · SB 社会保险经办 · RS 人力资源和社会保障 · YB 医疗保障 · GA 公安 ·
 *   WJ 卫生健康 · MZ 民政 · DA 档案 · SJ 市场监管 · SW 税务 · RF 人民防空 · BDC 不动产登记.
 *   The division is that of the implementing body (320000 province, 320500 苏州市, 320509 吴江区);
 *   the serial counts within the department across this list.
 *
 * Left out (all four are non-cross-region items): 供水过户 200901001000, 供电过户 200901002000,
 * 燃气过户 200901003000, 有线电视/宽带过户 200901004000. In Jiangsu these are carried out by the
 * utility enterprises themselves (苏州市自来水有限公司, 国网苏州供电公司, 港华燃气, 江苏有线), which
 * are enterprises, not 机关/事业单位, and so are not lines of the government's 实施清单; the
 * 不动产登记 window only passes the transfer on to them (联动过户) after registration. Jiangsu
 * declares them as passed on instead — each with its receiver (吴江's suppliers, for the 吴江区
 * 不动产登记 line below), the item whose approval it follows and the applicant's notice — in
 * passedOnItems.ts: the property-transfer bundle opens with the registration's case and records
 * the four transfers as pass-ons.
 *
 * Implementing bodies' unified social credit codes are fixture codes (authority 1 编制,
 * type 1 机关 / 2 事业单位) computed with valid GB 11714 and GB 32100 checks; they are not the
 * bodies' real codes.
 */

// ── Implementing bodies (实施主体) ──────────────────────────────────────────────────────

type Body = Pick<LocalImplementation, 'implementingBody' | 'implementingBodyCode'>;

const SUZHOU_PROVIDENT_FUND: Body = { implementingBody: '苏州市住房公积金管理中心', implementingBodyCode: '123205004660027105' };
const SUZHOU_SOCIAL_INSURANCE: Body = { implementingBody: '苏州市社会保险基金管理中心', implementingBodyCode: '12320500466005137G' };
const SUZHOU_HRSS: Body = { implementingBody: '苏州市人力资源和社会保障局', implementingBodyCode: '113205000141603719' };
const SUZHOU_HEALTHCARE_SECURITY: Body = { implementingBody: '苏州市医疗保障局', implementingBodyCode: '113205000141698274' };
const SUZHOU_PUBLIC_SECURITY: Body = { implementingBody: '苏州市公安局', implementingBodyCode: '1132050001416011XE' };
const WUJIANG_PUBLIC_SECURITY: Body = { implementingBody: '苏州市公安局吴江分局', implementingBodyCode: '11320509014044266Y' };
const WUJIANG_HEALTH: Body = { implementingBody: '苏州市吴江区卫生健康委员会', implementingBodyCode: '113205090140458163' };
const WUJIANG_CIVIL_AFFAIRS: Body = { implementingBody: '苏州市吴江区民政局', implementingBodyCode: '1132050901404379XE' };
const SUZHOU_ARCHIVES: Body = { implementingBody: '苏州市档案馆', implementingBodyCode: '123205004660080712' };
const SUZHOU_MARKET_REGULATION: Body = { implementingBody: '苏州市市场监督管理局', implementingBodyCode: '11320500014161438P' };
const JIANGSU_MARKET_REGULATION: Body = { implementingBody: '江苏省市场监督管理局', implementingBodyCode: '11320000014003659U' };
const WUJIANG_MARKET_REGULATION: Body = { implementingBody: '苏州市吴江区市场监督管理局', implementingBodyCode: '113205090140465521' };
const WUJIANG_TAX: Body = { implementingBody: '国家税务总局苏州市吴江区税务局', implementingBodyCode: '11320509013947121C' };
const JIANGSU_CIVIL_AIR_DEFENCE: Body = { implementingBody: '江苏省人民防空办公室', implementingBodyCode: '113200000140024889' };
const WUJIANG_REAL_ESTATE: Body = { implementingBody: '苏州市吴江区不动产登记中心', implementingBodyCode: '12320509467163305D' };

// Policy (政策兑现) bodies.
const SUZHOU_INDUSTRY: Body = { implementingBody: '苏州市工业和信息化局', implementingBodyCode: '11320500MB1E41720H' };
const JIANGSU_INDUSTRY: Body = { implementingBody: '江苏省工业和信息化厅', implementingBodyCode: '11320000MB1E03951Q' };
const KUNSHAN_SCIENCE: Body = { implementingBody: '昆山市科学技术局', implementingBodyCode: '11320583MB1E62089R' };
const WUJIANG_SCIENCE: Body = { implementingBody: '苏州市吴江区科学技术局', implementingBodyCode: '11320509MB1E5517X5' };
const WUJIANG_DEVELOPMENT_REFORM: Body = { implementingBody: '苏州市吴江区发展和改革委员会', implementingBodyCode: '11320509MB1E56308F' };

// ── Places (办理地点) — phone numbers are fictional ─────────────────────────────────────

type Place = LocalImplementation['places'][number];

const WUJIANG_YRD_WINDOW: Place = {
  name: '吴江区政务服务中心长三角“一网通办”专窗',
  address: '江苏省苏州市吴江区中山南路1979号吴江区政务服务中心一楼A区',
  divisionCode: '320509',
  phone: '0512-63982130',
};
const WUJIANG_GENERAL_WINDOW: Place = {
  name: '吴江区政务服务中心综合受理窗口',
  address: '江苏省苏州市吴江区中山南路1979号吴江区政务服务中心二楼',
  divisionCode: '320509',
  phone: '0512-63982288',
};
const KUNSHAN_YRD_WINDOW: Place = {
  name: '昆山市政务服务中心长三角通办窗口',
  address: '江苏省苏州市昆山市前进西路1801号昆山市政务服务中心一楼',
  divisionCode: '320583',
  phone: '0512-57316620',
};
const SUZHOU_CITY_HALL: Place = {
  name: '苏州市政务服务中心综合受理区',
  address: '江苏省苏州市姑苏区三香路998号苏州市政务服务中心',
  divisionCode: '320508',
  phone: '0512-68616025',
};
const WUJIANG_PROVIDENT_FUND_HALL: Place = {
  name: '苏州市住房公积金管理中心吴江分中心服务大厅',
  address: '江苏省苏州市吴江区松陵街道开平路1000号',
  divisionCode: '320509',
  phone: '0512-63017788',
};
const JIANGSU_PROVINCE_HALL: Place = {
  name: '江苏政务服务中心',
  address: '江苏省南京市建邺区江东中路265号',
  divisionCode: '320100',
  phone: '025-83275011',
};

// ── Hours (办理时间) ───────────────────────────────────────────────────────────────────

// One hall, one set of hours: every entry naming a hall states the hours the 7×24 map serves
// it in, which openNow and queue numbers read (test/src/federation/hallHours.test.ts).
/** Lists that include a 长三角通办 window: the windows open on Saturday mornings too. */
const HOURS_YRD = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（延时服务）；法定节假日除外';
const HOURS_HALL = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（延时服务）；法定节假日除外';
const HOURS_PROVINCE = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（延时服务）；法定节假日除外；江苏政务服务网7×24小时网上申报';

// ── Shared pieces ────────────────────────────────────────────────────────────────────

type TimeLimit = LocalImplementation['promisedTimeLimit'];
type Fee = LocalImplementation['fee'];

function workingDays(amount: number, note?: string): TimeLimit {
  return note === undefined ? { amount, unit: 'WORKING_DAYS' } : { amount, unit: 'WORKING_DAYS', note };
}

const ON_THE_SPOT: TimeLimit = workingDays(0, '即办件：材料齐全、符合法定形式的，当场办结');
const INSTANT: TimeLimit = workingDays(0, '秒批：系统核验通过的即时办结；未通过的转人工，1个工作日内办结');

const FREE: Fee = { charged: false };

function onlineUrl(standardCode: string): string {
  return `https://www.jszwfw.gov.cn/jszwfw/csjtb/bszn/${standardCode}.do`;
}

// ── 实施清单 ─────────────────────────────────────────────────────────────────────────

export const jiangsuImplementations: readonly LocalImplementation[] = [
  // ── 住房公积金 ──────────────────────────────────────────────────────────────────────
  {
    standardCode: '200047001000',
    localCode: 'JS-GJJ-320500-001',
    localName: '异地贷款职工住房公积金缴存使用证明开具',
    ...SUZHOU_PROVIDENT_FUND,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, WUJIANG_PROVIDENT_FUND_HALL, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200047001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
    tightenedRules: [
      {
        code: 'PF_DEPOSITS_CONTINUOUS',
        description:
          '缴存职工正常缴存的账户已连续缴存满12个月（苏州市住房公积金管理中心要求连续缴存满12个月方可出具，严于标准规定的6个月）',
        evidenceKind: 'PROVIDENT_FUND',
        quantifier: 'ANY',
        conditions: [
          { field: 'accountStatus', operator: 'EQ', value: 'ACTIVE' },
          { field: 'continuousMonths', operator: 'GTE', value: 12 },
        ],
      },
    ],
  },
  {
    standardCode: '200047002000',
    localCode: 'JS-GJJ-320500-010',
    localName: '异地缴存职工住房公积金个人住房贷款',
    ...SUZHOU_PROVIDENT_FUND,
    promisedTimeLimit: { amount: 7, unit: 'WORKING_DAYS', note: '缴存使用证明以电子证照共享核验，无需提交纸质证明' },
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, WUJIANG_PROVIDENT_FUND_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200047002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200049001000',
    localCode: 'JS-GJJ-320500-002',
    localName: '住房公积金异地转移接续（转入）',
    ...SUZHOU_PROVIDENT_FUND,
    promisedTimeLimit: workingDays(3, '转入地受理后3个工作日内办结，含转出地资金划转时间'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, WUJIANG_PROVIDENT_FUND_HALL, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200049001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200048001000',
    localCode: 'JS-GJJ-320500-003',
    localName: '单位住房公积金缴存登记',
    ...SUZHOU_PROVIDENT_FUND,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, WUJIANG_PROVIDENT_FUND_HALL, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200048001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 社会保险经办 ────────────────────────────────────────────────────────────────────
  {
    standardCode: '200101001000',
    localCode: 'JS-SB-320500-001',
    localName: '参保人员社会保险个人权益记录查询打印',
    ...SUZHOU_SOCIAL_INSURANCE,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200102001000',
    localCode: 'JS-SB-320500-002',
    localName: '个人参保证明开具',
    ...SUZHOU_SOCIAL_INSURANCE,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200102001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200105001000',
    localCode: 'JS-SB-320500-003',
    localName: '企业职工基本养老保险关系跨省转移接续',
    ...SUZHOU_SOCIAL_INSURANCE,
    promisedTimeLimit: workingDays(15, '转入地受理之日起15个工作日内办结转移接续手续'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200105001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200106001000',
    localCode: 'JS-SB-320500-004',
    localName: '社会保险待遇领取资格认证',
    ...SUZHOU_SOCIAL_INSURANCE,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200106001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200104001000',
    localCode: 'JS-SB-320500-005',
    localName: '用人单位社会保险登记',
    ...SUZHOU_SOCIAL_INSURANCE,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200104001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '050101001000',
    localCode: 'JS-SB-320500-006',
    localName: '失业保险金申领',
    ...SUZHOU_SOCIAL_INSURANCE,
    // In natural days, like the standard's promise and the statute (10日内): see 失业保险金申领 in the catalog seed.
    promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS', note: '自受理之日起5日内审核，遇节假日不顺延' },
    fee: FREE,
    places: [WUJIANG_GENERAL_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('050101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人力资源和社会保障（社会保障卡） ────────────────────────────────────────────────
  {
    standardCode: '200103001000',
    localCode: 'JS-RS-320500-001',
    localName: '社会保障卡应用状态查询',
    ...SUZHOU_HRSS,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200103001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 医疗保障 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200201001000',
    localCode: 'JS-YB-320500-001',
    localName: '基本医疗保险关系转移接续',
    ...SUZHOU_HEALTHCARE_SECURITY,
    promisedTimeLimit: workingDays(7),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200202001000',
    localCode: 'JS-YB-320500-002',
    localName: '跨省异地就医备案',
    ...SUZHOU_HEALTHCARE_SECURITY,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200202001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },

  // ── 公安 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200602001000',
    localCode: 'JS-GA-320509-001',
    localName: '户籍类证明开具',
    ...WUJIANG_PUBLIC_SECURITY,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200602001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010201001000',
    localCode: 'JS-GA-320509-002',
    localName: '夫妻投靠户口迁入',
    ...WUJIANG_PUBLIC_SECURITY,
    promisedTimeLimit: workingDays(7, '跨省迁入“一站式”办理，迁入地受理之日起7个工作日内办结'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010201001000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '070201001000',
    localCode: 'JS-GA-320509-003',
    localName: '居民身份证跨省异地换领、补领',
    ...WUJIANG_PUBLIC_SECURITY,
    promisedTimeLimit: workingDays(15, '受理之日起15个工作日内制证完毕，可选择邮寄送达'),
    fee: {
      charged: true,
      amount: 2000,
      basis: '居民身份证工本费：申领、换领每证20元，丢失补领或损坏换领每证40元（发改价格〔2003〕2322号）；江苏省对符合条件的困难群众免收',
      variants: [
        { circumstance: '丢失补领或损坏换领', amount: 4000 },
        { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 },
      ],
    },
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('070201001000'),
    // 邮寄送达：只需到场采集人像、指纹一次。
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100101001000',
    localCode: 'JS-GA-320509-004',
    localName: '印章刻制备案',
    ...WUJIANG_PUBLIC_SECURITY,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('100101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200601001000',
    localCode: 'JS-GA-320500-005',
    localName: '本人出入境记录查询',
    ...SUZHOU_PUBLIC_SECURITY,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200601001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010301001000',
    localCode: 'JS-GA-320500-006',
    localName: '机动车驾驶证补证、换证',
    ...SUZHOU_PUBLIC_SECURITY,
    promisedTimeLimit: ON_THE_SPOT,
    fee: {
      charged: true,
      amount: 1000,
      basis: '机动车驾驶证工本费每证10元（发改价格〔2004〕2831号），由苏州市公安局交通警察支队车辆管理所收取',
    },
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 卫生健康 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200502001000',
    localCode: 'JS-WJ-320509-001',
    localName: '生育登记服务',
    ...WUJIANG_HEALTH,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '材料齐全的当场办结；容缺受理的，3个工作日内补齐结婚证' },
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200502001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200501001000',
    localCode: 'JS-WJ-320509-002',
    localName: '独生子女档案查询',
    ...WUJIANG_HEALTH,
    promisedTimeLimit: workingDays(1, '受理之日起1个工作日内答复；需调阅原始档案的，最长可延长2个工作日'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200501001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: true,
    commitmentSystem: false,
  },

  // ── 民政 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200301001000',
    localCode: 'JS-MZ-320509-001',
    localName: '婚姻登记档案查询',
    ...WUJIANG_CIVIL_AFFAIRS,
    promisedTimeLimit: workingDays(1, '受理之日起1个工作日内答复；需调阅原始档案的，最长可延长2个工作日'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200302001000',
    localCode: 'JS-MZ-320509-002',
    localName: '婚姻登记网上预约',
    ...WUJIANG_CIVIL_AFFAIRS,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 档案 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200401001000',
    localCode: 'JS-DA-320500-001',
    localName: '知识青年上山下乡档案查询',
    ...SUZHOU_ARCHIVES,
    promisedTimeLimit: workingDays(2, '受理之日起2个工作日内答复；需调阅原始档案核实的，最长可延长2个工作日'),
    fee: FREE,
    places: [SUZHOU_CITY_HALL, WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('200401001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 市场监管 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '010001001000',
    localCode: 'JS-SJ-320500-001',
    localName: '有限责任公司（内资）设立登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: workingDays(1, '开办企业“一件事”：设立登记、印章刻制、发票申领、社保和公积金登记1个工作日内全部办结'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001002000',
    localCode: 'JS-SJ-320500-002',
    localName: '外商投资有限责任公司设立登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: workingDays(1),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010001002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001003000',
    localCode: 'JS-SJ-320500-003',
    localName: '分公司设立登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010001003000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010002001000',
    localCode: 'JS-SJ-320500-004',
    localName: '有限责任公司变更登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: workingDays(1),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010002001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010003001000',
    localCode: 'JS-SJ-320500-005',
    localName: '企业简易注销登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: workingDays(1, '公告期满无异议的，1个工作日内办结'),
    fee: FREE,
    places: [SUZHOU_CITY_HALL, WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('010003001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010004001000',
    localCode: 'JS-SJ-320500-006',
    localName: '企业住所跨省迁移登记',
    ...SUZHOU_MARKET_REGULATION,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW, KUNSHAN_YRD_WINDOW, SUZHOU_CITY_HALL],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('010004001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010101001000',
    localCode: 'JS-SJ-320000-007',
    localName: '工业产品生产许可证核发',
    ...JIANGSU_MARKET_REGULATION,
    promisedTimeLimit: workingDays(5),
    fee: FREE,
    places: [JIANGSU_PROVINCE_HALL, WUJIANG_YRD_WINDOW],
    hours: HOURS_PROVINCE,
    onlineUrl: onlineUrl('010101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // Declined: 江苏省对列入本省重点监管目录的工业产品不实行检验报告告知承诺，申请人须提交
    // 具备资质的检验机构出具的产品检验合格报告（事后核查发现不实的撤证成本过高）。
    commitmentSystem: false,
  },
  {
    standardCode: '010005001000',
    localCode: 'JS-SJ-320509-008',
    localName: '个体工商户注册登记',
    ...WUJIANG_MARKET_REGULATION,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('010005001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010102001000',
    localCode: 'JS-SJ-320509-009',
    localName: '食品经营许可证核发',
    ...WUJIANG_MARKET_REGULATION,
    promisedTimeLimit: workingDays(3, '实行告知承诺的，当场发证，3个工作日内完成现场核查'),
    fee: FREE,
    places: [WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('010102001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },

  // ── 税务 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '100301001000',
    localCode: 'JS-SW-320509-001',
    localName: '新办纳税人“套餐式”服务（发票领用）',
    ...WUJIANG_TAX,
    promisedTimeLimit: INSTANT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('100301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100302001000',
    localCode: 'JS-SW-320509-002',
    localName: '跨区域涉税事项报告',
    ...WUJIANG_TAX,
    promisedTimeLimit: ON_THE_SPOT,
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('100302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人民防空 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '100201001000',
    localCode: 'JS-RF-320000-001',
    localName: '人防工程设计、监理甲级资质单位入苏备案',
    ...JIANGSU_CIVIL_AIR_DEFENCE,
    promisedTimeLimit: workingDays(2),
    fee: FREE,
    places: [JIANGSU_PROVINCE_HALL, WUJIANG_YRD_WINDOW],
    hours: HOURS_PROVINCE,
    onlineUrl: onlineUrl('100201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 不动产登记 ──────────────────────────────────────────────────────────────────────
  {
    standardCode: '070101001000',
    localCode: 'JS-BDC-320509-001',
    localName: '国有建设用地使用权及房屋所有权转移登记',
    ...WUJIANG_REAL_ESTATE,
    promisedTimeLimit: workingDays(3, '二手房转移登记与水电气网联动过户3个工作日内办结'),
    fee: {
      charged: true,
      amount: 8000,
      basis: '住宅类不动产登记费每件80元（含第一本证书工本费），非住宅类每件550元，另增证书每本10元，小微企业（含个体工商户）申请的免收（发改价格规〔2016〕2559号）',
      variants: [
        { circumstance: '非住宅类', amount: 55000 },
        { circumstance: '另增证书（每本加收）', amount: 1000 },
        { circumstance: '小微企业（含个体工商户）申请', amount: 0 },
      ],
    },
    places: [WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('070101001000'),
    visitsRequired: 1,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 政策兑现 ────────────────────────────────────────────────────────────────────────
  // Policies Jiangsu, 苏州 and 昆山 publish, and the demonstration-zone policies (for 吴江).
  // Further 部门简称: GX 工业和信息化 · KJ 科学技术 · FG 发展和改革.
  {
    standardCode: '053201001000',
    localCode: 'JS-GX-320500-001',
    localName: '苏州市工业企业技术改造综合奖补申报',
    ...SUZHOU_INDUSTRY,
    promisedTimeLimit: workingDays(25, '含第三方专项审计、专家评审和公示5个工作日'),
    fee: FREE,
    places: [SUZHOU_CITY_HALL, WUJIANG_GENERAL_WINDOW],
    hours: HOURS_HALL,
    onlineUrl: onlineUrl('053201001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '053202001000',
    localCode: 'JS-RS-320500-002',
    localName: '失业保险稳岗返还（免申即享）',
    ...SUZHOU_HRSS,
    promisedTimeLimit: workingDays(0, '免申即享：企业确认后即时返还；未通过的转人工，5个工作日内告知结果'),
    fee: FREE,
    places: [SUZHOU_CITY_HALL, WUJIANG_GENERAL_WINDOW, KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('053202001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083201001000',
    localCode: 'JS-GX-320000-002',
    localName: '省级专精特新中小企业奖励申报',
    ...JIANGSU_INDUSTRY,
    promisedTimeLimit: workingDays(20, '含设区市初审、省级复核和公示5个工作日'),
    fee: FREE,
    places: [JIANGSU_PROVINCE_HALL],
    hours: HOURS_PROVINCE,
    onlineUrl: onlineUrl('083201001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083202001000',
    localCode: 'JS-KJ-320583-001',
    localName: '企业研发机构建设奖励（昆山市）',
    ...KUNSHAN_SCIENCE,
    promisedTimeLimit: workingDays(10, '含公示5个工作日'),
    fee: FREE,
    places: [KUNSHAN_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('083202001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '059001001000',
    localCode: 'JS-KJ-320509-002',
    localName: '示范区科技创新券兑付（吴江片区）',
    ...WUJIANG_SCIENCE,
    promisedTimeLimit: workingDays(15, '含示范区执委会复核和公示5个工作日'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('059001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '089001001000',
    localCode: 'JS-FG-320509-001',
    localName: '示范区企业绿色低碳转型奖励（吴江片区）',
    ...WUJIANG_DEVELOPMENT_REFORM,
    promisedTimeLimit: workingDays(20, '含节能量核定和公示5个工作日'),
    fee: FREE,
    places: [WUJIANG_YRD_WINDOW],
    hours: HOURS_YRD,
    onlineUrl: onlineUrl('089001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
];
