import type { ConsoleContext } from '../consoleContext.ts';
import type { SubjectLookupResult } from '../graphql/resultTypes.ts';
import { checkSubjectIdentifier } from '../identifiers/subjectIdentifier.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { regionLabel } from '../ui/labels.ts';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { otherErrors } from '../graphql/gatewayErrors.ts';

export interface LookedUpSubject {
  readonly id: string;
  readonly kind: 'PERSON' | 'ENTERPRISE';
  /** The name the clerk read off the identity document (trimmed; empty when none was typed): declared with the case (申请人填报). */
  readonly applicantName: string;
}

/** As the province takes a declared name (it refuses a longer one, and checks the rest). */
const MAX_APPLICANT_NAME_LENGTH = 50;

/**
 * 申请人: the clerk types a resident identity number or credit code. It is checked in the page
 * with the server's rules and messages — a bad one never leaves the page — then looked up
 * (SubjectLookup): kind, registering province, and the provinces that hold its records.
 *
 * The person found is the one a case is opened for, so it is never a person the clerk has
 * moved on from: a new lookup forgets the last one as it starts (nothing can be opened while
 * it is under way), an answer overtaken by a later lookup is dropped, and typing another
 * number forgets the person found for the old one — and the name typed for them.
 *
 * A number valid both as a person's and as a credit code (about 1 person in 340 born in 镇江
 * 3211, 丽水 3311, …) does not say whom it names: the page asks the clerk, who has the
 * document in hand, to choose 按个人办理 or 按单位办理, looks the subject up as that kind, and
 * the case is opened as it (input.subjectKind).
 *
 * The clerk types the applicant's name as the identity document gives it (申请人姓名) for the
 * subject found: the field is open only while one is shown, and emptied whenever another is
 * looked up (another number, or the same number as the other kind), so that a name is never
 * sent with someone else's case. The lookup shows no name to prefill it with (a clerk sees a
 * person's data only as evidence released for a case); the case's records name the applicant
 * where they can, and the province refuses to open a case none of whose records can without the name.
 */
