import type { Caller } from '../identity/caller.ts';
import { AuthorisationUnproven, proveAuthorisation } from '../evidence/authorisationProof.ts';
import { forbidden, type ForbiddenReason } from '../identity/authErrors.ts';
import {
  EVIDENCE_REQUEST_TYPE,
  EVIDENCE_RESPONSE_SEALING,
  EVIDENCE_RESPONSE_TYPE,
  EVIDENCE_SEALING,
  EVIDENCE_TYPE,
  type CaseActor,
  type EvidenceBody,
  type EvidenceRequestBody,
  type EvidenceResponseBody,
} from '../evidence/evidenceMessages.ts';
import { recordsOfSubjectKind } from '../standard/recordSubjectKind.ts';
import { readSubjectRecords } from './subjectRecords.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { recipientKey, sealMessage } from '../trust/sealedMessage.ts';
import { signMessage, VerificationError, verifyMessage, type MessageClaims } from '../trust/signedMessage.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { isItemCode } from '../standard/itemCode.ts';
import { regionByCode } from '../regions/regionRegistry.ts';
import { enumLabel } from './enumLabels.ts';
import { requestEndedMessage, type RequestStatus } from '../evidence/requestEnd.ts';

/**
 * The holding province's side of the exchange: verify that an evidence request is genuine,
 * current, addressed here, presented by the clerk (or applicant) it names, and asks only for
 * what the item needs, and has not ended (its case can still use it: asked of the hub); then release each matching record, signed and bound to the case, and
 * encrypted to the filing province — the client that carries it there reads only the `record`
 * beside it, masked for whoever is looking — with the answer naming them, sealed alike. Every release and every refusal is written to the
 * audit log before the answer leaves.
 */
export interface ReleasedEvidence {
  /** The signed evidence encrypted to the filing province (compact JWE around the JWS). */
  readonly token: string;
  readonly record: HeldRecord;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
}

export interface Release {
  readonly request: EvidenceRequestBody & MessageClaims;
  readonly released: readonly ReleasedEvidence[];
  /**
   * The signed answer to the request as a whole (which records, possibly none), encrypted to the
   * filing province as the evidence is: the client carrying it does not read which records.
   */
  readonly receipt: string;
}


function sameActor(caller: Caller, actor: CaseActor): boolean {
  if (actor.kind === 'OPERATOR') {
    // The whole window identity the request names, division included: the same window code and
    // operator id in another division of the province is another clerk.
    return (
      caller.kind === 'OPERATOR' &&
      caller.region === actor.region &&
      caller.division === actor.division &&
      caller.window === actor.window &&
      caller.operatorId === actor.operatorId
    );
  }
  return (caller.kind === 'CITIZEN' && caller.residentId === actor.subjectId) || (caller.kind === 'ENTERPRISE' && caller.creditCode === actor.subjectId);
}

/**
 * Why the request does not carry the applicant's own authorisation (caseAuthorisation.ts), or
 * undefined when it does: her request that authorised this case, as the gateway signed it, proven
 * here against the trust list (authorisationProof.ts) — the filing province's word for it is not
 * enough. Read as sent: a request signed by a member that does not yet write one has none.
 */
async function unauthorised(request: EvidenceRequestBody & MessageClaims, services: ProvinceServices, now: Date): Promise<AuthorisationUnproven | undefined> {
  const authorisation = request.authorisation as Partial<EvidenceRequestBody['authorisation']> | undefined;
  if (authorisation?.by?.kind !== 'APPLICANT' || authorisation.by.subjectId !== request.subject.id) return new AuthorisationUnproven('MISSING');
  try {
    // The filing province is the member that signed the request; her request went to it.
    await proveAuthorisation(authorisation.proof, { caseId: request.caseId, itemCode: request.itemCode, subject: request.subject, filingMember: request.iss }, services.trust, now);
    return undefined;
  } catch (error) {
    if (error instanceof AuthorisationUnproven) return error;
    throw error;
  }
}

/**
 * Why the caller may not present a request issued to someone else, and what they can do. A
 * request is bound to whoever asked for it (requestEvidence signs the asker into it), so the
 * others who may act on the case — the applicant, the filing province's other clerks — ask
 * again in their own name while the case is not yet submitted, and the filing province signs
 * a request for them. Worded for the one presenting it.
 */
