import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { pageSize } from '@yrd/shared/graphql/pageSize';
import { isHolder } from '@yrd/shared/identity/caller';
import { disclosedRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { recordFields } from '@yrd/shared/provinceKit/recordViews';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { CreditCategory } from '@yrd/shared/standard/recordContents';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { identifySubject } from '@yrd/shared/subjects/identifySubject';
import { PERSON_IDENTIFIER_NAMES, validatePersonIdentifier } from '@yrd/shared/subjects/personIdentifier';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import type { CatalogContext } from '../catalogResolvers.ts';
import { federatedRecords } from './federatedRecords.ts';

type DisclosureRepresentation = { readonly enterpriseId: string } & Readonly<Record<string, unknown>>;

const MAX_LIST = 100;

/** When the record was decided or issued, for newest-first order. */
function dateOf(record: HeldRecord): string {
  const content = record.content as unknown as Record<string, unknown>;
  return String(content.decidedOn ?? content.issuedOn ?? content.establishedOn ?? record.updatedOn);
}

/** One list of a disclosure, whole and newest first: the records of a kind (and, for credit records, of some categories). */
function selection(kind: EvidenceKind, categories?: readonly CreditCategory[]) {
  return (disclosure: DisclosureRepresentation): HeldRecord[] =>
    federatedRecords(disclosure, disclosedRecordsField)
      .records.filter((record) => record.kind === kind)
      .filter((record) => !categories || categories.includes((record.content as { category: CreditCategory }).category))
      .sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.recordId.localeCompare(b.recordId));
}

const LISTS = {
  registrations: selection('BUSINESS_REGISTRATION'),
  licences: selection('E_LICENCE'),
  penalties: selection('CREDIT_RECORD', ['ADMINISTRATIVE_PENALTY']),
  listings: selection('CREDIT_RECORD', ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY']),
  inspections: selection('CREDIT_RECORD', ['INSPECTION_RESULT']),
} as const;

/** A list as the schema serves it: at most `first` (1–100, default 50) of its entries. */
function shown(whole: (disclosure: DisclosureRepresentation) => HeldRecord[]) {
  return (disclosure: DisclosureRepresentation, args: { first?: number | null }) => whole(disclosure).slice(0, pageSize(args.first, 50, MAX_LIST)).map(recordFields);
}

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
      registrations: shown(LISTS.registrations),
      licences: shown(LISTS.licences),
      penalties: shown(LISTS.penalties),
      listings: shown(LISTS.listings),
      inspections: shown(LISTS.inspections),
      unavailableRegions: (disclosure: DisclosureRepresentation) => federatedRecords(disclosure, disclosedRecordsField).unavailableRegions,
      totals: (disclosure: DisclosureRepresentation) =>
        Object.fromEntries(Object.entries(LISTS).map(([name, whole]) => [name, whole(disclosure).length])) as Record<keyof typeof LISTS, number>,
    },
  };
}
