import { regionBySubgraphName, requireRegion } from '../regions/regionRegistry.ts';
import { maskNumber, maskRecord, type RecordAudience } from '../privacy/masking.ts';
import type { Caller } from '../identity/caller.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { isItemCode } from '../standard/itemCode.ts';
import type { AuditEntry } from './auditLog.ts';
import type { CaseAgent, CaseEvidence, EvidenceResponse, EvidenceViewStatus, IssuedRequest } from './caseModel.ts';

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
/** `viewerPersonId`: a signed-in citizen's number, whole to her wherever the record names her (maskRecord). */
export function recordView(record: HeldRecord, audience: RecordAudience, viewerPersonId?: string): Record<string, unknown> {
  return recordFields(maskRecord(record, audience, viewerPersonId));
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
 * again: the entry stays (its kind, issuer, times, and that she said no), but its record — and
 * its record id, which can say as much (33CR-PC-3320261127000001: a failed post-check, and that
 * case's number) — is shown to nobody but its holder: the refusal withdraws the case's need for
 * it, and with it the clerk's sight of it. Withdrawing the case (撤回) erases every record's
 * contents: each then reads ERASED, shown to no one (an empty record would read as one that says nothing).
 */
export function caseEvidenceView(evidence: CaseEvidence, audience: RecordAudience, options: { readonly caseWithdrawn?: boolean } = {}) {
  const refusedFromView = evidence.status === 'REJECTED' && audience !== 'HOLDER';
  const shown = !options.caseWithdrawn && !refusedFromView;
  const status: EvidenceViewStatus = options.caseWithdrawn ? 'ERASED' : evidence.status;
  return {
    id: evidence.id,
    issuer: regionOfMember(evidence.issuer),
    kind: evidence.kind,
    recordId: refusedFromView ? null : evidence.record.recordId,
    status,
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

/**
 * An issued evidence request, as the case shows it. An ended one (its case can no longer use it,
 * or she refused what it released) keeps its place with when and why it ended, but its token is
 * handed out no more: no holder answers it (evidenceRelease.ts).
 */
export function requestView(request: IssuedRequest) {
  return {
    id: request.id,
    holder: regionOfMember(request.holder),
    kinds: request.kinds,
    issuedAt: request.issuedAt,
    expiresAt: request.expiresAt,
    token: request.endedAt === null ? request.token : null,
    endedAt: request.endedAt,
    endReason: request.endReason,
  };
}

/**
 * A holder's signed answer, as the case shows it: the ids of the records it released, but to
 * anyone but the applicant not those she refused (`refusedRecordIds`: ids of the case's REJECTED
 * evidence) — a refused record's id is hers alone, as its contents are.
 */
export function answerView(answer: EvidenceResponse, audience: RecordAudience = 'HOLDER', refusedRecordIds: ReadonlySet<string> = new Set()) {
  const recordIds = audience === 'HOLDER' ? answer.recordIds : answer.recordIds.filter((id) => !refusedRecordIds.has(refusedKey(answer.holder, id)));
  return { requestId: answer.requestId, holder: regionOfMember(answer.holder), kinds: answer.kinds, recordIds, receivedAt: answer.receivedAt };
}

const refusedKey = (issuer: string, recordId: string) => `${issuer}\u0000${recordId}`;

/** The records the applicant refused among a case's evidence, by issuer and record id (for answerView). */
export function refusedRecordIdsOf(evidence: readonly CaseEvidence[]): ReadonlySet<string> {
  return new Set(evidence.filter((piece) => piece.status === 'REJECTED').map((piece) => refusedKey(piece.issuer, piece.record.recordId)));
}

