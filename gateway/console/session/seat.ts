import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { GatewayClient } from '../graphql/gatewayClient.ts';
import type { MeResult } from '../graphql/resultTypes.ts';
import { checkCreditCode, checkResidentId } from '../identifiers/subjectIdentifier.ts';
import { windowProblem } from '../identifiers/operatorWindow.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { DEV_TOKEN_LIFETIMES, requestDevToken, type DevTokenRequest } from './devSignIn.ts';
import { describeCaller, type Session, type SessionSlot, type SessionStore, type SignedInCaller } from './sessionStore.ts';
import { sessionFromToken } from './tokenClaims.ts';

export type SeatKind = SignedInCaller['kind'];

export interface SeatOptions {
  readonly slot: SessionSlot;
  readonly sessions: SessionStore;
  readonly client: GatewayClient;
  readonly developmentSignIn: boolean;
  /** Who may sit here. */
  readonly kinds: readonly SeatKind[];
  readonly title: string;
  /** Filled into the form (e.g. the applicant of the case, the window of story 1). */
  readonly preset?: Partial<Record<'residentId' | 'creditCode' | 'region' | 'division' | 'window' | 'operatorId', string>> & { readonly kind?: SeatKind };
  /** What the seat shows once signed in; called again whenever the seat's session changes. */
  readonly signedIn: (session: Session, container: HTMLElement) => void;
}

const KIND_LABELS: Record<SeatKind, string> = { OPERATOR: '窗口工作人员', CITIZEN: '居民（自然人）', ENTERPRISE: '企业（市场主体）' };

/**
 * One seat of the console: a sign-in form (development tokens from the gateway, or a token
 * pasted from the identity provider), the signed-in content, and — when the gateway refused
 * the token (expired, bad signature) — its message with a way to sign in again. The seat
 * never shows an empty page: it is always one of the three.
 */
export function seat(options: SeatOptions): HTMLElement {
  const root = h('section', { class: 'seat', testId: `seat-${options.slot}` });
  const render = () => {
    const session = options.sessions.session(options.slot);
    const refused = options.sessions.refused(options.slot);
    if (session) {
      const content = h('div', { class: 'seat-content' });
      show(
        root,
        h(
          'div',
          { class: 'seat-bar' },
          h('span', { testId: 'signed-in-as' }, describeCaller(session.caller)),
          session.expiresAt ? h('small', {}, `令牌有效至 ${dateTime(session.expiresAt)}`) : null,
          button('退出登录', () => options.sessions.signOut(options.slot), { class: 'link' }),
        ),
        content,
      );
      options.signedIn(session, content);
      return;
    }
    if (refused) {
      show(
        root,
        h(
          'div',
          { class: 'banner banner-warning', role: 'alert', testId: 'session-refused' },
          h('strong', {}, '登录已失效'),
          h('p', {}, refused.message),
          h('p', {}, '已保存的办件不受影响。请重新登录后继续。'),
          button('重新登录', () => options.sessions.signOut(options.slot), { class: 'primary', testId: 'sign-in-again' }),
        ),
      );
      return;
    }
    show(root, signInForm(options, refusedCallerPreset(options)));
  };
  // A seat re-rendered away (a new desk, a new case panel) stops listening the first time it hears a change.
  let shown = false;
  const stopListening = options.sessions.onChange((slot) => {
    if (root.isConnected) shown = true;
    else if (shown) return stopListening();
    if (slot === options.slot && root.isConnected) render();
  });
  render();
  return root;
}

/**
 * The caller whose session was refused is filled in again (a clerk signs in again at the same
 * window). Never on the applicant's phone: whoever sits there is the applicant of the case on
 * the desk, which the preset names — the last applicant's identity number belongs to someone
 * else, who has gone.
 */
const lastCallers = new Map<SessionSlot, SignedInCaller>();
function refusedCallerPreset(options: SeatOptions): SeatOptions['preset'] {
  if (options.slot === 'applicant') return options.preset;
  const last = options.sessions.refused(options.slot)?.caller ?? lastCallers.get(options.slot);
  if (!last) return options.preset;
  return { ...options.preset, ...last };
}

