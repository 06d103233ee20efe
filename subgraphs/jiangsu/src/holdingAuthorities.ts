import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/** The authority holding each kind of record in Jiangsu (named on every record it releases). */
export const jiangsuHoldingAuthorities: Readonly<Record<EvidenceKind, string>> = {
  SOCIAL_INSURANCE: '江苏省社会保险基金管理中心',
  PROVIDENT_FUND: '江苏省住房公积金信息共享平台',
  HOUSEHOLD_REGISTRATION: '江苏省公安厅治安总队（人口管理）',
  MARRIAGE: '江苏省民政厅',
  BUSINESS_REGISTRATION: '江苏省市场监督管理局',
  TAX: '国家税务总局江苏省税务局',
  CREDIT_RECORD: '江苏省公共信用信息中心',
  E_LICENCE: '江苏省大数据管理中心（电子证照库）',
};
