import type { LocalImplementation, ServicePlace } from '@yrd/shared/provinceKit/localImplementation';

/**
 * 安徽省政务服务事项实施清单（长三角“一网通办”对应部分）: Anhui's own codes and names for the
 * standard items of the catalog hub, with the promises Anhui makes for them.
 *
 * Local code scheme (this project's fixture scheme for Anhui, not the official 实施编码):
 *   `AH-<部门简码>-<4位序号>`, e.g. `AH-GJJ-0001`.
 *   - `AH`: 安徽 (皖).
 *   - 部门简码 (pinyin initials of the department line that owns the item in Anhui):
 *     GJJ 住房公积金 · RSJ 人力资源和社会保障 · YBJ 医疗保障 · GAJ 公安（户政、出入境、治安）·
 *     JGJ 公安交通管理 · WJW 卫生健康 · MZJ 民政 · DAG 档案 · SJJ 市场监督管理 · SWJ 税务 ·
 *     RFB 人民防空 · ZRZY 自然资源（不动产登记）.
 *   - 4位序号: serial within the department code, assigned in list order, never reused.
 *
 * Implemented: 36 of the 40 standard items — all 30 cross-region items (crossRegion: true) and
 * 6 of the 10 local ones. Left out, deliberately:
 *   - 供水过户 (200901001000), 供电过户 (200901002000), 燃气过户 (200901003000),
 *     有线电视/宽带过户 (200901004000): in Anhui these are handled by the utility enterprises
 *     themselves (合肥供水集团、国网安徽省电力有限公司、合肥燃气集团、中国广电安徽公司和基础电信企业),
 *     triggered by the 不动产登记“一件事” linkage on 皖事通办. They have no government 实施主体, so
 *     they are not lines of the government-service 实施清单. Anhui declares them as passed on
 *     (联动过户) instead — each with its receiver, the item whose approval it follows and the
 *     applicant's notice — in passedOnItems.ts: the property-transfer bundle opens with the
 *     registration's case and records the four transfers as pass-ons.
 *
 * Declined although the standard allows them:
 *   - 容缺受理 for 独生子女档案查询 (200501001000): the archive discloses family-planning records of
 *     third persons, so Anhui's 卫生健康 archive rooms release them only after the household
 *     register proving the relation is on file — no acceptance with the register “to follow”.
 *   - 告知承诺 for 工业产品生产许可证发证 (010101001000): Anhui requires the inspection report
 *     (产品检验合格报告) up front, since most products under licence here are 危险化学品 and 食品相关产品,
 *     for which a written commitment is not accepted in place of the report.
 *
 * Implementing bodies are Hefei agencies (the provincial capital, where the cross-region windows
 * sit) except for province-level items and the 卫生健康 items, which are handled by 亳州市谯城区.
 * Credit codes are fixture codes (GB 32100 / GB 11714 checks valid), not the agencies' real codes.
 * Places and phone numbers are fictional but well-formed.
 */

// ── Implementing bodies (实施主体) ─────────────────────────────────────────────────────

const AH_SAMR = { name: '安徽省市场监督管理局', code: '11340000MB1A2L4R6Q' } as const;
const AH_ARCHIVES = { name: '安徽省档案馆', code: '12340000485002628M' } as const;
const AH_CIVIL_AIR_DEFENCE = { name: '安徽省人民防空办公室', code: '11340000002986141A' } as const;
const HF_PROVIDENT_FUND = { name: '合肥市住房公积金管理中心', code: '123401004850338701' } as const;
const HF_SOCIAL_INSURANCE = { name: '合肥市社会保险基金管理中心', code: '12340100485039420G' } as const;
const HF_HRSS = { name: '合肥市人力资源和社会保障局', code: '11340100002975215F' } as const;
const HF_MEDICAL_SECURITY = { name: '合肥市医疗保障局', code: '11340100MB1C0W5R3R' } as const;
const HF_PUBLIC_SECURITY = { name: '合肥市公安局', code: '11340100002979603U' } as const;
const HF_PUBLIC_SECURITY_BAOHE = { name: '合肥市公安局包河分局', code: '11340111704962136B' } as const;
const HF_TRAFFIC_POLICE = { name: '合肥市公安局交通警察支队', code: '11340100002979873E' } as const;
const HF_CIVIL_AFFAIRS = { name: '合肥市民政局', code: '113401000029755490' } as const;
const BZ_QIAOCHENG_HEALTH = { name: '亳州市谯城区卫生健康委员会', code: '11341602MB1D4818X6' } as const;
const HF_SAMR = { name: '合肥市市场监督管理局', code: '11340100MB1C0N2T6P' } as const;
const HF_BAOHE_SAMR = { name: '合肥市包河区市场监督管理局', code: '11340111MB1C7Q4R9X' } as const;
const HF_BAOHE_TAX = { name: '国家税务总局合肥市包河区税务局', code: '11340111MB1C3F6H8X' } as const;
const HF_REAL_ESTATE = { name: '合肥市不动产登记中心', code: '12340100485041061Y' } as const;

