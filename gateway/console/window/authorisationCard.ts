import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseResult, CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { dateTime } from '../ui/format.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceKindLabel, regionLabel } from '../ui/labels.ts';
import { authorisationOf, awaitsAuthorisation, kindsToAuthorise } from './evidenceAuthorisation.ts';

/**
 * 数据调取授权, on the applicant's phone at a window (seat `applicant`) or in 我的办件 online
 * (seat `citizen`): which case, what the filing province will ask the holding provinces for, and
 * 授权调取 — sent with her own token, naming the case and its item, so the province records that
 * she gave it; a clerk cannot (NOT_THE_SUBJECT). `own` is the case as she read it; after she
 * authorises, `onAuthorised` reads it again. Null once the case needs no authorisation (given,
 * or no longer gathering evidence).
 */
export function authorisationCard(context: ConsoleContext, own: CaseView, onAuthorised: () => Promise<void>, slot: SessionSlot = 'applicant'): HTMLElement | null {
  if (!awaitsAuthorisation(own)) return null;
  const problems = h('div', {});
  const kinds = kindsToAuthorise(own);
  const authorise = async () => {
    const region = requireRegion(own.region);
    const named = authorisationOf(own);
    const target = named ? { ok: true as const, value: named } : await bundleAuthorisation(context, own, slot);
    if (!target.ok) return show(problems, errorList(target.errors));
    const answer = await context.client.run(provinceOperation('AuthoriseEvidence', region), target.value, slot);
    if (answer.errors.length > 0) return show(problems, errorList(answer.errors));
    show(problems);
    await onAuthorised();
  };
  return h(
    'div',
    { class: 'card authorisation', testId: 'authorisation-card' },
    h('h4', {}, '数据调取授权'),
    own.lapsedAuthorisation
      ? h('p', { class: 'note', testId: 'authorisation-lapsed' }, `您于 ${dateTime(own.lapsedAuthorisation.authorisedAt)} 作出的授权已于 ${dateTime(own.lapsedAuthorisation.validUntil)} 到期，请重新确认。`)
      : null,
    h('p', {}, `办件 ${own.id} · ${caseTitle(own)}`),
    own.bundleId ? h('p', { class: 'note' }, `本事项属于“一件事”办件 ${own.bundleId}：授权对整件办件有效。`) : null,
    h('p', {}, `${regionLabel(own.region)}将凭您的授权，向持有您数据的省份调取办理本事项所需的记录${kinds.length > 0 ? '：' : '。'}`),
    kinds.length > 0 ? h('ul', { testId: 'authorised-kinds' }, kinds.map((kind) => h('li', {}, evidenceKindLabel(kind)))) : null,
    // Said whatever the item offers here: the province may ask for her credit records wherever the item standard reads them for 容缺 or 告知承诺.
    h('p', { class: 'note' }, `调取到的记录先由您预览，${slot === 'applicant' ? '确认使用后窗口方可查看' : '确认使用后方可用于办件'}；如适用容缺受理或告知承诺，还将调取您的信用记录。授权约一个月后到期。`),
    button('授权调取', authorise, { class: 'primary', testId: 'authorise-evidence' }),
    problems,
  );
}

/** A bundle item's authorisation: its bundle's, as she reads the bundle (its code is what she authorises). */
async function bundleAuthorisation(
  context: ConsoleContext,
  item: CaseView,
  slot: SessionSlot,
): Promise<{ ok: true; value: { caseId: string; itemCode: string } } | { ok: false; errors: readonly GraphQLErrorShape[] }> {
  const { data, errors } = await context.client.run<CaseResult>('Case', { id: item.bundleId }, slot);
  const named = data?.case ? authorisationOf(data.case) : null;
  return named ? { ok: true, value: named } : { ok: false, errors };
}
