import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseOutcomeView, CaseView, Requirement } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { button, h } from '../ui/dom.ts';
import { documentTypeLabel, evidenceKindLabel } from '../ui/labels.ts';
import { answerSubmission, type SubmissionSteps } from './submissionAnswer.ts';
import { submissionIntent } from './submissionIntent.ts';

type PaperChoice = 'EVIDENCE' | 'NONE' | 'PROVIDED';

const CHOICE_LABELS: Record<PaperChoice, string> = {
  EVIDENCE: '由数据共享替代（无证明）',
  NONE: '未提交',
  PROVIDED: '已提交（纸质/电子）',
};

/** The application form: one for the whole bundle, which the province counts as every item's own. */
const ONE_APPLICATION = 'APPLICATION_FORM';

/** A material of one of the bundle's items. */
interface PartMaterial {
  readonly itemName: string;
  readonly requirement: Requirement;
}

/**
 * What is handed in: once for all the items, a document type (IDENTITY_DOCUMENT, …) standing
 * for the materials of that type in every item (providedDocuments); or one item's own material,
 * named with its item (`100101001000:M03`, providedMaterials) — an item's material codes are
 * its own, so M03 is a different paper in each item.
 */
interface Paper {
  readonly kind: 'DOCUMENT' | 'MATERIAL';
  readonly key: string;
  readonly materials: PartMaterial[];
}

/** The bundle's form is drawn again when the evidence it can rely on changes, not on every read. */
export function bundleSubmissionKey(view: CaseView): string {
  return `${view.status}:${view.evidenceAnswers.map((answer) => answer.holder).join()}:${view.evidence.map((piece) => `${piece.id}${piece.status}`).join()}`;
}

/**
 * ④ 材料与提交 for a one-thing bundle (一件事): the materials of all its items, as the bundle's
 * case reads them for each item's case (one read, not one per item), gathered by document so
 * each is handed in once — and the one application form standing for every item's. Submitting
 * submits the whole bundle, once (pressed again after a lost answer, in the same round, with
 * the same idempotency key); a refusal names the item and changes nothing. 容缺 and 告知承诺
 * are offered for a single item's case only.
 */
export function bundleSubmissionForm(context: ConsoleContext, caseView: () => CaseView, steps: SubmissionSteps, slot: SessionSlot): HTMLElement {
  const all = papersOf(caseView().cases);
  const selects = all.filter((paper) => !isOneApplication(paper)).map((paper) => ({ paper, select: paperSelect(paper) }));

  const submit = async () => {
    const provided = selects.filter(({ select }) => select.value === 'PROVIDED').map(({ paper }) => paper);
    const current = caseView();
    const region = requireRegion(current.region);
    // Pressed again after a lost answer, in the same round: the same key, so the province answers with the bundle as that submission left it.
    const { data, errors } = await context.retryKeys.attempt(submissionIntent(current), region.subgraphName, (idempotencyKey) =>
      context.client.run<Record<string, { submitCase: CaseOutcomeView | null } | null>>(
        provinceOperation('SubmitCase', region),
        {
          input: {
            caseId: current.id,
            idempotencyKey,
            providedDocuments: provided.filter((paper) => paper.kind === 'DOCUMENT').map((paper) => paper.key),
            providedMaterials: provided.filter((paper) => paper.kind === 'MATERIAL').map((paper) => paper.key),
            commitments: [],
          },
        },
        slot,
      ),
    );
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
        all.filter(isOneApplication).map((paper) => paperRow(paper, h('span', { testId: 'one-application' }, '一表申请：本“一件事”申请表代替各事项申请表'))),
        selects.map(({ paper, select }) => paperRow(paper, select)),
      ),
    ),
  );

  return h('section', { class: 'step' }, h('h3', {}, '④ 材料与提交（“一件事”一次提交）'), papers, button('提交办件', submit, { class: 'primary', testId: 'submit-case' }));
}

function papersOf(parts: CaseView['cases']): Paper[] {
  const papers = new Map<string, Paper>();
  for (const part of parts) {
    for (const requirement of part.requirements) {
      const kind = requirement.documentType ? 'DOCUMENT' : 'MATERIAL';
      const key = requirement.documentType ?? `${part.item?.code ?? part.id}:${requirement.code}`;
      const paper = papers.get(`${kind}:${key}`) ?? { kind, key, materials: [] };
      paper.materials.push({ itemName: part.item?.name ?? part.id, requirement });
      papers.set(`${kind}:${key}`, paper);
    }
  }
  return [...papers.values()];
}

const isOneApplication = (paper: Paper) => paper.kind === 'DOCUMENT' && paper.key === ONE_APPLICATION;

/** Shared data stands for a paper only when it replaces it in every item that asks for it. */
function choicesFor(paper: Paper): PaperChoice[] {
  const replaced = paper.materials.every(({ requirement }) => requirement.replacedBy && requirement.evidenceAvailable);
  return [...(replaced ? (['EVIDENCE'] as const) : []), 'NONE', 'PROVIDED'];
}

function paperName(paper: Paper): string {
  const [only] = paper.materials;
  return paper.kind === 'DOCUMENT' || !only ? documentTypeLabel(paper.key) : `${only.itemName} · ${only.requirement.code} ${only.requirement.name}`;
}

function paperSelect(paper: Paper): HTMLSelectElement {
  return h(
    'select',
    { name: `bundle-material-${paper.key}`, testId: `bundle-material-${paper.key}`, 'aria-label': paperName(paper) },
    choicesFor(paper).map((choice) => h('option', { value: choice }, CHOICE_LABELS[choice])),
  );
}

function paperRow(paper: Paper, control: HTMLElement): HTMLTableRowElement {
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
    h('td', { 'data-label': '可由数据替代' }, replacedBy.length > 0 ? replacedBy.map((kind) => `${evidenceKindLabel(kind)}${available(kind) ? '（已取得）' : '（未取得）'}`).join('、') : '—'),
    h('td', { 'data-label': '本次' }, control),
  );
}
