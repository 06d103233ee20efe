import type { CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { button, h, type Children } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import type { EnumLabels } from '../ui/enumLabels.ts';
import { evidenceKindLabel, evidenceStatusLabel, regionLabel } from '../ui/labels.ts';
import { recordView } from '../ui/recordView.ts';
import { withheldUntilAccepted } from './evidencePreview.ts';

/** Where one holding province stands in this page's latest exchange with it. */
export type ProvinceState =
  | { readonly kind: 'asking' }
  | { readonly kind: 'verifying' }
  | { readonly kind: 'unavailable'; readonly errors: readonly GraphQLErrorShape[] }
  | { readonly kind: 'refused'; readonly errors: readonly GraphQLErrorShape[] }
  /** The province answered, but handing its answer in to the case failed as a whole: nothing of it was taken in. */
  | { readonly kind: 'handInFailed'; readonly errors: readonly GraphQLErrorShape[] }
  /** Handed in: `rejections` are the tokens the case refused, `errors` what another service could not fill in. */
  | { readonly kind: 'collected'; readonly errors: readonly GraphQLErrorShape[]; readonly rejections: readonly string[] };

export interface ProvinceCardActions {
  /** Present the province's stored request again (it was down). */
  readonly retry: () => Promise<void>;
  /** Ask the provinces again (重新调取); null while the case cannot take evidence any more, or a gathering is under way. */
  readonly regather: (() => Promise<void>) | null;
}

/** How the card shows the records the case holds. */
export interface ProvinceCardRecords {
  /**
   * Show each record the viewer may see under its piece: at the window, the clerk sees a record
   * once the applicant has accepted it (before, the province shows him none: 待申请人确认后可见).
   * Online, the applicant's own preview shows hers, and the card lists the pieces only.
   */
  readonly show: boolean;
  readonly labels?: Pick<EnumLabels, 'recordFieldLabel'>;
}

/**
 * What the case holds of one province's answers — read from the case, so a page opened later
 * sees it too: what the province said it released but the case never took in (rejected on
 * hand-in: another province's key, a damaged ciphertext), and what has since expired.
 */
function holding(view: CaseView, holder: string, now: number) {
  const answers = view.evidenceAnswers.filter((answer) => answer.holder === holder);
  const pieces = view.evidence.filter((piece) => piece.issuer === holder);
  // What the province released and the case never took in is counted by the province, not named:
  // until the applicant accepts a record, its id is hers alone (the answers name only those she accepted).
  return {
    answered: answers.length > 0,
    pieces,
    notHandedIn: answers.reduce((count, answer) => count + answer.notHandedIn, 0),
    refused: pieces.filter((piece) => piece.status === 'REJECTED').length,
    expired: new Set(pieces.filter((piece) => piece.status !== 'REJECTED' && Date.parse(piece.expiresAt) <= now).map((piece) => piece.id)),
  };
}

const tag = (text: string, tone?: 'ok' | 'down' | 'warn') => h('span', { class: tone ? `tag tag-${tone}` : 'tag' }, text);

/**
 * One holding province's card on the evidence board: asking, down (with a retry of its
 * request), refused, answered but not taken in, or answered with what the case now holds.
 * Wherever asking again can help — a refusal (an expired request, one made by someone else),
 * a record rejected on hand-in or never handed in, evidence that has expired — it offers 重新调取.
 */
export function provinceCard(
  view: CaseView,
  holder: string,
  kinds: readonly string[],
  state: ProvinceState | undefined,
  actions: ProvinceCardActions,
  records: ProvinceCardRecords = { show: false },
): HTMLElement {
  const { answered, pieces, notHandedIn, expired, refused } = holding(view, holder, Date.now());
  const regather = actions.regather ? button('重新调取', actions.regather, { class: 'primary', testId: `regather-${holder}` }) : null;
  const request = view.evidenceRequests.filter((candidate) => candidate.holder === holder).at(-1);
  const requestExpired = request !== undefined && Date.parse(request.expiresAt) <= Date.now();
  const rejections = state?.kind === 'collected' ? state.rejections : [];

  let status: HTMLElement;
  let body: Children[] = [];
  if (state?.kind === 'asking') status = tag('请求中…');
  else if (state?.kind === 'verifying') status = tag('核验中…');
  else if (state?.kind === 'unavailable') {
    status = tag('暂不可用', 'down');
    body = [errorList(state.errors), button('重试', actions.retry, { class: 'primary', testId: `retry-${holder}` })];
  } else if (state?.kind === 'refused') {
    status = tag('已拒绝', 'down');
    body = [errorList(state.errors), regather];
  } else if (state?.kind === 'handInFailed') {
    // The province did answer: what failed was taking its answer into the case, and the errors say why.
    status = tag('已答复，交付本省失败', 'down');
    body = [errorList(state.errors), regather];
  } else if (!answered && state?.kind !== 'collected') {
    status = tag('尚未答复', 'down');
    body = requestExpired
      ? [h('p', { class: 'note' }, '本办件对该省的数据请求已过期，需重新调取。'), regather]
      : [h('p', { class: 'note' }, '该省尚未答复本办件的数据请求。'), button('重试', actions.retry, { class: 'primary', testId: `retry-${holder}` })];
  } else {
    const troubled = !answered || notHandedIn > 0 || rejections.length > 0;
    if (!answered) status = tag('已答复，交付本省被拒收', 'down');
    else if (notHandedIn > 0) status = tag(`已答复 · ${notHandedIn} 条未能交付本省`, 'down');
    else if (rejections.length > 0) status = tag(`已答复 · 拒收 ${rejections.length} 条`, 'down');
    else if (expired.size > 0) status = tag(`已答复 · ${expired.size} 条已过有效期`, 'warn');
    else status = tag(pieces.length > 0 ? `已答复 · ${pieces.length} 条` : '已答复 · 无记录', 'ok');
    body = [
      rejections.length > 0 ? h('ul', { class: 'errors' }, rejections.map((text) => h('li', { class: 'error-item' }, `拒收：${text}`))) : null,
      notHandedIn > 0 ? h('p', { class: 'problem', testId: 'not-handed-in' }, `该省已提供的记录中有 ${notHandedIn} 条未能交付本办件，请重新调取`) : null,
      state?.kind === 'collected' ? warningList(state.errors) : null,
      troubled || expired.size > 0 ? regather : null,
      // 重新调取 after a refusal: the request that released the record has ended, a new one asks again, and she decides again.
      refused > 0 && !troubled && expired.size === 0
        ? h(
            'div',
            { class: 'refused-again', testId: `refused-${holder}` },
            h('p', { class: 'note' }, `申请人拒绝使用了该省的 ${refused} 条记录。${regather ? '如申请人改变主意，可重新调取，由申请人再次确认。' : '办件已不再收集材料，不能重新调取。'}`),
            regather,
          )
        : null,
    ];
  }
  return h(
    'article',
    { class: 'card province-card', testId: `province-${holder}`, 'data-state': state?.kind ?? (answered ? 'answered' : 'unanswered') },
    h('header', {}, h('strong', {}, regionLabel(holder)), status),
    h('small', {}, kinds.map(evidenceKindLabel).join('、')),
    body,
    pieces.length > 0 && state?.kind !== 'asking' && state?.kind !== 'verifying'
      ? h(
          'ul',
          { class: 'pieces' },
          pieces.map((piece) =>
            h(
              'li',
              { 'data-status': piece.status, 'data-expired': expired.has(piece.id) ? 'true' : undefined },
              // The id of a record she has not accepted (or refused) is the applicant's alone (null here); an erased one is gone with the withdrawn case.
              [evidenceKindLabel(piece.kind), piece.recordId].filter(Boolean).join(' '),
              h('span', { class: `tag status-${piece.status}` }, evidenceStatusLabel(piece.status)),
              expired.has(piece.id) ? tag('已过有效期', 'down') : null,
              records.show && piece.status === 'PENDING_PREVIEW' && !piece.record
                ? h('p', { class: 'note', testId: 'record-withheld' }, withheldUntilAccepted)
                : null,
              records.show && piece.record ? recordView(piece.record, records.labels) : null,
            ),
          ),
        )
      : null,
  );
}
