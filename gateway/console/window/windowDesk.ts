import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { MeResult } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { regionLabel } from '../ui/labels.ts';
import { applicationChoicePanel, type ApplicationChoice } from './applicationChoicePanel.ts';
import { caseInAddress, caseNumberProblem, caseRegion, keepCaseInAddress } from './caseAddress.ts';
import { casePanel } from './casePanel.ts';
import { openChosenCase } from './caseOpening.ts';
import { reviewQueuePanel } from './reviewQueuePanel.ts';
import { subjectLookupPanel, type LookedUpSubject } from './subjectLookupPanel.ts';

/**
 * 窗口办件: a clerk signs in at a window, looks the applicant up, finds the item or chooses a
 * one-thing bundle, opens the case in the window's province and takes it to a decision; or
 * opens a case by its number (按办件编号打开: a 容缺 case back days later, a reload, a new tab —
 * the open case is kept in the address, #/window/<办件编号>); or works the review queue.
 */
export function windowDesk(context: ConsoleContext): HTMLElement {
  return h(
    'div',
    { class: 'desk' },
    h('h2', {}, '窗口办件'),
    seat({
      slot: 'operator',
      sessions: context.sessions,
      client: context.client,
      developmentSignIn: context.developmentSignIn,
      kinds: ['OPERATOR'],
      title: '窗口工作人员登录',
      signedIn: (_session, container) => void workspace(context, container),
    }),
  );
}

