import type { PrefilledField } from '../decision/prefilledForm.ts';
import type { RuleResult } from '../decision/ruleEvaluation.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { RequestEndReason } from '../evidence/requestEnd.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';

/**
 * A case (办件) from opening to licence, as the filing province keeps it.
 *
 *   OPEN ──submit──▶ APPROVED (秒批, licence issued)     ──post-check failed──▶ REVOKED
 *     │      └─────▶ IN_REVIEW ──clerk──▶ APPROVED | REJECTED
 *     │      └─────▶ DEFERRED_MATERIALS (容缺) ──supplied──▶ APPROVED | IN_REVIEW
 *     │                         └──deadline passed──▶ TERMINATED
 *     └──submit while a province has not answered──▶ AWAITING_EVIDENCE ──submit──▶ …
 *   OPEN | AWAITING_EVIDENCE ──the applicant (or a clerk at her request) withdraws──▶ WITHDRAWN
 *
 * A one-thing bundle moves by itself until its submission, then follows its items (bundleStatus.ts).
 * An item of it the province passes on to an enterprise (联动过户) is no case at all: a pass-on of
 * the bundle, which goes out when the case it follows is approved (passedOn.ts).
 */
export type CaseStatus =
  | 'OPEN'
  | 'AWAITING_EVIDENCE'
  | 'DEFERRED_MATERIALS'
  | 'IN_REVIEW'
  | 'APPROVED'
  /** A bundle's alone (bundleStatus.ts): some of its items granted, the others not. */
  | 'PARTLY_APPROVED'
  | 'REJECTED'
  | 'TERMINATED'
  | 'REVOKED'
  /** 撤回: the applicant withdrew it before anything was decided (caseWithdrawal.ts); its evidence is erased. */
  | 'WITHDRAWN';

export const SUBMITTABLE: readonly CaseStatus[] = ['OPEN', 'AWAITING_EVIDENCE'];

/**
 * Where an application may still be withdrawn (撤回): nothing decided and no clerk has accepted it
 * for decision yet — the same states a submission leaves from. Once 容缺-accepted, in review or
 * decided, the province has acted on it and it ends by a decision, not a withdrawal.
 */
export const WITHDRAWABLE: readonly CaseStatus[] = SUBMITTABLE;

/** The longest reason or note a clerk may write on a case (characters): a rejection's reason, a post-check's note. */
export const MAX_CLERK_NOTE_LENGTH = 1_000;

export type CaseChannel = 'WINDOW' | 'ONLINE';
export type EvidenceStatus = 'PENDING_PREVIEW' | 'ACCEPTED' | 'REJECTED';
/** How a piece of evidence reads: as stored, or erased with its withdrawn case (caseWithdrawal.ts; never stored). */
export type EvidenceViewStatus = EvidenceStatus | 'ERASED';

/**
 * Why a case's evidence requests end as it leaves the states that gather evidence (SUBMITTABLE):
 * withdrawn, submitted for a decision (容缺, review), or decided (approved, rejected, terminated,
 * revoked). A request ends too when the applicant refuses a record it released (APPLICANT_REFUSED).
 */
export function requestEndReasonOf(status: CaseStatus): RequestEndReason | undefined {
  if (SUBMITTABLE.includes(status)) return undefined;
  if (status === 'WITHDRAWN') return 'WITHDRAWN';
  return status === 'IN_REVIEW' || status === 'DEFERRED_MATERIALS' ? 'SUBMITTED' : 'DECIDED';
}
export type PostCheckStatus = 'PENDING' | 'PASSED' | 'FAILED';
export type CommitmentType = 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF';

/** The machine (秒批, deadlines) or a person. */
export type CaseAgent = CaseActor | { readonly kind: 'SYSTEM' };
export const SYSTEM: CaseAgent = { kind: 'SYSTEM' };

