import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseResult, CaseView } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceStatusLabel } from '../ui/labels.ts';
import { recordView } from '../ui/recordView.ts';
import { caseTitle } from '../ui/caseTitle.ts';

/**
 * 申请人手机: the applicant previews the evidence gathered for her case and accepts or rejects
 * each piece — with her own token (seat `applicant`), never the clerk's: the province records
 * who decided. At a real window this is her phone; here it is a panel beside the desk.
 */
export function applicantPhone(context: ConsoleContext, caseView: () => CaseView, onDecided: () => Promise<void>): { element: HTMLElement; refresh: () => void } {
  const view = caseView();
  const person = view.subjectKind === 'PERSON';
  let refreshContent: (() => Promise<void>) | undefined;
  // The phone belongs to this case's applicant: whoever else was signed in on it is signed out.
  const signedIn = context.sessions.session('applicant')?.caller;
  const holder = signedIn?.kind === 'CITIZEN' ? signedIn.residentId : signedIn?.kind === 'ENTERPRISE' ? signedIn.creditCode : undefined;
  if (signedIn && holder !== view.subjectId) context.sessions.signOut('applicant');
  const phone = seat({
    slot: 'applicant',
    sessions: context.sessions,
    client: context.client,
    developmentSignIn: context.developmentSignIn,
    kinds: person ? ['CITIZEN'] : ['ENTERPRISE'],
    title: person ? '申请人登录（本人）' : '企业登录（本企业）',
    preset: person ? { kind: 'CITIZEN', residentId: view.subjectId } : { kind: 'ENTERPRISE', creditCode: view.subjectId },
    signedIn: (_session, container) => {
      const load = async () => {
        const current = caseView();
        const { data, errors } = await context.client.run<CaseResult>('Case', { id: current.id }, 'applicant');
        const own = data?.case;
        if (!own) return show(container, errorList(errors));
        const pending = own.evidence.filter((piece) => piece.status === 'PENDING_PREVIEW');
        const decide = async (evidenceId: string, decision: 'ACCEPT' | 'REJECT') => {
          const region = requireRegion(own.region);
          const answer = await context.client.run(provinceOperation('DecideEvidence', region), { caseId: own.id, evidenceId, decision }, 'applicant');
          if (answer.errors.length > 0) {
            container.prepend(errorList(answer.errors) ?? '');
            return;
          }
          await load();
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
              recordView(piece.record),
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
      };
      refreshContent = load;
      void load();
    },
  });
  const element = h('aside', { class: 'phone', testId: 'applicant-phone', 'aria-label': '申请人手机' }, h('div', { class: 'phone-notch' }, '申请人手机'), phone);
  return {
    element,
    refresh: () => {
      if (context.sessions.session('applicant') && refreshContent) void refreshContent();
    },
  };
}