function notTheRequester(caller: Caller, request: EvidenceRequestBody): string {
  const { requester, subject } = request;
  const isApplicant =
    (caller.kind === 'CITIZEN' && subject.kind === 'PERSON' && caller.residentId === subject.id) ||
    (caller.kind === 'ENTERPRISE' && subject.kind === 'ENTERPRISE' && caller.creditCode === subject.id);
  if (requester.kind === 'OPERATOR') {
    const clerk = `${regionByCode(requester.region)?.name ?? requester.region}窗口 ${requester.window} 发起调取的工作人员`;
    const boundTo = `此调取请求是为${clerk}签发的，只能由其本人使用`;
    if (isApplicant) return `${boundTo}；您是申请人，办件提交前可以用本人身份重新调取（requestEvidence，“重新调取”），系统将为您签发新的调取请求`;
    if (caller.kind === 'OPERATOR') return `${boundTo}；办理该办件的行政区划的其他窗口工作人员请在该办件上以本人身份重新调取（requestEvidence）`;
    return boundTo;
  }
  const boundTo = '此调取请求是申请人本人发起的，只能由申请人本人使用';
  if (caller.kind === 'OPERATOR') return `${boundTo}；办理该办件的行政区划的窗口工作人员请在该办件上以本人身份重新调取（requestEvidence）`;
  return boundTo;
}

