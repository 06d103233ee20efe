import { regionBySubgraphName, requireRegion } from '../regions/regionRegistry.ts';
import { maskNumber, maskRecord, type RecordAudience } from '../privacy/masking.ts';
import type { Caller } from '../identity/caller.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { isItemCode } from '../standard/itemCode.ts';
import type { AuditEntry } from './auditLog.ts';
import type { CaseAgent, CaseEvidence, EvidenceResponse, IssuedRequest } from './caseModel.ts';

/** GraphQL views of the kit's records, entries and actors. */

/** A record in the flat shape the record types serve: content fields beside the provenance. */
export function recordFields(record: HeldRecord): Record<string, unknown> {
  return {
    ...record.content,
    recordId: record.recordId,
    kind: record.kind,
    subjectId: record.subjectId,
    region: record.region,
    holdingAuthority: record.holdingAuthority,
    updatedOn: record.updatedOn,
  };
}

/** A record as GraphQL serves it, masked for its audience. */
export function recordView(record: HeldRecord, audience: RecordAudience): Record<string, unknown> {
  return recordFields(maskRecord(record, audience));
}

export function regionOfMember(member: string): string {
  const region = regionBySubgraphName(member);
  if (!region) throw new Error(`${member} is not a province`);
  return region.code;
}

export function actorView(actor: CaseAgent) {
  switch (actor.kind) {
    case 'OPERATOR':
      return { kind: 'OPERATOR', region: actor.region, division: actor.division, window: actor.window, operatorId: actor.operatorId, subjectId: null };
    case 'APPLICANT':
      return { kind: 'APPLICANT', region: null, division: null, window: null, operatorId: null, subjectId: actor.subjectId };
    case 'SYSTEM':
      return { kind: 'SYSTEM', region: null, division: null, window: null, operatorId: null, subjectId: null };
  }
}

/**
 * An audit entry for its subject's eyes: other people's identifiers masked. Its id names the
 * province (JIANGSU-3): each province numbers its own log from 1, and a client that caches by id
 * (AccessLogEntry:3) must not take four provinces' entries for one.
 */
export function accessLogView(entry: AuditEntry, regionCode: string, reader: string) {
  const actor = entry.actor;
  const own = (id: string) => (id === reader ? id : maskNumber(id));
  const region = requireRegion(regionCode).code;
  const purpose = entry.itemCode;
  return {
    id: `${region}-${entry.id}`,
    at: entry.at,
    // The entry stands for `repeats` like events: how many more there were, and when the last.
    repeats: Math.max(0, entry.repeats - 1),
    lastAt: entry.lastAt,
    region,
    event: entry.event,
    outcome: entry.outcome,
    reason: entry.reason,
    caseId: entry.caseId,
    itemCode: purpose,
    // What the access was for, named by the hub: the case's item, or its one-thing bundle.
    item: purpose && isItemCode(purpose) ? { __typename: 'StandardItem', code: purpose } : null,
    bundle: purpose && !isItemCode(purpose) ? { __typename: 'ItemBundleView', code: purpose } : null,
    kinds: entry.kinds,
    recordIds: entry.recordIds,
    actor: {
      kind: actor.kind,
      region: actor.kind === 'OPERATOR' ? actor.region : null,
      division: actor.kind === 'OPERATOR' ? actor.division : null,
      window: actor.kind === 'OPERATOR' ? actor.window : null,
      operatorId: actor.kind === 'OPERATOR' ? actor.operatorId : null,
      subjectId: actor.kind === 'CITIZEN' ? own(actor.residentId) : actor.kind === 'ENTERPRISE' ? own(actor.creditCode) : null,
      member: actor.kind === 'SERVICE' ? actor.member : null,
    },
  };
}

/**
 * A piece of a case's evidence as `audience` sees it. A record the applicant refused is hers
 * again: the entry stays (what was released, by whom, when, and that she said no), but its
 * record is shown to nobody but its holder — the refusal withdraws the case's need for it, and
 * with it the clerk's sight of it. So does withdrawing the case (撤回), for everyone's.
 */
export function caseEvidenceView(evidence: CaseEvidence, audience: RecordAudience, options: { readonly caseWithdrawn?: boolean } = {}) {
  // A withdrawn case has no purpose left for any of its records: shown to no one (their contents
  // are erased — caseStore.eraseEvidenceOf — and an empty record would read as one that says nothing).
  const shown = !options.caseWithdrawn && (evidence.status !== 'REJECTED' || audience === 'HOLDER');
  return {
    id: evidence.id,
    issuer: regionOfMember(evidence.issuer),
    kind: evidence.kind,
    recordId: evidence.record.recordId,
    status: evidence.status,
    receivedAt: evidence.receivedAt,
    expiresAt: evidence.expiresAt,
    decidedAt: evidence.decidedAt,
    decidedBy: evidence.decidedBy ? actorView(evidence.decidedBy) : null,
    record: shown ? recordView(evidence.record, audience) : null,
  };
}

/** The actor a caller is on a case they may act on. */
export function callerAsActor(caller: Caller): CaseActor | undefined {
  if (caller.kind === 'OPERATOR') return caller;
  if (caller.kind === 'CITIZEN') return { kind: 'APPLICANT', subjectId: caller.residentId };
  if (caller.kind === 'ENTERPRISE') return { kind: 'APPLICANT', subjectId: caller.creditCode };
  return undefined;
}

/** An issued evidence request, as the case shows it. */
export function requestView(request: IssuedRequest) {
  return {
    id: request.id,
    holder: regionOfMember(request.holder),
    kinds: request.kinds,
    issuedAt: request.issuedAt,
    expiresAt: request.expiresAt,
    token: request.token,
  };
}

/** A holder's signed answer, as the case shows it. */
export function answerView(answer: EvidenceResponse) {
  return { requestId: answer.requestId, holder: regionOfMember(answer.holder), kinds: answer.kinds, recordIds: answer.recordIds, receivedAt: answer.receivedAt };
}

