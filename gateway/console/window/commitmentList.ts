import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { commitmentTypeLabel, regionLabel } from '../ui/labels.ts';

/** A case with commitments: a single item's, or one item's case of a bundle (its commitments are its own). */
export type CommittedCase = Pick<CaseView, 'id' | 'region' | 'status' | 'commitments'>;

/**
 * 承诺: the commitments the applicant signed for a case, and for 容缺 the clerk marking a
 * deferred material supplied once it is in hand (only the clerk: the province refuses the
 * applicant's own word, so online the applicant is told where to hand it in; `slot` is the
 * seat working the case). `supplied` reads the case (or its bundle) again, with the
 * mutation's answer; `messages` shows what went wrong.
 */
export function commitmentList(
  context: ConsoleContext,
  view: CommittedCase,
  slot: SessionSlot,
  supplied: (answer: CaseOutcomeView | null) => Promise<void>,
  messages: HTMLElement,
): HTMLElement | null {
  if (view.commitments.length === 0) return null;
  const supply = async (materialCode: string) => {
    const region = requireRegion(view.region);
    const { data, errors } = await context.client.run<Record<string, { supplyMaterial: CaseOutcomeView | null } | null>>(
      provinceOperation('SupplyMaterial', region),
      { caseId: view.id, materialCode },
      slot,
    );
    // Supplied is what the mutation answered, whatever else is missing from its answer (the item's name, from the catalog).
    const answer = data?.[region.subgraphName]?.supplyMaterial ?? null;
    show(messages, answer ? warningList(errors) : errorList(errors));
    await supplied(answer);
  };
  return h(
    'div',
    { class: 'commitments' },
    h('h4', {}, '承诺'),
    view.commitments.map((commitment) =>
      h(
        'div',
        { class: 'commitment', testId: `commitment-${commitment.materialCode}` },
        h('strong', {}, `${commitment.materialCode} · ${commitmentTypeLabel(commitment.type)}`),
        h('p', {}, commitment.text),
        commitment.suppliedAt
          ? h('small', {}, `已补齐：${dateTime(commitment.suppliedAt)}`)
          : commitment.type === 'SUPPLY_LATER' && view.status === 'DEFERRED_MATERIALS'
            ? slot === 'operator'
              ? button('材料已补齐', () => supply(commitment.materialCode), { class: 'primary', testId: `supply-${commitment.materialCode}` })
              : h('small', { testId: `supply-at-window-${commitment.materialCode}` }, `待补齐：请在期限内交到${regionLabel(view.region)}的受理窗口，由工作人员核收`)
            : null,
      ),
    ),
  );
}
