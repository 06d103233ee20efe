import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/** The authority holding each kind of record in Shanghai (named on every record it releases). */
export const shanghaiHoldingAuthorities: Readonly<Record<EvidenceKind, string>> = {
  SOCIAL_INSURANCE: '上海市社会保险事业管理中心',
  PROVIDENT_FUND: '上海市公积金管理中心',
  HOUSEHOLD_REGISTRATION: '上海市公安局人口管理办公室',
  MARRIAGE: '上海市民政局婚姻登记管理处',
  BUSINESS_REGISTRATION: '上海市市场监督管理局',
  TAX: '国家税务总局上海市税务局',
  CREDIT_RECORD: '上海市公共信用信息服务中心',
  E_LICENCE: '上海市大数据中心（电子证照库）',
};
