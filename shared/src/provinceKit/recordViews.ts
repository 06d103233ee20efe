import { regionBySubgraphName, requireRegion } from '../regions/regionRegistry.ts';
import { maskNumber, maskRecord, type RecordAudience } from '../privacy/masking.ts';
import type { Caller } from '../identity/caller.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { isItemCode } from '../standard/itemCode.ts';
import type { AuditEntry } from './auditLog.ts';
import type { CaseAgent, CaseEvidence, EvidenceResponse, EvidenceStatus, EvidenceViewStatus, IssuedRequest } from './caseModel.ts';
import type { ReleasedEvidence } from './evidenceRelease.ts';

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
 * Whether `audience` may see a piece's record and record id. The applicant (HOLDER) sees her own
 * records always. Anyone else — the clerk working the case, a reviewer — sees a record only once
 * she has accepted it: her preview comes BEFORE the evidence reaches the requester (once-only,
 * PIPL Art. 14), so a record waiting for her (PENDING_PREVIEW) shows only what identifies it
 * (kind, issuer and holding authority, updatedOn, status, times), and a record she refused is
 * hers again. Its record id is withheld with it: it can say as much as its contents
 * (33CR-PC-3320261127000001: a failed post-check, and that case's number).
 */
export function recordShownTo(status: EvidenceStatus, audience: RecordAudience): boolean {
  return audience === 'HOLDER' || status === 'ACCEPTED';
}

/**
 * A piece of a case's evidence as `audience` sees it: its record and record id only where
 * recordShownTo says so — the entry stays whatever its status (its kind, issuer, times, whether
 * she has decided). Withdrawing the case (撤回) erases every record's contents: each then reads
 * ERASED, shown to no one (an empty record would read as one that says nothing).
 */
export function caseEvidenceView(evidence: CaseEvidence, audience: RecordAudience, options: { readonly caseWithdrawn?: boolean } = {}) {
  const withheld = !recordShownTo(evidence.status, audience);
  const shown = !options.caseWithdrawn && !withheld;
  const status: EvidenceViewStatus = options.caseWithdrawn ? 'ERASED' : evidence.status;
  return {
    id: evidence.id,
    issuer: regionOfMember(evidence.issuer),
    kind: evidence.kind,
    // What identifies the piece without saying what it holds (served where the schema has them).
    holdingAuthority: evidence.record.holdingAuthority,
    updatedOn: evidence.record.updatedOn,
    recordId: withheld ? null : evidence.record.recordId,
    status,
    receivedAt: evidence.receivedAt,
    expiresAt: evidence.expiresAt,
    decidedAt: evidence.decidedAt,
    decidedBy: evidence.decidedBy ? actorView(evidence.decidedBy) : null,
    record: shown ? recordView(evidence.record, audience) : null,
  };
}

/**
 * A record a holding province released, as the one presenting the request sees it beside the
 * token: whole to the applicant, for her preview. Released evidence is accepted by nobody yet —
 * she decides once the case holds it — so a clerk carrying it sees only what identifies it (kind,
 * issuer and holding authority, updatedOn, times), never its record or record id; he sees the
 * record in the case once she accepts it. `audience` is HOLDER for the applicant presenting her
 * own request (evidenceSourceResolvers.ts), CASE_OFFICER for the clerk presenting his.
 */
export function releasedEvidenceView(evidence: ReleasedEvidence, audience: RecordAudience, issuer: string) {
  const shown = audience === 'HOLDER';
  return {
    token: evidence.token,
    kind: evidence.record.kind,
    recordId: shown ? evidence.record.recordId : null,
    issuer,
    holdingAuthority: evidence.record.holdingAuthority,
    updatedOn: evidence.record.updatedOn,
    issuedAt: evidence.issuedAt.toISOString(),
    expiresAt: evidence.expiresAt.toISOString(),
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

/** The records a case holds, by issuer and record id: all of them, and those anyone but the applicant may see (answerView). */
export interface CaseRecordIds {
  /** Every record the case took in, whatever became of it. */
  readonly held: ReadonlySet<string>;
  /** Those shown to anyone but the applicant: accepted by her in some piece (recordShownTo). */
  readonly shown: ReadonlySet<string>;
}

/**
 * A holder's signed answer, as the case shows it: to the applicant, the ids of every record it
 * released; to anyone else only the ids of records she has accepted — not those waiting for her,
 * those she refused, nor those released but never handed in (their existence, and what they are,
 * is hers to tell). `notHandedIn` counts the records it released that the case never took in
 * (refused on hand-in, or not handed in yet), for the clerk to gather them again.
 */
export function answerView(answer: EvidenceResponse, audience: RecordAudience, records: CaseRecordIds) {
  return answerViews([answer], audience, records)[0] as ReturnType<typeof viewOf>;
}

/**
 * Several answers as answerView shows each, a record released by more than one of them (asked
 * again, released again) counted as not handed in by the first only: their counts add up to the
 * records missing from the case.
 */
export function answerViews(answers: readonly EvidenceResponse[], audience: RecordAudience, records: CaseRecordIds) {
  const counted = new Set<string>();
  return answers.map((answer) => viewOf(answer, audience, records, counted));
}

function viewOf(answer: EvidenceResponse, audience: RecordAudience, records: CaseRecordIds, counted: Set<string>) {
  const key = (id: string) => pieceKey(answer.holder, id);
  const recordIds = audience === 'HOLDER' ? answer.recordIds : answer.recordIds.filter((id) => records.shown.has(key(id)));
  const missing = answer.recordIds.map(key).filter((piece) => !records.held.has(piece) && !counted.has(piece));
  for (const piece of missing) counted.add(piece);
  return { requestId: answer.requestId, holder: regionOfMember(answer.holder), kinds: answer.kinds, recordIds, notHandedIn: missing.length, receivedAt: answer.receivedAt };
}

const pieceKey = (issuer: string, recordId: string) => `${issuer}\u0000${recordId}`;

/**
 * The records among a case's evidence, by issuer and record id: all it holds, and those anyone
 * but the applicant may see — a record she has accepted in one piece is shown even where another
 * piece of it waits or was refused (refused once, asked for again by her and accepted).
 */
export function caseRecordIdsOf(evidence: readonly CaseEvidence[]): CaseRecordIds {
  const keyOf = (piece: CaseEvidence) => pieceKey(piece.issuer, piece.record.recordId);
  return {
    held: new Set(evidence.map(keyOf)),
    shown: new Set(evidence.filter((piece) => recordShownTo(piece.status, 'CASE_OFFICER')).map(keyOf)),
  };
}

