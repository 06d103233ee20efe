import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/** The authority holding each kind of record in Anhui (named on every record it releases). */
export const anhuiHoldingAuthorities: Readonly<Record<EvidenceKind, string>> = {
  SOCIAL_INSURANCE: '安徽省社会保险基金管理中心',
  PROVIDENT_FUND: '安徽省住房公积金信息共享平台',
  HOUSEHOLD_REGISTRATION: '安徽省公安厅人口管理总队',
  MARRIAGE: '安徽省民政厅',
  BUSINESS_REGISTRATION: '安徽省市场监督管理局',
  TAX: '国家税务总局安徽省税务局',
  CREDIT_RECORD: '安徽省公共信用信息服务中心',
  E_LICENCE: '安徽省数据资源管理局（电子证照库）',
};
