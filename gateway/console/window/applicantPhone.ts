import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseResult, CaseView } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import type { SignedInCaller } from '../session/sessionStore.ts';
import { h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { latestOnly } from '../ui/latestOnly.ts';
import { authorisationCard } from './authorisationCard.ts';
import { drawEvidencePreview } from './evidencePreview.ts';

/**
 * 申请人手机: the applicant authorises the evidence of her case to be gathered (数据调取授权),
 * then previews what was gathered and accepts or rejects each piece — with her own token (seat
 * `applicant`), never the clerk's: the province records who authorised and who decided. At a
 * real window this is her phone; here it is a panel beside the desk. `onDecided` reads the case
 * again at the desk after each of her steps.
 */
export function applicantPhone(context: ConsoleContext, caseView: () => CaseView, onDecided: () => Promise<void>): { element: HTMLElement; refresh: () => void } {
  const view = caseView();
  const person = view.subjectKind === 'PERSON';
  let refreshContent: (() => Promise<void>) | undefined;
  // The phone belongs to this case's applicant: whoever else was signed in on it is signed out,
  // and another person's refused sign-in (with its message) is not carried over to her.
  const holderOf = (caller: SignedInCaller | null | undefined) => (caller?.kind === 'CITIZEN' ? caller.residentId : caller?.kind === 'ENTERPRISE' ? caller.creditCode : undefined);
  const someoneElse = (caller: SignedInCaller | null | undefined) => caller !== null && caller !== undefined && holderOf(caller) !== view.subjectId;
  if (someoneElse(context.sessions.session('applicant')?.caller) || someoneElse(context.sessions.refused('applicant')?.caller)) context.sessions.signOut('applicant');
  const phone = seat({
    slot: 'applicant',
    sessions: context.sessions,
    client: context.client,
    developmentSignIn: context.developmentSignIn,
    kinds: person ? ['CITIZEN'] : ['ENTERPRISE'],
    title: person ? '申请人登录（本人）' : '企业登录（本企业）',
    preset: person ? { kind: 'CITIZEN', residentId: view.subjectId } : { kind: 'ENTERPRISE', creditCode: view.subjectId },
    signedIn: (_session, container) => {
      // Her authorisation first (数据调取授权: nothing is gathered before it), then what was gathered.
      const consent = h('div', {});
      const preview = h('div', {});
      show(container, consent, preview);
      // Her own read of the case (what she may see of it), drawn in order; after she authorises or decides, hers and then the desk's.
      const load: () => Promise<void> = latestOnly(
        // The labels of coded values first (read once; raw values if they cannot be had).
        () => context.labels.ready().then(() => context.client.run<CaseResult>('Case', { id: caseView().id }, 'applicant')),
        ({ data, errors }) => {
          if (!data?.case) {
            show(consent);
            return show(preview, errorList(errors));
          }
          const readAgain = async () => {
            await load();
            await onDecided();
          };
          show(consent, authorisationCard(context, data.case, readAgain));
          drawEvidencePreview(context, data.case, 'applicant', preview, readAgain, errors);
        },
      );
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