// Policy (政策兑现) bodies.
const AH_ECONOMY_INFORMATISATION = { name: '安徽省经济和信息化厅', code: '11340000MB1A3M5W11' } as const;
const AH_SCIENCE = { name: '安徽省科学技术厅', code: '11340000MB1A3P2H8Q' } as const;
const HF_SCIENCE = { name: '合肥市科学技术局', code: '11340100MB1C0T7K07' } as const;

// ── Service places (办理地点) ──────────────────────────────────────────────────────────

const PROVINCE_HALL: ServicePlace = {
  name: '安徽省政务服务中心',
  address: '安徽省合肥市政务区祁门路与东流路交口 安徽省政务服务中心二楼综合窗口',
  divisionCode: '340100',
  phone: '0551-62998100',
};

const HEFEI_HALL: ServicePlace = {
  name: '合肥市政务服务中心',
  address: '安徽省合肥市包河区东流路100号 合肥市政务服务中心 长三角“一网通办”专窗',
  divisionCode: '340111',
  phone: '0551-63537800',
};

const BAOHE_HALL: ServicePlace = {
  name: '合肥市包河区政务服务中心',
  address: '安徽省合肥市包河区包河大道118号 包河区政务服务中心一楼',
  divisionCode: '340111',
  phone: '0551-63357200',
};

const YAOHAI_HALL: ServicePlace = {
  name: '合肥市瑶海区政务服务中心',
  address: '安徽省合肥市瑶海区长江东路1104号 瑶海区政务服务中心',
  divisionCode: '340102',
  phone: '0551-64495600',
};

const BOZHOU_HALL: ServicePlace = {
  name: '亳州市政务服务中心',
  address: '安徽省亳州市谯城区希夷大道288号 亳州市政务服务中心 长三角“一网通办”专窗',
  divisionCode: '341600',
  phone: '0558-5596100',
};

const QIAOCHENG_HALL: ServicePlace = {
  name: '亳州市谯城区政务服务中心',
  address: '安徽省亳州市谯城区魏武大道116号 谯城区政务服务中心',
  divisionCode: '341602',
  phone: '0558-5385200',
};

// ── Hours (办公时间) ───────────────────────────────────────────────────────────────────

// One hall, one set of hours: every entry naming a hall states the hours the 7×24 map serves
// it in, which openNow and queue numbers read (test/src/federation/hallHours.test.ts).
/** Hefei halls: lunch-hour duty window, Saturday-morning extended service. */
const HEFEI_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00（延时服务）；法定节假日除外';
/** Items mostly handled online through 皖事通办, windows as back-up. */
const ONLINE_FIRST_HOURS = '皖事通办网站及APP 7×24小时网上申请；窗口 周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00';
/** Bozhou halls: Saturday mornings by appointment. */
const BOZHOU_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00 预约服务';
/** Provincial hall. */
const PROVINCE_HOURS = '周一至周五 9:00-17:00（中午不间断，设值班窗口）；周六 9:00-12:00';
/** Vehicle administration windows work Saturday mornings too. */
const TRAFFIC_HOURS = '周一至周五 9:00-17:00（中午不间断）；周六 9:00-12:00；法定节假日除外；皖事通办、交管12123 全天网上申请';

// ── Online addresses (皖事通办) ─────────────────────────────────────────────────────────

/** 长三角“一网通办” column of 皖事通办. */
function crossRegionUrl(standardCode: string): string {
  return `https://www.ahzwfw.gov.cn/csjywtb/item/${standardCode}`;
}

/** Ordinary item page of 皖事通办. */
function localUrl(standardCode: string): string {
  return `https://www.ahzwfw.gov.cn/bsdt/item/${standardCode}`;
}

// ── The list ───────────────────────────────────────────────────────────────────────────

