import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseOutcomeView, CaseView, Requirement } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h } from '../ui/dom.ts';
import { evidenceKindLabel } from '../ui/labels.ts';
import { applicantNameAtSubmission } from './applicantNameAtSubmission.ts';
import { answerSubmission, type SubmissionSteps } from './submissionAnswer.ts';
import { submissionIntent } from './submissionIntent.ts';
import { evidenceStanding, MATERIAL_CHOICE_LABELS, type MaterialChoice } from './materialChoices.ts';
import { gatherLeniencyEvidence } from './leniencyEvidence.ts';

function choicesFor(requirement: Requirement): MaterialChoice[] {
  return [
    ...(requirement.replacedBy && requirement.evidenceAvailable ? (['EVIDENCE'] as const) : []),
    'NONE',
    'PROVIDED',
    ...(requirement.supplyLaterAllowed ? (['SUPPLY_LATER'] as const) : []),
    ...(requirement.commitmentAllowed ? (['IN_LIEU_OF_PROOF'] as const) : []),
  ];
}

/**
 * ④ 材料与提交: each material of the item, and how it is satisfied here — by shared data, on
 * paper, later (容缺) or by a commitment (告知承诺) where this province allows it. With 容缺
 * or 告知承诺 marked, the applicant's credit records are asked for first where the case has not
 * (leniencyEvidence.ts): only they say whether she may use them. Submitting is once-only (an idempotency key per round, kept while its answer may have been lost); a
 * refusal changes nothing and says why. Where nothing names the applicant, the clerk types her
 * name with it (applicantNameAtSubmission).
 */
export function submissionForm(context: ConsoleContext, caseView: () => CaseView, steps: SubmissionSteps, slot: SessionSlot): HTMLElement {
  const view = caseView();
  const selects = view.requirements.map((requirement) => {
    const select = h(
      'select',
      { name: `material-${requirement.code}`, testId: `material-${requirement.code}`, 'aria-label': `${requirement.code} ${requirement.name}` },
      choicesFor(requirement).map((choice) => h('option', { value: choice }, MATERIAL_CHOICE_LABELS[choice])),
    );
    return { requirement, select };
  });
  const applicantName = applicantNameAtSubmission(view);

  const submit = async () => {
    const providedMaterials = selects.filter(({ select }) => select.value === 'PROVIDED').map(({ requirement }) => requirement.code);
    const commitments = selects
      .filter(({ select }) => select.value === 'SUPPLY_LATER' || select.value === 'IN_LIEU_OF_PROOF')
      .map(({ requirement, select }) => ({ materialCode: requirement.code, type: select.value }));
    if (commitments.length > 0 && !(await gatherLeniencyEvidence(context, caseView, steps, slot))) return;
    const current = caseView();
    const region = requireRegion(current.region);
    // Pressed again after a lost answer, in the same round: the same key, so the province answers with the case as that submission left it.
    const { data, errors } = await context.retryKeys.attempt(submissionIntent(current), region.subgraphName, (idempotencyKey) =>
      context.client.run<Record<string, { submitCase: CaseOutcomeView | null } | null>>(
        provinceOperation('SubmitCase', region),
        { input: { caseId: current.id, idempotencyKey, providedMaterials, commitments, ...applicantName.sent() } },
        slot,
      ),
    );
    applicantName.answered(errors);
    await answerSubmission(steps, data?.[region.subgraphName]?.submitCase, errors);
  };

  return h(
    'section',
    { class: 'step' },
    h('h3', {}, '④ 材料与提交'),
    h(
      'table',
      { class: 'materials' },
      h('thead', {}, h('tr', {}, h('th', {}, '材料'), h('th', {}, '可由数据替代'), h('th', {}, '本次'))),
      h(
        'tbody',
        {},
        selects.map(({ requirement, select }) =>
          h(
            'tr',
            {},
            h('td', { 'data-label': '材料' }, h('strong', {}, requirement.code), ` ${requirement.name}`),
            h('td', { 'data-label': '可由数据替代' }, requirement.replacedBy ? `${evidenceKindLabel(requirement.replacedBy)}${evidenceStanding(view.evidence, requirement.replacedBy, requirement.evidenceAvailable)}` : '—'),
            h('td', { 'data-label': '本次' }, select),
          ),
        ),
      ),
    ),
    applicantName.element,
    button('提交办件', submit, { class: 'primary', testId: 'submit-case' }),
  );
}
