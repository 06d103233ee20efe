import { regionOfDivision, requireRegion, type RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { otherErrors } from '../graphql/gatewayErrors.ts';
import type { PolicyMatchEntry, PolicyMatchResult, PolicyRuleOutcome } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceKindLabel, regionLabel } from '../ui/labels.ts';
import { casePanel } from '../window/casePanel.ts';
import { openChosenCase } from '../window/caseOpening.ts';
import { freshView, unavailableNote } from './tabView.ts';

/** Near misses shown: policies missed by at most this many conditions. */
const MAX_MISSED_RULES = 2;

/**
 * 政策兑现 (a tab offered to an enterprise only): the policies the signed-in enterprise
 * qualifies for across the four provinces, each with an apply button, those that wait for a
 * province that did not answer (nothing missed, but not yet sure: no apply button until it is),
 * and the ones it narrowly misses with what is missing. Applying opens a
 * case as the enterprise itself (online) in the province where it is registered when that
 * province implements the policy, else in the one that does, or the one the applicant chooses
 * (a zone policy implemented by several provinces), and the case is worked
 * here to its decision: the province gathers the evidence the policy's conditions read, the
 * enterprise confirms its use, and a 免申即享 policy is decided at once.
 */
export async function policyApplications(context: ConsoleContext, tab: HTMLElement): Promise<void> {
  const panel = freshView(tab);
  show(panel, h('p', { class: 'note' }, '正在按各省数据匹配政策…'));
  const { data, errors } = await context.client.run<PolicyMatchResult>('PolicyMatch', { maxMissedRules: MAX_MISSED_RULES }, 'citizen');
  const match = data?.policyMatch;
  if (!match) return show(panel, errorList(errors) ?? h('p', { class: 'problem' }, '未能匹配政策'));

  const applied = h('div', { class: 'policy-case', testId: 'policy-case' });
  const messages = h('div', { class: 'policy-messages' });
  const apply = async (entry: PolicyMatchEntry, region: RegionCode | null) => {
    if (!region) return show(messages, h('p', { class: 'problem', role: 'alert', testId: 'apply-region-required' }, `“${entry.item.name}”由多个省份实施：请先选择办理省份`));
    const opened = await openChosenCase(context, { region: requireRegion(region), subjectId: match.subjectId, choice: { kind: 'ITEM', item: entry.item }, slot: 'citizen' });
    show(messages, errorList(opened.errors));
    if (opened.caseId) show(applied, await casePanel(context, opened.caseId, 'citizen'));
  };

  show(
    panel,
    unavailableNote(errors),
    match.complete
      ? null
      : h('p', { class: 'note', testId: 'policies-incomplete' }, `${match.unavailableRegions.map(regionLabel).join('、')}未应答：取决于其数据的条件暂无法判断，相关政策待各省应答后确认，请稍后再查。`),
    h('h3', {}, '可申请的政策'),
    match.eligible.length === 0 ? h('p', { class: 'note' }, '暂无完全符合条件的政策') : null,
    h('div', { class: 'policies', testId: 'eligible-policies' }, match.eligible.map((entry) => policyCard(entry, match.subjectId, (region) => apply(entry, region)))),
    messages,
    applied,
    match.unconfirmed.length > 0 ? h('h3', {}, '待各省应答后确认的政策') : null,
    match.unconfirmed.length > 0 ? h('div', { class: 'policies', testId: 'unconfirmed-policies' }, match.unconfirmed.map((entry) => policyCard(entry, match.subjectId, null))) : null,
    h('h3', {}, '差少数条件的政策'),
    match.nearMisses.length === 0 ? h('p', { class: 'note' }, `暂无仅差 ${MAX_MISSED_RULES} 项以内条件的政策`) : null,
    h('div', { class: 'policies', testId: 'near-miss-policies' }, match.nearMisses.map((entry) => policyCard(entry, match.subjectId, null))),
    errorList(otherErrors(errors)),
  );
}

/**
 * Where a policy is applied for: the province where the enterprise is registered (its credit
 * code's division) when that province implements it; the only one that does; else the applicant
 * chooses among those that do (null). The publisher where no province says it implements it.
 */
