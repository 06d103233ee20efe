import { actOnItemCases } from './bundleActions.ts';
import { badUserInput, conflict, notFound } from '../graphql/errorCodes.ts';
import { forbidden } from '../identity/authErrors.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { NativeRecord } from '../standard/standardRecord.ts';
import { addYears, todayInChina } from '../time/localDate.ts';
import { APPLICANT_NAME_FIELD, applicantNameLabel, prefillForm } from '../decision/prefilledForm.ts';
import { deadlineInWords } from '../decision/supplyDeadline.ts';
import { regionByCode } from '../regions/regionRegistry.ts';
import { declaredApplicantName } from './applicantName.ts';
import { accessCase, caseAudience } from './caseAccess.ts';
import { SUBMITTABLE, type CaseDecision, type CaseFile, type CaseStatus, type CommitmentType, type FormField } from './caseModel.ts';
import { planSubmission, type SubmissionPlan, type SubmissionRequest } from './casePlanning.ts';
import type { Transition } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import { issueLicence } from './licenceIssuer.ts';
import type { LocalImplementation } from './localImplementation.ts';
import { idempotencyKeyOf } from './idempotencyKey.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { callerAsActor } from './recordViews.ts';
import { implementationOf } from './implementationOf.ts';
import { bundleSubmissionByItem } from './bundleSubmission.ts';
import { clerkNoteOf } from './clerkNote.ts';
import { deregistersEnterprise, recordDeregistration } from './deregistration.ts';
import { caseNumberRefusal } from './otherProvince.ts';
import { asEntity, type CaseEntity } from './caseResolvers.ts';
import { caseStatusLabel } from './enumLabels.ts';
import { caseWithdrawn } from './caseWithdrawal.ts';
import { freshCase } from './freshCase.ts';
import { isRetriedPostCheck, isRetriedReview } from './retriedDecision.ts';
import { postCheckBar, reviewBar, separationOfDuties } from './separationOfDuties.ts';
import { submissionDigest } from './submissionDigest.ts';

/**
 * The deciding half of a province's case desk: submit (秒批, or a person, or 容缺, or waiting
 * for a province), supply a deferred material, review by a clerk, and the post-check of a
 * commitment. Each state change is one transaction that checks the state it leaves, so a
 * retried or concurrent call decides once.
 */
interface SubmitCaseInput {
  readonly caseId: string;
  readonly idempotencyKey: string;
  readonly providedMaterials?: readonly string[] | null;
  readonly providedDocuments?: readonly string[] | null;
  readonly commitments?: readonly { readonly materialCode: string; readonly type: CommitmentType }[] | null;
  /** The applicant's name typed at submission (off the identity document the clerk holds), where no record names her. */
  readonly applicantName?: string | null;
}

async function accessibleCase(caseId: string, context: ProvinceContext, mutation: string) {
  const { caseFile, audience } = await accessCase(context, caseId, 'ACT', mutation);
  const actor = callerAsActor(context.caller);
  if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
  return { caseFile, audience, actor };
}

/**
 * The caller, if a clerk of this province: deciding a case (`what`: 审核办件, 核查告知承诺) is
 * window staff's work. Anyone else is told why in their own terms — an applicant that only window
 * staff do it (OPERATORS_ONLY), a clerk of another province that it is this province's staff's.
 */
function requireClerk(context: ProvinceContext, what: string): CaseActor {
  const { caller, services } = context;
  const { region } = services.config;
  if (caller.kind === 'ANONYMOUS') throw forbidden('SIGN_IN_REQUIRED', '请先登录');
  if (caller.kind !== 'OPERATOR') throw forbidden('OPERATORS_ONLY', `只有窗口工作人员可以${what}，申请人不能自行${what}`);
  if (caller.region !== region.code) {
    throw forbidden('WRONG_REGION', `您是${regionByCode(caller.region)?.name ?? caller.region}的窗口人员，只有${region.name}的窗口工作人员可以${what}`);
  }
  return caller;
}

