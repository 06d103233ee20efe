import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { h, show } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import { evidenceKindLabel } from '../ui/labels.ts';
import { awaitsAuthorisation } from './evidenceAuthorisation.ts';
import { collectAnswer, requestEvidence } from './evidenceExchange.ts';
import { leniencyKindsNotAsked } from './leniencyKindsNotAsked.ts';
import type { SubmissionSteps } from './submissionAnswer.ts';

/**
 * Before a submission that uses 容缺 or 告知承诺: whether the applicant may is decided on her
 * credit records, which the case does not gather otherwise (a case using neither has no use for
 * a person's penalties and listings, so 向持有省份请求数据 leaves them out). Where the case has
 * not asked for them, they are asked for now — by name — and each province's answer handed in,
 * as the evidence board does; the case is then read again. True when the submission may go on:
 * they were asked for already, or every province said it holds none. Where records came back,
 * the applicant decides on them first (she may refuse them; the province then cannot verify her
 * and refuses the 容缺/告知承诺, saying so), and the clerk is told to submit once she has. A
 * request that failed as a whole is shown, and the submission not sent. None is
 * made before she has authorised the case's evidence to be gathered (数据调取授权): the clerk
 * is told to have her confirm it on her phone first, she online to confirm it on the panel.
 */
export async function gatherLeniencyEvidence(context: ConsoleContext, caseView: () => CaseView, steps: SubmissionSteps, slot: SessionSlot): Promise<boolean> {
  const view = caseView();
  const kinds = leniencyKindsNotAsked(view);
  if (kinds.length === 0) return true;
  const words = kinds.map((kind) => evidenceKindLabel(kind)).join('、');
  // Her records are asked for only once she has authorised it (at the window on her phone, online on the case's
  // panel): said so, rather than a request sure to be refused.
  if (awaitsAuthorisation(view)) {
    const wait = slot === 'operator' ? '等待申请人授权，请申请人在本人手机上登录并确认“授权调取”后，再提交。' : '请先在上方确认“授权调取”，再提交。';
    show(steps.messages, h('p', { class: 'note', role: 'status', testId: 'leniency-evidence', 'data-state': 'awaiting-authorisation' }, `适用容缺受理或告知承诺，须先核验申请人的${words}：${wait}`));
    return false;
  }
  show(steps.messages, h('p', { class: 'note', role: 'status', testId: 'leniency-evidence' }, `适用容缺受理或告知承诺，须先核验申请人的${words}：正在向各持有省份调取…`));
  const { gathering, errors } = await requestEvidence(context, view.region, view.id, slot, kinds);
  if (!gathering) {
    show(steps.messages, errorList(errors));
    await steps.reload();
    return false;
  }
  const problems: GraphQLErrorShape[] = [...errors];
  for (const source of gathering.sources) {
    if (!source) continue;
    const answer = await collectAnswer(context, view.region, view.id, source, slot);
    problems.push(...answer.errors);
  }
  await steps.reload();
  if (!caseView().evidence.some((piece) => piece.status === 'PENDING_PREVIEW')) return true;
  const who = slot === 'operator' ? '请申请人在手机上确认是否使用后' : '请在“数据确认（本人）”中确认是否使用后';
  show(
    steps.messages,
    h('p', { class: 'note', role: 'status', testId: 'leniency-evidence', 'data-state': 'awaiting-applicant' }, `适用容缺受理或告知承诺，须先核验申请人的${words}：已向各持有省份调取，${who}再提交。`),
    warningList(problems),
  );
  return false;
}