export function applyingRegion(entry: PolicyMatchEntry, subjectId: string): { readonly region: RegionCode | null; readonly offered: readonly RegionCode[]; readonly home: RegionCode | undefined } {
  const home = regionOfDivision(subjectId.slice(2, 8))?.code;
  const offered = entry.item.implementations.flatMap((implementation) => (implementation?.offered ? [implementation.region] : []));
  const publisher = entry.item.policy?.publisherRegion;
  if (offered.length === 0) return { region: publisher ?? null, offered: publisher ? [publisher] : [], home };
  if (home && offered.includes(home)) return { region: home, offered, home };
  return { region: offered.length === 1 ? (offered[0] ?? null) : null, offered, home };
}

/** Where the case for a policy will be opened, said before 申请 — or a choice, where several provinces implement it and none is the enterprise's. */
function applyingPlace(entry: PolicyMatchEntry, subjectId: string): { readonly element: HTMLElement; readonly region: () => RegionCode | null } {
  const { region, offered, home } = applyingRegion(entry, subjectId);
  if (region) {
    const why = region === home ? '（企业登记地）' : offered.length > 1 ? '' : '（唯一实施省份）';
    return { element: h('p', { class: 'note', testId: `apply-region-${entry.item.code}`, 'data-region': region }, `将在${regionLabel(region)}办理${why}`), region: () => region };
  }
  const select = h('select', { name: 'applyRegion', testId: `choose-region-${entry.item.code}` }, h('option', { value: '' }, '请选择办理省份'), offered.map((code) => h('option', { value: code }, regionLabel(code))));
  return {
    element: h('div', {}, h('p', { class: 'note' }, `由${offered.map(regionLabel).join('、')}实施，企业登记地不在其中：请选择向哪个省份申请。`), field('办理省份', select)),
    region: () => (offered.find((code) => code === select.value) ?? null),
  };
}

/** One policy: what it pays, who publishes it, until when; what is missing for a near miss, and what waits for a silent province. */
function policyCard(entry: PolicyMatchEntry, subjectId: string, apply: ((region: RegionCode | null) => Promise<void>) | null): HTMLElement {
  const policy = entry.item.policy;
  const place = apply ? applyingPlace(entry, subjectId) : null;
  return h(
    'article',
    { class: 'card policy', testId: `policy-${entry.item.code}`, 'data-standing': entry.standing },
    h('header', {}, h('strong', {}, entry.item.name), policy ? h('span', { class: 'tag' }, regionLabel(policy.publisherRegion)) : null),
    policy
      ? h(
          'dl',
          { class: 'fields' },
          h('dt', {}, '发布单位'),
          h('dd', {}, policy.publisher),
          h('dt', {}, '最高金额'),
          h('dd', {}, policy.maxAmount === null ? '按实际核定' : `${policy.maxAmount} 元`),
          h('dt', {}, '申请截止'),
          h('dd', {}, policy.applyBy ?? '长期'),
        )
      : null,
    policy ? h('p', {}, policy.summary) : null,
    entry.missedRules.length > 0 ? ruleList(entry.missedRules, '✗', `missed-${entry.item.code}`) : null,
    // Not reasons: each is an open question ("？ 企业存在尚未履行完毕的行政处罚") until the province answers.
    entry.undecidedRules.length > 0 ? h('p', { class: 'note' }, '以下条件待未应答的省份答复后才能判断：') : null,
    entry.undecidedRules.length > 0 ? ruleList(entry.undecidedRules, '？', `undecided-${entry.item.code}`) : null,
    place?.element,
    apply && place ? button('申请', () => apply(place.region()), { class: 'primary', testId: `apply-${entry.item.code}` }) : null,
  );
}

function ruleList(rules: readonly PolicyRuleOutcome[], mark: string, testId: string): HTMLElement {
  return h(
    'ul',
    { class: 'reasons', testId },
    rules.map((rule) => h('li', { 'data-rule': rule.code }, `${mark} ${rule.description}`, h('small', {}, ` （${evidenceKindLabel(rule.evidenceKind)}${rule.detail ? `：${rule.detail}` : ''}）`))),
  );
}
