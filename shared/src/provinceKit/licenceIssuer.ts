import { APPLICANT_NAME_FIELD } from '../decision/prefilledForm.ts';
import { conflict } from '../graphql/errorCodes.ts';
import { buildElectronicLicenceId } from '../identifiers/index.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { addDays, todayInChina } from '../time/localDate.ts';
import { signMessage } from '../trust/signedMessage.ts';
import type { CaseFile, FormField, IssuedLicence } from './caseModel.ts';
import type { ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * The electronic licence (电子证照) an approved case ends with: a GB/T 36904 identifier
 * (licence type · issuing body · serial = case number · version · MOD 37,36 check), the
 * standard licence record, signed by the issuing province. From then on it is one of the
 * holder's records, released like any other evidence to later cases in any province.
 */
export const LICENCE_TYPE = 'yrd-e-licence+jws';
const LICENCE_SIGNATURE_SECONDS = 10 * 365 * 24 * 3600;

export async function issueLicence(
  caseFile: CaseFile,
  item: ItemStandard,
  local: LocalImplementation,
  form: readonly FormField[],
  services: ProvinceServices,
  now = new Date(),
): Promise<IssuedLicence> {
  // The holder is named by name (GB/T 36902), never by identity number: a case is not decided without one (see planSubmission).
  const holderName = form.find((field) => field.name === APPLICANT_NAME_FIELD)?.value;
  if (!holderName) {
    throw conflict('APPLICANT_NAME_MISSING', `办件 ${caseFile.id} 没有申请人姓名（名称），不能出具电子证照；请在提交时填写申请人姓名（applicantName）`);
  }
  const id = buildElectronicLicenceId({
    licenceTypeCode: item.licence.typeCode,
    issuerCode: local.implementingBodyCode,
    serial: caseFile.id,
    version: '001',
  });
  const issuedOn = todayInChina(now);
  const record: HeldRecord<'E_LICENCE'> = {
    kind: 'E_LICENCE',
    recordId: id,
    subjectId: caseFile.subjectId,
    updatedOn: issuedOn,
    region: services.config.region.code,
    holdingAuthority: services.config.holdingAuthorities.E_LICENCE,
    content: {
      licenceId: id,
      licenceName: item.licence.name,
      licenceTypeCode: item.licence.typeCode,
      issuerName: local.implementingBody,
      issuerCode: local.implementingBodyCode,
      holderKind: caseFile.subjectKind,
      holderName,
      issuedOn,
      // Valid for `validityDays` days counting the day of issue: a 30-day certificate issued on 1 November is valid through 30 November.
      validUntil: item.licence.validityDays ? addDays(issuedOn, item.licence.validityDays - 1) : null,
      licenceStatus: 'VALID',
      caseId: caseFile.id,
      itemCode: caseFile.itemCode,
    },
  };
  const token = await signMessage(LICENCE_TYPE, { licence: record }, services.keys.signingKey, LICENCE_SIGNATURE_SECONDS, now);
  return { id, caseId: caseFile.id, record, token };
}
