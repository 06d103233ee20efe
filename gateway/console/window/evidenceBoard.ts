import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { errorsForRegion, unavailableRegions } from '../graphql/gatewayErrors.ts';
import type { CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceKindLabel, evidenceStatusLabel, regionLabel } from '../ui/labels.ts';
import { collectAnswer, presentAgain, requestEvidence } from './evidenceExchange.ts';

type ProvinceState =
  | { readonly kind: 'asking' }
  | { readonly kind: 'verifying' }
  | { readonly kind: 'unavailable'; readonly errors: readonly GraphQLErrorShape[] }
  | { readonly kind: 'refused'; readonly errors: readonly GraphQLErrorShape[] }
  | { readonly kind: 'collected'; readonly errors: readonly GraphQLErrorShape[]; readonly rejections: readonly string[] };

/**
 * 数据共享 · 各省答复: one card per holding province, filled in as each answers. A province
 * that could not be reached (SUBGRAPH_UNAVAILABLE naming its region) says so and offers to
 * present its signed request again; one that refused says why; the others show what they
 * released, verified by the filing province, and where the applicant's decision stands.
 */
export function evidenceBoard(context: ConsoleContext, caseView: () => CaseView, reload: () => Promise<void>, slot: SessionSlot): { element: HTMLElement; render: () => void } {
  const states = new Map<string, ProvinceState>();
  const general = h('div', { class: 'board-messages' });
  const cards = h('div', { class: 'province-cards', testId: 'evidence-board' });
  const actions = h('div', { class: 'row' });
  const element = h('section', { class: 'step' }, h('h3', {}, '③ 数据共享（无证明）· 各省答复'), actions, general, cards);

  const record = (region: string, state: ProvinceState) => {
    states.set(region, state);
    render();
  };

  const askAll = async () => {
    const view = caseView();
    show(general, h('p', { class: 'note' }, '正在向各持有省份发出经签名的数据请求…'));
    for (const region of REGIONS) states.set(region.code, { kind: 'asking' });
    render();
    const { gathering, errors } = await requestEvidence(context, view.region, view.id, slot);
    states.clear();
    if (!gathering) {
      show(general, errorList(errors));
      await reload();
      return;
    }
    show(general, errorList(errors.filter((error) => typeof error.extensions?.region !== 'string')));
    const down = unavailableRegions(errors);
    for (const request of gathering.requests) {
      const unavailable = down.get(request.holder);
      if (unavailable) states.set(request.holder, { kind: 'unavailable', errors: [unavailable] });
      else if (!gathering.sources.some((source) => source?.region === request.holder)) states.set(request.holder, { kind: 'refused', errors: errorsForRegion(errors, request.holder) });
      else states.set(request.holder, { kind: 'verifying' });
    }
    await reload();
    // Each province's answer is handed in and verified in turn; its card fills in as it is.
    for (const source of gathering.sources) {
      if (!source) continue;
      const answer = await collectAnswer(context, view.region, view.id, source, slot);
      const rejections = answer.verifications.filter((v) => !v.accepted).map((v) => v.rejection?.message ?? '未通过校验');
      // The card shows what the case now holds: read it again before filling the card in.
      states.set(source.region, { kind: 'collected', errors: answer.errors, rejections });
      await reload();
    }
  };

  const retry = async (holder: string) => {
    const request = caseView().evidenceRequests.find((candidate) => candidate.holder === holder);
    if (!request) return;
    record(holder, { kind: 'asking' });
    const { source, errors } = await presentAgain(context, request.token, slot);
    if (!source) {
      const unavailable = unavailableRegions(errors).get(holder);
      record(holder, unavailable ? { kind: 'unavailable', errors: [unavailable] } : { kind: 'refused', errors });
      return;
    }
    record(holder, { kind: 'verifying' });
    const view = caseView();
    const answer = await collectAnswer(context, view.region, view.id, source, slot);
    states.set(holder, { kind: 'collected', errors: answer.errors, rejections: answer.verifications.filter((v) => !v.accepted).map((v) => v.rejection?.message ?? '未通过校验') });
    await reload();
  };

  const card = (holder: string, kinds: readonly string[]) => {
    const view = caseView();
    const answered = view.evidenceAnswers.some((answer) => answer.holder === holder);
    const pieces = view.evidence.filter((piece) => piece.issuer === holder);
    const state = states.get(holder);
    let status: HTMLElement;
    let body: (HTMLElement | null)[] = [];
    if (state?.kind === 'asking') status = h('span', { class: 'tag' }, '请求中…');
    else if (state?.kind === 'verifying') status = h('span', { class: 'tag' }, '核验中…');
    else if (answered) {
      status = h('span', { class: 'tag tag-ok' }, pieces.length > 0 ? `已答复 · ${pieces.length} 条` : '已答复 · 无记录');
      body = [
        h(
          'ul',
          { class: 'pieces' },
          pieces.map((piece) => h('li', { 'data-status': piece.status }, `${evidenceKindLabel(piece.kind)} ${piece.recordId}`, h('span', { class: `tag status-${piece.status}` }, evidenceStatusLabel(piece.status)))),
        ),
        state?.kind === 'collected' && state.rejections.length > 0 ? h('ul', { class: 'errors' }, state.rejections.map((text) => h('li', {}, `拒收：${text}`))) : null,
        state?.kind === 'collected' ? errorList(state.errors) : null,
      ];
    } else if (state?.kind === 'refused') {
      status = h('span', { class: 'tag tag-down' }, '已拒绝');
      body = [errorList(state.errors)];
    } else {
      status = h('span', { class: 'tag tag-down' }, state?.kind === 'unavailable' ? '暂不可用' : '尚未答复');
      body = [
        state?.kind === 'unavailable' ? errorList(state.errors) : h('p', { class: 'note' }, '该省尚未答复本办件的数据请求。'),
        button('重试', () => retry(holder), { class: 'primary', testId: `retry-${holder}` }),
      ];
    }
    return h(
      'article',
      { class: 'card province-card', testId: `province-${holder}`, 'data-state': state?.kind ?? (answered ? 'answered' : 'unanswered') },
      h('header', {}, h('strong', {}, regionLabel(holder)), status),
      h('small', {}, kinds.map(evidenceKindLabel).join('、')),
      body,
    );
  };

  const render = () => {
    const view = caseView();
    const requested = view.evidenceRequests.length > 0;
    show(actions, requested ? null : button('向持有省份请求数据', askAll, { class: 'primary', testId: 'request-evidence' }));
    const holders = requested ? view.evidenceRequests.map((request) => [request.holder, request.kinds] as const) : [...states.keys()].map((holder) => [holder, [] as string[]] as const);
    show(cards, holders.map(([holder, kinds]) => card(holder, kinds)));
  };
  return { element, render };
}
