import { maskResidentIdentityNumber } from '../identifiers/index.ts';
import { isEnterpriseSubject } from '../subjects/subjectIdentity.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';

/**
 * Masking of personal data. Who sees what:
 * - the HOLDER (the person or enterprise the record is about) sees their own data, but not
 *   other people's identity numbers (a spouse's, a legal representative's);
 * - the CASE_OFFICER handling a case that needs the record — once the applicant has accepted it
 *   (recordViews.ts shows her nothing before) — sees the applicant's data whole, as the holder
 *   does, and other people's identity numbers masked as the holder sees them: the case is about
 *   the applicant, and no form or rule a clerk reads needs a spouse's or a legal
 *   representative's number (machine decisions read the unmasked record inside the province);
 * - anyone else (PUBLIC) sees personal numbers, person names, addresses and account numbers masked.
 */
export type RecordAudience = 'HOLDER' | 'CASE_OFFICER' | 'PUBLIC';

/**
 * Shaped like a resident identity number (a 2023 foreign permanent resident's number has the
 * same shape, and is masked alike). It decides only how a number is masked (which characters
 * stay visible), never whether: an all-digit credit code has the same shape.
 */
const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;

/** 顾晓梅 → 顾**, 赵敏 → 赵*. */
export function maskPersonName(name: string): string {
  const characters = [...name];
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** A resident identity number as 3101**********1234; any other number keeps its last four. */
export function maskNumber(value: string): string {
  if (RESIDENT_ID_SHAPE.test(value)) return maskResidentIdentityNumber(value);
  return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** Keeps the first six characters (province, city) of an address. */
export function maskAddress(address: string): string {
  const characters = [...address];
  return characters.length <= 6 ? '****' : `${characters.slice(0, 6).join('')}****`;
}

/**
 * `viewerPersonId` is the number of the person looking, when a citizen is signed in: where a record
 * names her beside its subject — the legal representative of an enterprise (涉企信息公示), the
 * spouse of a marriage — she sees her own number and name whole, as she sees them in her own
 * records. Only a person's number can be hers there: an enterprise whose code happens to equal
 * a person's number is not that person (see isHolderAs), so callers pass a citizen's number only.
 */
export function maskRecord(record: HeldRecord, audience: RecordAudience, viewerPersonId?: string): HeldRecord {
  const publicView = audience === 'PUBLIC';
  // Her own number and name, wherever they stand in someone else's record.
  const isViewer = (number: string) => viewerPersonId !== undefined && number === viewerPersonId;
  const otherPerson = (number: string, personName: string) =>
    isViewer(number) ? { number, personName } : { number: maskNumber(number), personName: publicView ? maskPersonName(personName) : personName };
  // For the public, anything not surely an enterprise is masked as a person would be (the
  // holder sees their own identity and names whatever they are, so no check is needed there).
  const personSubject = publicView && !isEnterpriseSubject(record.subjectId);
  const subjectId = personSubject ? maskNumber(record.subjectId) : record.subjectId;
  const name = (value: string) => (publicView ? maskPersonName(value) : value);
  switch (record.kind) {
    case 'SOCIAL_INSURANCE':
      return { ...record, subjectId, content: { ...record.content, personName: name(record.content.personName) } };
    case 'PROVIDENT_FUND':
      return {
        ...record,
        subjectId,
        content: {
          ...record.content,
          personName: name(record.content.personName),
          accountNumber: publicView ? maskNumber(record.content.accountNumber) : record.content.accountNumber,
        },
      };
    case 'HOUSEHOLD_REGISTRATION':
      return {
        ...record,
        subjectId,
        content: {
          ...record.content,
          personName: name(record.content.personName),
          address: publicView ? maskAddress(record.content.address) : record.content.address,
        },
      };
    case 'MARRIAGE':
      return {
        ...record,
        subjectId,
        content: {
          ...record.content,
          personName: name(record.content.personName),
          // The spouse's number is theirs, not the holder's (whole to the spouse herself).
          spouseName: otherPerson(record.content.spouseIdNumber, record.content.spouseName).personName,
          spouseIdNumber: otherPerson(record.content.spouseIdNumber, record.content.spouseName).number,
          certificateNumber: publicView ? maskNumber(record.content.certificateNumber) : record.content.certificateNumber,
        },
      };
    case 'BUSINESS_REGISTRATION':
      return {
        ...record,
        subjectId,
        content: {
          ...record.content,
          // The legal representative's number is hers, not the enterprise's (whole to her alone).
          legalRepresentative: otherPerson(record.content.legalRepresentativeId, record.content.legalRepresentative).personName,
          legalRepresentativeId: otherPerson(record.content.legalRepresentativeId, record.content.legalRepresentative).number,
        },
      };
    case 'TAX':
      return { ...record, subjectId, content: { ...record.content, taxpayerName: personSubject ? name(record.content.taxpayerName) : record.content.taxpayerName } };
    case 'CREDIT_RECORD':
      return { ...record, subjectId, content: { ...record.content, subjectName: personSubject ? name(record.content.subjectName) : record.content.subjectName } };
    case 'E_LICENCE':
      // The case a licence ended is the holder's business: the public sees the licence, not the case number.
      return {
        ...record,
        subjectId,
        content: {
          ...record.content,
          holderName: personSubject ? name(record.content.holderName) : record.content.holderName,
          caseId: publicView ? maskNumber(record.content.caseId) : record.content.caseId,
        },
      };
  }
}
