import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { JiangsuContentCodec } from './jiangsuContentCodec.ts';
import { businessRegistrationCodec } from './kinds/businessRegistrationCodec.ts';
import { creditRecordCodec } from './kinds/creditRecordCodec.ts';
import { householdRegistrationCodec } from './kinds/householdRegistrationCodec.ts';
import { marriageCodec } from './kinds/marriageCodec.ts';
import { providentFundCodec } from './kinds/providentFundCodec.ts';
import { socialInsuranceCodec } from './kinds/socialInsuranceCodec.ts';
import { taxCodec } from './kinds/taxCodec.ts';

const CONTENT_CODECS: { readonly [K in NativeEvidenceKind]: JiangsuContentCodec<K> } = {
  SOCIAL_INSURANCE: socialInsuranceCodec,
  PROVIDENT_FUND: providentFundCodec,
  HOUSEHOLD_REGISTRATION: householdRegistrationCodec,
  MARRIAGE: marriageCodec,
  BUSINESS_REGISTRATION: businessRegistrationCodec,
  TAX: taxCodec,
  CREDIT_RECORD: creditRecordCodec,
};

/** The content codec of one evidence kind. */
export function contentCodecOf<K extends NativeEvidenceKind>(kind: K): JiangsuContentCodec<K> {
  return CONTENT_CODECS[kind];
}
