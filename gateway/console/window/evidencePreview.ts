import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceStatusLabel } from '../ui/labels.ts';
import { recordView } from '../ui/recordView.ts';
import { caseTitle } from '../ui/caseTitle.ts';

/** What the clerk is shown of a record waiting for the applicant's preview: the province shows him nothing of it before she accepts. */
export const withheldUntilAccepted = '待申请人确认后可见：申请人在本人手机上预览并确认使用后，窗口方可查看该记录的内容和编号';

/** Why a piece shows no record: withdrawn, it is erased for everyone; refused, it is the applicant's alone; waiting, it is hers until she accepts it. */
export function hiddenRecord(status: string): string {
  if (status === 'ERASED') return `${evidenceStatusLabel(status)}：办件撤回后，该记录已从办件中删除，任何人（包括本人）都不能再在本办件中查看；原记录仍由持有省份保存`;
  if (status === 'REJECTED') return `${evidenceStatusLabel(status)}：该记录不用于本办件，其内容和编号只有申请人本人可以查看`;
  if (status === 'PENDING_PREVIEW') return `${evidenceStatusLabel(status)}：${withheldUntilAccepted}`;
  return `${evidenceStatusLabel(status)}：记录内容暂不可见`;
}

/**
 * 预览确认: the applicant sees each record a province released for their case, in full, and
 * accepts or rejects it — always as the applicant (`slot` is their own seat: their phone at a
 * window, or their own sign-in online), so the province records that they decided. Draws the
 * case `own` as that seat read it into `container`; after a decision, `onDecided` reads the
 * case again (and so draws it again).
 */
export function drawEvidencePreview(context: ConsoleContext, own: CaseView, slot: SessionSlot, container: HTMLElement, onDecided: () => Promise<void>, errors: readonly GraphQLErrorShape[] = []): void {
  const pending = own.evidence.filter((piece) => piece.status === 'PENDING_PREVIEW');
  const decide = async (evidenceId: string, decision: 'ACCEPT' | 'REJECT') => {
    const region = requireRegion(own.region);
    const answer = await context.client.run(provinceOperation('DecideEvidence', region), { caseId: own.id, evidenceId, decision }, slot);
    if (answer.errors.length > 0) {
      container.prepend(errorList(answer.errors) ?? '');
      return;
    }
    await onDecided();
  };
  show(
    container,
    h('p', {}, `办件 ${own.id} · ${caseTitle(own)}`),
    own.evidence.length === 0 ? h('p', { class: 'note' }, '暂无待确认的数据。') : null,
    pending.length > 0 ? h('p', { class: 'note' }, `以下 ${pending.length} 条数据由持有省份签发，请确认是否用于本次办理：`) : null,
    own.evidence.map((piece) =>
      h(
        'div',
        { class: 'preview', testId: `preview-${piece.id}`, 'data-status': piece.status },
        piece.record ? recordView(piece.record, context.labels) : h('p', { class: 'note', testId: 'record-hidden' }, hiddenRecord(piece.status)),
        piece.status === 'PENDING_PREVIEW'
          ? h(
              'div',
              { class: 'row' },
              button('确认使用', () => decide(piece.id, 'ACCEPT'), { class: 'primary', testId: 'accept-evidence' }),
              button('拒绝使用', () => decide(piece.id, 'REJECT'), { testId: 'reject-evidence' }),
            )
          : h('span', { class: `tag status-${piece.status}` }, evidenceStatusLabel(piece.status)),
      ),
    ),
    errorList(errors),
  );
}
