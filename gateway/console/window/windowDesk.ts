import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { MeResult } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { regionLabel } from '../ui/labels.ts';
import { applicationChoicePanel, type ApplicationChoice } from './applicationChoicePanel.ts';
import { casePanel } from './casePanel.ts';
import { openChosenCase } from './caseOpening.ts';
import { reviewQueuePanel } from './reviewQueuePanel.ts';
import { subjectLookupPanel, type LookedUpSubject } from './subjectLookupPanel.ts';

/**
 * 窗口办件: a clerk signs in at a window, looks the applicant up, finds the item or chooses a
 * one-thing bundle, opens the case in the window's province and takes it to a decision; or
 * works the review queue.
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
      if (caseId) show(caseArea, await casePanel(context, caseId, 'operator', (read) => (readCaseAgain = read)));
    },
    { class: 'primary', testId: 'open-case' },
  );
  const openStep = h('section', { class: 'step' }, h('h3', {}, '开始办件'), applicant, h('p', { class: 'note' }, `办件将在${region.name}（本窗口所在省份）受理。`), openButton, openMessages);

  const caseTab = h(
    'div',
    { class: 'tab-panel' },
    h('div', { class: 'steps' }, subjectLookupPanel(context, nameApplicant), applicationChoicePanel(context, (chosen) => (choice = chosen)), openStep),
    caseArea,
  );
  const queueTab = h('div', { class: 'tab-panel' });
  const showTab = (name: 'case' | 'queue') => {
    caseTab.hidden = name !== 'case';
    queueTab.hidden = name !== 'queue';
    if (name === 'queue') show(queueTab, reviewQueuePanel(context));
    else void readCaseAgain?.();
  };
  show(
    work,
    h('p', { class: 'window-line', testId: 'window-identity' }, `${regionLabel(operator.region)} · 区划 ${operator.division} · 窗口 ${operator.window} · 工作人员 ${operator.operatorId}`),
    h('nav', { class: 'tabs', role: 'tablist' }, button('办件', () => showTab('case'), { role: 'tab', testId: 'tab-case' }), button('审核队列', () => showTab('queue'), { role: 'tab', testId: 'tab-queue' })),
    caseTab,
    queueTab,
  );
  showTab('case');
  if (container.isConnected) show(container, work);
}
