import { NOT_SERIOUSLY_DISHONEST } from '../decision/eligibility.ts';
import { APPLICANT_NAME_FIELD, applicantNameLabel, prefillForm } from '../decision/prefilledForm.ts';
import { effectiveRules, evaluateRule, evaluateRules, failedRuleReason, type RuleResult } from '../decision/ruleEvaluation.ts';
import { deadlineInWords, supplyDeadline } from '../decision/supplyDeadline.ts';
import { isLicenceFor } from './licenceCoverage.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import { evidencePlan } from '../regions/holdingRegions.ts';
import { regionBySubgraphName } from '../regions/regionRegistry.ts';
import { recordLabel } from '../decision/recordLabel.ts';
import { ABSENCE_IS_EVIDENCE, EVIDENCE_KINDS, type EvidenceKind } from '../standard/evidenceKinds.ts';
import { leniencyOnlyKinds } from '../standard/leniencyKinds.ts';
import { policyClosedOn } from '../standard/policyOpen.ts';
import { todayInChina } from '../time/localDate.ts';
import type {
  CaseDecision,
  CaseEvidence,
  CaseFile,
  Commitment,
  CommitmentType,
  EvidenceResponse,
  FormField,
  IssuedRequest,
  MaterialStatus,
  PostCheckStatus,
} from './caseModel.ts';
import { declaredNameDifference } from './applicantName.ts';
import { refusedKinds as refusedKindsOf } from './requestedKinds.ts';
import { usesLeniency } from './leniencyUse.ts';
import type { ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';

/**
 * What submitting a case leads to, worked out from the item standard, the province's
 * implementation, the evidence the applicant accepted and what they hand in and commit to.
 * Pure: the desk applies the plan in one transaction.
 */
export interface SubmissionRequest {
  /** Codes of the item's materials handed in on paper or uploaded. */
  readonly providedMaterials: readonly string[];
  /** Document types handed in once for several items (一件事), e.g. IDENTITY_DOCUMENT. */
  readonly providedDocuments: readonly string[];
  readonly commitments: readonly { readonly materialCode: string; readonly type: CommitmentType }[];
  /**
   * The applicant's name declared with this submission (validated), or null/absent: from this
   * submission on the case's declared name, in place of one declared when it was opened.
   */
  readonly applicantName?: string | null;
}

export interface PlanInputs {
  readonly caseFile: CaseFile;
  readonly item: ItemStandard;
  readonly local: LocalImplementation;
  /** Evidence and holders' answers of the case (or of its bundle). */
  readonly evidence: readonly CaseEvidence[];
  readonly responses: readonly EvidenceResponse[];
  /** The requests the case signed (or its bundle's): to which holder, for which kinds. */
  readonly requests: readonly Pick<IssuedRequest, 'holder' | 'kinds'>[];
  readonly submission: SubmissionRequest;
  readonly actor: CaseActor;
  readonly now: Date;
  /**
   * When the evidence must be valid: `now` for a submission; for a 容缺 case whose last
   * material comes in later, its submission — the evidence it was accepted on.
   */
  readonly evidenceValidAt?: Date;
}

export type SubmissionPlan =
  | {
      readonly kind: 'REFUSE';
      readonly reason: string;
      readonly message: string;
      /** The argument at fault (input.providedMaterials, input.commitments), where one is; else the input as a whole. */
      readonly field?: string;
      readonly details?: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'WAIT'; readonly reasons: readonly string[] }
  | {
      readonly kind: 'DEFER';
      readonly deadline: string;
      readonly commitments: readonly Commitment[];
      readonly materials: readonly MaterialStatus[];
      readonly form: readonly FormField[];
    }
  | {
      readonly kind: 'DECIDE';
      readonly decision: CaseDecision;
      readonly commitments: readonly Commitment[];
      readonly form: readonly FormField[];
      readonly postCheck: PostCheckStatus | null;
    };

const evidenceValidAt = (inputs: PlanInputs) => inputs.evidenceValidAt ?? inputs.now;
const isValidAt = (piece: CaseEvidence, at: Date) => Date.parse(piece.expiresAt) > at.getTime();

/** What a decision may use: evidence the applicant accepted, valid when it must be. */
function usableEvidence(inputs: PlanInputs): CaseEvidence[] {
  const at = evidenceValidAt(inputs);
  return inputs.evidence.filter((piece) => piece.status === 'ACCEPTED' && isValidAt(piece, at));
}

const kindLabel = (kind: EvidenceKind) => EVIDENCE_KINDS.find((entry) => entry.value === kind)?.label ?? kind;

/** A holding member (shanghai) as a clerk reads it: 上海市. */
const holderName = (member: string) => regionBySubgraphName(member)?.name ?? member;

/**
 * Evidence the applicant has not accepted, as anyone but her may know it: what a clerk is shown
 * of it (caseEvidenceView) — its kind and the authority holding it (婚姻登记信息（嘉善县民政局）),
 * the holding province where no authority is named — never its record id or anything of its
 * record (recordLabel's office, day or certificate tail are the record's). Alike pieces are counted.
 */
function unacceptedInWords(pieces: readonly CaseEvidence[]): string {
  const counts = new Map<string, number>();
  for (const piece of pieces) {
    const label = `${kindLabel(piece.kind)}（${piece.record.holdingAuthority?.trim() || holderName(piece.issuer)}）`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => (count > 1 ? `${label}${count} 条` : label)).join('、');
}

/**
 * Where the case's evidence stands, holder by holder, for each kind the submission needs
 * (`needed`, of those the item gathers) that some province may hold: a kind nobody was asked for (`notRequested`: no silence to wait for — the clerk must
 * ask), or a holder asked and silent, or a released record not handed in (`gaps`: wait, naming
 * them). A kind the applicant refused on the case is neither: the filing province does not ask
 * for it again (requestedKinds.ts), and the rules over it are not decided by a machine.
 */
function evidenceStanding(inputs: PlanInputs, needed: readonly EvidenceKind[]): { notRequested: EvidenceKind[]; gaps: string[] } {
  const { caseFile, evidence, responses, requests } = inputs;
  const refused = refusedKindsOf(evidence);
  const pairs = (entries: readonly Pick<IssuedRequest, 'holder' | 'kinds'>[]) => new Set(entries.flatMap((entry) => entry.kinds.map((kind) => `${entry.holder}:${kind}`)));
  // An answer is to a request: what was answered was asked, whatever the list of requests says.
  const answered = pairs(responses);
  const asked = new Set([...pairs(requests), ...answered]);
  const notRequested = new Set<EvidenceKind>();
  const gaps: string[] = [];
  for (const [region, kinds] of evidencePlan(caseFile.subjectKind, caseFile.subjectId, needed)) {
    const silent: EvidenceKind[] = [];
    for (const kind of kinds) {
      const pair = `${region.subgraphName}:${kind}`;
      if (answered.has(pair) || refused.has(kind)) continue;
      if (asked.has(pair)) silent.push(kind);
      else notRequested.add(kind);
    }
    if (silent.length > 0) gaps.push(`${region.name}尚未答复（${silent.map(kindLabel).join('、')}）`);
  }
  // Released records not handed in are counted, never named: nobody has accepted them, and the
  // clerk has seen nothing of them (their ids are the holder's, as their contents are).
  const handedIn = new Set(evidence.map((piece) => `${piece.issuer}:${piece.record.recordId}`));
  for (const response of responses) {
    const notHandedIn = response.recordIds.filter((recordId) => !handedIn.has(`${response.holder}:${recordId}`));
    if (notHandedIn.length > 0) {
      gaps.push(`${holderName(response.holder)}已提供的 ${notHandedIn.length} 条记录尚未提交给本办件，请将该省的答复和所提供的材料一并提交（collectEvidence）`);
    }
  }
  return { notRequested: needed.filter((kind) => notRequested.has(kind)), gaps };
}

/**
 * The kinds a submission needs gathered: those the item's decision reads, and — only when it
 * uses 容缺 or 告知承诺 the item and province could grant (leniencyUse.ts) — the credit records
 * read to decide whether the applicant may (leniencyKinds.ts). A case using neither is not held
 * up for a person's penalties and listings it has no use for. `forLeniency`: the kinds of the
 * item read only for that.
 */
function kindsNeeded(inputs: PlanInputs): { needed: EvidenceKind[]; forLeniency: ReadonlySet<EvidenceKind> } {
  const { item, local, submission } = inputs;
  const forLeniency = new Set(leniencyOnlyKinds(item));
  const lenient = usesLeniency(item, local, submission);
  return { needed: item.evidenceKinds.filter((kind) => lenient || !forLeniency.has(kind)), forLeniency };
}

/**
 * The refusal of a submission that still needs kinds no province was asked for: waiting would
 * wait for nobody (and presenting the requests again would never bring them), so the clerk is
 * told which kinds to ask for. Nothing asked at all is said as before. Kinds needed only because
 * the submission uses 容缺 or 告知承诺 (a plain requestEvidence does not ask for them) are named
 * with why, and how to ask for them by name; `forLeniency` in the details lists them.
 */
function notRequestedRefusal(kinds: readonly EvidenceKind[], forLeniency: ReadonlySet<EvidenceKind>, nothingAsked: boolean): Extract<SubmissionPlan, { kind: 'REFUSE' }> {
  const forDecision = kinds.filter((kind) => !forLeniency.has(kind));
  const leniency = kinds.filter((kind) => forLeniency.has(kind));
  const decisionPart = nothingAsked
    ? '尚未向持有数据的省份调取材料，请先调取（requestEvidence）'
    : `以下材料尚未向持有数据的省份调取：${forDecision.map(kindLabel).join('、')}；请先调取（requestEvidence，kinds 填写这些材料类型，或不填以调取全部所需材料）`;
  const leniencyPart = `本次提交适用容缺受理或告知承诺（commitments），须先核验申请人的${leniency.map(kindLabel).join('、')}，确认其没有虚假承诺或严重失信记录，该材料尚未调取：请先调取（requestEvidence(kinds: [${leniency.join(', ')}])）`;
  const message =
    leniency.length === 0 ? (nothingAsked ? decisionPart : `${decisionPart}，再提交`) : forDecision.length === 0 ? `${leniencyPart}，再提交` : `${decisionPart}；${leniencyPart}，再提交`;
  return {
    kind: 'REFUSE',
    reason: 'EVIDENCE_NOT_REQUESTED',
    message,
    details: { kinds, ...(leniency.length > 0 ? { forLeniency: leniency } : {}) },
  };
}

function commitmentText(type: CommitmentType, material: string, deadline: Date | null): string {
  return type === 'SUPPLY_LATER'
    ? `本人（本单位）承诺于 ${deadline ? deadlineInWords(deadline) : ''}前补齐“${material}”；逾期未补齐的，本次申请终止。`
    : `本人（本单位）承诺“${material}”所证明的事项真实、符合要求，愿意接受事后核查并承担虚假承诺的法律责任。`;
}

/** The name the applicant declared: with this submission, else when the case was opened. */
const declaredName = (inputs: PlanInputs): string | null => inputs.submission.applicantName ?? inputs.caseFile.applicantName;

/** The application form of a case: from its usable records, the applicant's declared name where none names them. */
function caseForm(inputs: PlanInputs): FormField[] {
  return prefillForm(
    usableEvidence(inputs).map((piece) => piece.record),
    { name: declaredName(inputs), subjectKind: inputs.caseFile.subjectKind },
  );
}

/** 秒批 or a person: the rules over usable evidence, with the province's tightenings. */
export function decide(inputs: PlanInputs, materials: readonly MaterialStatus[], usedCommitment: boolean): { decision: CaseDecision; postCheck: PostCheckStatus | null } {
  const { item, local, evidence, now } = inputs;
  const usable = usableEvidence(inputs).map((piece) => piece.record);
  const refused = new Set(evidence.filter((piece) => piece.status === 'REJECTED').map((piece) => piece.kind));
  const ruleResults = evaluateRules(effectiveRules(item.approvalRules, local.tightenedRules), usable, refused, todayInChina(now));
  const failed = ruleResults.filter((result) => !result.passed);
  // A declared name a record contradicts does not stop a decision (the record's name is used), but the clerk is told.
  const nameDifference = declaredNameDifference(caseForm(inputs), declaredName(inputs));
  const reasons = [
    ...failed.map(failedRuleReason),
    ...(item.instantApproval ? [] : ['该事项不属于秒批事项，由工作人员审核']),
    ...(nameDifference ? [nameDifference] : []),
  ];
  const approved = item.instantApproval && failed.length === 0;
  return {
    decision: {
      outcome: approved ? 'APPROVED' : 'IN_REVIEW',
      ruleResults,
      reasons,
      materials,
      decidedBy: { kind: 'SYSTEM' },
      decidedAt: now.toISOString(),
    },
    postCheck: approved && usedCommitment ? 'PENDING' : null,
  };
}

/**
 * Why the applicant may not use 容缺 or 告知承诺, as a fact only when a record shows it: if
 * her credit records could not be checked (she refused them), that is what is said.
 */
function whyExcluded(eligibility: RuleResult): string {
  return eligibility.unverified
    ? `无法核验申请人是否有虚假承诺或严重失信记录（${eligibility.detail}）`
    : `申请人有虚假承诺或严重失信记录（${eligibility.detail ?? eligibility.description}）`;
}

const PROVIDED = 'input.providedMaterials';
const COMMITMENTS = 'input.commitments';

/**
 * For a commitment refused on an OPTIONAL material (非必要): the case goes on without the paper,
 * so the clerk need not hand it in — only leave the commitment out. (Still a refusal: a
 * commitment the item, the province or her record does not allow is not made.) Null for a
 * material the case needs: the clerk is told to hand it in.
 */
function leaveOutOptional(material: { readonly code: string; readonly name: string; readonly necessity: string }): string | null {
  return material.necessity === 'OPTIONAL' ? `“${material.name}”（${material.code}）为非必要材料，可以不提交：撤回该承诺即可（commitments 不列出该材料）` : null;
}

/** The same, appended to a refusal that already names the material. */
function optionalHint(material: Parameters<typeof leaveOutOptional>[0]): string {
  const hint = leaveOutOptional(material);
  return hint ? `；${hint}` : '';
}

interface MaterialProblem {
  readonly reason: string;
  readonly message: string;
  readonly field: typeof PROVIDED | typeof COMMITMENTS;
  readonly materialCode: string;
}

/**
 * The refusal of a submission over its materials: each problem named with its material's code,
 * on the argument to correct (a missing or unknown paper on providedMaterials, a commitment the
 * item or province does not allow on commitments). `materialCodes` lists the materials at fault.
 */
function materialRefusal(problems: readonly MaterialProblem[]): Extract<SubmissionPlan, { kind: 'REFUSE' }> {
  const reasons = [...new Set(problems.map((problem) => problem.reason))];
  const fields = [...new Set(problems.map((problem) => problem.field))];
  return {
    kind: 'REFUSE',
    reason: reasons.length === 1 ? (reasons[0] as string) : 'MATERIALS_MISSING',
    message: problems.map((problem) => problem.message).join('；'),
    // One argument at fault is named; problems with both are each named in `problems`.
    field: fields.length === 1 ? (fields[0] as string) : 'input',
    details: {
      materialCodes: [...new Set(problems.map((problem) => problem.materialCode))],
      problems: problems.map(({ reason, field, materialCode }) => ({ reason, field, materialCode })),
    },
  };
}

export function planSubmission(inputs: PlanInputs): SubmissionPlan {
  const { item, local, evidence, submission, actor, now } = inputs;

  // A policy closed since the case was opened takes no submission, or 免申即享 would approve it.
  // Judged on the China date of the submission: a 容缺 case completed later was submitted then
  // (evidenceValidAt is that submission's instant).
  const closed = item.policy ? policyClosedOn(item, todayInChina(evidenceValidAt(inputs))) : undefined;
  if (closed) return { kind: 'REFUSE', reason: closed.reason, message: closed.message };

  const pending = evidence.filter((piece) => piece.status === 'PENDING_PREVIEW');
  if (pending.length > 0) {
    return {
      kind: 'REFUSE',
      reason: 'PREVIEW_PENDING',
      message: `申请人尚未确认是否使用以下材料：${unacceptedInWords(pending)}`,
    };
  }
  // Only where some province may hold the evidence: an enterprise registered outside the delta
  // has no registration here to gather, and its case goes on with the papers.
  const { needed, forLeniency } = kindsNeeded(inputs);
  const { notRequested, gaps } = evidenceStanding(inputs, needed);
  if (notRequested.length > 0) return notRequestedRefusal(notRequested, forLeniency, inputs.requests.length === 0 && inputs.responses.length === 0);
  if (gaps.length > 0) return { kind: 'WAIT', reasons: gaps };
  // Evidence that has expired is not evidence of anything — least of all of an absence: a
  // dishonesty listing that expired must not leave "no record" behind it.
  const expired = evidence.filter((piece) => piece.status === 'ACCEPTED' && !isValidAt(piece, evidenceValidAt(inputs)));
  if (expired.length > 0) {
    return {
      kind: 'REFUSE',
      reason: 'EVIDENCE_EXPIRED',
      // Accepted pieces, which the clerk reads: named as people know them (recordLabel), not by id.
      message: `以下材料已过有效期：${expired.map((piece) => `${kindLabel(piece.kind)}“${recordLabel(piece.record)}”`).join('、')}；请重新调取（requestEvidence），由申请人确认后再提交`,
    };
  }

  const usable = usableEvidence(inputs);
  const usableKinds = new Set(usable.map((piece) => piece.kind));
  const refusedKinds = new Set(evidence.filter((piece) => piece.status === 'REJECTED').map((piece) => piece.kind));
  const provided = new Set(submission.providedMaterials);
  const documents = new Set(submission.providedDocuments);
  const commitmentFor = new Map(submission.commitments.map((commitment) => [commitment.materialCode, commitment.type]));
  const deferred = item.materials.filter((material) => commitmentFor.get(material.code) === 'SUPPLY_LATER');
  // An item of a one-thing bundle: its materials are written with the item (070101001000:M05), a
  // bare code being refused for a bundle (bundleSubmission.ts) — so the instructions say them so.
  const inBundle = Boolean(inputs.caseFile.parentId);
  const written = (code: string) => (inBundle ? `${inputs.caseFile.itemCode}:${code}` : code);
  const deadline = supplyDeadline(todayInChina(now), deferred, local.promisedTimeLimit);

  /** What is wrong with a material handed in, promised or missing: the argument to correct and the material's code. */
  const problems: MaterialProblem[] = [];
  const handedIn = (material: { code: string }, reason: string, message: string) => problems.push({ reason, message, field: PROVIDED, materialCode: material.code });
  const promised = (material: { code: string }, reason: string, message: string) => problems.push({ reason, message, field: COMMITMENTS, materialCode: material.code });
  const materials: MaterialStatus[] = [];
  const commitments: Commitment[] = [];
  let eligibility: ReturnType<typeof evaluateRule> | undefined;
  const eligible = () => (eligibility ??= evaluateRule(NOT_SERIOUSLY_DISHONEST, usable.map((piece) => piece.record), refusedKinds, todayInChina(now)));

  // Codes the item does not have — handed in or promised — are refused, not silently ignored.
  for (const code of new Set([...provided, ...commitmentFor.keys()])) {
    if (!item.materials.some((material) => material.code === code)) {
      const where = provided.has(code) ? handedIn : promised;
      const which = inBundle ? `事项 ${inputs.caseFile.itemCode} ` : '事项';
      where({ code }, 'UNKNOWN_MATERIAL', `${which}没有编号为 ${code} 的材料（本事项的材料：${item.materials.map((material) => written(material.code)).join('、')}）`);
    }
  }
  const licenceDay = todayInChina(evidenceValidAt(inputs));
  for (const material of item.materials) {
    const status = (satisfiedBy: MaterialStatus['satisfiedBy']) => materials.push({ code: material.code, name: material.name, satisfiedBy });
    // Every holder asked has answered by now (see evidenceStanding); for an absence proof those
    // signed answers are the evidence, unless the applicant refused some of it.
    const replacedBy = material.replacedBy;
    // A licence stands for the paper only if it is that paper: a licence of the item the material
    // names (licenceOf), valid on the day the evidence must be valid — not any licence she holds.
    if (replacedBy === 'E_LICENCE' ? usable.some(({ record }) => isLicenceFor(material, record, licenceDay)) : replacedBy && (usableKinds.has(replacedBy) || (ABSENCE_IS_EVIDENCE.has(replacedBy) && !refusedKinds.has(replacedBy)))) {
      status('EVIDENCE');
      continue;
    }
    if (provided.has(material.code) || (material.documentType !== null && documents.has(material.documentType))) {
      // Handed in and promised at once says two things: the clerk chooses one.
      if (commitmentFor.has(material.code)) {
        promised(material, 'MATERIAL_HANDED_IN_AND_PROMISED', `“${material.name}”（${material.code}）已提交，不能同时作出承诺；请二选一`);
        continue;
      }
      status('PROVIDED');
      continue;
    }
    const type = commitmentFor.get(material.code);
    if (type === 'SUPPLY_LATER') {
      if (material.necessity !== 'SUPPLY_LATER') {
        promised(material, 'TOLERANCE_NOT_ALLOWED', `“${material.name}”（${material.code}）不属于可容缺后补的材料${optionalHint(material)}`);
      } else if (!local.tolerantAcceptance) {
        promised(material, 'TOLERANCE_NOT_OFFERED', `本省未对该事项开展容缺受理，“${material.name}”（${material.code}）须当场提交`);
      } else if (!eligible().passed) {
        promised(material, 'TOLERANCE_EXCLUDED', `${whyExcluded(eligible())}，不能适用容缺受理，“${material.name}”（${material.code}）须当场提交`);
      } else {
        status('SUPPLY_LATER');
        commitments.push({ materialCode: material.code, materialName: material.name, type, text: commitmentText(type, material.name, deadline), signedBy: actor, signedAt: now.toISOString(), suppliedAt: null });
      }
      continue;
    }
    if (type === 'IN_LIEU_OF_PROOF') {
      if (!material.commitmentAllowed) {
        promised(material, 'COMMITMENT_NOT_ALLOWED', `“${material.name}”（${material.code}）不适用告知承诺${optionalHint(material)}`);
      } else if (!local.commitmentSystem) {
        promised(material, 'COMMITMENT_NOT_OFFERED', `本省未对该事项实行告知承诺，${leaveOutOptional(material) ?? `“${material.name}”（${material.code}）须提交`}`);
      } else if (!eligible().passed) {
        promised(material, 'COMMITMENT_EXCLUDED', `${whyExcluded(eligible())}，不能适用告知承诺，${leaveOutOptional(material) ?? `请提交“${material.name}”（${material.code}）`}`);
      } else {
        status('COMMITMENT');
        commitments.push({ materialCode: material.code, materialName: material.name, type, text: commitmentText(type, material.name, null), signedBy: actor, signedAt: now.toISOString(), suppliedAt: null });
      }
      continue;
    }
    if (material.necessity === 'OPTIONAL') {
      status('NOT_NEEDED');
      continue;
    }
    // What to do: hand it in, listing its code — or the way this material allows instead. In a
    // bundle, as the bundle takes it: the code with its item, or a shared paper by its document type.
    const promiseAs = inBundle ? `commitments，materialCode 写作 ${written(material.code)}` : 'commitments';
    const instead =
      material.necessity === 'SUPPLY_LATER' ? `，或签署容缺补交承诺（${promiseAs}）` : material.commitmentAllowed ? `，或以告知承诺代替（${promiseAs}）` : '';
    const why = material.replacedBy ? `持有数据的省份没有提供可用的${kindLabel(material.replacedBy)}，` : '';
    const listIt =
      inBundle && material.documentType !== null
        ? `请收取该证件（providedDocuments 列出 ${material.documentType}，或 providedMaterials 列出 ${written(material.code)}）`
        : `请收取该材料（providedMaterials 列出 ${written(material.code)}）`;
    handedIn(material, 'MATERIALS_MISSING', `缺少材料“${material.name}”（${material.code}）：${why}${listIt}${instead}`);
  }
  if (problems.length > 0) return materialRefusal(problems);

  const form = caseForm(inputs);
  if (!form.some((field) => field.name === APPLICANT_NAME_FIELD)) {
    // No record the applicant let the case use names them, and no name was declared: the licence
    // would have no holder. The clerk holds her identity document: the name is typed with this
    // submission, keeping the evidence already gathered (reopening would throw it away).
    const label = applicantNameLabel(inputs.caseFile.subjectKind);
    return {
      kind: 'REFUSE',
      reason: 'APPLICANT_NAME_MISSING',
      message: `本办件没有${label}：可用的共享材料中没有（持有省份未提供或申请人拒绝使用），也未填写；请在提交时填写${label}（applicantName）`,
    };
  }
  if (commitments.some((commitment) => commitment.type === 'SUPPLY_LATER')) {
    return { kind: 'DEFER', deadline: deadline.toISOString(), commitments, materials, form };
  }
  const { decision, postCheck } = decide(inputs, materials, commitments.some((commitment) => commitment.type === 'IN_LIEU_OF_PROOF'));
  return { kind: 'DECIDE', decision, commitments, form, postCheck };
}
