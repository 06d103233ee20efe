import { pageSize } from '@yrd/shared/graphql/pageSize';
import { disclosedRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { recordFields } from '@yrd/shared/provinceKit/recordViews';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { CreditCategory } from '@yrd/shared/standard/recordContents';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { identifySubject } from '@yrd/shared/subjects/identifySubject';
import { federatedRecords } from './federatedRecords.ts';

type DisclosureRepresentation = { readonly enterpriseId: string } & Readonly<Record<string, unknown>>;

const MAX_LIST = 100;

/** When the record was decided or issued, for newest-first order. */
function dateOf(record: HeldRecord): string {
  const content = record.content as unknown as Record<string, unknown>;
  return String(content.decidedOn ?? content.issuedOn ?? content.establishedOn ?? record.updatedOn);
}

function list(kind: EvidenceKind, categories?: readonly CreditCategory[]) {
  return (disclosure: DisclosureRepresentation, args: { first?: number | null }) => {
    const first = pageSize(args.first, 50, MAX_LIST);
    return federatedRecords(disclosure, disclosedRecordsField)
      .records.filter((record) => record.kind === kind)
      .filter((record) => !categories || categories.includes((record.content as { category: CreditCategory }).category))
      .sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.recordId.localeCompare(b.recordId))
      .slice(0, first)
      .map(recordFields);
  };
}

/**
 * 涉企信息公示: every province's disclosure of one enterprise, gathered by the hub. Each province
 * masks what it returns for the public (legal representative's number, personal names); the
 * enterprise itself sees its records whole.
 */
export function creditDisclosureResolvers() {
  return {
    Query: {
      creditDisclosure: (_: unknown, args: { enterpriseId: string }) => {
        const subject = identifySubject(args.enterpriseId, 'enterpriseId', 'ENTERPRISE');
        return { enterpriseId: subject.id };
      },
    },
    CreditDisclosure: {
      __resolveReference: (reference: DisclosureRepresentation) => reference,
      registrations: list('BUSINESS_REGISTRATION'),
      licences: list('E_LICENCE'),
      penalties: list('CREDIT_RECORD', ['ADMINISTRATIVE_PENALTY']),
      listings: list('CREDIT_RECORD', ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY']),
      inspections: list('CREDIT_RECORD', ['INSPECTION_RESULT']),
      unavailableRegions: (disclosure: DisclosureRepresentation) => federatedRecords(disclosure, disclosedRecordsField).unavailableRegions,
    },
  };
}
