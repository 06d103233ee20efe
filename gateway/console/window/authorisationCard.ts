import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseView } from '../graphql/resultTypes.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceKindLabel, regionLabel } from '../ui/labels.ts';
import { awaitsAuthorisation, caseToAuthorise, kindsToAuthorise } from './evidenceAuthorisation.ts';

/**
 * 数据调取授权 on the applicant's phone: which case, what the filing province will ask the
 * holding provinces for, and 授权调取 — sent with her own token (seat `applicant`), so the
 * province records that she gave it; a clerk cannot (NOT_THE_SUBJECT). `own` is the case as
 * she read it; after she authorises, `onAuthorised` reads it again, on her phone and at the
 * desk. Null once the case needs no authorisation (given, or no longer gathering evidence).
 */
export function authorisationCard(context: ConsoleContext, own: CaseView, onAuthorised: () => Promise<void>): HTMLElement | null {
  if (!awaitsAuthorisation(own)) return null;
  const problems = h('div', {});
  const kinds = kindsToAuthorise(own);
  const authorise = async () => {
    const region = requireRegion(own.region);
    const answer = await context.client.run(provinceOperation('AuthoriseEvidence', region), { caseId: caseToAuthorise(own) }, 'applicant');
    if (answer.errors.length > 0) return show(problems, errorList(answer.errors));
    show(problems);
    await onAuthorised();
  };
  return h(
    'div',
    { class: 'card authorisation', testId: 'authorisation-card' },
    h('h4', {}, '数据调取授权'),
    h('p', {}, `办件 ${own.id} · ${caseTitle(own)}`),
    own.bundleId ? h('p', { class: 'note' }, `本事项属于“一件事”办件 ${own.bundleId}：授权对整件办件有效。`) : null,
    h('p', {}, `${regionLabel(own.region)}将凭您的授权，向持有您数据的省份调取办理本事项所需的记录${kinds.length > 0 ? '：' : '。'}`),
    kinds.length > 0 ? h('ul', { testId: 'authorised-kinds' }, kinds.map((kind) => h('li', {}, evidenceKindLabel(kind)))) : null,
    // Said whatever the item offers here: the province may ask for her credit records wherever the item standard reads them for 容缺 or 告知承诺.
    h('p', { class: 'note' }, '调取到的记录先在本机由您预览，确认使用后窗口方可查看；如适用容缺受理或告知承诺，还将调取您的信用记录。'),
    button('授权调取', authorise, { class: 'primary', testId: 'authorise-evidence' }),
    problems,
  );
}