async function workspace(context: ConsoleContext, container: HTMLElement): Promise<void> {
  show(container, h('p', { class: 'note' }, '正在确认窗口身份…'));
  const { data, errors } = await context.client.run<MeResult>('Me', {}, 'operator');
  const operator = data?.me.operator;
  if (!operator) {
    if (container.isConnected) show(container, errorList(errors) ?? h('p', { class: 'problem' }, '当前登录不是窗口工作人员'));
    return;
  }
  const region = requireRegion(operator.region);
  const work = h('div', { class: 'work' });
  let subject: LookedUpSubject | null = null;
  let choice: ApplicationChoice | null = null;
  const openMessages = h('div', { class: 'open-messages' });
  const caseArea = h('div', { class: 'case-area' });
  // The open case's read: the case tab shows it anew when the clerk comes back from the queue, where it may have been decided or revoked.
  let readCaseAgain: (() => Promise<void>) | undefined;
  let shownCase: string | null = null;
  /** Shows a case in the case area (read with Case as the clerk; the hub sends it to the province its number names) and keeps it in the address. */
  const showCase = async (caseId: string) => {
    shownCase = caseId;
    readCaseAgain = undefined;
    keepCaseInAddress(caseId);
    show(caseArea, h('p', { class: 'note', role: 'status' }, `正在向${caseRegion(caseId)?.name ?? '省份'}读取办件 ${caseId}…`));
    const panel = await casePanel(context, caseId, 'operator', (read) => (readCaseAgain = read));
    if (shownCase === caseId) show(caseArea, panel);
  };
  // Who the case will be for, said where it is opened: the clerk sees the person before pressing.
  const applicant = h('p', { class: 'note', testId: 'open-for' });
  const nameApplicant = (found: LookedUpSubject | null) => {
    subject = found;
    show(applicant, found ? ['申请人：', h('code', {}, found.id), `（${found.kind === 'PERSON' ? '自然人' : '市场主体'}）`] : '申请人：尚未查询');
  };
  nameApplicant(null);
  const openButton = button(
    '开始办件',
    async () => {
      if (!subject || !choice) return show(openMessages, h('div', { class: 'problem', role: 'alert', testId: 'open-needs' }, '请先查询申请人并选择事项或“一件事”'));
      const { caseId, errors: refused } = await openChosenCase(context, { region, subjectId: subject.id, choice, applicantName: subject.applicantName, subjectKind: subject.kind });
      show(openMessages, errorList(refused));
      if (caseId) await showCase(caseId);
    },
    { class: 'primary', testId: 'open-case' },
  );
  // 按办件编号打开: the number checked in the page first, in the server's words (全角, layout, province, date: caseAddress.ts), then looked up.
  const caseNumber = h('input', { name: 'caseNumber', inputmode: 'numeric', autocomplete: 'off', maxlength: 16, placeholder: '如 3220261127000003' });
  const findMessages = h('div', { class: 'find-messages' });
  const openByNumber = async () => {
    const problem = caseNumberProblem(caseNumber.value);
    caseNumber.setAttribute('aria-invalid', problem ? 'true' : 'false');
    if (problem) return show(findMessages, h('p', { class: 'problem', role: 'alert', testId: 'case-number-problem' }, problem));
    show(findMessages);
    await showCase(caseNumber.value.trim());
  };
  caseNumber.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void openByNumber();
  });
  const findStep = h(
    'section',
    { class: 'step', testId: 'open-by-number' },
    h('h3', {}, '按办件编号打开'),
    h('p', { class: 'note' }, '继续办理已开始的办件（如容缺补齐材料、申请人改变主意后重新调取）：输入办件编号，向编号所属省份查询。'),
    h('div', { class: 'row' }, field('办件编号', caseNumber), button('打开办件', openByNumber, { testId: 'open-by-number-button' })),
    findMessages,
  );
  const openStep = h('section', { class: 'step' }, h('h3', {}, '开始办件'), applicant, h('p', { class: 'note' }, `办件将在${region.name}（本窗口所在省份）受理。`), openButton, openMessages);

  const caseTab = h(
    'div',
    { class: 'tab-panel' },
    h('div', { class: 'steps' }, subjectLookupPanel(context, nameApplicant), applicationChoicePanel(context, region, (chosen) => (choice = chosen)), openStep, findStep),
    caseArea,
  );
  const queueTab = h('div', { class: 'tab-panel' });
  const tabButtons = {
    case: button('办件', () => showTab('case'), { role: 'tab', testId: 'tab-case', 'aria-controls': 'window-tab-case' }),
    queue: button('审核队列', () => showTab('queue'), { role: 'tab', testId: 'tab-queue', 'aria-controls': 'window-tab-queue' }),
  };
  caseTab.id = 'window-tab-case';
  queueTab.id = 'window-tab-queue';
  caseTab.setAttribute('role', 'tabpanel');
  queueTab.setAttribute('role', 'tabpanel');
  const showTab = (name: 'case' | 'queue', readAgain = true) => {
    caseTab.hidden = name !== 'case';
    queueTab.hidden = name !== 'queue';
    for (const [tab, element] of Object.entries(tabButtons)) element.setAttribute('aria-selected', String(tab === name));
    if (name === 'queue') show(queueTab, reviewQueuePanel(context, (caseId) => {
      showTab('case', false);
      void showCase(caseId);
    }));
    else if (readAgain) void readCaseAgain?.();
  };
  show(
    work,
    h('p', { class: 'window-line', testId: 'window-identity' }, `${regionLabel(operator.region)} · 区划 ${operator.division} · 窗口 ${operator.window} · 工作人员 ${operator.operatorId}`),
    h('nav', { class: 'tabs', role: 'tablist', 'aria-label': '窗口办件' }, tabButtons.case, tabButtons.queue),
    caseTab,
    queueTab,
  );
  showTab('case');
  // The case the address names (a reload, an address sent to a new tab), and any the address is changed to later.
  const fromAddress = () => {
    const wanted = caseInAddress();
    if (wanted && wanted !== shownCase) {
      caseNumber.value = wanted;
      showTab('case', false);
      void showCase(wanted);
    }
  };
  const onAddress = () => (work.isConnected ? fromAddress() : window.removeEventListener('hashchange', onAddress));
  window.addEventListener('hashchange', onAddress);
  fromAddress();
  if (container.isConnected) show(container, work);
}
