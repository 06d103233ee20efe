import { isHolderAs } from '../identity/caller.ts';
import { maskNumber, type RecordAudience } from '../privacy/masking.ts';
import { prefillForm } from '../decision/prefilledForm.ts';
import { ABSENCE_IS_EVIDENCE } from '../standard/evidenceKinds.ts';
import type { FoldOptions } from './auditLog.ts';
import { accessCase } from './caseAccess.ts';
import type { CaseAuthorisation, CaseEvidence, CaseFile, CaseStatus } from './caseModel.ts';
import { BUNDLE_OWN_STATES, bundleStatusOf } from './bundleStatus.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { actorView, answerViews, caseEvidenceView, recordShownTo, recordView, requestView, caseRecordIdsOf } from './recordViews.ts';
import { implementationOf } from './implementationOf.ts';
import { isLicenceFor } from './licenceCoverage.ts';
import { todayInChina } from '../time/localDate.ts';
import { decisionBlockedReason } from './separationOfDuties.ts';
import { decisionRemedy } from './decisionRemedy.ts';
import type { CasePassOn } from './passedOn.ts';
import { currentAuthorisation } from './caseAuthorisation.ts';
import { lastRequestTime } from '../evidence/authorisationProof.ts';
import { evidenceRequestPlan } from './evidenceRequestPlan.ts';

/** A case as its clerks and its applicant see it. */
export interface CaseEntity extends CaseFile {
  readonly audience: RecordAudience;
}

export const asEntity = (caseFile: CaseFile, audience: RecordAudience): CaseEntity => ({ ...caseFile, audience });

/** A bundle's status: its own until it is submitted, then its items' (bundleStatus.ts). */
function bundleStatus(bundle: CaseFile, children: readonly CaseFile[]): CaseStatus {
  return BUNDLE_OWN_STATES.includes(bundle.status) ? bundle.status : bundleStatusOf(children);
}

/** The evidence of a case lives with it, or, for a case in a bundle, with the bundle. */
const evidenceHolder = (caseFile: CaseFile) => caseFile.parentId ?? caseFile.id;

/**
 * A clerk reading a case's evidence sees another person's records whole: it goes into her access
 * history like a release does. One entry per clerk and case an hour, counting the reads and
 * gathering the records shown; the fields of one request (evidence, usableEvidence, form) are one
 * read. Her own reads of her own case are not logged.
 */
export const EVIDENCE_VIEW_FOLD: FoldOptions = { withinSeconds: 3600, mergeRecords: true };

/** The records of each case already logged as read in a request (its context), by case id. */
const readInRequest = new WeakMap<ProvinceContext, Map<string, Set<string>>>();

/** The case's evidence as the caller sees it, each record shown written to the subject's history (shownEvidence). */
function evidenceViews(caseFile: CaseEntity, evidence: readonly CaseEvidence[], context: ProvinceContext) {
  const caseWithdrawn = caseFile.status === 'WITHDRAWN';
  const views = evidence.map((piece) => caseEvidenceView(piece, caseFile.audience, { caseWithdrawn }));
  // Only what the view shows: a record the applicant refused, or any of a withdrawn case, is hidden from the clerk (recordViews.ts).
  shownEvidence(caseFile, evidence.filter((_, index) => views[index]?.record), context);
  return views;
}

function shownEvidence(caseFile: CaseEntity, evidence: readonly CaseEvidence[], context: ProvinceContext): readonly CaseEvidence[] {
  if (caseFile.audience !== 'CASE_OFFICER' || evidence.length === 0) return evidence;
  const read = readInRequest.get(context) ?? new Map<string, Set<string>>();
  readInRequest.set(context, read);
  const logged = read.get(caseFile.id);
  // Another field of the same read showing nothing new: already in her history.
  if (logged && evidence.every((piece) => logged.has(piece.record.recordId))) return evidence;
  const again = logged !== undefined;
  read.set(caseFile.id, new Set([...(logged ?? []), ...evidence.map((piece) => piece.record.recordId)]));
  context.services.audit.appendFolded(
    {
      event: 'CASE_EVIDENCE_VIEWED',
      outcome: 'VIEWED',
      subjectId: caseFile.subjectId,
      subjectKind: caseFile.subjectKind,
      actor: context.caller,
      caseId: caseFile.id,
      itemCode: caseFile.itemCode,
      kinds: [...new Set(evidence.map((piece) => piece.kind))],
      recordIds: evidence.map((piece) => piece.record.recordId),
      // Another field of the same read adds what it shows, without counting a second read.
      repeats: again ? 0 : 1,
    },
    EVIDENCE_VIEW_FOLD,
  );
  return evidence;
}

