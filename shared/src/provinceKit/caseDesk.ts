import { randomUUID } from 'node:crypto';
import { forbidden } from '../identity/authErrors.ts';
import { holderKind, isHolder, type Caller } from '../identity/caller.ts';
import { badUserInput, conflict, notFound } from '../graphql/errorCodes.ts';
import { EVIDENCE_REQUEST_TYPE, type CaseActor, type EvidenceRequestBody } from '../evidence/evidenceMessages.ts';
import { regionByCode, regionBySubgraphName, type RegionDefinition } from '../regions/regionRegistry.ts';
import { checkItemCode } from '../standard/itemCode.ts';
import { recordsOfSubjectKind } from '../standard/recordSubjectKind.ts';
import { policyClosedOn } from '../standard/policyOpen.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import { identifySubject, type IdentifiedSubject } from '../subjects/identifySubject.ts';
import { todayInChina } from '../time/localDate.ts';
import { signMessage } from '../trust/signedMessage.ts';
import { applicantHome, whyFromElsewhere, type ApplicantHome } from './applicantHome.ts';
import { audienceMismatch } from './itemAudience.ts';
import { declaredApplicantName, requireApplicantName } from './applicantName.ts';
import { accessCase, caseAudience } from './caseAccess.ts';
import { idempotencyKeyOf } from './idempotencyKey.ts';
import { SUBMITTABLE, type CaseFile, type IssuedRequest } from './caseModel.ts';
import { AlreadyApplying, IdempotencyConflict } from './caseStore.ts';
import { takeIn } from './evidenceIntake.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { provinceTypeNames } from './provinceTypeDefs.ts';
import { answerView, callerAsActor, caseEvidenceView, requestView, caseRecordIdsOf } from './recordViews.ts';
import { implementationOf } from './implementationOf.ts';
import { passedOnOf, type PassedOnItem } from './passedOn.ts';
import { policyProvinces, provincesInWords, registeringProvince } from './whereHandled.ts';
import { caseStatusLabel } from './enumLabels.ts';
import { caseWithdrawn } from './caseWithdrawal.ts';
import { reusableRequest } from './reusableRequest.ts';
import { evidenceRequestPlan } from './evidenceRequestPlan.ts';
import { authoriseBy, requireApplicant, requireAuthorisation, requireCaseItem, requireWholeCase } from './caseAuthorisation.ts';
import { lastRequestTime } from '../evidence/authorisationProof.ts';

/**
 * The opening half of a province's case desk: open a case (or a one-thing bundle), request
 * its evidence from the holding provinces, take in what they released, and record the
 * applicant's decisions on it (preview and consent).
 */
const MAX_TOKENS = 50;

/** The case a mutation acts on, if the caller may (a refusal on someone's case goes into her access history: accessCase). */
function loadCase(caseId: string, context: ProvinceContext, mutation: string) {
  return accessCase(context, caseId, 'ACT', mutation);
}

/** Who may open a case here, for whom: a clerk of this province for anyone, a person or enterprise for itself online. */
function openingActor(caller: Caller, subjectId: string, region: RegionDefinition): CaseActor {
  if (caller.kind === 'ANONYMOUS') throw forbidden('SIGN_IN_REQUIRED', '办件需要先登录');
  if (caller.kind === 'SERVICE') throw forbidden('NOT_THE_SUBJECT', '联盟成员系统不能代为办件');
  if (caller.kind === 'OPERATOR' && caller.region !== region.code) {
    throw forbidden('WRONG_REGION', `您是${regionByCode(caller.region)?.name ?? caller.region}的窗口人员，不能在${region.name}受理办件`);
  }
  if ((caller.kind === 'CITIZEN' || caller.kind === 'ENTERPRISE') && !isHolder(caller, subjectId)) {
    throw forbidden('NOT_THE_SUBJECT', '网上只能为本人（本企业）申请');
  }
  return callerAsActor(caller) as CaseActor;
}

/**
 * Where the applicant belongs (applicantHome.ts): a person where this province holds her current
 * household registration — read from its own records, never from the digits of her number, which
 * only say where she was born — and by her number only when it holds none; an enterprise by its
 * registering authority.
 */