export async function releaseEvidence(token: string, caller: Caller, services: ProvinceServices, now = new Date()): Promise<Release> {
  const { audit, config } = services;
  const member = config.region.subgraphName;
  const refuse = (reason: ForbiddenReason, message: string, request?: Partial<EvidenceRequestBody & MessageClaims>, details: Record<string, unknown> = {}) => {
    audit.append(
      {
        event: 'EVIDENCE_REFUSED',
        outcome: 'REFUSED',
        reason,
        subjectId: request?.subject?.id ?? null,
        subjectKind: request?.subject?.kind ?? null,
        actor: caller,
        caseId: request?.caseId ?? null,
        itemCode: request?.itemCode ?? null,
        requestId: request?.jti ?? null,
        kinds: request?.kinds ?? [],
      },
      now,
    );
    return forbidden(reason, message, { region: config.region.code, ...details });
  };

  let request: EvidenceRequestBody & MessageClaims;
  let signerRegion: string | null;
  try {
    const verified = await verifyMessage<EvidenceRequestBody>(token, EVIDENCE_REQUEST_TYPE, services.trust, { roles: ['PROVINCE'], now });
    request = verified.payload;
    signerRegion = verified.signer.member.region;
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    // A request that is authentic but out of date (expired, its key retired) still names the
    // person it concerns: the refusal goes into their access history. A request whose
    // signature did not verify names no one, so that no forger can write into anyone's history.
    const authentic = error.authentic?.payload as Partial<EvidenceRequestBody & MessageClaims> | undefined;
    throw refuse(`REQUEST_${error.reason}`, `${config.region.name}拒绝提供材料：调取请求无效（${error.message}）`, authentic);
  }
  if (request.aud !== member) throw refuse('WRONG_AUDIENCE', `${config.region.name}拒绝提供材料：该调取请求不是发给本省的`, request);
  if (signerRegion !== request.filingRegion) {
    throw refuse('UNTRUSTED_ISSUER', `${config.region.name}拒绝提供材料：请求的签发省份与办件省份不一致`, request);
  }
  if (!sameActor(caller, request.requester)) {
    throw refuse('NOT_THE_CASE_OFFICER', `${config.region.name}拒绝提供材料：${notTheRequester(caller, request)}`, request);
  }
  const unproven = await unauthorised(request, services, now);
  if (unproven) {
    throw refuse(
      'NOT_AUTHORISED',
      `${config.region.name}拒绝提供材料：该调取请求没有可核验的申请人本人数据调取授权（${unproven.message}），请申请人在办件中确认授权后重新调取`,
      request,
      { authorisation: unproven.reason },
    );
  }
  // A request ends when its case can no longer use it (withdrawn, submitted, decided) or the
  // applicant refused what it released: its issuer tells the hub, and the hub is asked before
  // every release. Released only when the hub says LIVE — it has heard lately from the issuer that
  // it has all its ends. Anything else (UNCONFIRMED: the issuer's ends may be waiting in its
  // outbox; the hub unreachable) releases nothing (fail closed): the request may have ended.
  let status: RequestStatus | undefined;
  try {
    status = await services.hub.requestStatus(request.iss, request.jti);
  } catch {
    status = undefined;
  }
  if (status?.status === 'ENDED') {
    throw refuse('REQUEST_ENDED', requestEndedMessage(config.region.name, status.end.reason), request, { endReason: status.end.reason, endedAt: status.end.endedAt });
  }
  if (status?.status !== 'LIVE') {
    throw refuse(
      'REQUEST_STATUS_UNCONFIRMED',
      `${config.region.name}暂不能提供材料：无法向事项标准库（catalog）确认该调取请求仍然有效（办件是否已撤回或办结），请稍后再次提交该调取请求`,
      request,
      { retryable: true },
    );
  }
  // The purpose: an item, or a one-thing bundle of items, as the hub's standard defines it.
  const purpose = isItemCode(request.itemCode) ? await services.hub.item(request.itemCode) : await services.hub.bundle(request.itemCode);
  const needed = new Set(purpose?.evidenceKinds ?? []);
  const unneeded = request.kinds.filter((kind) => !needed.has(kind));
  if (!purpose || unneeded.length > 0) {
    // Named as the clerk knows them (婚姻登记信息, not MARRIAGE); the codes go in extensions.
    const named = unneeded.map((kind) => enumLabel('EvidenceKind', kind) ?? kind).join('、');
    throw refuse('KIND_NOT_NEEDED', `${config.region.name}拒绝提供材料：事项 ${request.itemCode} 不需要${named || '任何材料'}（目的限定）`, request, { kinds: unneeded });
  }

  // The whole record goes only to the province that asked, encrypted to its current key. A
  // filing province with no encryption key in the trust list gets nothing rather than plain text.
  const recipient = await recipientKey(services.trust, request.iss);
  if (!recipient) {
    throw refuse('REQUEST_NO_ENCRYPTION_KEY', `${config.region.name}拒绝提供材料：办件省份在信任列表中没有加密公钥，材料无法加密送达，请联系系统管理员`, request);
  }

  const wanted = new Set(request.kinds);
  const held = readSubjectRecords(services, [request.subject.id]).get(request.subject.id) ?? [];
  if (held instanceof Error) {
    refuse('RECORDS_UNREADABLE', held.message, request);
    throw held;
  }
  // Only the records of the subject the case is for: a person and an enterprise can share a number.
  // Of her electronic licences, only those the purpose names: the certificate a material stands
  // for, not every licence she holds (a utility transfer, a property registration …).
  const licencesNeeded = new Set(purpose.evidenceLicences ?? []);
  const records = recordsOfSubjectKind(held, request.subject.kind).filter(
    (record) => wanted.has(record.kind) && (record.kind !== 'E_LICENCE' || licencesNeeded.has(record.content.itemCode)),
  );
  const released: ReleasedEvidence[] = [];
  for (const record of records) {
    const body: EvidenceBody = {
      aud: request.iss,
      requestId: request.jti,
      caseId: request.caseId,
      filingRegion: request.filingRegion,
      subjectId: request.subject.id,
      kind: record.kind,
      record,
    };
    const signed = await signMessage(EVIDENCE_TYPE, body, services.keys.signingKey, services.settings.evidenceSeconds, now);
    released.push({ token: await sealMessage(signed, EVIDENCE_SEALING, recipient), record, issuedAt: now, expiresAt: new Date(now.getTime() + services.settings.evidenceSeconds * 1000) });
  }
  const response: EvidenceResponseBody = {
    aud: request.iss,
    requestId: request.jti,
    caseId: request.caseId,
    filingRegion: request.filingRegion,
    subjectId: request.subject.id,
    kinds: request.kinds,
    recordIds: records.map((record) => record.recordId),
  };
  // Its record ids are no more the carrier's to read than the records are: sealed to the filing province too.
  const signedReceipt = await signMessage(EVIDENCE_RESPONSE_TYPE, response, services.keys.signingKey, services.settings.evidenceSeconds, now);
  const receipt = await sealMessage(signedReceipt, EVIDENCE_RESPONSE_SEALING, recipient);
  audit.append(
    {
      event: 'EVIDENCE_RELEASED',
      // Holding none of what was asked, the province sent nothing of hers: her history must not
      // say 已提供. (For a kind whose absence is evidence — no credit penalties — this signed
      // "none found" is the proof the filing province uses; 查询无记录 is true of it too.)
      outcome: records.length > 0 ? 'RELEASED' : 'NO_RECORDS',
      subjectId: request.subject.id,
      subjectKind: request.subject.kind,
      actor: caller,
      caseId: request.caseId,
      itemCode: request.itemCode,
      requestId: request.jti,
      kinds: request.kinds,
      recordIds: records.map((record) => record.recordId),
    },
    now,
  );
  return { request, released, receipt };
}
