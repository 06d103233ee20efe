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
import { authorisationOf, awaitsAuthorisation } from './evidenceAuthorisation.ts';

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
  // Known at once for the case itself; a bundle's item reads its bundle first, and a case whose list the province could not work out (the hub away) is read again, to say why.
  const { bundleId } = own;
  const readFirst = bundleId ?? (own.evidenceToRequest && authorisationOf(own) ? undefined : own.id);
  const scope = readFirst ? caseRead(context, readFirst, slot) : async () => caseScope(own);
  const gathered = h('div', { testId: 'authorisation-scope' });
  // 授权调取 is offered only beside what it authorises: with the list she was shown, never before it is drawn.
  const actions = h('div', {});
  const authorise = async (target: { caseId: string; itemCode: string }) => {
    const answer = await context.client.run(provinceOperation('AuthoriseEvidence', requireRegion(own.region)), target, slot);
    if (answer.errors.length > 0) return show(problems, errorList(answer.errors));
    show(problems);
    await onAuthorised();
  };
  const drawScope = (read: Scope): void => {
    if (!read.ok) {
      show(
        gathered,
        h('p', { class: 'problem' }, bundleId ? `暂时无法读取“一件事”办件 ${bundleId}，读取之前不能授权：` : '暂时无法读取本办件将调取的记录，读取之前不能授权：'),
        errorList(read.errors),
      );
      show(actions, button('重新读取', () => scope().then(drawScope), { testId: 'authorisation-read-again' }));
      return;
    }
    const { kinds } = read;
    const what = bundleId ? '办理整件“一件事”所需的记录' : '办理本事项所需的记录';
    show(
      gathered,
      h('p', {}, `${regionLabel(own.region)}将凭您的授权，向持有您数据的省份调取${what}${kinds.length > 0 ? '：' : '。'}`),
      kinds.length > 0 ? h('ul', { testId: 'authorised-kinds' }, kinds.map((kind) => h('li', {}, evidenceKindLabel(kind)))) : null,
    );
    show(actions, button('授权调取', () => authorise(read.target), { class: 'primary', testId: 'authorise-evidence' }));
  };
  if (!readFirst) drawScope(caseScope(own));
  else {
    show(gathered, h('p', { class: 'note', role: 'status' }, bundleId ? `正在读取“一件事”办件 ${bundleId} 所需的记录…` : '正在读取本办件将调取的记录…'));
    void scope().then(drawScope);
  }
  return h(
    'div',
    { class: 'card authorisation', testId: 'authorisation-card' },
    h('h4', {}, '数据调取授权'),
    own.lapsedAuthorisation
      ? h('p', { class: 'note', testId: 'authorisation-lapsed' }, `您于 ${dateTime(own.lapsedAuthorisation.authorisedAt)} 作出的授权已于 ${dateTime(own.lapsedAuthorisation.validUntil)} 到期，请重新确认。`)
      : null,
    h('p', {}, `办件 ${own.id} · ${caseTitle(own)}`),
    bundleId ? h('p', { class: 'note', testId: 'authorisation-bundle' }, `本事项属于“一件事”办件 ${bundleId}：授权对整件办件有效。`) : null,
    gathered,
    // Said whatever the item offers here: the province may ask for her credit records wherever the item standard reads them for 容缺 or 告知承诺.
    h('p', { class: 'note' }, `调取到的记录先由您预览，${slot === 'applicant' ? '确认使用后窗口方可查看' : '确认使用后方可用于办件'}；如适用容缺受理或告知承诺，还将调取您的信用记录。授权约一个月后到期。`),
    actions,
    problems,
  );
}

/**
 * What she authorises, as she reads it: the case and the kinds the province will ask for on it
 * (evidenceToRequest — worked out by the province as its requestEvidence works them out, so the
 * card lists what is asked), or why it could not be read.
 */
type Scope =
  | { readonly ok: true; readonly kinds: readonly string[]; readonly target: { caseId: string; itemCode: string } }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorShape[] };

/** The case itself: its item (or, for a bundle, its code) and what the province will ask for. */
function caseScope(own: CaseView, errors: readonly GraphQLErrorShape[] = []): Scope {
  const target = authorisationOf(own);
  return target && own.evidenceToRequest ? { ok: true, kinds: own.evidenceToRequest, target } : { ok: false, errors };
}

/**
 * A case read as she reads it, once (again after a failure): a bundle's item is authorised as its
 * bundle — whose code is what she names, and whose items' records are all gathered under it; a
 * case whose list was not worked out shows why (the errors of the read).
 */
function caseRead(context: ConsoleContext, caseId: string, slot: SessionSlot): () => Promise<Scope> {
  let reading: Promise<Scope> | undefined;
  return () =>
    (reading ??= context.client.run<CaseResult>('Case', { id: caseId }, slot).then(({ data, errors }): Scope => {
      const read = data?.case ? caseScope(data.case, errors) : ({ ok: false, errors } as const);
      if (!read.ok) reading = undefined;
      return read;
    }));
}
