import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { otherErrors } from '../graphql/gatewayErrors.ts';
import type { AccessLogEntry, MyAccessLogResult, MyCase, MyCasesResult, MySubjectResult } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { actor, dateTime } from '../ui/format.ts';
import { accessReasonLabel, auditEventLabel, auditOutcomeLabel, caseStatusInWords, evidenceKindLabel, postCheckLabel, regionLabel } from '../ui/labels.ts';
import { recordView } from '../ui/recordView.ts';
import { statusHistory } from '../window/caseOutcome.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { casePanel, isSubmittable } from '../window/casePanel.ts';
import { readOn, regionalAnswer, RegionalList, type Held } from './regionalList.ts';
import { caseDetail } from './caseDetail.ts';
import { passOnList, revocationNote, terminationNote } from './myCaseNotes.ts';
import { policyApplications } from './policyApplications.ts';
import { freshView, unavailableNote } from './tabView.ts';

/**
 * 我的: a citizen (or enterprise) signed in sees, in one query each, their records in every
 * province normalised to the standard, their cases with status history — each opened on demand
 * (查看详情: the decision with its reasons, a bundle's items' own and its pass-ons) — and who read
 * their data — when, for which case — across all four provinces. An enterprise also finds the
 * policies it qualifies for (政策兑现) and applies for one online.
 */
export function citizenDesk(context: ConsoleContext): HTMLElement {
  return h(
    'div',
    { class: 'desk' },
    h('h2', {}, '我的数据与办件'),
    seat({
      slot: 'citizen',
      sessions: context.sessions,
      client: context.client,
      developmentSignIn: context.developmentSignIn,
      kinds: ['CITIZEN', 'ENTERPRISE'],
      title: '居民 / 企业登录',
      signedIn: (session, container) => {
        const panel = h('div', { class: 'tab-panel' });
        const tabs: (readonly [string, string, () => Promise<void>])[] = [
          ['records', '我的记录', () => records(context, panel)],
          ['cases', '我的办件', () => cases(context, panel)],
          ['access', '谁查看了我的数据', () => accessLog(context, panel)],
          ...(session.caller?.kind === 'ENTERPRISE' ? ([['policies', '政策兑现', () => policyApplications(context, panel)]] as const) : []),
        ];
        // Which tab is open, said to the eye (its style) and to a screen reader (aria-selected).
        const buttons = tabs.map(([id, label, open]) =>
          button(
            label,
            () => {
              select(id);
              return open();
            },
            { role: 'tab', testId: `tab-${id}`, 'aria-selected': 'false', 'aria-controls': 'citizen-tab-panel' },
          ),
        );
        const select = (chosen: string) => tabs.forEach(([id], index) => buttons[index]?.setAttribute('aria-selected', String(id === chosen)));
        panel.id = 'citizen-tab-panel';
        panel.setAttribute('role', 'tabpanel');
        show(container, h('nav', { class: 'tabs', role: 'tablist', 'aria-label': '我的' }, buttons), panel);
        select('records');
        void records(context, panel);
      },
    }),
  );
}

async function records(context: ConsoleContext, tab: HTMLElement): Promise<void> {
  const panel = freshView(tab);
  show(panel, h('p', { class: 'note' }, '正在向各省读取…'));
  const { data, errors } = await context.client.run<MySubjectResult>('MySubject', {}, 'citizen');
  const subject = data?.me.subject;
  if (!subject) return show(panel, errorList(errors) ?? h('p', { class: 'problem' }, '当前登录没有本人数据'));
  show(
    panel,
    unavailableNote(errors),
    h(
      'div',
      { class: 'regions', testId: 'my-records' },
      subject.regions.map((regional, index) =>
        h(
          'section',
          { class: 'region-column', 'data-region': regional?.region ?? REGIONS[index]?.code ?? '' },
          h('h3', {}, regionLabel(regional?.region ?? REGIONS[index]?.code)),
          regional ? (regional.records.length > 0 ? regional.records.map((record) => recordView(record, context.labels)) : h('p', { class: 'note' }, '无记录')) : h('p', { class: 'tag tag-down' }, '暂不可用'),
        ),
      ),
    ),
    errorList(otherErrors(errors)),
  );
}