/** A case as the caller sees it in a mutation's answer: the same audience as case(id) gives them (a clerk here sees the applicant's number whole). */
async function answerWith(caseId: string, context: ProvinceContext): Promise<CaseEntity> {
  const caseFile = await freshCase(caseId, context);
  if (!caseFile) throw notFound('办件', caseId, 'caseId');
  return asAnswer(caseFile, context);
}

function asAnswer(caseFile: CaseFile, context: ProvinceContext): CaseEntity {
  const audience = caseAudience(context.caller, caseFile, context.services.config.region, context.services.config.implementations);
  // Only a caller who could act on the case gets here; were that ever not so, the public view (masked) is the answer.
  return asEntity(caseFile, audience ?? 'PUBLIC');
}

/** The materials of an item named as a clerk and the applicant's notice name them: 结婚证（M03）、居民户口簿（M04）. */
function materialsInWords(codes: readonly string[], item: ItemStandard | undefined): string {
  return codes.map((code) => `${item?.materials.find((material) => material.code === code)?.name ?? '材料'}（${code}）`).join('、');
}

/**
 * What a decision the rules took notes of whoever set it going: who (a window, or the applicant
 * online), what they did (提交; 补齐容缺材料：结婚证（M03）) and what came of it — 按规则自动办结
 * only when the rules approved it, else 转人工审核.
 */
function automaticNote(actor: CaseActor, act: string, outcome: CaseStatus): string {
  // A space after the window's code, so that it stays legible before the Chinese (窗口 WJ-CSJ-01 提交).
  const who = actor.kind === 'OPERATOR' ? `窗口 ${actor.window} ` : '申请人';
  const result = outcome === 'APPROVED' ? '按规则自动办结' : outcome === 'IN_REVIEW' ? '转人工审核' : caseStatusLabel(outcome);
  return `${who}${act}，${result}`;
}

async function standardsFor(caseFile: CaseFile, context: ProvinceContext): Promise<{ item: ItemStandard; local: LocalImplementation }> {
  const item = await context.services.hub.item(caseFile.itemCode);
  if (!item) throw notFound('标准事项', caseFile.itemCode);
  const local = implementationOf(context.services.config, caseFile.itemCode);
  if (!local) throw conflict('ITEM_NOT_HANDLED', `${context.services.config.region.name}不再办理“${item.name}”（${caseFile.itemCode}）`);
  return { item, local };
}

type SubmissionBase = Pick<Transition, 'from' | 'actor' | 'submissionKey' | 'submissionDigest' | 'submittedAt' | 'providedMaterials' | 'providedDocuments' | 'applicantName'>;

/** Applies a plan to one case; false when someone else moved the case first. */
async function applyPlan(
  caseFile: CaseFile,
  plan: Exclude<SubmissionPlan, { kind: 'REFUSE' }>,
  standards: { item: ItemStandard; local: LocalImplementation },
  context: ProvinceContext,
  base: SubmissionBase,
): Promise<boolean> {
  return context.services.cases.transition(caseFile.id, await planTransition(caseFile, plan, standards, context, base));
}

/** The transition a plan makes of one case (an approval's licence signed beforehand, so that writing it is synchronous). */
async function planTransition(
  caseFile: CaseFile,
  plan: Exclude<SubmissionPlan, { kind: 'REFUSE' }>,
  standards: { item: ItemStandard; local: LocalImplementation },
  context: ProvinceContext,
  base: SubmissionBase,
): Promise<Transition> {
  switch (plan.kind) {
    case 'WAIT':
      return { ...base, to: 'AWAITING_EVIDENCE', reasons: plan.reasons };
    case 'DEFER':
      return {
        ...base,
        to: 'DEFERRED_MATERIALS',
        deadline: plan.deadline,
        commitments: plan.commitments,
        form: plan.form,
        reasons: [
          `容缺受理：须于 ${deadlineInWords(plan.deadline)}前补齐：${materialsInWords(
            plan.commitments.filter((c) => c.type === 'SUPPLY_LATER').map((c) => c.materialCode),
            standards.item,
          )}`,
        ],
      };
    case 'DECIDE':
      return decisionTransition(caseFile, plan.decision, plan.form, plan.postCheck, standards, context, { ...base, commitments: plan.commitments });
  }
}

