import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/** The authority holding each kind of record in Zhejiang (named on every record it releases). */
export const zhejiangHoldingAuthorities: Readonly<Record<EvidenceKind, string>> = {
  SOCIAL_INSURANCE: '浙江省社会保险和就业服务中心',
  PROVIDENT_FUND: '浙江省住房公积金信息共享平台',
  HOUSEHOLD_REGISTRATION: '浙江省公安厅人口与出入境管理局',
  MARRIAGE: '浙江省民政厅',
  BUSINESS_REGISTRATION: '浙江省市场监督管理局',
  TAX: '国家税务总局浙江省税务局',
  CREDIT_RECORD: '浙江省信用中心',
  E_LICENCE: '浙江省大数据发展管理局（电子证照库）',
};
