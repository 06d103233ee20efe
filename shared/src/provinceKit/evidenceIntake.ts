import { decodeProtectedHeader } from 'jose';
import {
  EVIDENCE_RESPONSE_SEALING,
  EVIDENCE_RESPONSE_TYPE,
  EVIDENCE_SEALING,
  EVIDENCE_TYPE,
  SEALED_EVIDENCE_RESPONSE_TYPE,
  type EvidenceBody,
  type EvidenceResponseBody,
} from '../evidence/evidenceMessages.ts';
import type { SealedTypes } from '../trust/sealedTypes.ts';
import { isSealed, UnsealingError, unsealMessage, type UnsealingFailure } from '../trust/sealedMessage.ts';
import { VerificationError, verifyMessage, type VerificationFailure } from '../trust/signedMessage.ts';
import type { Caller } from '../identity/caller.ts';
import { isEvidenceKind, type EvidenceKind, type SubjectKind } from '../standard/evidenceKinds.ts';
import { subjectKindOf } from '../standard/recordSubjectKind.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, CaseFile, EvidenceResponse } from './caseModel.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * The deciding province's side: evidence handed in for a case (by the clerk's or the
 * applicant's client, which carried it from the holding province) is accepted only when it
 * opens with this province's encryption key and verifies — signed by the province that holds
 * the record, unaltered, unexpired, about this case's subject, answering a request this
 * province issued for this very case.
 */
export type EvidenceRejectionReason =
  | VerificationFailure
  /** Signed evidence handed in as plain text: holders encrypt it to the filing province. */
  | 'NOT_ENCRYPTED'
  /** Encrypted to another province's key (or to a key of ours past its grace). */
  | 'NOT_FOR_THIS_PROVINCE'
  /** Our key, but the ciphertext does not open: altered or cut short on the way. */
  | 'UNDECRYPTABLE'
  | 'OTHER_CASE'
  | 'SUBJECT_MISMATCH'
  | 'UNKNOWN_REQUEST'
  | 'KIND_NOT_REQUESTED'
  | 'NOT_FROM_HOLDER';

const REJECTION_MESSAGES: Record<Exclude<EvidenceRejectionReason, VerificationFailure>, string> = {
  NOT_ENCRYPTED: '该材料未加密，不予接收（持有省份应将材料加密发送给办件省份）；请重新向持有省份调取',
  NOT_FOR_THIS_PROVINCE: '该材料是加密发送给其他省份的，本省无法解密；请在本省为本办件重新调取材料',
  UNDECRYPTABLE: '该材料的密文已损坏（可能在传递中被截断或改动），无法解密；请重新调取材料',
  OTHER_CASE: '该材料是为另一个办件调取的，不能用于本办件',
  SUBJECT_MISMATCH: '该材料的主体与本办件的申请人不一致',
  UNKNOWN_REQUEST: '该材料不是对本省为本办件发出的调取请求的答复',
  KIND_NOT_REQUESTED: '该材料的种类不在本办件的调取请求中',
  NOT_FROM_HOLDER: '签发该材料的省份并不持有这条记录',
};

export type EvidenceVerification =
  | { readonly accepted: true; readonly evidence: CaseEvidence; readonly answer?: undefined }
  | { readonly accepted: true; readonly answer: EvidenceResponse; readonly evidence?: undefined }
  | { readonly accepted: false; readonly reason: EvidenceRejectionReason; readonly message: string };

/**
 * Takes in a piece of evidence (signed, encrypted to this province) or a holder's signed answer
 * (encrypted to this province too; one signed only, from before answers were sealed, is taken in
 * as it is), whichever the token is.
 */
