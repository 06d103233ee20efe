import { SUBMITTABLE } from '@yrd/shared/provinceKit/caseModel';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { errorsForRegion, unavailableRegions } from '../graphql/gatewayErrors.ts';
import type { CaseView, EvidenceSource } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { authorisationCard } from './authorisationCard.ts';
import { authorisedInWords, awaitingAuthorisation, awaitsAuthorisation } from './evidenceAuthorisation.ts';
import { collectAnswer, presentAgain, requestEvidence } from './evidenceExchange.ts';
import { provinceCard, type ProvinceState } from './provinceCard.ts';

export interface EvidenceBoard {
  readonly element: HTMLElement;
  readonly render: () => void;
  /** 重新调取: asks every holding province again and hands each answer in (after EVIDENCE_EXPIRED, say). */
  readonly regather: () => Promise<void>;
}

/**
 * 数据共享 · 各省答复: one card per holding province, filled in as each answers. A province
 * that could not be reached (SUBGRAPH_UNAVAILABLE naming its region) says so and offers to
 * present its signed request again; one that refused says why; the others show what they
 * released, verified by the filing province, and where the applicant's decision stands. The
 * evidence can be asked for again (重新调取) for as long as the case takes evidence: a request
 * expires in minutes and evidence in days, and a request made by the clerk is refused to the
 * applicant carrying the case on online.
 */