function signInForm(options: SeatOptions, preset: SeatOptions['preset'] = {}): HTMLElement {
  const problem = h('div', { class: 'problem', role: 'alert', testId: 'sign-in-problem' });
  const kind = h('select', { name: 'kind' }, options.kinds.map((value) => h('option', { value }, KIND_LABELS[value])));
  if (preset.kind && options.kinds.includes(preset.kind)) kind.value = preset.kind;
  const region = h('select', { name: 'region' }, REGIONS.map((r) => h('option', { value: r.code }, r.name)));
  region.value = preset.region ?? 'JIANGSU';
  const division = h('input', { name: 'division', value: preset.division ?? '320509', inputmode: 'numeric', autocomplete: 'off' });
  const windowId = h('input', { name: 'window', value: preset.window ?? 'WJ-CSJ-01', autocomplete: 'off' });
  const operatorId = h('input', { name: 'operatorId', value: preset.operatorId ?? 'js-wj-0001', autocomplete: 'off' });
  const residentId = h('input', { name: 'residentId', value: preset.residentId ?? '', autocomplete: 'off', maxlength: 18, spellcheck: 'false' });
  const creditCode = h('input', { name: 'creditCode', value: preset.creditCode ?? '', autocomplete: 'off', maxlength: 18, spellcheck: 'false' });
  const lifetime = h('select', { name: 'expiresIn' }, DEV_TOKEN_LIFETIMES.map((l) => h('option', { value: l.value }, l.label)));

  const operatorFields = h('div', { class: 'grid' }, field('省份', region), field('窗口行政区划代码', division), field('窗口编号', windowId), field('工作人员编号', operatorId));
  const citizenFields = field('公民身份号码', residentId);
  const enterpriseFields = field('统一社会信用代码', creditCode);
  const arrange = () => {
    operatorFields.hidden = kind.value !== 'OPERATOR';
    citizenFields.hidden = kind.value !== 'CITIZEN';
    enterpriseFields.hidden = kind.value !== 'ENTERPRISE';
  };
  kind.addEventListener('change', arrange);
  arrange();

  const finish = async (session: Session) => {
    if (session.caller && options.slot !== 'applicant') lastCallers.set(options.slot, session.caller);
    options.sessions.signIn(options.slot, session);
    // Confirm with the gateway at once: a token it refuses is reported now, not at the first action.
    await options.client.run<MeResult>('Me', {}, options.slot);
  };

  const devSignIn = async () => {
    let request: DevTokenRequest;
    let pageProblem: string | undefined;
    if (kind.value === 'OPERATOR') {
      pageProblem = windowProblem(region.value, division.value.trim(), windowId.value.trim(), operatorId.value.trim());
      request = { kind: 'OPERATOR', region: region.value, division: division.value.trim(), window: windowId.value.trim(), operatorId: operatorId.value.trim() };
    } else if (kind.value === 'CITIZEN') {
      const checked = checkResidentId(residentId.value.trim());
      pageProblem = checked.ok ? undefined : checked.message;
      request = { kind: 'CITIZEN', residentId: residentId.value.trim() };
    } else {
      const checked = checkCreditCode(creditCode.value.trim());
      pageProblem = checked.ok ? undefined : checked.message;
      request = { kind: 'ENTERPRISE', creditCode: creditCode.value.trim() };
    }
    if (pageProblem) return show(problem, pageProblem);
    show(problem);
    const answer = await requestDevToken(request, lifetime.value);
    if (typeof answer === 'string') return show(problem, answer);
    await finish(answer);
  };

  const pasted = h('textarea', { name: 'token', rows: 3, placeholder: 'eyJhbGciOiJFZERTQSIs…', spellcheck: 'false' });
  const pasteSignIn = async () => {
    const session = sessionFromToken(pasted.value);
    if (typeof session === 'string') return show(problem, session);
    show(problem);
    await finish(session);
  };

  return h(
    'div',
    { class: 'sign-in card' },
    h('h3', {}, options.title),
    options.developmentSignIn
      ? h(
          'form',
          { class: 'dev-sign-in', onsubmit: (event: Event) => event.preventDefault() },
          h('p', { class: 'note' }, '开发环境：由网关的开发身份提供方签发令牌（与 npm run token 相同）。生产环境不提供此入口。'),
          options.kinds.length > 1 ? field('身份', kind) : null,
          operatorFields,
          citizenFields,
          enterpriseFields,
          field('有效期', lifetime),
          button('登录', devSignIn, { class: 'primary', testId: 'dev-sign-in' }),
        )
      : h('p', { class: 'note' }, '请粘贴身份提供方签发的登录令牌。'),
    h('details', { class: 'paste-token', open: !options.developmentSignIn }, h('summary', {}, '使用已有令牌'), field('登录令牌（JWT）', pasted), button('使用此令牌', pasteSignIn, { testId: 'paste-sign-in' })),
    problem,
  );
}

