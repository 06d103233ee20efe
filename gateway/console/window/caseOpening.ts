import type { Region } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { GraphQLErrorShape } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import type { ApplicationChoice } from './applicationChoicePanel.ts';

export interface OpenedCase {
  /** The case's number, or null when the province did not open it (the errors say why). */
  readonly caseId: string | null;
  readonly errors: readonly GraphQLErrorShape[];
}

/**
 * 开始办件: opens the case in `region` — OpenCase for an item, OpenBundle for a one-thing
 * bundle (one case, with a linked case per item) — as the clerk at a window (`operator`, in the
 * window's province) or as the applicant online (`citizen`). Pressed again after an answer that
 * may have been lost, it sends the same idempotency key and gets the same case, not a second one.
 *
 * `applicantName` is the name the clerk typed (申请人填报), sent when there is one: the province
 * requires it for an item none of whose shared records can name the applicant (and says so,
 * REQUIRED on input.applicantName), and prefers a record's name to it otherwise. It is not part
 * of the intent: a name corrected after a lost answer is refused with that key, not made a second case.
 *
 * `subjectKind` is the kind the window found the applicant as (sent as input.subjectKind): for a
 * number valid both as a person's and as a credit code, the kind the clerk chose. It is part of
 * the intent: the person and the enterprise of one number are two applicants.
 */
export interface CaseToOpen {
  readonly region: Region;
  readonly subjectId: string;
  readonly choice: ApplicationChoice;
  /** Who opens it: the clerk at a window (the default) or the applicant online. */
  readonly slot?: SessionSlot;
  readonly applicantName?: string;
  readonly subjectKind?: 'PERSON' | 'ENTERPRISE';
}

export async function openChosenCase(context: ConsoleContext, opening: CaseToOpen): Promise<OpenedCase> {
  const { region, subjectId, choice, slot = 'operator', applicantName = '', subjectKind } = opening;
  const intent = `open:${region.code}:${subjectId}${subjectKind ? `:${subjectKind}` : ''}:${choice.kind}:${choice.kind === 'BUNDLE' ? choice.bundle.code : choice.item.code}`;
  const stated = { ...(applicantName.trim() ? { applicantName: applicantName.trim() } : {}), ...(subjectKind ? { subjectKind } : {}) };
  if (choice.kind === 'BUNDLE') {
    const { data, errors } = await context.retryKeys.attempt(intent, region.subgraphName, (idempotencyKey) =>
      context.client.run<Record<string, { openBundle: { id: string } } | null>>(
        provinceOperation('OpenBundle', region),
        { input: { bundleCode: choice.bundle.code, subjectId, idempotencyKey, ...stated } },
        slot,
      ),
    );
    return { caseId: data?.[region.subgraphName]?.openBundle.id ?? null, errors };
  }
  const { data, errors } = await context.retryKeys.attempt(intent, region.subgraphName, (idempotencyKey) =>
    context.client.run<Record<string, { openCase: { id: string } } | null>>(provinceOperation('OpenCase', region), { input: { itemCode: choice.item.code, subjectId, idempotencyKey, ...stated } }, slot),
  );
  return { caseId: data?.[region.subgraphName]?.openCase.id ?? null, errors };
}