export interface CaseFile {
  readonly id: string;
  readonly itemCode: string;
  readonly subjectId: string;
  readonly subjectKind: SubjectKind;
  /**
   * The applicant's name as declared (申请人填报) when the case was opened, or typed at a
   * submission since, which replaces it; or null. A record naming the applicant wins over it
   * (see prefillForm); it names the licence's holder where none does.
   */
  readonly applicantName: string | null;
  readonly status: CaseStatus;
  readonly channel: CaseChannel;
  readonly openedBy: CaseActor;
  readonly openedAt: string;
  /** The bundle (一件事) this case is part of. */
  readonly parentId: string | null;
  readonly isBundle: boolean;
  readonly submittedAt: string | null;
  readonly providedMaterials: readonly string[];
  /** Document types the submission handed in for several items (IDENTITY_DOCUMENT, APPLICATION_FORM). */
  readonly providedDocuments: readonly string[];
  readonly decision: CaseDecision | null;
  readonly form: readonly FormField[] | null;
  /** 容缺: when the deferred materials are due (end of the day, CST). */
  readonly deadline: string | null;
  readonly postCheck: PostCheckStatus | null;
  /**
   * 数据调取授权: the applicant's authorisation to ask the holding provinces for her records for
   * this case — given by her own sign-in (on her phone at a window, or online), naming the case;
   * null until she gives it, and no clerk's evidence request is signed before (caseAuthorisation.ts).
   */
  readonly authorisation: CaseAuthorisation | null;
}

/**
 * Who authorised a case's evidence to be gathered (always the applicant), and when. Her request
 * that did, as the gateway signed it, is kept beside it for the holding provinces to verify
 * (CaseStore.authorisationProofOf, authorisationProof.ts).
 */
export interface CaseAuthorisation {
  readonly by: Extract<CaseActor, { kind: 'APPLICANT' }>;
  readonly at: string;
}

/** How a material of the item was, or was not, satisfied. */
export interface MaterialStatus {
  readonly code: string;
  readonly name: string;
  readonly satisfiedBy: 'EVIDENCE' | 'PROVIDED' | 'SUPPLY_LATER' | 'COMMITMENT' | 'NOT_NEEDED';
}

export interface CaseDecision {
  /** TERMINATED: 终止办理, a 容缺 case whose deferred materials did not all arrive in time (deferralTermination.ts). */
  readonly outcome: 'APPROVED' | 'IN_REVIEW' | 'REJECTED' | 'TERMINATED';
  readonly ruleResults: readonly RuleResult[];
  /** Why a person has to look at it, or why it was rejected or terminated. */
  readonly reasons: readonly string[];
  readonly materials: readonly MaterialStatus[];
  readonly decidedBy: CaseAgent;
  readonly decidedAt: string;
}

/** 秒填: a form field pre-filled from data a province already holds. */
export type FormField = PrefilledField;

export interface CaseEvent {
  readonly seq: number;
  readonly at: string;
  readonly status: CaseStatus;
  readonly actor: CaseAgent;
  readonly note: string | null;
  readonly reasons: readonly string[];
}

export interface Commitment {
  readonly materialCode: string;
  /** The material as the item named it when the commitment was signed; null for one signed before names were kept. */
  readonly materialName: string | null;
  readonly type: CommitmentType;
  readonly text: string;
  readonly signedBy: CaseActor;
  readonly signedAt: string;
  readonly suppliedAt: string | null;
}

export interface IssuedRequest {
  readonly id: string;
  readonly caseId: string;
  readonly holder: string;
  readonly kinds: readonly EvidenceKind[];
  readonly token: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** When the request ended (its case could no longer use it), and why: no holder answers it again. */
  readonly endedAt: string | null;
  readonly endReason: RequestEndReason | null;
}

/** A holding province's signed answer to one request: which records it released. */
export interface EvidenceResponse {
  readonly requestId: string;
  readonly caseId: string;
  readonly holder: string;
  readonly kinds: readonly EvidenceKind[];
  readonly recordIds: readonly string[];
  readonly token: string;
  readonly receivedAt: string;
}

export interface CaseEvidence {
  readonly id: string;
  readonly caseId: string;
  readonly requestId: string;
  readonly issuer: string;
  readonly kind: EvidenceKind;
  readonly record: HeldRecord;
  readonly token: string;
  readonly receivedAt: string;
  readonly expiresAt: string;
  readonly status: EvidenceStatus;
  readonly decidedBy: CaseActor | null;
  readonly decidedAt: string | null;
}

export interface IssuedLicence {
  readonly id: string;
  readonly caseId: string;
  readonly record: HeldRecord<'E_LICENCE'>;
  readonly token: string;
}
