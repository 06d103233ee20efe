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
      holderName: form.find((field) => field.name === 'applicantName')?.value ?? caseFile.subjectId,
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