/** Records a decision; an approval issues the licence in the same transaction. */
async function decideCase(...decision: Parameters<typeof decisionTransition>): Promise<boolean> {
  const [caseFile, , , , , context] = decision;
  return context.services.cases.transition(caseFile.id, await decisionTransition(...decision));
}

/**
 * The transition that records a decision; an approval carries its licence, signed here. `act`
 * is what the actor did that let the rules decide (提交, or 补齐容缺材料：…), for the note.
 */
async function decisionTransition(
  caseFile: CaseFile,
  decision: CaseDecision,
  form: readonly FormField[],
  postCheck: Transition['postCheck'],
  standards: { item: ItemStandard; local: LocalImplementation },
  context: ProvinceContext,
  base: Omit<Transition, 'to'>,
  act = '提交',
): Promise<Transition> {
  const to: CaseStatus = decision.outcome;
  const licence = to === 'APPROVED' ? await issueLicence(caseFile, standards.item, standards.local, form, context.services) : undefined;
  // An approved 注销 ends the registration here, in the decision's transaction: never one without the other.
  const deregistration = to === 'APPROVED' && deregistersEnterprise(caseFile) ? () => recordDeregistration(caseFile, context.services, todayInChina()) : undefined;
  const earlier = base.alsoDo;
  // 秒批 and the rules' referral to a person are the system's doing, whoever submitted.
  const automatic = decision.decidedBy.kind === 'SYSTEM';
  return {
    ...base,
    actor: automatic ? decision.decidedBy : base.actor,
    note: automatic && base.actor.kind !== 'SYSTEM' ? automaticNote(base.actor, act, to) : (base.note ?? null),
    to,
    decision,
    form,
    reasons: decision.reasons,
    ...(postCheck !== undefined ? { postCheck } : {}),
    ...(licence ? { licence } : {}),
    ...(deregistration
      ? {
          alsoDo: () => {
            earlier?.();
            deregistration();
          },
        }
      : {}),
  };
}

/** The case's form, with the name the reviewing clerk declared where no record (and no earlier declaration) names the applicant. */
function formWithName(caseFile: CaseFile, declared: string | null): FormField[] {
  const form = caseFile.form ?? [];
  if (!declared || form.some((field) => field.name === APPLICANT_NAME_FIELD)) return [...form];
  return [...prefillForm([], { name: declared, subjectKind: caseFile.subjectKind }), ...form];
}

const STATE_REFUSALS: ReadonlySet<string> = new Set([
  'PREVIEW_PENDING',
  'EVIDENCE_NOT_REQUESTED',
  'EVIDENCE_EXPIRED',
  'POLICY_CLOSED',
  'POLICY_NOT_YET_OPEN',
  'POLICY_NOT_IN_FORCE',
]);

function refusal(plan: Extract<SubmissionPlan, { kind: 'REFUSE' }>, itemName?: string) {
  const message = itemName ? `“${itemName}”：${plan.message}` : plan.message;
  // Refusals for the state of things (a preview pending, a policy closed), not for what was sent.
  return STATE_REFUSALS.has(plan.reason)
    ? conflict(plan.reason, message, plan.details)
    : badUserInput(plan.field ?? 'input', message, { reason: plan.reason, ...plan.details });
}

function submissionOf(input: SubmitCaseInput, bundle: boolean, applicantName: string | null): SubmissionRequest {
  return {
    providedMaterials: input.providedMaterials ?? [],
    // One application for a bundle: its application form stands for every item's.
    providedDocuments: [...(input.providedDocuments ?? []), ...(bundle ? ['APPLICATION_FORM'] : [])],
    commitments: input.commitments ?? [],
    applicantName,
  };
}

