import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h } from '../ui/dom.ts';
import { documentTypeLabel, evidenceKindLabel } from '../ui/labels.ts';
import { bundlePaperSubmission, choicesFor, papersOf, type Paper, type PaperChoice } from './bundlePaperChoices.ts';
import { applicantNameAtSubmission } from './applicantNameAtSubmission.ts';
import { answerSubmission, type SubmissionSteps } from './submissionAnswer.ts';
import { submissionIntent } from './submissionIntent.ts';
import { evidenceStanding, MATERIAL_CHOICE_LABELS } from './materialChoices.ts';
import { gatherLeniencyEvidence } from './leniencyEvidence.ts';

/** The application form: one for the whole bundle, which the province counts as every item's own. */
const ONE_APPLICATION = 'APPLICATION_FORM';

/**
 * The bundle's form is drawn again when the evidence it can rely on changes, not on every read:
 * the records of kinds that stand for its papers. Credit records gathered only for 容缺 or
 * 告知承诺 (leniencyEvidence.ts) stand for none, and redrawing would lose the clerk's choices.
 */
export function bundleSubmissionKey(view: CaseView): string {
  const standFor = new Set(papersOf(view.cases).flatMap((paper) => paper.materials.flatMap(({ requirement }) => (requirement.replacedBy ? [requirement.replacedBy] : []))));
  const holders = new Set(view.evidenceAnswers.filter((answer) => answer.kinds.some((kind) => standFor.has(kind))).map((answer) => answer.holder));
  const pieces = view.evidence.filter((piece) => standFor.has(piece.kind));
  return `${view.status}:${[...holders].join()}:${pieces.map((piece) => `${piece.id}${piece.status}`).join()}`;
}

/**
 * ④ 材料与提交 for a one-thing bundle (一件事): the materials of all its items, as the bundle's
 * case reads them for each item's case (one read, not one per item), gathered by document so
 * each is handed in once — and the one application form standing for every item's. Submitting
 * submits the whole bundle, once (pressed again after a lost answer, in the same round, with
 * the same idempotency key); a refusal names the item and changes nothing. 容缺 and 告知承诺
 * are offered for a paper where every item asking for it allows them (bundlePaperChoices), and
 * each becomes a commitment for each item's material, the applicant's credit records asked for
 * first where the bundle has not (leniencyEvidence.ts); whether the applicant may make one (a
 * serious-dishonesty listing excludes her) is the province's to say, as for a single case: its
 * refusal names the item. Where nothing names the applicant, the clerk types her name with it,
 * for the bundle and all its items (applicantNameAtSubmission).
 */
export function bundleSubmissionForm(context: ConsoleContext, caseView: () => CaseView, steps: SubmissionSteps, slot: SessionSlot): HTMLElement {
  const all = papersOf(caseView().cases);
  const selects = all.filter((paper) => !isOneApplication(paper)).map((paper) => ({ paper, select: paperSelect(paper) }));
  const applicantName = applicantNameAtSubmission(caseView());

  const submit = async () => {
    const handedIn = bundlePaperSubmission(selects.map(({ paper, select }) => ({ paper, choice: chosen(paper, select) })));
    // 容缺 or 告知承诺 marked: her credit records first, where the bundle has not asked for them (leniencyEvidence.ts).
    if (handedIn.commitments.length > 0 && !(await gatherLeniencyEvidence(context, caseView, steps, slot))) return;
    const current = caseView();
    const region = requireRegion(current.region);
    // Pressed again after a lost answer, in the same round: the same key, so the province answers with the bundle as that submission left it.
    const { data, errors } = await context.retryKeys.attempt(submissionIntent(current), region.subgraphName, (idempotencyKey) =>
      context.client.run<Record<string, { submitCase: CaseOutcomeView | null } | null>>(
        provinceOperation('SubmitCase', region),
        { input: { caseId: current.id, idempotencyKey, ...handedIn, ...applicantName.sent() } },
        slot,
      ),
    );
    applicantName.answered(errors);
    await answerSubmission(steps, data?.[region.subgraphName]?.submitCase, errors);
  };
  const papers = h(
    'div',
    { class: 'bundle-papers', testId: 'bundle-papers' },
    h(
      'table',
      { class: 'materials' },
      h('thead', {}, h('tr', {}, h('th', {}, '材料（一次提交，各事项通用）'), h('th', {}, '可由数据替代'), h('th', {}, '本次'))),
      h(
        'tbody',
        {},
        all.filter(isOneApplication).map((paper) => paperRow(caseView().evidence, paper, h('span', { testId: 'one-application' }, '一表申请：本“一件事”申请表代替各事项申请表'))),
        selects.map(({ paper, select }) => paperRow(caseView().evidence, paper, select)),
      ),
    ),
  );

  return h('section', { class: 'step' }, h('h3', {}, '④ 材料与提交（“一件事”一次提交）'), papers, applicantName.element, button('提交办件', submit, { class: 'primary', testId: 'submit-case' }));
}

const isOneApplication = (paper: Paper) => paper.kind === 'DOCUMENT' && paper.key === ONE_APPLICATION;

/** The choice a paper's select shows (one of those it was drawn with). */
const chosen = (paper: Paper, select: HTMLSelectElement): PaperChoice => choicesFor(paper).find((choice) => choice === select.value) ?? 'NONE';

function paperName(paper: Paper): string {
  const [only] = paper.materials;
  return paper.kind === 'DOCUMENT' || !only ? documentTypeLabel(paper.key) : `${only.itemName} · ${only.requirement.code} ${only.requirement.name}`;
}

function paperSelect(paper: Paper): HTMLSelectElement {
  return h(
    'select',
    { name: `bundle-material-${paper.key}`, testId: `bundle-material-${paper.key}`, 'aria-label': paperName(paper) },
    choicesFor(paper).map((choice) => h('option', { value: choice }, MATERIAL_CHOICE_LABELS[choice])),
  );
}

function paperRow(evidence: CaseView['evidence'], paper: Paper, control: HTMLElement): HTMLTableRowElement {
  const replacedBy = [...new Set(paper.materials.flatMap(({ requirement }) => (requirement.replacedBy ? [requirement.replacedBy] : [])))];
  const available = (kind: string) => paper.materials.some(({ requirement }) => requirement.replacedBy === kind && requirement.evidenceAvailable);
  return h(
    'tr',
    { 'data-paper': paper.key },
    h(
      'td',
      { 'data-label': '材料' },
      h('strong', {}, paperName(paper)),
      paper.kind === 'DOCUMENT'
        ? h(
            'ul',
            { class: 'paper-materials' },
            paper.materials.map(({ itemName, requirement }) =>
              h('li', {}, `${itemName} · ${requirement.code} ${requirement.name}`, requirement.necessity === 'OPTIONAL' ? h('small', {}, '（非必要）') : null),
            ),
          )
        : paper.materials[0]?.requirement.necessity === 'OPTIONAL'
          ? h('small', {}, '（非必要）')
          : null,
    ),
    h('td', { 'data-label': '可由数据替代' }, replacedBy.length > 0 ? replacedBy.map((kind) => `${evidenceKindLabel(kind)}${evidenceStanding(evidence, kind, available(kind))}`).join('、') : '—'),
    h('td', { 'data-label': '本次' }, control),
  );
}