export function evidenceBoard(context: ConsoleContext, caseView: () => CaseView, reload: () => Promise<void>, slot: SessionSlot): EvidenceBoard {
  const states = new Map<string, ProvinceState>();
  const general = h('div', { class: 'board-messages' });
  const cards = h('div', { class: 'province-cards', testId: 'evidence-board' });
  const actions = h('div', { class: 'row' });
  const authorisation = h('div', {});
  const element = h('section', { class: 'step' }, h('h3', {}, '③ 数据共享（无证明）· 各省答复'), authorisation, actions, general, cards);
  // One exchange at a time: a second press while the provinces are being asked would only ask them twice.
  let gathering = false;

  const record = (region: string, state: ProvinceState) => {
    states.set(region, state);
    render();
  };

  /** Hands one province's answer in to the case; a failed hand-in is the province's answer not taken in, never "not answered". */
  const handIn = async (source: EvidenceSource): Promise<ProvinceState> => {
    const view = caseView();
    const answer = await collectAnswer(context, view.region, view.id, source, slot);
    if (!answer.verifications) return { kind: 'handInFailed', errors: answer.errors };
    const rejections = answer.verifications.filter((v) => !v.accepted).map((v) => v.rejection?.message ?? '未通过校验');
    return { kind: 'collected', errors: answer.errors, rejections };
  };

  const gather = async (again: boolean) => {
    if (gathering) return;
    gathering = true;
    try {
      const view = caseView();
      show(general, h('p', { class: 'note' }, again ? '正在重新调取：向各持有省份发出数据请求（仍在有效期内的请求继续使用）…' : '正在向各持有省份发出经签名的数据请求…'));
      for (const region of REGIONS) states.set(region.code, { kind: 'asking' });
      render();
      const { gathering: answered, errors } = await requestEvidence(context, view.region, view.id, slot);
      states.clear();
      if (!answered) {
        show(general, errorList(errors));
        await reload();
        return;
      }
      show(general, errorList(errors.filter((error) => typeof error.extensions?.region !== 'string')));
      // Nothing to ask (the decision reads no shared data, or no province holds it): say so, rather than nothing happening.
      if (answered.requests.length === 0 && errors.length === 0) {
        show(general, h('p', { class: 'note', 'data-testid': 'nothing-requested' }, '没有向任何省份发出数据请求：本事项的审批不读取共享数据，或没有省份持有。如适用容缺受理或告知承诺，提交时将先调取申请人的信用记录。'));
      }
      const down = unavailableRegions(errors);
      for (const request of answered.requests) {
        const unavailable = down.get(request.holder);
        if (unavailable) states.set(request.holder, { kind: 'unavailable', errors: [unavailable] });
        else if (!answered.sources.some((source) => source?.region === request.holder)) states.set(request.holder, { kind: 'refused', errors: errorsForRegion(errors, request.holder) });
        else states.set(request.holder, { kind: 'verifying' });
      }
      await reload();
      // Each province's answer is handed in and verified in turn; its card fills in as it is.
      for (const source of answered.sources) {
        if (!source) continue;
        // The card shows what the case now holds: read it again before filling the card in.
        states.set(source.region, await handIn(source));
        await reload();
      }
    } finally {
      gathering = false;
      render();
    }
  };

  const retry = async (holder: string) => {
    const request = caseView().evidenceRequests.filter((candidate) => candidate.holder === holder).at(-1);
    if (!request || gathering) return;
    // An ended request is never presented again: the filing province signs a new one, if the case still gathers.
    if (request.token === null) {
      if ((SUBMITTABLE as readonly string[]).includes(caseView().status)) await gather(true);
      return;
    }
    record(holder, { kind: 'asking' });
    const { source, errors } = await presentAgain(context, request.token, slot);
    if (!source) {
      const unavailable = unavailableRegions(errors).get(holder);
      record(holder, unavailable ? { kind: 'unavailable', errors: [unavailable] } : { kind: 'refused', errors });
      return;
    }
    record(holder, { kind: 'verifying' });
    states.set(holder, await handIn(source));
    await reload();
  };

  const regather = () => gather(true);

  const render = () => {
    const view = caseView();
    const requested = view.evidenceRequests.length > 0;
    const takesEvidence = (SUBMITTABLE as readonly string[]).includes(view.status);
    // Nothing is asked before the applicant authorises it: at the window on her phone, online here, before her own 调取.
    const waiting = awaitsAuthorisation(view);
    show(authorisation, slot === 'operator' ? authorisationStanding(view, reload) : authorisationCard(context, view, reload, slot));
    show(actions, requested || waiting ? null : button('向持有省份请求数据', () => gather(false), { class: 'primary', testId: 'request-evidence' }));
    // Every holder the case has asked, once each (asking again adds requests to the same holders).
    const holders = requested
      ? [...new Map(view.evidenceRequests.map((request) => [request.holder, request.kinds] as const)).entries()]
      : [...states.keys()].map((holder) => [holder, [] as string[]] as const);
    show(
      cards,
      holders.map(([holder, kinds]) =>
        provinceCard(
          view,
          holder,
          kinds,
          states.get(holder),
          { retry: () => retry(holder), regather: takesEvidence && !gathering ? regather : null },
          // At the window the clerk sees each record under its piece once the applicant accepts it; online, her own preview shows hers.
          { show: slot === 'operator', labels: context.labels },
        ),
      ),
    );
  };
  return { element, render, regather };
}

/**
 * Where the applicant's authorisation stands, as the clerk sees it: whom it waits for and how
 * (with a read of the case, for when she confirms on a phone of her own rather than the one
 * beside the desk), or who gave it and when. Nothing for a case that can no longer take it.
 */
function authorisationStanding(view: CaseView, reload: () => Promise<void>): HTMLElement | null {
  if (view.authorisation) return h('p', { class: 'note', testId: 'evidence-authorisation', 'data-state': 'authorised' }, authorisedInWords(view.authorisation, view));
  if (!awaitsAuthorisation(view)) return null;
  return h(
    'p',
    { class: 'note', role: 'status', testId: 'evidence-authorisation', 'data-state': view.lapsedAuthorisation ? 'lapsed' : 'waiting' },
    awaitingAuthorisation(view),
    ' ',
    button('申请人已确认？重新读取办件', reload, { class: 'link', testId: 'read-authorisation-again' }),
  );
}
