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

/** Which records each list of a disclosure holds: a kind (and, for credit records, some categories). */
const LISTS = {
  registrations: { kind: 'BUSINESS_REGISTRATION' },
  licences: { kind: 'E_LICENCE' },
  penalties: { kind: 'CREDIT_RECORD', categories: ['ADMINISTRATIVE_PENALTY'] },
  listings: { kind: 'CREDIT_RECORD', categories: ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'] },
  inspections: { kind: 'CREDIT_RECORD', categories: ['INSPECTION_RESULT'] },
} as const satisfies Record<string, { kind: EvidenceKind; categories?: readonly CreditCategory[] }>;

type ListName = keyof typeof LISTS;
type WholeLists = Readonly<Record<ListName, readonly HeldRecord[]>>;

const sorted = new WeakMap<object, WholeLists>();

/**
 * Every list of a disclosure, whole and newest first — sorted once per representation, however
 * many of the lists and totals the client selects (each field resolver asks).
 */
function wholeLists(disclosure: DisclosureRepresentation): WholeLists {
  const known = sorted.get(disclosure);
  if (known) return known;
  const newestFirst = [...federatedRecords(disclosure, disclosedRecordsField).records].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.recordId.localeCompare(b.recordId));
  const lists = Object.fromEntries(
    Object.entries(LISTS).map(([name, list]) => {
      const categories: readonly CreditCategory[] | undefined = 'categories' in list ? list.categories : undefined;
      return [name, newestFirst.filter((record) => record.kind === list.kind && (!categories || categories.includes((record.content as { category: CreditCategory }).category)))];
    }),
  ) as Record<ListName, HeldRecord[]>;
  sorted.set(disclosure, lists);
  return lists;
}

/** A list as the schema serves it: at most `first` (1–100, default 50) of its entries. */
const shown = (name: ListName) => (disclosure: DisclosureRepresentation, args: { first?: number | null }) =>
  wholeLists(disclosure)[name].slice(0, pageSize(args.first, 50, MAX_LIST)).map(recordFields);

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
      totals: (disclosure: DisclosureRepresentation) => Object.fromEntries(Object.entries(wholeLists(disclosure)).map(([name, list]) => [name, list.length])) as Record<ListName, number>,
    },
  };
}