export const anhuiImplementations: readonly LocalImplementation[] = [
  // ── 住房公积金 ──────────────────────────────────────────────────────────────────────
  {
    standardCode: '200047001000',
    localCode: 'AH-GJJ-0001',
    localName: '出具异地贷款职工住房公积金缴存使用证明',
    implementingBody: HF_PROVIDENT_FUND.name,
    implementingBodyCode: HF_PROVIDENT_FUND.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：皖事通办提交后即时出具电子证明' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200047001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200047002000',
    localCode: 'AH-GJJ-0010',
    localName: '异地缴存职工申请住房公积金个人住房贷款',
    implementingBody: HF_PROVIDENT_FUND.name,
    implementingBodyCode: HF_PROVIDENT_FUND.code,
    promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS', note: '缴存使用证明以电子证照共享核验' },
    fee: { charged: false },
    places: [HEFEI_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200047002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200049001000',
    localCode: 'AH-GJJ-0002',
    localName: '住房公积金个人账户异地转移接续',
    implementingBody: HF_PROVIDENT_FUND.name,
    implementingBodyCode: HF_PROVIDENT_FUND.code,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '转入地受理后3个工作日内办结，含转出地资金划转' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200049001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200048001000',
    localCode: 'AH-GJJ-0003',
    localName: '住房公积金单位登记开户',
    implementingBody: HF_PROVIDENT_FUND.name,
    implementingBodyCode: HF_PROVIDENT_FUND.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：随开办企业“一件事”同步完成单位开户' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200048001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人力资源和社会保障 ──────────────────────────────────────────────────────────────
  {
    standardCode: '200101001000',
    localCode: 'AH-RSJ-0001',
    localName: '社会保险个人权益记录查询打印',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: { charged: false },
    places: [HEFEI_HALL, YAOHAI_HALL, QIAOCHENG_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200102001000',
    localCode: 'AH-RSJ-0002',
    localName: '社会保险参保缴费证明出具',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：核验通过即时生成带电子印章的参保证明' },
    fee: { charged: false },
    places: [HEFEI_HALL, YAOHAI_HALL, QIAOCHENG_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200102001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200103001000',
    localCode: 'AH-RSJ-0003',
    localName: '社会保障卡应用状态查询',
    implementingBody: HF_HRSS.name,
    implementingBodyCode: HF_HRSS.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200103001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200105001000',
    localCode: 'AH-RSJ-0004',
    localName: '城镇企业职工基本养老保险关系转移接续申请',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '自转入地受理之日起15个工作日内办结' },
    fee: { charged: false },
    places: [HEFEI_HALL, YAOHAI_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('200105001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200106001000',
    localCode: 'AH-RSJ-0005',
    localName: '领取社会保险待遇资格确认',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：皖事通办、安徽人社APP刷脸认证即时完成' },
    fee: { charged: false },
    places: [YAOHAI_HALL, QIAOCHENG_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200106001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200104001000',
    localCode: 'AH-RSJ-0006',
    localName: '用人单位社会保险登记',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：随开办企业“一件事”同步办结' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200104001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '050101001000',
    localCode: 'AH-RSJ-0007',
    localName: '失业保险金申领',
    implementingBody: HF_SOCIAL_INSURANCE.name,
    implementingBodyCode: HF_SOCIAL_INSURANCE.code,
    // In natural days, like the standard's promise and the statute (10日内): see 失业保险金申领 in the catalog seed.
    promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS', note: '材料齐全的5日内核定（遇节假日不顺延），次月起按月发放' },
    fee: { charged: false },
    places: [YAOHAI_HALL, BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('050101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 医疗保障 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200201001000',
    localCode: 'AH-YBJ-0001',
    localName: '基本医疗保险参保人员关系转移接续',
    implementingBody: HF_MEDICAL_SECURITY.name,
    implementingBodyCode: HF_MEDICAL_SECURITY.code,
    promisedTimeLimit: { amount: 7, unit: 'WORKING_DAYS', note: '转出、转入合计7个工作日内办结' },
    fee: { charged: false },
    places: [HEFEI_HALL, QIAOCHENG_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200202001000',
    localCode: 'AH-YBJ-0002',
    localName: '跨省异地就医登记备案',
    implementingBody: HF_MEDICAL_SECURITY.name,
    implementingBodyCode: HF_MEDICAL_SECURITY.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：国家医保服务平台APP或皖事通办即时备案' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('200202001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // 异地长期居住人员可以个人承诺代替居住证明。
    commitmentSystem: true,
  },

  // ── 公安（户政、出入境、治安） ─────────────────────────────────────────────────────────
  {
    standardCode: '200602001000',
    localCode: 'AH-GAJ-0001',
    localName: '开具户籍类证明',
    implementingBody: HF_PUBLIC_SECURITY_BAOHE.name,
    implementingBodyCode: HF_PUBLIC_SECURITY_BAOHE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：皖事通办“户籍证明”即时出具电子证明' },
    fee: { charged: false },
    places: [BAOHE_HALL, HEFEI_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('200602001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010201001000',
    localCode: 'AH-GAJ-0002',
    localName: '夫妻投靠户口迁移（迁入）',
    implementingBody: HF_PUBLIC_SECURITY.name,
    implementingBodyCode: HF_PUBLIC_SECURITY.code,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS', note: '迁入地受理后5个工作日内审批，实行“一站式”迁移，无需回迁出地' },
    fee: { charged: false },
    places: [BAOHE_HALL, HEFEI_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010201001000'),
    visitsRequired: 1,
    crossRegion: true,
    // 被投靠人户口簿可容缺后补。
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200601001000',
    localCode: 'AH-GAJ-0003',
    localName: '本人出入境记录查询',
    implementingBody: HF_PUBLIC_SECURITY.name,
    implementingBodyCode: HF_PUBLIC_SECURITY.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('200601001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '070201001000',
    localCode: 'AH-GAJ-0004',
    localName: '居民身份证异地受理（换领、补领）',
    implementingBody: HF_PUBLIC_SECURITY_BAOHE.name,
    implementingBodyCode: HF_PUBLIC_SECURITY_BAOHE.code,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '受理之日起15个工作日内制证，可选择邮寄送达' },
    fee: {
      charged: true,
      amount: 2000,
      basis: '居民身份证工本费：申领、换领每证20元，丢失补领或损坏换领每证40元（发改价格〔2003〕2322号）；城市低保居民、农村特殊困难居民申领、换领的免收',
      variants: [
        { circumstance: '丢失补领或损坏换领', amount: 4000 },
        { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 },
      ],
    },
    places: [BAOHE_HALL, YAOHAI_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('070201001000'),
    // One visit to take the photo and fingerprints; the card is mailed.
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100101001000',
    localCode: 'AH-GAJ-0005',
    localName: '公章刻制备案',
    implementingBody: HF_PUBLIC_SECURITY.name,
    implementingBodyCode: HF_PUBLIC_SECURITY.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：随开办企业“一件事”同步备案，免费刻制首套印章' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('100101001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 公安交通管理 ────────────────────────────────────────────────────────────────────
  {
    standardCode: '010301001000',
    localCode: 'AH-JGJ-0001',
    localName: '补领、换领机动车驾驶证',
    implementingBody: HF_TRAFFIC_POLICE.name,
    implementingBodyCode: HF_TRAFFIC_POLICE.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：窗口当场制证，网上申请的邮寄送达' },
    fee: {
      charged: true,
      amount: 1000,
      basis: '机动车驾驶证工本费每证10元（发改价格〔2004〕2831号），按安徽省物价部门核定标准收取',
    },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: TRAFFIC_HOURS,
    onlineUrl: crossRegionUrl('010301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 卫生健康 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200502001000',
    localCode: 'AH-WJW-0001',
    localName: '生育服务登记',
    implementingBody: BZ_QIAOCHENG_HEALTH.name,
    implementingBodyCode: BZ_QIAOCHENG_HEALTH.code,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS', note: '材料齐全的即时办结；容缺受理的，5个工作日内补齐结婚证' },
    fee: { charged: false },
    places: [QIAOCHENG_HALL, BOZHOU_HALL],
    hours: BOZHOU_HOURS,
    onlineUrl: crossRegionUrl('200502001000'),
    visitsRequired: 0,
    crossRegion: true,
    // 结婚证可容缺，登记后共享核验或补交。
    tolerantAcceptance: true,
    commitmentSystem: false,
  },
  {
    standardCode: '200501001000',
    localCode: 'AH-WJW-0002',
    localName: '独生子女相关档案信息查询',
    implementingBody: BZ_QIAOCHENG_HEALTH.name,
    implementingBodyCode: BZ_QIAOCHENG_HEALTH.code,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '受理次日答复；需调阅原始档案的按标准延长' },
    fee: { charged: false },
    places: [QIAOCHENG_HALL, BOZHOU_HALL],
    hours: BOZHOU_HOURS,
    onlineUrl: crossRegionUrl('200501001000'),
    visitsRequired: 0,
    crossRegion: true,
    // Declined: the archive discloses third persons' family-planning records; the household
    // register proving the relation must be on file before anything is released.
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 民政 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200301001000',
    localCode: 'AH-MZJ-0001',
    localName: '婚姻登记档案查询',
    implementingBody: HF_CIVIL_AFFAIRS.name,
    implementingBodyCode: HF_CIVIL_AFFAIRS.code,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '受理次日答复；需调阅原始档案核实的可延长，最长不超过2个工作日' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('200301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '200302001000',
    localCode: 'AH-MZJ-0002',
    localName: '婚姻登记网上预约',
    implementingBody: HF_CIVIL_AFFAIRS.name,
    implementingBodyCode: HF_CIVIL_AFFAIRS.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：预约提交即时确认' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: '皖事通办 7×24小时网上预约；婚姻登记处 周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00；5月20日等特殊日期周末加班',
    onlineUrl: crossRegionUrl('200302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 档案 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '200401001000',
    localCode: 'AH-DAG-0001',
    localName: '知识青年上山下乡档案查询',
    implementingBody: AH_ARCHIVES.name,
    implementingBodyCode: AH_ARCHIVES.code,
    promisedTimeLimit: { amount: 2, unit: 'WORKING_DAYS', note: '受理之日起2个工作日内答复；需调阅原始档案的最长延长2个工作日' },
    fee: { charged: false },
    places: [PROVINCE_HALL, BOZHOU_HALL],
    hours: PROVINCE_HOURS,
    onlineUrl: crossRegionUrl('200401001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 市场监督管理 ────────────────────────────────────────────────────────────────────
  {
    standardCode: '010001001000',
    localCode: 'AH-SJJ-0001',
    localName: '有限责任公司（内资）设立登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '开办企业“一件事”全流程1个工作日内办结' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010001001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // 住所使用证明可以申请人承诺代替。
    commitmentSystem: true,
  },
  {
    standardCode: '010001002000',
    localCode: 'AH-SJJ-0002',
    localName: '外商投资企业设立登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 2, unit: 'WORKING_DAYS' },
    fee: { charged: false },
    places: [HEFEI_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010001002000'),
    visitsRequired: 1,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010001003000',
    localCode: 'AH-SJJ-0003',
    localName: '公司分支机构设立登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：规则核验通过即时核发营业执照' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010001003000'),
    visitsRequired: 0,
    crossRegion: true,
    // 秒批，当场核准：不设容缺（补交期限不得超过承诺时限）；经营场所使用证明可承诺。
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010002001000',
    localCode: 'AH-SJJ-0004',
    localName: '有限责任公司变更登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010002001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010003001000',
    localCode: 'AH-SJJ-0005',
    localName: '企业简易注销登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS', note: '公示期（20日）届满无异议的，1个工作日内办结' },
    fee: { charged: false },
    places: [HEFEI_HALL, BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('010003001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '010004001000',
    localCode: 'AH-SJJ-0006',
    localName: '企业跨省住所迁移登记',
    implementingBody: HF_SAMR.name,
    implementingBodyCode: HF_SAMR.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '秒批：迁入地一地办理，档案电子化迁移' },
    fee: { charged: false },
    places: [HEFEI_HALL, BOZHOU_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('010004001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010101001000',
    localCode: 'AH-SJJ-0007',
    localName: '工业产品生产许可证核发',
    implementingBody: AH_SAMR.name,
    implementingBodyCode: AH_SAMR.code,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS', note: '不含企业整改和产品检验时间' },
    fee: { charged: false },
    places: [PROVINCE_HALL],
    hours: PROVINCE_HOURS,
    onlineUrl: crossRegionUrl('010101001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    // Declined: the inspection report is required up front (危险化学品、食品相关产品 dominate the
    // licences issued in Anhui; no commitment in place of the report).
    commitmentSystem: false,
  },
  {
    standardCode: '010005001000',
    localCode: 'AH-SJJ-0008',
    localName: '个体工商户注册登记',
    implementingBody: HF_BAOHE_SAMR.name,
    implementingBodyCode: HF_BAOHE_SAMR.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：材料齐全当场核发营业执照' },
    fee: { charged: false },
    places: [BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('010005001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },
  {
    standardCode: '010102001000',
    localCode: 'AH-SJJ-0009',
    localName: '食品经营许可（新办）',
    implementingBody: HF_BAOHE_SAMR.name,
    implementingBodyCode: HF_BAOHE_SAMR.code,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '仅销售预包装食品的实行备案，当场办结' },
    fee: { charged: false },
    places: [BAOHE_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('010102001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: true,
  },

  // ── 税务 ────────────────────────────────────────────────────────────────────────────
  {
    standardCode: '100301001000',
    localCode: 'AH-SWJ-0001',
    localName: '新办纳税人“套餐式”服务（发票领用）',
    implementingBody: HF_BAOHE_TAX.name,
    implementingBodyCode: HF_BAOHE_TAX.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办：电子税务局一次申请，全面数字化的电子发票即时开通' },
    fee: { charged: false },
    places: [BAOHE_HALL, HEFEI_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('100301001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '100302001000',
    localCode: 'AH-SWJ-0002',
    localName: '跨区域涉税事项报告',
    implementingBody: HF_BAOHE_TAX.name,
    implementingBodyCode: HF_BAOHE_TAX.code,
    promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS', note: '即办' },
    fee: { charged: false },
    places: [BAOHE_HALL, QIAOCHENG_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: crossRegionUrl('100302001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 人民防空 ────────────────────────────────────────────────────────────────────────
  {
    standardCode: '100201001000',
    localCode: 'AH-RFB-0001',
    localName: '外省人防工程设计、监理甲级资质企业进皖备案',
    implementingBody: AH_CIVIL_AIR_DEFENCE.name,
    implementingBodyCode: AH_CIVIL_AIR_DEFENCE.code,
    promisedTimeLimit: { amount: 2, unit: 'WORKING_DAYS', note: '网上提交后2个工作日内完成备案' },
    fee: { charged: false },
    places: [PROVINCE_HALL],
    hours: PROVINCE_HOURS,
    onlineUrl: crossRegionUrl('100201001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 自然资源（不动产登记） ────────────────────────────────────────────────────────────
  {
    standardCode: '070101001000',
    localCode: 'AH-ZRZY-0001',
    localName: '国有建设用地使用权及房屋所有权转移登记',
    implementingBody: HF_REAL_ESTATE.name,
    implementingBodyCode: HF_REAL_ESTATE.code,
    promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS', note: '交易、缴税、登记“一窗受理”，3个工作日内办结；存量房“带押过户”同样适用' },
    fee: {
      charged: true,
      amount: 8000,
      basis: '住宅类每件80元（含第一本证书工本费）、非住宅类每件550元，另增证书每本10元（发改价格规〔2016〕2559号）；小微企业不动产登记费按规定免收',
      variants: [
        { circumstance: '非住宅类', amount: 55000 },
        { circumstance: '另增证书（每本加收）', amount: 1000 },
        { circumstance: '小微企业（含个体工商户）申请', amount: 0 },
      ],
    },
    places: [HEFEI_HALL, YAOHAI_HALL],
    hours: HEFEI_HOURS,
    onlineUrl: localUrl('070101001000'),
    visitsRequired: 1,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },

  // ── 政策兑现（部门简码 KJJ 科学技术 · JXJ 经济和信息化）──────────────────────────────────
  {
    standardCode: '053401001000',
    localCode: 'AH-KJJ-0001',
    localName: '合肥市科技型中小企业研发投入补助申报',
    implementingBody: HF_SCIENCE.name,
    implementingBodyCode: HF_SCIENCE.code,
    promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS', note: '含研发费用审计报告核对和公示5个工作日' },
    fee: { charged: false },
    places: [HEFEI_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: localUrl('053401001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '083401001000',
    localCode: 'AH-JXJ-0001',
    localName: '省级专精特新中小企业奖励申报',
    implementingBody: AH_ECONOMY_INFORMATISATION.name,
    implementingBodyCode: AH_ECONOMY_INFORMATISATION.code,
    promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS', note: '含市级初审、省级复核和公示5个工作日' },
    fee: { charged: false },
    places: [PROVINCE_HALL],
    hours: PROVINCE_HOURS,
    onlineUrl: localUrl('083401001000'),
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
  {
    standardCode: '053402001000',
    localCode: 'AH-KJJ-0002',
    localName: '长三角科技创新券通用通兑（安徽服务机构）',
    implementingBody: AH_SCIENCE.name,
    implementingBodyCode: AH_SCIENCE.code,
    promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS', note: '外省（市）企业可在注册地长三角“一网通办”专窗或线上申请，含公示5个工作日' },
    fee: { charged: false },
    places: [PROVINCE_HALL, HEFEI_HALL],
    hours: ONLINE_FIRST_HOURS,
    onlineUrl: crossRegionUrl('053402001000'),
    visitsRequired: 0,
    crossRegion: true,
    tolerantAcceptance: false,
    commitmentSystem: false,
  },
];
