import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * 江苏省数据共享交换平台 CSV 抽取：每条记录一行，行内不带表头；各类证据的列顺序固定如下。
 * 列名沿用长三角共享接口的拼音缩写。This file is the one place that names Jiangsu's columns:
 * every column of every kind, in payload order.
 *
 * Every kind starts with the subject's 证件类型 / 证件号码 (zjlx, zjhm) and ends with the
 * record number and update date (jlbh, gxrq); the type below enforces that layout.
 */

/** 社会保险参保缴费记录 */
export const SOCIAL_INSURANCE_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码
  'xingMing', // 姓名
  'cbxz', // 参保险种，'|' 分隔（养老|医疗|失业|工伤|生育），空为未参保任何险种
  'dwmc', // 单位名称（可空）
  'dwtyshxydm', // 单位统一社会信用代码（可空）
  'cbzt', // 参保状态：参保缴费 | 暂停缴费 | 终止参保
  'cbrq', // 参保日期 yyyyMMdd
  'jfys', // 累计缴费月数
  'zhjfny', // 最后缴费年月 yyyyMM
  'sbkzt', // 社保卡状态：正常 | 挂失 | 暂停 | 注销
  'jlbh', // 记录编号
  'gxrq', // 更新日期 yyyyMMdd
] as const;

/** 住房公积金缴存记录 */
export const PROVIDENT_FUND_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码
  'xingMing', // 姓名
  'grzh', // 个人公积金账号
  'zhzt', // 账户状态：正常 | 封存 | 销户
  'khrq', // 开户日期 yyyyMMdd
  'dwmc', // 单位名称
  'yjce', // 月缴存额（元，两位小数）
  'zhye', // 账户余额（元）
  'lxjcys', // 连续缴存月数
  'zhjcny', // 最后缴存年月 yyyyMM
  'dkye', // 公积金贷款余额（元），无贷款为 0.00
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** 户籍登记信息 */
export const HOUSEHOLD_REGISTRATION_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码
  'xingMing', // 姓名
  'xb', // 性别：男 | 女
  'csrq', // 出生日期
  'mz', // 民族（如 汉族）
  'hjxzqh', // 户籍地行政区划代码（6 位）
  'hjdz', // 户籍地址
  'yhzgx', // 与户主关系：户主 | 配偶 | 子女 | 父母 | 其他
  'djrq', // 登记日期
  'qcdxzqh', // 迁出地行政区划代码（非迁入登记为空）
  'sfcsjtb', // 是否长三角通办：1 | 0
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** 婚姻登记信息 */
export const MARRIAGE_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码
  'xingMing', // 姓名
  'djlx', // 登记类型：结婚登记 | 离婚登记
  'poxm', // 配偶姓名
  'pozjhm', // 配偶证件号码
  'djrq', // 登记日期
  'djjg', // 登记机关
  'zsbh', // 证书编号（结婚证/离婚证字号）
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** 市场主体登记信息 */
export const BUSINESS_REGISTRATION_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码（统一社会信用代码）
  'qymc', // 企业名称
  'qylx', // 企业类型：有限责任公司 | 股份有限公司 | 个人独资企业 | 合伙企业 | 个体工商户 | 分支机构
  'fddbr', // 法定代表人
  'fddbrzjhm', // 法定代表人证件号码
  'zczb', // 注册资本（万元，至多六位小数）
  'clrq', // 成立日期
  'djzt', // 登记状态：存续 | 吊销 | 注销 | 迁出
  'zsxzqh', // 住所行政区划代码
  'zs', // 住所
  'jyfw', // 经营范围
  'djjg', // 登记机关
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** 纳税信息 */
export const TAX_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码（纳税人识别号）
  'nsrmc', // 纳税人名称
  'nsnd', // 纳税年度 yyyy
  'nsxydj', // 纳税信用等级：A | B | M | C | D
  'yjse', // 已缴税额（元）
  'qsje', // 欠税金额（元）
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** 信用记录（行政处罚、经营异常名录、严重失信主体名单） */
export const CREDIT_RECORD_COLUMNS = [
  'zjlx', // 证件类型
  'zjhm', // 证件号码
  'ztmc', // 主体名称
  'xylb', // 信用类别：行政处罚 | 经营异常名录 | 严重失信主体名单
  'jdswh', // 决定书文号
  'jdrq', // 决定日期
  'jdjg', // 决定机关
  'sy', // 事由
  'fkje', // 罚款金额（元）
  'sflx', // 是否履行完毕：1 | 0
  'lxrq', // 履行日期（可空）
  'gsjzrq', // 公示截止日期（不公示为空）
  'jlbh', // 记录编号
  'gxrq', // 更新日期
] as const;

/** Columns every kind carries, handled once by the format rather than by each kind. */
export type JiangsuCommonColumn = 'zjlx' | 'zjhm' | 'jlbh' | 'gxrq';

export const JIANGSU_COLUMNS = {
  SOCIAL_INSURANCE: SOCIAL_INSURANCE_COLUMNS,
  PROVIDENT_FUND: PROVIDENT_FUND_COLUMNS,
  HOUSEHOLD_REGISTRATION: HOUSEHOLD_REGISTRATION_COLUMNS,
  MARRIAGE: MARRIAGE_COLUMNS,
  BUSINESS_REGISTRATION: BUSINESS_REGISTRATION_COLUMNS,
  TAX: TAX_COLUMNS,
  CREDIT_RECORD: CREDIT_RECORD_COLUMNS,
} as const satisfies Record<NativeEvidenceKind, readonly ['zjlx', 'zjhm', ...string[], 'jlbh', 'gxrq']>;

/**
 * Native column names of one kind. (The common columns are already in every kind's list; naming
 * them again lets TypeScript see that for a generic K too.)
 */
export type JiangsuColumn<K extends NativeEvidenceKind> = (typeof JIANGSU_COLUMNS)[K][number] | JiangsuCommonColumn;

/** Native column names of one kind that carry its content (everything but the common ones). */
export type JiangsuContentColumn<K extends NativeEvidenceKind> = Exclude<JiangsuColumn<K>, JiangsuCommonColumn>;

/** The columns of one kind, in payload order. */
export function jiangsuColumnsOf<K extends NativeEvidenceKind>(kind: K): readonly JiangsuColumn<K>[] {
  return JIANGSU_COLUMNS[kind];
}
