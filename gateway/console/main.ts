import type { ConsoleContext } from './consoleContext.ts';
import { citizenDesk } from './citizen/citizenDesk.ts';
import { GatewayClient } from './graphql/gatewayClient.ts';
import { RetryKeys } from './retryKeys.ts';
import { missingOperations } from './graphql/operationNames.ts';
import { publicDesk } from './public/publicDesk.ts';
import { developmentSignInOffered } from './session/devSignIn.ts';
import { SessionStore } from './session/sessionStore.ts';
import { EnumLabels } from './ui/enumLabels.ts';
import { h, show } from './ui/dom.ts';
import { windowDesk } from './window/windowDesk.ts';

/**
 * 长三角一网通办 · 窗口控制台: three desks behind one header — the window (a clerk), 我的 (a
 * citizen's own data), 公共服务 (anyone) — chosen by the address's hash (#/window, #/me,
 * #/public), so a reload stays where it was. What follows the desk's name is the desk's own
 * (the window's open case, #/window/3220261127000003): changing it does not draw the desk anew.
 */
const DESKS = {
  window: { label: '窗口办件', render: windowDesk },
  me: { label: '我的', render: citizenDesk },
  public: { label: '公共服务', render: publicDesk },
} as const;
type DeskName = keyof typeof DESKS;

const isDesk = (name: string): name is DeskName => name in DESKS;

function start(root: HTMLElement): void {
  const sessions = new SessionStore();
  const client = new GatewayClient(sessions);
  const context: ConsoleContext = { client, sessions, developmentSignIn: developmentSignInOffered(), retryKeys: new RetryKeys(), labels: new EnumLabels(client) };
  // Read once, early, so that records are labelled by the time a case shows them (they show raw values until then).
  void context.labels.ready();
  const missing = missingOperations(['Bundles', 'Case', 'EnumLabels', 'EvidenceSources', 'FeeOnDate', 'ItemGuide', 'Me', 'MyAccessLog', 'MyCases', 'MySubject', 'NearestServicePlaces', 'PassedOnItems', 'PolicyMatch', 'ReviewQueue', 'SearchKnowledge', 'SubjectLookup']);
  const main = h('main', { id: 'desk' });
  const nav = h('nav', { class: 'desks', 'aria-label': '功能' });
  let shownDesk: DeskName | undefined;
  const render = () => {
    // The desk is the address's first part; the rest is the desk's own (#/window/3220261127000003: the open case).
    const wanted = location.hash.replace(/^#\//, '').split('/')[0] ?? '';
    const desk: DeskName = isDesk(wanted) ? wanted : 'window';
    if (desk === shownDesk) return;
    shownDesk = desk;
    show(nav, Object.entries(DESKS).map(([name, { label }]) => h('a', { href: `#/${name}`, 'aria-current': name === desk ? 'page' : undefined }, label)));
    show(main, DESKS[desk].render(context));
  };
  show(
    root,
    h(
      'header',
      { class: 'top' },
      h('h1', {}, '长三角一网通办', h('small', {}, ' 窗口控制台')),
      nav,
    ),
    missing.length > 0 ? h('div', { class: 'banner banner-warning', role: 'alert' }, `网关未发布控制台需要的操作：${missing.join('、')}`) : null,
    main,
  );
  window.addEventListener('hashchange', render);
  render();
}

/** Whatever goes wrong, the page says so instead of going blank. */
function reportFailure(root: HTMLElement, error: unknown): void {
  root.prepend(h('div', { class: 'banner banner-error', role: 'alert', testId: 'page-error' }, `控制台出错：${error instanceof Error ? error.message : String(error)}（请刷新页面重试）`));
}

const root = document.getElementById('console-root');
if (root) {
  window.addEventListener('error', (event) => reportFailure(root, event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => reportFailure(root, event.reason));
  try {
    start(root);
  } catch (error) {
    reportFailure(root, error);
  }
}