/**
 * The records a case's form is filled from before it is submitted (秒填). For anyone but the
 * applicant, only her accepted, usable evidence — what the submission fills the form from
 * (casePlanning.ts): a field copied from a record she has not accepted would show the clerk that
 * record before her consent. The applicant sees her own records filled in as they arrive (all but
 * those she refused). A withdrawn case's records are erased and fill nothing in (only the
 * declared name is left; usableEvidenceOf holds nothing then either).
 */
function formSources(caseFile: CaseEntity, context: ProvinceContext) {
  if (caseFile.status === 'WITHDRAWN') return [];
  const { cases } = context.services;
  const holder = evidenceHolder(caseFile);
  const pieces = caseFile.audience === 'HOLDER' ? cases.evidenceOf(holder).filter((piece) => piece.status !== 'REJECTED') : cases.usableEvidenceOf(holder);
  return pieces.map((piece) => piece.record);
}

export const caseEntityResolvers = {
  // By id, or by the hub's routing key (case(id:)): the case number either way.
  __resolveReference: async (reference: { id: string } | { caseRef: string }, context: ProvinceContext): Promise<CaseEntity> => {
    // A read: refused as 查看, and a refused read of someone's case is in her access history.
    const { caseFile, audience } = await accessCase(context, 'caseRef' in reference ? reference.caseRef : reference.id, 'VIEW');
    return asEntity(caseFile, audience);
  },
  caseRef: (caseFile: CaseEntity) => caseFile.id,
  region: (_: CaseEntity, __: unknown, context: ProvinceContext) => context.services.config.region.code,
  item: (caseFile: CaseEntity) => (caseFile.isBundle ? null : { __typename: 'StandardItem', code: caseFile.itemCode }),
  status: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    caseFile.isBundle ? bundleStatus(caseFile, await context.loaders.childrenByBundle.load(caseFile.id)) : caseFile.status,
  // A bundle's deadline is the first of its items' deadlines still running (each item keeps its own).
  deadline: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    // A 容缺 deadline binds only while a material is still awaited: once supplied (or the case ended) there is none.
    if (!caseFile.isBundle) return caseFile.status === 'DEFERRED_MATERIALS' ? caseFile.deadline : null;
    const running = (await context.loaders.childrenByBundle.load(caseFile.id)).filter((child) => child.status === 'DEFERRED_MATERIALS' && child.deadline);
    return running.map((child) => child.deadline as string).sort()[0] ?? null;
  },
  subjectId: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    caseFile.audience === 'CASE_OFFICER' || isHolderAs(context.caller, caseFile.subjectId, caseFile.subjectKind) ? caseFile.subjectId : maskNumber(caseFile.subjectId),
  openedBy: (caseFile: CaseEntity) => actorView(caseFile.openedBy),
  // Shown while it holds; a lapsed one, on a case still gathering, apart — she is asked for it again (caseAuthorisation.ts).
  authorisation: (caseFile: CaseEntity) => authorisationView(currentAuthorisation(caseFile)),
  lapsedAuthorisation: (caseFile: CaseEntity) => (currentAuthorisation(caseFile) ? null : authorisationView(caseFile.authorisation)),
  // What requestEvidence without kinds would ask on the whole case, by the one that reads it (evidenceRequestPlan.ts): her card lists it.
  evidenceToRequest: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    const whole = caseFile.parentId ? context.services.cases.caseById(caseFile.parentId) : caseFile;
    if (!whole) throw new Error(`case ${caseFile.id} names a bundle ${caseFile.parentId ?? ''} this province does not hold`);
    return (await evidenceRequestPlan(whole, null, caseFile.audience === 'HOLDER', context.services)).kinds;
  },
  evidenceRequests: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    context.services.cases.requestsOf(evidenceHolder(caseFile)).map(requestView),
  evidence: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => evidenceViews(caseFile, context.services.cases.evidenceOf(evidenceHolder(caseFile)), context),
  usableEvidence: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    evidenceViews(caseFile, context.services.cases.usableEvidenceOf(evidenceHolder(caseFile)), context),
  // A record she has not accepted (waiting for her, or refused) is named to nobody but her, here as
  // in `evidence` (its id can say as much as its contents).
  evidenceAnswers: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    const records = caseRecordIdsOf(context.services.cases.evidenceOf(evidenceHolder(caseFile)));
    return answerViews(context.services.cases.responsesOf(evidenceHolder(caseFile)), caseFile.audience, records);
  },
  requirements: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    if (caseFile.isBundle) return [];
    const { services } = context;
    const item = await services.hub.item(caseFile.itemCode);
    const local = implementationOf(services.config, caseFile.itemCode);
    const usable = services.cases.usableEvidenceOf(evidenceHolder(caseFile));
    const usableKinds = new Set(usable.map((evidence) => evidence.kind));
    const today = todayInChina();
    const answeredKinds = new Set(services.cases.responsesOf(evidenceHolder(caseFile)).flatMap((answer) => answer.kinds));
    return (item?.materials ?? []).map((material) => ({
      code: material.code,
      name: material.name,
      necessity: material.necessity,
      replacedBy: material.replacedBy,
      // A licence counts only if it is the one the material names (licenceCoverage.ts), as at submission.
      evidenceAvailable:
        material.replacedBy === 'E_LICENCE'
          ? usable.some((evidence) => isLicenceFor(material, evidence.record, today))
          : material.replacedBy !== null &&
            (usableKinds.has(material.replacedBy) || (ABSENCE_IS_EVIDENCE.has(material.replacedBy) && answeredKinds.has(material.replacedBy))),
      supplyLaterAllowed: material.necessity === 'SUPPLY_LATER' && (local?.tolerantAcceptance ?? false),
      commitmentAllowed: material.commitmentAllowed && (local?.commitmentSystem ?? false),
      documentType: material.documentType,
    }));
  },
  form: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    const evidence = context.services.cases.evidenceOf(evidenceHolder(caseFile));
    const form = caseFile.form ?? prefillForm(formSources(caseFile, context), { name: caseFile.applicantName, subjectKind: caseFile.subjectKind });
    // The form copies records' contents (name, fund account, employer): showing it to a clerk is
    // showing those records.
    const sources = new Set(form.flatMap((field) => (field.sourceRecordId ? [field.sourceRecordId] : [])));
    shownEvidence(caseFile, evidence.filter((piece) => sources.has(piece.record.recordId) && recordShownTo(piece.status, caseFile.audience)), context);
    return form;
  },
  statusHistory: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    context.services.cases.eventsOf(caseFile.id).map((event) => ({ ...event, actor: actorView(event.actor) })),
  // A refusal or a revocation tells the applicant her remedies, by the body implementing the item here (decisionRemedy.ts).
  decision: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    caseFile.decision
      ? {
          ...caseFile.decision,
          decidedBy: actorView(caseFile.decision.decidedBy),
          remedy: decisionRemedy(caseFile, implementationOf(context.services.config, caseFile.itemCode)),
        }
      : null,
  // The approval stays the decision; the revocation is its last REVOKED event (by the clerk who completed the post-check).
  revocation: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    if (caseFile.status !== 'REVOKED') return null;
    const revoked = context.services.cases.eventsOf(caseFile.id).filter((event) => event.status === 'REVOKED').at(-1);
    return revoked ? { revokedBy: actorView(revoked.actor), revokedAt: revoked.at, reason: revoked.note } : null;
  },
  commitments: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    (await context.loaders.commitmentsByCase.load(caseFile.id)).map((commitment) => ({ ...commitment, signedBy: actorView(commitment.signedBy) })),
  licence: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) => {
    const licence = await context.loaders.licenceByCase.load(caseFile.id);
    return licence ? recordView(licence, caseFile.audience) : null;
  },
  decisionBlockedReason: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    decisionBlockedReason(caseFile, await context.loaders.submittersByCase.load(caseFile.id), context.caller),
  bundleId: (caseFile: CaseEntity) => caseFile.parentId,
  bundleCode: (caseFile: CaseEntity) => (caseFile.isBundle ? caseFile.itemCode : null),
  bundle: (caseFile: CaseEntity) => (caseFile.isBundle ? { __typename: 'ItemBundleView', code: caseFile.itemCode } : null),
  cases: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    (await context.loaders.childrenByBundle.load(caseFile.id)).map((child) => asEntity(child, caseFile.audience)),
  // 联动过户: a bundle's items passed on to an enterprise (none for a single case: it is asked nothing).
  passedOn: async (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    caseFile.isBundle ? (await context.loaders.passOnsByBundle.load(caseFile.id)).map(passOnView) : [],
};

/** A pass-on as the schema shows it (PassedOnItem): the item by its code, for the hub to name. */
function passOnView(passOn: CasePassOn) {
  return {
    itemCode: passOn.itemCode,
    item: { __typename: 'StandardItem', code: passOn.itemCode },
    afterItemCode: passOn.afterItemCode,
    receiver: passOn.receiver,
    status: passOn.status,
    passedOnAt: passOn.passedOnAt,
    recalledAt: passOn.recalledAt,
    notice: passOn.notice,
  };
}

/** An authorisation as the case shows it, with until when requests go out under it. */
function authorisationView(authorisation: CaseAuthorisation | null) {
  return authorisation ? { authorisedBy: actorView(authorisation.by), authorisedAt: authorisation.at, validUntil: lastRequestTime(authorisation.at).toISOString() } : null;
}