/** What the holding provinces have answered for a case (a bundle's, for each of its cases): read once per submission. */
function gatheredFor(evidenceCase: CaseFile, context: ProvinceContext) {
  const { cases } = context.services;
  return {
    evidence: cases.evidenceOf(evidenceCase.id),
    responses: cases.responsesOf(evidenceCase.id),
    requests: cases.requestsOf(evidenceCase.id),
  };
}

async function planFor(
  caseFile: CaseFile,
  gathered: ReturnType<typeof gatheredFor>,
  submission: SubmissionRequest,
  actor: CaseActor,
  context: ProvinceContext,
  evidenceValidAt?: Date,
) {
  const standards = await standardsFor(caseFile, context);
  const plan = planSubmission({ caseFile, ...standards, ...gathered, submission, actor, now: new Date(), ...(evidenceValidAt ? { evidenceValidAt } : {}) });
  return { plan, standards };
}

/**
 * A submission whose key this case has seen: the retry of it (its content the same) is
 * answered with the case; the key sent with other content is refused.
 */
function isRetriedSubmission(caseId: string, key: string, digest: string, context: ProvinceContext): boolean {
  const earlier = context.services.cases.submission(caseId, key);
  if (!earlier) return false;
  if (earlier.digest !== null && earlier.digest !== digest) {
    throw badUserInput('input.idempotencyKey', `幂等键 ${key} 已用于本办件内容不同的一次提交（所交材料、承诺或所填申请人姓名不同）；如要改变所交内容，请换一个幂等键`, {
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  }
  return true;
}

export const decisionDeskResolvers = {
  submitCase: async (_: unknown, args: { input: SubmitCaseInput }, context: ProvinceContext) => {
    const { input } = args;
    idempotencyKeyOf(input.idempotencyKey, 'input.idempotencyKey');
    const { caseFile, actor } = await accessibleCase(input.caseId, context, 'submitCase');
    const { cases } = context.services;
    // Validated before the retry check: the digest keeps the name as trimmed, so ' 顾晓梅 ' sent again as '顾晓梅' is a retry.
    const applicantName = declaredApplicantName(input.applicantName, 'input.applicantName', caseFile.subjectKind);
    // A retried submission answers with the case as that submission left it.
    const digest = submissionDigest({ ...input, applicantName });
    if (isRetriedSubmission(caseFile.id, input.idempotencyKey, digest, context)) return asAnswer(caseFile, context);
    if (caseFile.parentId) throw conflict('PART_OF_BUNDLE', `该办件属于“一件事”${caseFile.parentId}，请提交整件`);
    if (caseFile.status === 'WITHDRAWN') throw caseWithdrawn(caseFile);
    if (!SUBMITTABLE.includes(caseFile.status)) {
      throw conflict('CASE_ALREADY_SUBMITTED', `办件 ${caseFile.id} 已提交（当前状态：${caseStatusLabel(caseFile.status)}），不能再次提交`, { status: caseFile.status });
    }
    const submittedAt = new Date().toISOString();
    const base = {
      from: SUBMITTABLE,
      actor,
      submissionKey: input.idempotencyKey,
      submissionDigest: digest,
      submittedBy: actor,
      submittedAt,
      providedMaterials: input.providedMaterials ?? [],
      providedDocuments: submissionOf(input, caseFile.isBundle, applicantName).providedDocuments,
      // Kept with the submission's transition (never by a refused one), so later re-planning — a 容缺 material supplied — names her too.
      ...(applicantName !== null ? { applicantName } : {}),
    };

    if (caseFile.isBundle) {
      const children = cases.childrenOf(caseFile.id);
      const submission = submissionOf(input, true, applicantName);
      // Each item's own materials and commitments: a material code means a different paper in each item.
      const passedOn = new Map(cases.passOnsOf(caseFile.id).map((passOn) => [passOn.itemCode, passOn.receiver]));
      const byItem = bundleSubmissionByItem(submission, children.map((child) => child.itemCode), passedOn);
      const gathered = gatheredFor(caseFile, context);
      const plans = [];
      for (const child of children) {
        const { providedMaterials = [], commitments = [] } = byItem.get(child.itemCode) ?? {};
        const { plan, standards } = await planFor(child, gathered, { ...submission, providedMaterials, commitments }, actor, context);
        if (plan.kind === 'REFUSE') throw refusal(plan, standards.item.name);
        plans.push({ child, plan, standards, providedMaterials });
      }
      const waits = plans.flatMap(({ plan }) => (plan.kind === 'WAIT' ? plan.reasons : []));
      // Every item's transition is made first (licences signed), then the bundle and all its items
      // move in one transaction: a crash or a conflict half-way leaves none of them moved.
      const itemTransitions =
        waits.length > 0
          ? []
          : await Promise.all(
              plans.map(async ({ child, plan, standards, providedMaterials }) => ({
                child,
                transition: await planTransition(child, plan as Exclude<SubmissionPlan, { kind: 'REFUSE' }>, standards, context, { ...base, providedMaterials }),
              })),
            );
      const moved = cases.atomically(() => {
        const bundleMoved = cases.transition(caseFile.id, {
          ...base,
          to: waits.length > 0 ? 'AWAITING_EVIDENCE' : 'IN_REVIEW',
          reasons: waits.length > 0 ? [...new Set(waits)] : ['“一件事”已一次提交，各事项分别办理'],
        });
        if (!bundleMoved) return false;
        // The name is the bundle's and every item's: items left where they were (the bundle waits) keep it for their next plan.
        if (applicantName !== null && waits.length > 0) for (const child of children) cases.declareApplicantName(child.id, applicantName);
        for (const { child, transition } of itemTransitions) {
          // An item is only ever submitted with its bundle, so it is still where the plan found it; if not, undo it all.
          if (!cases.transition(child.id, transition)) throw conflict('CASE_ALREADY_SUBMITTED', `“一件事”中的办件 ${child.id} 已由另一次提交处理`);
        }
        return true;
      });
      if (!moved) return submittedByOther(caseFile.id, input.idempotencyKey, digest, context);
      return answerWith(caseFile.id, context);
    }

    const { plan, standards } = await planFor(caseFile, gatheredFor(caseFile, context), submissionOf(input, false, applicantName), actor, context);
    if (plan.kind === 'REFUSE') throw refusal(plan);
    if (!(await applyPlan(caseFile, plan, standards, context, base))) return submittedByOther(caseFile.id, input.idempotencyKey, digest, context);
    return answerWith(caseFile.id, context);
  },

  supplyMaterial: async (_: unknown, args: { caseId: string; materialCode: string }, context: ProvinceContext) => {
    // No code names no material: said as empty, not as a material “ ” that is not awaited.
    if (args.materialCode.trim() === '') {
      throw badUserInput('materialCode', '材料编码（materialCode）为空，请填写补齐的容缺材料编码（如 M03）', { reason: 'EMPTY' });
    }
    const { caseFile, audience, actor } = await accessibleCase(args.caseId, context, 'supplyMaterial');
    const { cases, config } = context.services;
    // The applicant's word is not the material: a clerk of the filing province confirms it arrived
    // (else an applicant could have a case decided on a material never handed in).
    if (audience !== 'CASE_OFFICER') {
      throw forbidden('OPERATORS_ONLY', `容缺材料须交到${config.region.name}的受理窗口，由窗口工作人员核收后确认补齐；申请人不能自行确认`);
    }
    if (caseFile.isBundle) throw actOnItemCases(caseFile, cases.childrenOf(caseFile.id), '补齐容缺材料', (child) => child.status === 'DEFERRED_MATERIALS');
    const deferred = cases.commitmentsOf(caseFile.id).find((c) => c.type === 'SUPPLY_LATER' && c.materialCode === args.materialCode);
    if (caseFile.status !== 'DEFERRED_MATERIALS') {
      // A confirmation sent again after it completed the case (its answer lost): the case as it stands.
      if (deferred?.suppliedAt) return asAnswer(caseFile, context);
      // Too late: the case ended without it (deferralTermination.ts); the material starts a new application.
      if (caseFile.status === 'TERMINATED' && deferred) {
        throw conflict('NOTHING_DEFERRED', `办件 ${caseFile.id} 已因容缺材料逾期未补齐而终止办理，不能再补交；材料齐全后请重新申请`, { status: caseFile.status });
      }
      throw conflict('NOTHING_DEFERRED', `办件 ${caseFile.id} 没有待补齐的容缺材料（当前状态：${caseStatusLabel(caseFile.status)}）`, { status: caseFile.status });
    }
    if (!deferred) {
      const open = cases.commitmentsOf(caseFile.id).filter((c) => c.type === 'SUPPLY_LATER' && !c.suppliedAt).map((c) => c.materialCode);
      const item = await context.services.hub.item(caseFile.itemCode);
      throw badUserInput('materialCode', `材料 ${args.materialCode} 不是本办件待补齐的容缺材料（待补齐：${materialsInWords(open, item)}）`, { reason: 'NOT_DEFERRED' });
    }
    // Recorded once; confirming it again changes nothing (a retry), but decides the case if that
    // could not be done when the last material came in.
    const { commitments, stillOpen } = cases.supplyMaterial(caseFile.id, args.materialCode);
    if (stillOpen.length > 0) return answerWith(caseFile.id, context);
    // Everything is in: decide as the submission would have, the supplied materials now provided,
    // on the documents it handed in and the evidence it was accepted on (valid when it was submitted).
    const submission: SubmissionRequest = {
      providedMaterials: [...caseFile.providedMaterials, ...commitments.filter((c) => c.type === 'SUPPLY_LATER').map((c) => c.materialCode)],
      providedDocuments: caseFile.providedDocuments,
      commitments: commitments.filter((c) => c.type === 'IN_LIEU_OF_PROOF').map((c) => ({ materialCode: c.materialCode, type: c.type })),
    };
    const evidenceCase = caseFile.parentId ? ((await context.loaders.casesById.load(caseFile.parentId)) ?? caseFile) : caseFile;
    const submittedAt = caseFile.submittedAt ? new Date(caseFile.submittedAt) : undefined;
    const { plan, standards } = await planFor(caseFile, gatheredFor(evidenceCase, context), submission, actor, context, submittedAt);
    // What the clerk did, for the note: the material that completed the case, by name.
    const act = `补齐容缺材料：${materialsInWords([args.materialCode], standards.item)}`;
    if (plan.kind !== 'DECIDE') {
      // The applicant has done all she promised: what the rules cannot decide now goes to a person, with why
      // (left waiting for materials, the case would sit past its deadline with nothing missing).
      const why = plan.kind === 'REFUSE' ? plan.message : plan.kind === 'WAIT' ? plan.reasons.join('；') : '仍有待补齐的材料';
      cases.transition(caseFile.id, {
        from: ['DEFERRED_MATERIALS'],
        to: 'IN_REVIEW',
        actor,
        note: automaticNote(actor, act, 'IN_REVIEW'),
        reasons: [`容缺材料已补齐，但不能按规则自动办理（${why}），转人工审核`],
      });
      return answerWith(caseFile.id, context);
    }
    await decideCase(
      caseFile,
      plan.decision,
      plan.form,
      plan.postCheck,
      standards,
      context,
      { from: ['DEFERRED_MATERIALS'], actor, note: `容缺材料已补齐：${materialsInWords([args.materialCode], standards.item)}` },
      act,
    );
    return answerWith(caseFile.id, context);
  },

  reviewCase: async (_: unknown, args: { caseId: string; decision: 'APPROVE' | 'REJECT'; reason?: string | null; applicantName?: string | null }, context: ProvinceContext) => {
    // A number no province could have given, or another province's, is answered from the number, as every case mutation answers it: what is wrong with it, or where to send it.
    const elsewhere = caseNumberRefusal(args.caseId, context.services.config.region, 'reviewCase');
    if (elsewhere) throw elsewhere;
    const clerk = requireClerk(context, '审核办件');
    // Only the clerks of the division handling the case decide it (caseDivision.ts); a refusal is in her history.
    const { caseFile } = await accessCase(context, args.caseId, 'ACT', 'reviewCase');
    const reason = clerkNoteOf(args.reason, 'reason', args.decision === 'REJECT' ? { reason: 'REASON_REQUIRED', message: '不予批准必须写明理由' } : null);
    const outcome = args.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
    // The same clerk's same decision sent again (its answer lost): the case as it left it.
    const retried = (found: CaseFile | undefined) => found !== undefined && isRetriedReview(found, clerk, outcome, reason);
    if (caseFile.isBundle) throw actOnItemCases(caseFile, context.services.cases.childrenOf(caseFile.id), '审核', (child) => child.status === 'IN_REVIEW');
    if (caseFile.status !== 'IN_REVIEW') {
      if (retried(caseFile)) return asAnswer(caseFile, context);
      throw conflict('NOT_IN_REVIEW', `办件 ${caseFile.id} 不在人工审核中（当前状态：${caseStatusLabel(caseFile.status)}）`, { status: caseFile.status });
    }
    // 受审分离: whoever accepted the case at the window leaves its decision to a colleague.
    const barred = reviewBar(caseFile, context.services.cases.submittersOf(caseFile.id), clerk);
    if (barred) throw separationOfDuties(barred);
    const previous = caseFile.decision;
    const decision: CaseDecision = {
      outcome,
      ruleResults: previous?.ruleResults ?? [],
      reasons: reason ? [reason] : [],
      materials: previous?.materials ?? [],
      decidedBy: clerk,
      decidedAt: new Date().toISOString(),
    };
    // An approval issues a licence naming its holder: a case no record names, submitted before
    // names were declared, is named by the approving clerk (read off the identity document).
    const form = formWithName(caseFile, declaredApplicantName(args.applicantName, 'applicantName', caseFile.subjectKind));
    if (outcome === 'APPROVED' && !form.some((field) => field.name === APPLICANT_NAME_FIELD)) {
      const label = applicantNameLabel(caseFile.subjectKind);
      throw badUserInput('applicantName', `办件 ${caseFile.id} 的共享材料中没有${label}，准予前请填写${label}（applicantName）`, { reason: 'REQUIRED' });
    }
    const standards = await standardsFor(caseFile, context);
    // Approved on a commitment in lieu of a proof (告知承诺): checked afterwards, whoever approved it.
    const committed = outcome === 'APPROVED' && context.services.cases.commitmentsOf(caseFile.id).some((commitment) => commitment.type === 'IN_LIEU_OF_PROOF');
    const moved = await decideCase(caseFile, decision, form, committed ? 'PENDING' : undefined, standards, context, {
      from: ['IN_REVIEW'],
      actor: clerk,
      note: reason || null,
    });
    if (moved) return answerWith(caseFile.id, context);
    const movedBy = await freshCase(caseFile.id, context);
    if (movedBy && retried(movedBy)) return asAnswer(movedBy, context);
    throw conflict('NOT_IN_REVIEW', `办件 ${caseFile.id} 已由他人审核`);
  },

  completePostCheck: async (_: unknown, args: { caseId: string; passed: boolean; note: string }, context: ProvinceContext) => {
    const elsewhere = caseNumberRefusal(args.caseId, context.services.config.region, 'completePostCheck');
    if (elsewhere) throw elsewhere;
    const clerk = requireClerk(context, '核查告知承诺');
    // Only the clerks of the division handling the case decide it (caseDivision.ts); a refusal is in her history.
    const { caseFile } = await accessCase(context, args.caseId, 'ACT', 'completePostCheck');
    const note = clerkNoteOf(args.note, 'note', { reason: 'NOTE_REQUIRED', message: '请写明核查情况' });
    const { cases, records, config } = context.services;
    const storedNote = args.passed ? `告知承诺核查通过：${note}` : note;
    // The same clerk's same check sent again (its answer lost): the case as it left it.
    const retried = (found: CaseFile | undefined) => found !== undefined && isRetriedPostCheck(found, cases.eventsOf(found.id), clerk, args.passed, storedNote);
    if (caseFile.isBundle) throw actOnItemCases(caseFile, cases.childrenOf(caseFile.id), '告知承诺核查', (child) => child.status === 'APPROVED' && child.postCheck === 'PENDING');
    if (caseFile.status !== 'APPROVED' || caseFile.postCheck !== 'PENDING') {
      if (retried(caseFile)) return asAnswer(caseFile, context);
      throw conflict('NO_POST_CHECK', `办件 ${caseFile.id} 没有待核查的告知承诺`, { status: caseFile.status });
    }
    // 受审分离: an approval is not checked by its own approver.
    const barred = postCheckBar(caseFile, clerk);
    if (barred) throw separationOfDuties(barred);
    const moved = args.passed
      ? cases.transition(caseFile.id, { from: ['APPROVED'], postCheckFrom: 'PENDING', to: 'APPROVED', actor: clerk, postCheck: 'PASSED', note: storedNote })
      : cases.transition(caseFile.id, {
          from: ['APPROVED'],
          postCheckFrom: 'PENDING',
          to: 'REVOKED',
          actor: clerk,
          postCheck: 'FAILED',
          note: storedNote,
          reasons: ['告知承诺事后核查发现承诺不实，撤销审批决定，记入信用记录'],
          alsoDo: () => {
            cases.revokeLicenceOf(caseFile.id);
            const record = falseCommitmentRecord(caseFile, note, context);
            records.insert({ recordId: record.recordId, subjectId: record.subjectId, kind: record.kind, payload: config.nativeFormat.encode(record) });
          },
        });
    if (moved) return answerWith(caseFile.id, context);
    const movedBy = await freshCase(caseFile.id, context);
    if (movedBy && retried(movedBy)) return asAnswer(movedBy, context);
    throw conflict('NO_POST_CHECK', `办件 ${caseFile.id} 的核查已由他人完成`);
  },
};

async function submittedByOther(caseId: string, key: string, digest: string, context: ProvinceContext) {
  if (isRetriedSubmission(caseId, key, digest, context)) return answerWith(caseId, context);
  throw conflict('CASE_ALREADY_SUBMITTED', `办件 ${caseId} 已由另一次提交处理`);
}

/**
 * The credit record a false commitment leaves (国办发〔2020〕42号): written into the province's
 * own credit system, in its native format, where every later 告知承诺 check will find it.
 */
function falseCommitmentRecord(caseFile: CaseFile, note: string, context: ProvinceContext): NativeRecord {
  const { region } = context.services.config;
  const local = implementationOf(context.services.config, caseFile.itemCode);
  const today = todayInChina();
  return {
    kind: 'CREDIT_RECORD',
    recordId: `${region.divisionPrefix}CR-PC-${caseFile.id}`,
    subjectId: caseFile.subjectId,
    updatedOn: today,
    content: {
      subjectKind: caseFile.subjectKind,
      subjectName: caseFile.form?.find((field) => field.name === APPLICANT_NAME_FIELD)?.value ?? caseFile.subjectId,
      category: 'SERIOUS_DISHONESTY',
      decisionNumber: `${region.abbreviation}承诺核查〔${today.slice(0, 4)}〕${caseFile.id}号`,
      decidedOn: today,
      authority: local?.implementingBody ?? region.name,
      reason: `告知承诺事项事后核查发现虚假承诺（办件 ${caseFile.id}）：${note}`,
      penaltyAmount: 0,
      settled: false,
      settledOn: null,
      // Published for three years (严重失信主体名单), to the same day, as the listings of the credit system are.
      publicUntil: addYears(today, 3),
    },
  };
}