async function cases(context: ConsoleContext, tab: HTMLElement): Promise<void> {
  const panel = freshView(tab);
  show(panel, h('p', { class: 'note' }, '正在向各省读取…'));
  const { data, errors } = await context.client.run<MyCasesResult>('MyCases', { first: CASE_PAGE }, 'citizen');
  const subject = data?.me.subject;
  if (!subject) return show(panel, errorList(errors) ?? h('p', { class: 'problem' }, '当前登录没有本人办件'));
  // Each province's newest cases first, then a page more of each that may hold older ones (更早的办件), shown in order (regionalList.ts).
  const list = new RegionalList<MyCase>(CASE_PAGE, (own) => own.openedAt);
  list.add(regionalAnswer(subject.regions, (regional) => regional.cases));
  // A case not yet submitted can be taken on online by the applicant: evidence, materials, submission.
  const working = h('div', { class: 'case-area', testId: 'my-case-work' });
  const carryOn = async (caseId: string) => show(working, await casePanel(context, caseId, 'citizen'));
  const cards = h('div', { class: 'my-cases', testId: 'my-cases' });
  const notes = h('div', {});
  const pager = h('div', { class: 'pager' });
  const older = async () => {
    const problems = await readOn(list, async (before) => {
      const next = await context.client.run<MyCasesResult>('MyCases', { first: CASE_PAGE, ...(before ? { before } : {}) }, 'citizen');
      return { pages: regionalAnswer(next.data?.me.subject?.regions, (regional) => regional.cases), errors: next.errors };
    });
    render(problems);
  };
  // Each case's card, drawn once: a card already shown is kept as it is (an open 查看详情 stays
  // open) and moved to its place when cases come in — below it, or above it from a province that
  // answered late.
  const drawn = new Map<string, HTMLElement>();
  const render = (problems: typeof errors) => {
    const all = list.shown();
    cards.replaceChildren(
      ...all.map((own) => {
        const card = drawn.get(own.id) ?? caseCard(context, own, carryOn);
        drawn.set(own.id, card);
        return card;
      }),
    );
    show(notes, unavailableNote(problems, list.unanswered()), all.length === 0 && list.complete() ? h('p', { class: 'note' }, '暂无办件') : null, errorList(otherErrors(problems)));
    show(pager, pagerOf(list, older, { older: '更早的办件', all: '已显示全部办件', testId: 'my-cases-older' }));
  };
  render(errors);
  show(panel, notes, working, cards, pager);
}

/** Cases a page of each province brings. */
const CASE_PAGE = 10;

/**
 * Beneath a list read province by province: the button for a page more while any province may
 * hold older entries or has not answered yet (its first page asked again), else 已显示全部….
 */
function pagerOf<E extends { readonly id: string }>(list: RegionalList<E>, older: () => Promise<void>, words: { older: string; all: string; testId: string }): HTMLElement | null {
  if (list.nextCursor()) return button(words.older, older, { testId: words.testId });
  const unanswered = [...list.unanswered()];
  if (unanswered.length > 0) return button(`再次读取${unanswered.map(regionLabel).join('、')}`, older, { testId: `${words.testId}-retry` });
  return list.shown().length > 0 ? h('p', { class: 'note' }, words.all) : null;
}

/** A case's card in 我的办件: where it stands, a bundle's items, what follows from it. */
function caseCard(context: ConsoleContext, own: MyCase, carryOn: (caseId: string) => Promise<void>): HTMLElement {
  // 查看详情: the case read on demand (Case) — its decision and reasons, a bundle's items' own and its pass-ons.
  const detail = caseDetail(context, own.id);
  return h(
    'article',
    { class: 'card', testId: `my-case-${own.id}`, 'data-case': own.id },
    h('header', {}, h('code', {}, own.id), h('span', { class: 'tag' }, regionLabel(own.region)), h('span', { class: `tag status-${own.status}`, testId: 'my-case-status' }, caseStatusInWords(own.status, own.postCheck))),
    h('p', {}, caseTitle(own), own.licence ? h('small', {}, ` · 电子证照 ${own.licence.licenceId}`) : null),
    own.postCheck === 'PENDING' ? h('p', { class: 'note' }, `${postCheckLabel(own.postCheck)}：您以承诺代替了证明，受理省份将核查承诺是否属实；核查不实将撤销决定并记入信用记录。`) : null,
    revocationNote(own),
    terminationNote(own),
    h('div', { class: 'row' }, isSubmittable(own.status) ? button('继续办理', () => carryOn(own.id), { testId: `continue-${own.id}` }) : null, detail.toggle),
    detail.area,
    own.cases.length > 0
      ? h(
          'div',
          { class: 'bundle-parts' },
          h('h4', {}, `本“一件事”的各事项办件（${own.cases.length}）`),
          h(
            'ul',
            { class: 'bundle-cases', testId: `bundle-cases-${own.id}` },
            own.cases.map((part) => {
              // Each item's case opens on its own too: its whole decision, rules and licence.
              const partDetail = caseDetail(context, part.id);
              return h(
                'li',
                { testId: `my-part-${part.id}`, 'data-status': part.status },
                h('strong', {}, caseTitle(part)),
                h('span', { class: `tag status-${part.status}` }, caseStatusInWords(part.status, part.postCheck)),
                h('small', {}, `办件 ${part.id}`),
                part.postCheck === 'PENDING' ? h('small', {}, ` · ${postCheckLabel(part.postCheck)}`) : null,
                partDetail.toggle,
                revocationNote({ ...part, statusHistory: own.statusHistory.filter((event) => event.note?.includes(part.id)) }),
                partDetail.area,
              );
            }),
          ),
        )
      : null,
    passOnList(own),
    statusHistory(own),
  );
}