export function subjectLookupPanel(context: ConsoleContext, onFound: (subject: LookedUpSubject | null) => void, initial = ''): HTMLElement {
  const input = h('input', { name: 'subjectId', value: initial, autocomplete: 'off', spellcheck: 'false', maxlength: 18, placeholder: '18 位公民身份号码或统一社会信用代码' });
  const nameInput = h('input', { name: 'applicantName', autocomplete: 'off', maxlength: MAX_APPLICANT_NAME_LENGTH, placeholder: '查到申请人后，按身份证件或营业执照填写' });
  nameInput.disabled = true;
  const problem = h('div', { class: 'problem', role: 'alert', testId: 'identifier-problem' });
  const result = h('div', { class: 'lookup-result', testId: 'subject-lookup' });
  let latest = 0;
  // The number being looked up, or whose person is shown.
  let lookedUp: string | null = null;
  // The person shown, once found: told again when their name is typed.
  let found: Omit<LookedUpSubject, 'applicantName'> | null = null;
  // The subject the name in the field was typed for (kind and number), if any.
  let nameFor: string | null = null;
  const tell = () => onFound(found ? { ...found, applicantName: nameInput.value.trim() } : null);
  const forget = () => {
    lookedUp = null;
    found = null;
    nameInput.disabled = true;
    tell();
  };
  const forgetName = () => {
    nameInput.value = '';
    nameFor = null;
  };

  const lookUp = async (kind?: 'PERSON' | 'ENTERPRISE') => {
    const call = ++latest;
    const typed = input.value.trim();
    const checked = checkSubjectIdentifier(typed, kind);
    show(result);
    forget();
    // Only the same subject looked up again keeps the name typed for it.
    if (!checked.ok || subjectKey(checked) !== nameFor) forgetName();
    if (!checked.ok && checked.reason === 'AMBIGUOUS_SUBJECT') {
      input.removeAttribute('aria-invalid');
      delete problem.dataset.reason;
      show(problem);
      lookedUp = typed;
      show(result, kindChoice(checked.message, lookUp));
      return;
    }
    if (!checked.ok) {
      input.setAttribute('aria-invalid', 'true');
      problem.dataset.reason = checked.reason;
      show(problem, checked.message);
      return;
    }
    input.removeAttribute('aria-invalid');
    delete problem.dataset.reason;
    show(problem);
    lookedUp = checked.id;
    show(result, h('p', { class: 'note', role: 'status' }, '正在查询…'));
    const { data, errors } = await context.client.run<SubjectLookupResult>('SubjectLookup', { id: checked.id, ...(kind ? { kind } : {}) }, 'operator');
    // A later lookup has started since: this answer is about a person the clerk has moved on from.
    if (call !== latest) return;
    const subject = data?.subject;
    if (!subject) {
      show(result, errorList(errors));
      return;
    }
    show(
      result,
      h(
        'div',
        { class: 'card subject-card' },
        h('strong', {}, subject.kind === 'PERSON' ? '自然人' : '市场主体'),
        ' ',
        h('code', {}, subject.id),
        subject.registeringRegion ? h('span', {}, ` · 登记省份：${regionLabel(subject.registeringRegion)}`) : null,
        h(
          'p',
          { class: 'note' },
          '持有其数据的省份：',
          subject.regions.map((regional, index) =>
            regional
              ? h('span', { class: 'tag tag-ok' }, regionLabel(regional.region))
              : // The hub lists a person's provinces in registry order, an enterprise's registering one alone.
                h('span', { class: 'tag tag-down' }, `${regionLabel(subject.kind === 'PERSON' ? REGIONS[index]?.code : subject.registeringRegion)} 暂不可用`),
          ),
        ),
        h('p', { class: 'note' }, '窗口只能在办件需要时查看其数据（由持有省份签发、申请人确认）。'),
      ),
      errorList(otherErrors(errors)),
    );
    found = { id: subject.id, kind: subject.kind };
    if (subjectKey(found) !== nameFor) forgetName();
    nameFor = subjectKey(found);
    nameInput.disabled = false;
    tell();
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void lookUp();
  });
  input.addEventListener('input', () => {
    // Another number typed: the person looked up for the old one is no longer who the case would be for.
    if (lookedUp !== null && input.value.trim() !== lookedUp) {
      latest += 1;
      show(result);
      forgetName();
      forget();
    }
  });
  nameInput.addEventListener('input', tell);
  return h(
    'section',
    { class: 'step' },
    h('h3', {}, '① 申请人'),
    h('div', { class: 'row' }, field('身份号码 / 信用代码', input), button('查询', () => lookUp(), { class: 'primary', testId: 'look-up' })),
    problem,
    result,
    field('申请人姓名', nameInput, '查到申请人后填写；企业填名称；事项的共享材料不含申请人姓名时必须填写，共享材料中的姓名优先'),
  );
}

const subjectKey = (subject: { readonly id: string; readonly kind: 'PERSON' | 'ENTERPRISE' }) => `${subject.kind}:${subject.id}`;

/**
 * For a number valid both ways: which the applicant is, as the document in hand shows (a
 * resident identity card or permanent resident card, or a business licence). The check's own
 * words say why; the last clause, which names the API's argument, is the page's choice instead.
 */
function kindChoice(message: string, lookUp: (kind: 'PERSON' | 'ENTERPRISE') => Promise<void>): HTMLElement {
  const why = message.split('，请用')[0] ?? message;
  return h(
    'div',
    { class: 'card subject-kind-choice', testId: 'subject-kind-choice', role: 'group' },
    h('p', { class: 'note', role: 'status' }, `${why}。请核对申请人出示的证件，选择办理方式：`),
    h(
      'div',
      { class: 'row' },
      button('按个人办理', () => lookUp('PERSON'), { testId: 'look-up-as-person' }),
      button('按单位办理', () => lookUp('ENTERPRISE'), { testId: 'look-up-as-enterprise' }),
    ),
  );
}