export async function takeIn(token: string, caseFile: CaseFile, caller: Caller, services: ProvinceServices, now = new Date()): Promise<EvidenceVerification> {
  // Decided by shape first: a JWE whose header was damaged, or cut short, is still damaged
  // evidence; one whose header says it is an answer is opened as one.
  if (isSealed(token)) {
    if (sealedTypeOf(token) !== SEALED_EVIDENCE_RESPONSE_TYPE) return takeInEvidence(token, caseFile, caller, services, now);
    const signed = await unsealed(token, EVIDENCE_RESPONSE_SEALING, caseFile, caller, services, now);
    return typeof signed === 'string' ? takeInAnswer(signed, caseFile, caller, services, now) : signed;
  }
  let type: unknown;
  try {
    type = decodeProtectedHeader(token).typ;
  } catch {
    type = undefined;
  }
  if (type === EVIDENCE_RESPONSE_TYPE) return takeInAnswer(token, caseFile, caller, services, now);
  if (type === EVIDENCE_TYPE) return refuseUnencrypted(token, caseFile, caller, services, now);
  // Any other signed message is refused by the signature check, for what it is (MALFORMED, WRONG_TYPE).
  return takeInSignedEvidence(token, caseFile, caller, services, now);
}

/** Why sealed evidence did not open, in the evidence's own words. */
const UNSEALING_REJECTIONS: Record<UnsealingFailure, 'NOT_ENCRYPTED' | 'NOT_FOR_THIS_PROVINCE' | 'UNDECRYPTABLE' | 'WRONG_TYPE'> = {
  NOT_SEALED: 'NOT_ENCRYPTED',
  WRONG_TYPE: 'WRONG_TYPE',
  NOT_FOR_THIS_MEMBER: 'NOT_FOR_THIS_PROVINCE',
  UNDECRYPTABLE: 'UNDECRYPTABLE',
};

/** The `typ` a sealed token's header claims, if it can be read (checked again when it is opened). */
function sealedTypeOf(token: string): unknown {
  try {
    return decodeProtectedHeader(token).typ;
  } catch {
    return undefined;
  }
}

/**
 * The signed message inside a sealed token of `types`, or its rejection: what could not be
 * opened names nobody, and is filed under the case's own subject.
 */
async function unsealed(token: string, types: SealedTypes, caseFile: CaseFile, caller: Caller, services: ProvinceServices, now: Date): Promise<string | EvidenceVerification> {
  try {
    return await unsealMessage(token, types, services.keys, now);
  } catch (error) {
    if (!(error instanceof UnsealingError)) throw error;
    const reason = UNSEALING_REJECTIONS[error.reason];
    rejectionAudit(services, caseFile, caller, reason, now);
    return { accepted: false, reason, message: reason === 'WRONG_TYPE' ? error.message : REJECTION_MESSAGES[reason] };
  }
}

/** Whose data a rejected token carried, as its (authentic) signed content says. */
interface OfferedData {
  readonly subjectId: string;
  /** A person or an enterprise, when the data says (a number can be valid as both). */
  readonly subjectKind: SubjectKind | null;
  readonly kinds: readonly EvidenceKind[];
  readonly recordIds: readonly string[];
}

/**
 * Logs a rejection under the person whose data was handed in — who is not always the case's
 * applicant: a clerk can hand one person's evidence into another person's case. That person
 * sees the attempt, with their record, in their access history; the applicant sees that their
 * case was used, without the other person's record. Content that could not be read
 * authentically (a forged or unreadable token) names nobody but the case's own subject.
 */
function rejectionAudit(services: ProvinceServices, caseFile: CaseFile, caller: Caller, reason: string, now: Date, offered?: OfferedData) {
  const entry = { event: 'EVIDENCE_REJECTED', outcome: 'REJECTED', reason, actor: caller, caseId: caseFile.id, itemCode: caseFile.itemCode } as const;
  const kinds = offered?.kinds ?? [];
  const applicant = { subjectId: caseFile.subjectId, subjectKind: caseFile.subjectKind };
  const someoneElse = offered && (offered.subjectId !== caseFile.subjectId || (offered.subjectKind !== null && offered.subjectKind !== caseFile.subjectKind));
  if (someoneElse) {
    services.audit.appendAll(
      [
        { ...entry, subjectId: offered.subjectId, subjectKind: offered.subjectKind, kinds, recordIds: offered.recordIds },
        { ...entry, ...applicant, kinds, recordIds: [] },
      ],
      now,
    );
    return;
  }
  services.audit.append({ ...entry, ...applicant, kinds, recordIds: offered?.recordIds ?? [] }, now);
}