async function accessLog(context: ConsoleContext, tab: HTMLElement): Promise<void> {
  const panel = freshView(tab);
  show(panel, h('p', { class: 'note' }, '正在向各省读取访问记录…'));
  const { data, errors } = await context.client.run<MyAccessLogResult>('MyAccessLog', { first: ACCESS_LOG_PAGE }, 'citizen');
  const subject = data?.me.subject;
  if (!subject) return show(panel, errorList(errors) ?? h('p', { class: 'problem' }, '当前登录没有本人数据'));
  const history = new RegionalList<AccessLogEntry>(ACCESS_LOG_PAGE, (entry) => entry.at);
  history.add(regionalAnswer(subject.regions, (regional) => regional.accessLog));
  const rows = h('tbody', {});
  const notes = h('div', {});
  const pager = h('div', { class: 'pager' });
  // Older entries, a page of each province that may hold more; shown as far as they are in order (regionalList.ts).
  const older = async () => {
    const problems = await readOn(history, async (before) => {
      const next = await context.client.run<MyAccessLogResult>('MyAccessLog', { first: ACCESS_LOG_PAGE, ...(before ? { before } : {}) }, 'citizen');
      return { pages: regionalAnswer(next.data?.me.subject?.regions, (regional) => regional.accessLog), errors: next.errors };
    });
    render(problems);
  };
  const render = (problems: typeof errors) => {
    const entries = history.shown();
    rows.replaceChildren(...entries.map((entry) => accessRow(entry, subject.id)));
    show(notes, unavailableNote(problems, history.unanswered()), entries.length === 0 && history.complete() ? h('p', { class: 'note' }, '暂无访问记录') : null, errorList(otherErrors(problems)));
    show(pager, pagerOf(history, older, { older: '更早的记录', all: '已显示全部访问记录', testId: 'access-log-older' }));
  };
  render(errors);
  show(
    panel,
    h('p', { class: 'note' }, '每一次读取、拒绝或拒收都由持有数据的省份记入审计日志。只有您本人能查看。'),
    notes,
    h(
      'table',
      { class: 'access-log', testId: 'access-log' },
      h('thead', {}, h('tr', {}, ['时间', '持有省份', '事件', '结果', '访问方', '办件', '事项', '数据'].map((title) => h('th', {}, title)))),
      rows,
    ),
    pager,
  );
}

/** Entries a page of each province brings. */
const ACCESS_LOG_PAGE = 50;

function accessRow(entry: Held<AccessLogEntry>, self: string): HTMLElement {
  return h(
    'tr',
    { 'data-case': entry.caseId ?? '', 'data-event': entry.event, 'data-holder': entry.holder, 'data-entry': entry.id },
    h(
      'td',
      { 'data-label': '时间' },
      dateTime(entry.at),
      // An entry standing for like events says how many more, and when the last was.
      entry.repeats > 0 ? h('small', { class: 'repeats', testId: 'access-repeats' }, ` 另有 ${entry.repeats} 次，最近 ${dateTime(entry.lastAt)}`) : null,
    ),
    h('td', { 'data-label': '持有省份' }, regionLabel(entry.holder)),
    // A request that had ended (its case withdrawn, submitted or decided; a record of it refused by her) was not a refusal of her.
    h('td', { 'data-label': '事件' }, entry.reason === 'REQUEST_ENDED' ? '调取请求已失效，未再提供' : auditEventLabel(entry.event)),
    h(
      'td',
      { 'data-label': '结果', 'data-reason': entry.reason ?? undefined },
      entry.reason === 'REQUEST_ENDED' ? '未提供（请求已失效）' : auditOutcomeLabel(entry.outcome),
      entry.reason ? h('small', { class: 'access-reason', testId: 'access-reason' }, ` ${accessReasonLabel(entry.reason)}`) : null,
    ),
    h('td', { 'data-label': '访问方' }, actor(entry.actor, self)),
    h('td', { 'data-label': '办件' }, entry.caseId ?? '—'),
    h('td', { 'data-label': '事项', 'data-item': entry.item?.code ?? entry.bundle?.code ?? '' }, purposeOf(entry)),
    h('td', { 'data-label': '数据' }, entry.kinds.map(evidenceKindLabel).join('、'), entry.recordIds.length > 0 ? h('small', {}, ` ${entry.recordIds.join('、')}`) : null),
  );
}

/** What the access was for: the item (or one-thing bundle) of its case, by name; its code while the hub cannot say. */
function purposeOf(entry: AccessLogEntry): string {
  return entry.item?.name ?? entry.bundle?.name ?? entry.itemCode ?? '—';
}