async function homeOf(subject: IdentifiedSubject, context: ProvinceContext): Promise<ApplicantHome> {
  const records = subject.kind === 'PERSON' ? recordsOfSubjectKind(await context.loaders.recordsBySubject.load(subject.id), 'PERSON') : [];
  return applicantHome(subject, context.services.config.region, records);
}

/** The item, handled here (cross-region when the applicant is from elsewhere, unless it is about a place here), for this kind of applicant. */
async function itemForCase(itemCode: string, subject: IdentifiedSubject, field: string, context: ProvinceContext): Promise<ItemStandard> {
  const { services } = context;
  const { region } = services.config;
  checkItemCode(itemCode, field);
  const item = await services.hub.item(itemCode);
  if (!item) throw notFound('标准事项', itemCode, field);
  const local = implementationOf(services.config, itemCode);
  // 联动过户: an item the province passes on to an enterprise is applied for with the bundle it follows, or with the enterprise.
  const passedOn = local ? undefined : passedOnOf(services.config, itemCode);
  if (passedOn) {
    throw badUserInput(field, `${region.name}不办理“${item.name}”，由${passedOn.receiver}办理；随“一件事”申请的，${passedOn.notice}`, {
      reason: 'ITEM_NOT_HANDLED',
      passedOnTo: passedOn.receiver,
    });
  }
  if (!local) {
    // A policy is taken by the provinces its code names: say which, rather than only that it is not here.
    const elsewhere = item.policy ? policyProvinces(itemCode).filter((other) => other.code !== region.code) : [];
    if (elsewhere.length === 0) throw badUserInput(field, `${region.name}不办理“${item.name}”`, { reason: 'ITEM_NOT_HANDLED' });
    throw badUserInput(field, `${region.name}不办理“${item.name}”；该政策由${provincesInWords(elsewhere)}受理，请向${provincesInWords(elsewhere)}申请（${elsewhere.map((other) => `${other.subgraphName} { openCase }`).join('、')}）`, {
      reason: 'ITEM_NOT_HANDLED',
      regions: elsewhere.map((other) => other.code),
    });
  }
  // 属地管辖: an item about a place (不动产登记, 水电气网过户) is handled where the place is, whoever
  // applies; only the others ask where the applicant belongs (and only then are her records read).
  const home = local.crossRegion || item.territorial ? undefined : await homeOf(subject, context);
  if (home && !home.local) {
    // An enterprise's item not handled across provinces is handled where it is registered: name it.
    const registeredIn = registeringProvince(subject);
    if (registeredIn && registeredIn.code !== region.code) {
      throw badUserInput(field, `${region.name}未开通“${item.name}”的跨省通办；该企业登记在${registeredIn.name}，请到登记地${registeredIn.name}办理（${registeredIn.subgraphName} { openCase }）`, {
        reason: 'ITEM_NOT_HANDLED_CROSS_REGION',
        region: registeredIn.code,
        mutationField: registeredIn.subgraphName,
      });
    }
    // A person (or an enterprise registered outside the delta): say why she is taken as from
    // elsewhere (her household, or only her number), and where she belongs when known.
    // Where her household is, and what this province holds of it, are hers to tell (whyFromElsewhere): not said to a clerk, in words, `basis` or `region`.
    const toApplicant = context.caller.kind !== 'OPERATOR';
    const elsewhere = home.basis === 'REGISTRATION' || !toApplicant ? undefined : home.province;
    const goTo = home.basis === 'REGISTRATION' ? '登记地' : '户籍地';
    throw badUserInput(field, `${region.name}未开通“${item.name}”的跨省通办；${whyFromElsewhere(home, subject.id, region, toApplicant)}，按外省申请人办理，请到${goTo}或开通该事项跨省通办的省份办理`, {
      reason: 'ITEM_NOT_HANDLED_CROSS_REGION',
      ...(toApplicant || home.basis === 'REGISTRATION' ? { basis: home.basis } : {}),
      ...(elsewhere && elsewhere.code !== region.code ? { region: elsewhere.code } : {}),
    });
  }
  const notServed = audienceMismatch(item, subject.kind, 'input.subjectId');
  if (notServed) throw notServed;
  // A policy past its last day (or not yet in force) takes no cases: only the hub's list knew,
  // and a 免申即享 case opened anyway would be approved. Submission checks it again.
  const closed = item.policy ? policyClosedOn(item, todayInChina()) : undefined;
  if (closed) throw badUserInput(field, closed.message, { reason: closed.reason, ...closed.details });
  return item;
}