/** A piece of evidence's data: the record's own subject is whose it is. */
function offeredEvidence(body: Partial<EvidenceBody> | undefined): OfferedData | undefined {
  const subjectId = body?.record?.subjectId ?? body?.subjectId;
  if (typeof subjectId !== 'string') return undefined;
  return { subjectId, subjectKind: offeredKindOf(body?.record), kinds: body?.kind ? [body.kind] : [], recordIds: body?.record ? [body.record.recordId] : [] };
}

/** Whose an offered record says it is, when it says: a malformed record says nothing. */
function offeredKindOf(record: Partial<HeldRecord> | undefined): SubjectKind | null {
  if (!record || typeof record.kind !== 'string' || !isEvidenceKind(record.kind) || typeof record.content !== 'object' || record.content === null) return null;
  const kind: unknown = subjectKindOf(record as HeldRecord);
  return kind === 'PERSON' || kind === 'ENTERPRISE' ? kind : null;
}

/** A holder's answer's data: which of its subject's records it says were released. */
function offeredAnswer(body: Partial<EvidenceResponseBody> | undefined): OfferedData | undefined {
  if (typeof body?.subjectId !== 'string') return undefined;
  return { subjectId: body.subjectId, subjectKind: null, kinds: body.kinds ?? [], recordIds: body.recordIds ?? [] };
}

/** A holder's signed answer: which records it released for one of this case's requests. */
async function takeInAnswer(token: string, caseFile: CaseFile, caller: Caller, services: ProvinceServices, now: Date): Promise<EvidenceVerification> {
  const reject = (reason: EvidenceRejectionReason, message: string, body?: Partial<EvidenceResponseBody>): EvidenceVerification => {
    rejectionAudit(services, caseFile, caller, reason, now, offeredAnswer(body));
    return { accepted: false, reason, message };
  };
  let body: EvidenceResponseBody & { iss: string };
  try {
    body = (await verifyMessage<EvidenceResponseBody>(token, EVIDENCE_RESPONSE_TYPE, services.trust, { roles: ['PROVINCE'], now })).payload;
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    // Only an authentic answer (out of date, but signed by its holder) may say whose it is.
    return reject(error.reason, error.message, error.authentic?.payload as Partial<EvidenceResponseBody> | undefined);
  }
  if (body.caseId !== caseFile.id) return reject('OTHER_CASE', REJECTION_MESSAGES.OTHER_CASE, body);
  if (body.subjectId !== caseFile.subjectId) return reject('SUBJECT_MISMATCH', REJECTION_MESSAGES.SUBJECT_MISMATCH, body);
  const request = services.cases.requestById(body.requestId);
  if (!request || request.caseId !== caseFile.id || request.holder !== body.iss || body.aud !== services.config.region.subgraphName) {
    return reject('UNKNOWN_REQUEST', REJECTION_MESSAGES.UNKNOWN_REQUEST, body);
  }
  const answer: EvidenceResponse = {
    requestId: body.requestId,
    caseId: caseFile.id,
    holder: body.iss,
    kinds: body.kinds,
    recordIds: body.recordIds,
    token,
    receivedAt: now.toISOString(),
  };
  services.cases.recordResponse(answer);
  return { accepted: true, answer };
}

/**
 * Evidence as holders release it: encrypted to this province. It opens with one of this
 * province's encryption keys (by kid) or is refused for why it did not — and then the signed
 * evidence inside is checked exactly as any signed evidence is.
 */
export async function takeInEvidence(
  token: string,
  caseFile: CaseFile,
  caller: Caller,
  services: ProvinceServices,
  now = new Date(),
): Promise<EvidenceVerification> {
  const signed = await unsealed(token, EVIDENCE_SEALING, caseFile, caller, services, now);
  return typeof signed === 'string' ? takeInSignedEvidence(signed, caseFile, caller, services, now) : signed;
}

