import { FOREIGN_PERMANENT_RESIDENT_MARK } from '../identifiers/index.ts';
import { regionOfDivision, type Region, type RegionDefinition } from '../regions/regionRegistry.ts';
import type { HouseholdRegistrationContent } from '../standard/recordContents.ts';
import type { StandardRecord } from '../standard/standardRecord.ts';
import type { IdentifiedSubject } from '../subjects/identifySubject.ts';
import { personProvincePrefix } from '../subjects/personIdentifier.ts';

/**
 * Whether an applicant is local to the filing province or from another one (外省申请人), and on
 * what ground — so that a refusal can say why rather than assume.
 *
 * A person belongs where her household is registered (户籍), not where her identity number was
 * issued: positions 1–6 of a 公民身份号码 are the address code at birth and never change when she
 * moves. So the filing province reads its own household records of her (no other province is
 * asked): she is local when it holds her current registration. An enterprise belongs where it is
 * registered (characters 3–4 of its credit code, the registering authority's province).
 */
export interface ApplicantHome {
  readonly local: boolean;
  /**
   * What it was told by: HOUSEHOLD_REGISTRATION, her current registration among the province's
   * records of her; IDENTITY_NUMBER, the province holds none, so her number (the fallback);
   * REGISTRATION, an enterprise's registering authority.
   */
  readonly basis: 'HOUSEHOLD_REGISTRATION' | 'IDENTITY_NUMBER' | 'REGISTRATION';
  /**
   * The province she belongs to on that basis, undefined when none of the delta (another
   * province of China, a 港澳台居民居住证 number, a household registered outside the delta).
   */
  readonly province: Region | undefined;
  /** For HOUSEHOLD_REGISTRATION: the division of her current registration. */
  readonly divisionCode?: string;
}

/** Her household registrations among the records a province holds about her. */
function householdRegistrations(records: readonly StandardRecord[]): HouseholdRegistrationContent[] {
  return records.flatMap((record) => (record.kind === 'HOUSEHOLD_REGISTRATION' ? [record.content] : []));
}

/**
 * Her current registration among a province's: the latest one (by the day she was registered).
 * The standard household record carries no status (no 迁出 flag), so an earlier registration is
 * superseded by a later one, and a registration whose division is another province's is her
 * household elsewhere.
 */
function currentRegistration(registrations: readonly HouseholdRegistrationContent[]): HouseholdRegistrationContent | undefined {
  return registrations.reduce<HouseholdRegistrationContent | undefined>((latest, registration) => (!latest || registration.registeredOn > latest.registeredOn ? registration : latest), undefined);
}

/**
 * Where the applicant belongs, as the filing `region` sees it from the `records` it holds about
 * her (its own store, read through its adapter: `context.loaders.recordsBySubject`).
 * A residence permit (居住证) would make her local too, but no province's records carry one yet.
 */
export function applicantHome(subject: IdentifiedSubject, region: RegionDefinition, records: readonly StandardRecord[]): ApplicantHome {
  if (subject.kind === 'ENTERPRISE') {
    const province = regionOfDivision(subject.id.slice(2, 8));
    return { local: subject.id.slice(2, 4) === region.divisionPrefix, basis: 'REGISTRATION', province };
  }
  const current = currentRegistration(householdRegistrations(records));
  if (current) {
    const province = regionOfDivision(current.divisionCode);
    return { local: province?.code === region.code, basis: 'HOUSEHOLD_REGISTRATION', province, divisionCode: current.divisionCode };
  }
  // Fallback: the province holds no household record of her (she never lived here, or her
  // registration is not in its systems), so only her number can tell — which is where it was
  // issued, not where she lives: a person born here who moved away is taken as local, and one who
  // moved here before the province's records show it as from elsewhere.
  const prefix = personProvincePrefix(subject.id);
  return { local: prefix === region.divisionPrefix, basis: 'IDENTITY_NUMBER', province: regionOfDivision(prefix) };
}

/**
 * Why a non-local applicant is taken as from elsewhere, for a refusal she or a clerk can act on:
 * 该申请人户籍在浙江省 / 上海市无该申请人的户籍登记，其公民身份号码归属地为浙江省. Where her household
 * moved (read from this province's registration of her), or that the province holds none of
 * her, is hers: told to her online (`toApplicant`), not to a clerk, who may have typed a number
 * without her there — he learns only that her current household is not here, which the refusal
 * says anyway.
 */
export function whyFromElsewhere(home: ApplicantHome, subjectId: string, region: RegionDefinition, toApplicant: boolean): string {
  // To a clerk, alike whether this province holds a registration of hers that moved out, or none.
  if (!toApplicant && home.basis !== 'REGISTRATION') return `该申请人的现户籍不在${region.name}`;
  switch (home.basis) {
    case 'HOUSEHOLD_REGISTRATION':
      return home.province
        ? `该申请人户籍在${home.province.name}（${region.name}的户籍登记已迁出）`
        : `该申请人户籍不在${region.name}（${region.name}的户籍登记已迁出）`;
    case 'IDENTITY_NUMBER': {
      const number = subjectId.startsWith(FOREIGN_PERMANENT_RESIDENT_MARK) ? '外国人永久居留身份证受理地' : '公民身份号码归属地';
      const where = home.province ? `为${home.province.name}` : `不在${region.name}`;
      return `${region.name}无该申请人的户籍登记，其${number}${where}`;
    }
    case 'REGISTRATION':
      return home.province ? `该企业登记在${home.province.name}` : `该企业不在${region.name}登记`;
  }
}
