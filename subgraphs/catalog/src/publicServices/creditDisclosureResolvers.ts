import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { pageSize } from '@yrd/shared/graphql/pageSize';
import { isHolder } from '@yrd/shared/identity/caller';
import { disclosedRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { RECORD_TYPE_NAMES } from '@yrd/shared/provinceKit/recordTypeDefs';
import { recordFields } from '@yrd/shared/provinceKit/recordViews';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import { identifySubject } from '@yrd/shared/subjects/identifySubject';
import { PERSON_IDENTIFIER_NAMES, validatePersonIdentifier } from '@yrd/shared/subjects/personIdentifier';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import type { CatalogContext } from '../catalogResolvers.ts';
import { wholeDisclosureLists, type DisclosureListName, type DisclosureRepresentation } from './creditDisclosureLists.ts';
import { DEFAULT_DISCLOSURE_PAGE, disclosurePage, MAX_DISCLOSURE_PAGE, type DisclosurePageArgs } from './creditDisclosurePage.ts';
import { federatedRecords } from './federatedRecords.ts';

/** A list as the schema serves it: at most `first` (1–100, default 50, as a page) of its newest entries. */
const shown = (name: DisclosureListName) => (disclosure: DisclosureRepresentation, args: { first?: number | null }) =>
  wholeDisclosureLists(disclosure)[name].slice(0, pageSize(args.first, DEFAULT_DISCLOSURE_PAGE, MAX_DISCLOSURE_PAGE)).map(recordFields);

/**
 * 涉企信息公示: every province's disclosure of one enterprise, gathered by the hub. Each province
 * masks what it returns for the public (legal representative's number, personal names); the
 * enterprise itself sees its records whole, and its legal representative, signed in as herself,
 * her own name and number (masking.ts: the province knows the caller; the hub only gathers).
 */
export function creditDisclosureResolvers() {
  return {
    Query: {
      creditDisclosure: (_: unknown, args: { enterpriseId: string }, context: CatalogContext) => {
        // A person's number read as a credit code fails on its "division" (011819 的省级代码 01 不存在),
        // which tells the asker nothing true. Said for what it is, without repeating the number;
        // one valid as both is left to the ambiguity handling below.
        const person = validatePersonIdentifier(args.enterpriseId);
        if (person.ok && identityOfSubject(args.enterpriseId) === 'PERSON') {
          throw badUserInput(
            'enterpriseId',
            `涉企信息公示按企业的统一社会信用代码查询，所填号码是${PERSON_IDENTIFIER_NAMES[person.value.kind]}，不是统一社会信用代码；个人信息不在公示范围`,
            { reason: 'PERSON_NUMBER', identifierKind: person.value.kind },
          );
        }
        const subject = identifySubject(args.enterpriseId, 'enterpriseId', 'ENTERPRISE');
        // A code that is also a valid resident identity number is disclosed to its holder only
        // (see isEnterpriseSubject); every province would refuse it, and the answer would read as
        // four provinces unavailable. Said here, once, with what the enterprise can do instead.
        if (identityOfSubject(subject.id) === 'EITHER' && !isHolder(context.caller, subject.id)) {
          throw badUserInput(
            'enterpriseId',
            '该代码既是有效的统一社会信用代码，也是有效的公民身份号码，无法确认所指的是企业，为保护个人信息不予公示；该企业登录后可查看本企业的公示信息',
            { reason: 'AMBIGUOUS_IDENTIFIER' },
          );
        }
        return { enterpriseId: subject.id };
      },
    },
    CreditDisclosure: {
      __resolveReference: (reference: DisclosureRepresentation) => reference,
      registrations: shown('registrations'),
      licences: shown('licences'),
      penalties: shown('penalties'),
      listings: shown('listings'),
      inspections: shown('inspections'),
      unavailableRegions: (disclosure: DisclosureRepresentation) => federatedRecords(disclosure, disclosedRecordsField).unavailableRegions,
      totals: (disclosure: DisclosureRepresentation) =>
        Object.fromEntries(Object.entries(wholeDisclosureLists(disclosure)).map(([name, list]) => [name, list.length])) as Record<DisclosureListName, number>,
      page: (disclosure: DisclosureRepresentation, args: DisclosurePageArgs) => {
        const page = disclosurePage(wholeDisclosureLists(disclosure), disclosure.enterpriseId, args);
        return { ...page, entries: page.entries.map(recordFields) };
      },
    },
    // The entries of a page are records of any list's kind: typed by their kind, as the provinces type them.
    EvidenceRecord: { __resolveType: (record: { kind: EvidenceKind }) => RECORD_TYPE_NAMES[record.kind] },
  };
}