/**
 * Signed evidence handed in without encryption: refused whatever it says. It is still checked,
 * only so that an authentic one is filed under the person whose record it is (they see it was
 * exposed and handed in); a forged one names nobody.
 */
async function refuseUnencrypted(token: string, caseFile: CaseFile, caller: Caller, services: ProvinceServices, now: Date): Promise<EvidenceVerification> {
  let authentic: Partial<EvidenceBody> | undefined;
  try {
    authentic = (await verifyMessage<EvidenceBody>(token, EVIDENCE_TYPE, services.trust, { roles: ['PROVINCE'], now })).payload;
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    authentic = error.authentic?.payload as Partial<EvidenceBody> | undefined;
  }
  rejectionAudit(services, caseFile, caller, 'NOT_ENCRYPTED', now, offeredEvidence(authentic));
  return { accepted: false, reason: 'NOT_ENCRYPTED', message: REJECTION_MESSAGES.NOT_ENCRYPTED };
}

/**
 * The signed evidence itself: kept only when it verifies and answers one of this case's
 * requests. What the case keeps is this signed evidence — the province's own copy, provable
 * with the holder's public key alone, long after the encryption key it came under is gone.
 */
async function takeInSignedEvidence(token: string, caseFile: CaseFile, caller: Caller, services: ProvinceServices, now: Date): Promise<EvidenceVerification> {
  const reject = (reason: EvidenceRejectionReason, message: string, body?: Partial<EvidenceBody>): EvidenceVerification => {
    rejectionAudit(services, caseFile, caller, reason, now, offeredEvidence(body));
    return { accepted: false, reason, message };
  };

  let body: EvidenceBody & { iss: string; exp: number; jti: string };
  let signerRegion: string | null;
  try {
    const verified = await verifyMessage<EvidenceBody>(token, EVIDENCE_TYPE, services.trust, { roles: ['PROVINCE'], now });
    body = verified.payload;
    signerRegion = verified.signer.member.region;
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    // Only authentic evidence (out of date, but signed by its holder) may say whose it is.
    return reject(error.reason, error.message, error.authentic?.payload as Partial<EvidenceBody> | undefined);
  }
  const message = (reason: Exclude<EvidenceRejectionReason, VerificationFailure>) => REJECTION_MESSAGES[reason];
  if (body.caseId !== caseFile.id) return reject('OTHER_CASE', message('OTHER_CASE'), body);
  if (body.subjectId !== caseFile.subjectId || body.record.subjectId !== caseFile.subjectId) return reject('SUBJECT_MISMATCH', message('SUBJECT_MISMATCH'), body);
  const request = services.cases.requestById(body.requestId);
  if (!request || request.caseId !== caseFile.id || body.aud !== services.config.region.subgraphName) {
    return reject('UNKNOWN_REQUEST', message('UNKNOWN_REQUEST'), body);
  }
  if (!request.kinds.includes(body.kind) || body.record.kind !== body.kind) return reject('KIND_NOT_REQUESTED', message('KIND_NOT_REQUESTED'), body);
  // The same number, but the other holder's record (a person's and an enterprise's can share one).
  if (subjectKindOf(body.record) !== caseFile.subjectKind) return reject('SUBJECT_MISMATCH', message('SUBJECT_MISMATCH'), body);
  if (body.record.region !== signerRegion || request.holder !== body.iss) return reject('NOT_FROM_HOLDER', message('NOT_FROM_HOLDER'), body);

  const evidence = services.cases.addEvidence({
    caseId: caseFile.id,
    requestId: body.requestId,
    issuer: body.iss,
    kind: body.kind,
    record: body.record,
    token,
    receivedAt: now.toISOString(),
    expiresAt: new Date(body.exp * 1000).toISOString(),
  });
  return { accepted: true, evidence };
}
