import type { LicenceDefinition } from '@yrd/shared/standard/standardItem';
import { STORY_ITEMS } from './storyItemCodes.ts';

/**
 * The electronic licences (电子证照) items end with. A licence type code is the defining
 * authority's unified social credit code and a 3-digit sequence (GB/T 36904); 住建部's code
 * is real, the others are fixture codes of this project (they pass the GB 32100 check but
 * name no real authority). Items not listed end with the general result licence.
 */
const MOHURD = '11100000000013338W'; // 住房和城乡建设部
const HUMAN_RESOURCES = '11100000MB0100A13D'; // fixture: 人力资源社会保障部
const PUBLIC_SECURITY = '11100000MB0200B299'; // fixture: 公安部
const MARKET_REGULATION = '11100000MB0300C343'; // fixture: 市场监管总局
const HEALTHCARE_SECURITY = '11100000MB0400D4XR'; // fixture: 国家医保局

export const ITEM_LICENCES: Readonly<Record<string, LicenceDefinition>> = {
  [STORY_ITEMS.providentFundLoanCertificate]: { typeCode: `${MOHURD}047`, name: '异地贷款职工住房公积金缴存使用证明', validityDays: 90 },
  [STORY_ITEMS.socialInsuranceCertificate]: { typeCode: `${HUMAN_RESOURCES}102`, name: '社会保险参保缴费证明', validityDays: 30 },
  [STORY_ITEMS.householdCertificate]: { typeCode: `${PUBLIC_SECURITY}602`, name: '户籍证明', validityDays: 90 },
  [STORY_ITEMS.crossProvinceMedicalFiling]: { typeCode: `${HEALTHCARE_SECURITY}202`, name: '跨省异地就医备案凭证', validityDays: 365 },
  [STORY_ITEMS.domesticCompanySetup]: { typeCode: `${MARKET_REGULATION}001`, name: '营业执照' },
  [STORY_ITEMS.branchRegistration]: { typeCode: `${MARKET_REGULATION}002`, name: '营业执照（分公司）' },
};
