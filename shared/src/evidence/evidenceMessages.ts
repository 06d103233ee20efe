import type { RegionCode } from '../regions/regionRegistry.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { SealedTypes } from '../trust/sealedTypes.ts';
import type { SignedRequest } from '../identity/signedRequestType.ts';

/**
 * The two messages of the once-only evidence exchange (EU OOTS: evidence request and
 * evidence response), both signed by the province that sends them.
 */
export const EVIDENCE_REQUEST_TYPE = 'yrd-evidence-request+jws';
export const EVIDENCE_TYPE = 'yrd-evidence+jws';
export const EVIDENCE_RESPONSE_TYPE = 'yrd-evidence-response+jws';

/**
 * Released evidence as it travels: the signed evidence, encrypted to the filing province
 * (sealedMessage.ts). It carries a whole record — a spouse's or a legal representative's
 * identity number among it — through the applicant's or the clerk's client, which must not be
 * able to read more than the masked preview beside it.
 */
export const SEALED_EVIDENCE_TYPE = 'yrd-evidence+jwe';
export const EVIDENCE_SEALING: SealedTypes = { sealed: SEALED_EVIDENCE_TYPE, signed: EVIDENCE_TYPE };

/**
 * The holder's answer as it travels: signed, and encrypted to the filing province as the evidence
 * is. It names the records released by their ids, which are the holder's and the person's — a
 * clerk carrying it has accepted none of them yet, and is shown only what identifies each piece
 * (kind, holding authority, times). The filing province opens it and keeps the signed answer. An
 * answer signed only (a holder from before answers were sealed) is still taken in. The request
 * names no record, and stays signed only.
 */
export const SEALED_EVIDENCE_RESPONSE_TYPE = 'yrd-evidence-response+jwe';
export const EVIDENCE_RESPONSE_SEALING: SealedTypes = { sealed: SEALED_EVIDENCE_RESPONSE_TYPE, signed: EVIDENCE_RESPONSE_TYPE };

/** Who acts on a case: the clerk at a window, or the applicant online. */
export type CaseActor =
  | { readonly kind: 'OPERATOR'; readonly region: RegionCode; readonly division: string; readonly window: string; readonly operatorId: string }
  | { readonly kind: 'APPLICANT'; readonly subjectId: string };

/**
 * Issued by the province where a case is open, to one holding province: release these kinds
 * of evidence about this subject, for this case of this item, to this clerk.
 */
export interface EvidenceRequestBody {
  /** The holding member the request is addressed to. */
  readonly aud: string;
  readonly caseId: string;
  readonly itemCode: string;
  readonly filingRegion: RegionCode;
  readonly subject: { readonly id: string; readonly kind: SubjectKind };
  readonly kinds: readonly EvidenceKind[];
  readonly requester: CaseActor;
  /**
   * 数据调取授权: the applicant's authorisation of the case's evidence requests — by her own
   * sign-in, and when — with her own request that gave it, as the gateway signed it (proof). The
   * holding province refuses a request without one it can verify (NOT_AUTHORISED; authorisationProof.ts).
   */
  readonly authorisation: { readonly by: { readonly kind: 'APPLICANT'; readonly subjectId: string }; readonly at: string; readonly proof: SignedRequest };
}

/** Released by the holding province: one record, bound to the case it was requested for. */
export interface EvidenceBody {
  /** The member that asked (the filing province). */
  readonly aud: string;
  /** jti of the request this answers. */
  readonly requestId: string;
  readonly caseId: string;
  readonly filingRegion: RegionCode;
  readonly subjectId: string;
  readonly kind: EvidenceKind;
  readonly record: HeldRecord;
}

/**
 * The holding province's signed answer to a request as a whole: which of its records it
 * released (possibly none). With it the case's province knows an answer is complete — and
 * that a province which never answered is still owed.
 */
export interface EvidenceResponseBody {
  readonly aud: string;
  readonly requestId: string;
  readonly caseId: string;
  readonly filingRegion: RegionCode;
  readonly subjectId: string;
  readonly kinds: readonly EvidenceKind[];
  readonly recordIds: readonly string[];
}