function openOrExplain<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof AlreadyApplying) {
      throw conflict('ALREADY_APPLYING', `已有一件同一政策的申请在办（办件 ${error.existingCaseId}），请继续办理该办件；办结前不能重复申请`, {
        field: 'input.itemCode',
        caseId: error.existingCaseId,
      });
    }
    if (error instanceof IdempotencyConflict) {
      throw badUserInput('input.idempotencyKey', `该幂等键已用于办件 ${error.existingCaseId}（事项、申请人或所填申请人姓名不同），请使用新的幂等键`, {
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    throw error;
  }
}

/** What opening a case or a bundle is sent: whom for (and, for a number valid both ways, as which), with which retry key, and the applicant's name if declared. */
interface OpenInput {
  readonly subjectId: string;
  readonly subjectKind?: SubjectKind | null;
  readonly idempotencyKey: string;
  readonly applicantName?: string | null;
}

/**
 * The applicant, identified as the kind the input names (input.subjectKind) — needed only for a
 * number valid both as a person's and as a credit code, whose case is otherwise refused
 * (AMBIGUOUS_SUBJECT naming input.subjectKind). Online, the applicant is the one signed in: a
 * person as a person, an enterprise as an enterprise, whatever its number could also be.
 */
function applicantOf(input: OpenInput, caller: Caller): IdentifiedSubject {
  const signedInAs = holderKind(caller);
  if (signedInAs && input.subjectKind && input.subjectKind !== signedInAs) {
    throw badUserInput('input.subjectKind', `您以${signedInAs === 'PERSON' ? '个人' : '企业'}身份登录，只能按${signedInAs === 'PERSON' ? '个人（PERSON）' : '单位（ENTERPRISE）'}申请`, {
      reason: 'SUBJECT_KIND_MISMATCH',
    });
  }
  return identifySubject(input.subjectId, 'input.subjectId', input.subjectKind ?? signedInAs, new Date(), 'input.subjectKind');
}

/** Evidence is gathered, handed in and consented to only until the case is decided on. */
function requireGathering(caseFile: CaseFile): void {
  // Not “already submitted”: a withdrawn case was never submitted, and its applicant may apply anew.
  if (caseFile.status === 'WITHDRAWN') throw caseWithdrawn(caseFile);
  if (!SUBMITTABLE.includes(caseFile.status)) {
    throw conflict('CASE_ALREADY_SUBMITTED', `办件 ${caseFile.id} 已提交（当前状态：${caseStatusLabel(caseFile.status)}），材料不能再变更`, { status: caseFile.status });
  }
}

export const caseDeskResolvers = {
  openCase: async (_: unknown, args: { input: OpenInput & { itemCode: string } }, context: ProvinceContext) => {
    const { caller, services } = context;
    const { region } = services.config;
    const { itemCode, subjectId } = args.input;
    const actor = openingActor(caller, subjectId, region);
    const idempotencyKey = idempotencyKeyOf(args.input.idempotencyKey, 'input.idempotencyKey');
    const subject = applicantOf(args.input, caller);
    const applicantName = declaredApplicantName(args.input.applicantName, 'input.applicantName', subject.kind);
    const item = await itemForCase(itemCode, subject, 'input.itemCode', context);
    requireApplicantName(applicantName, item, subject.kind, 'input.applicantName');
    const { caseFile } = openOrExplain(() =>
      services.cases.openCase({
        itemCode,
        subjectId,
        subjectKind: subject.kind,
        applicantName,
        channel: caller.kind === 'OPERATOR' ? 'WINDOW' : 'ONLINE',
        openedBy: actor,
        idempotencyKey,
        // A policy is applied for once at a time; what was granted before is its claim rule's to judge.
        oneAtATime: item.policy !== null,
      }),
    );
    return { ...caseFile, audience: caseAudience(caller, caseFile, region, services.config.implementations) };
  },

  openBundle: async (_: unknown, args: { input: OpenInput & { bundleCode: string } }, context: ProvinceContext) => {
    const { caller, services } = context;
    const { region } = services.config;
    const { bundleCode, subjectId } = args.input;
    const actor = openingActor(caller, subjectId, region);
    const idempotencyKey = idempotencyKeyOf(args.input.idempotencyKey, 'input.idempotencyKey');
    const subject = applicantOf(args.input, caller);
    const applicantName = declaredApplicantName(args.input.applicantName, 'input.applicantName', subject.kind);
    const bundle = await services.hub.bundle(bundleCode);
    if (!bundle) throw notFound('一件事', bundleCode, 'input.bundleCode');
    // Each item gets its case here — or, one the province passes on to an enterprise (联动过户), a
    // pass-on of the bundle, with no case, evidence or decision of its own; any other is refused.
    const handled: string[] = [];
    const passOns: PassedOnItem[] = [];
    for (const itemCode of bundle.itemCodes) {
      const passOn = implementationOf(services.config, itemCode) ? undefined : passedOnOf(services.config, itemCode);
      if (passOn) {
        passOns.push(passOn);
        continue;
      }
      await itemForCase(itemCode, subject, 'input.bundleCode', context);
      handled.push(itemCode);
    }
    // A pass-on goes out once the item it follows is approved: that item must be one of this bundle's cases.
    const unfollowed = passOns.find((passOn) => !handled.includes(passOn.afterApprovalOf));
    if (unfollowed) {
      const [item, after] = await Promise.all([services.hub.item(unfollowed.itemCode), services.hub.item(unfollowed.afterApprovalOf)]);
      throw badUserInput(
        'input.bundleCode',
        `${region.name}的“${item?.name ?? unfollowed.itemCode}”在“${after?.name ?? unfollowed.afterApprovalOf}”准予后推送至${unfollowed.receiver}办理，“${bundle.name}”不含该事项，不能联办`,
        { reason: 'ITEM_NOT_HANDLED', itemCode: unfollowed.itemCode, passedOnTo: unfollowed.receiver },
      );
    }
    // The bundle's evidence is gathered once for all its items: any record of it may name the applicant.
    requireApplicantName(applicantName, bundle, subject.kind, 'input.applicantName');
    const { bundle: opened } = openOrExplain(() =>
      services.cases.openBundle(
        { itemCode: bundle.code, subjectId, subjectKind: subject.kind, applicantName, channel: caller.kind === 'OPERATOR' ? 'WINDOW' : 'ONLINE', openedBy: actor, idempotencyKey },
        handled,
        passOns,
      ),
    );
    return { ...opened, audience: caseAudience(caller, opened, region, services.config.implementations) };
  },

  requestEvidence: async (_: unknown, args: { caseId: string; kinds?: EvidenceKind[] | null }, context: ProvinceContext) => {
    const { services, caller } = context;
    const { caseFile, audience } = await loadCase(args.caseId, context, 'requestEvidence');
    requireGathering(caseFile);
    requireWholeCase(caseFile, '调取');
    const actor = callerAsActor(caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
    const authorisation = requireAuthorisation(caseFile, audience);
    // Purpose limitation is enforced where the data is (the holding province checks the kinds
    // against the item standard, and refuses and audits what it does not need), and first here,
    // before anything is signed: neither a kind the item does not gather nor one the applicant
    // refused on this case reaches a holder (requestedKinds.ts).
    const plan = await evidenceRequestPlan(caseFile, args.kinds, audience === 'HOLDER', services);
    const proof = services.cases.authorisationProofOf(caseFile.id);
    if (!proof) throw new Error(`case ${caseFile.id} is authorised without the applicant's signed request`);
    const requests: IssuedRequest[] = [];
    const now = new Date();
    const issued = services.cases.requestsOf(caseFile.id);
    for (const [region, regionKinds] of plan.byRegion) {
      const reusable = reusableRequest(issued, { holder: region.subgraphName, kinds: regionKinds, requester: actor, proof }, now);
      if (reusable) {
        requests.push(reusable);
        continue;
      }
      const body: EvidenceRequestBody = {
        aud: region.subgraphName,
        caseId: caseFile.id,
        itemCode: caseFile.itemCode,
        filingRegion: services.config.region.code,
        subject: { id: caseFile.subjectId, kind: caseFile.subjectKind },
        kinds: regionKinds,
        requester: actor,
        authorisation: { ...authorisation, proof },
      };
      // None outlives the authorisation it carries (lastRequestTime: a day before the holders stop honouring it).
      const seconds = Math.max(1, Math.min(services.settings.evidenceRequestSeconds, Math.floor((lastRequestTime(authorisation.at).getTime() - now.getTime()) / 1000)));
      const id = randomUUID();
      const token = await signMessage(EVIDENCE_REQUEST_TYPE, body, services.keys.signingKey, seconds, now, id);
      const request = services.cases.recordRequest({
        id,
        caseId: caseFile.id,
        holder: region.subgraphName,
        kinds: regionKinds,
        token,
        issuedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
      });
      requests.push(request);
    }
    return {
      caseId: caseFile.id,
      requests: requests.map(requestView),
      sources: requests.map((request) => {
        const region = regionBySubgraphName(request.holder) ?? services.config.region;
        return { __typename: provinceTypeNames(region).evidenceSource, request: request.token };
      }),
    };
  },

  authoriseEvidence: async (_: unknown, args: { caseId: string; itemCode: string }, context: ProvinceContext) => {
    const { caseFile, audience } = await loadCase(args.caseId, context, 'authoriseEvidence');
    requireApplicant(audience);
    requireWholeCase(caseFile, '授权');
    requireCaseItem(caseFile, args.itemCode);
    // Authorised already and past gathering (a late retry): the case as it is, whatever became of it since.
    if (caseFile.authorisation && !SUBMITTABLE.includes(caseFile.status)) return { ...caseFile, audience };
    requireGathering(caseFile);
    // Her latest word stands: a retry records it again, as does authorising anew.
    return { ...caseFile, authorisation: authoriseBy(caseFile, context), audience };
  },

  collectEvidence: async (_: unknown, args: { caseId: string; tokens: string[] }, context: ProvinceContext) => {
    if (args.tokens.length > MAX_TOKENS) {
      throw badUserInput('tokens', `一次最多提交 ${MAX_TOKENS} 份材料，收到 ${args.tokens.length} 份`, { reason: 'TOO_MANY', max: MAX_TOKENS });
    }
    const { caseFile, audience } = await loadCase(args.caseId, context, 'collectEvidence');
    requireGathering(caseFile);
    // Every token is taken in first: a holder's answer (its receipt) may come before the records
    // it names, whose ids stay withheld from a clerk until the applicant has accepted them.
    const verifications = [];
    for (const token of args.tokens) verifications.push(await takeIn(token, caseFile, context.caller, context.services));
    const records = caseRecordIdsOf(context.services.cases.evidenceOf(caseFile.id));
    return verifications.map((verification) => {
      if (!verification.accepted) return { accepted: false, evidence: null, answer: null, rejection: { reason: verification.reason, message: verification.message } };
      if (verification.evidence) return { accepted: true, evidence: caseEvidenceView(verification.evidence, audience), answer: null, rejection: null };
      return { accepted: true, evidence: null, answer: answerView(verification.answer, audience, records), rejection: null };
    });
  },

  decideEvidence: async (
    _: unknown,
    args: { caseId: string; evidenceId: string; decision: 'ACCEPT' | 'REJECT' },
    context: ProvinceContext,
  ) => {
    const { caseFile, audience } = await loadCase(args.caseId, context, 'decideEvidence');
    requireGathering(caseFile);
    const actor = callerAsActor(context.caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
    // Consent is the applicant's own act: only they accept a province's record for the case (on
    // their phone at a window, or online). A clerk may record a refusal, which only keeps data out.
    if (args.decision === 'ACCEPT' && audience !== 'HOLDER') {
      throw forbidden('NOT_THE_SUBJECT', '数据须由申请人本人预览后确认使用（在其手机上或网上办理），窗口工作人员不能代为确认', { field: 'decision' });
    }
    const decided = context.services.cases.decideEvidence(caseFile.id, args.evidenceId, args.decision === 'ACCEPT', actor);
    if (!decided) throw notFound('材料', args.evidenceId, 'evidenceId');
    // Her refusal ended the request that released it (caseStore.decideEvidence): the hub is told
    // before she is answered, so that the request releases the record to no one again.
    if (args.decision === 'REJECT') await context.services.requestEnds.deliver();
    return caseEvidenceView(decided, audience);
  },
};
