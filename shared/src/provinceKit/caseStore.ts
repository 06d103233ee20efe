import { createHash, randomUUID } from 'node:crypto';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { AuthorisationProof } from '../evidence/authorisationProof.ts';
import type { RequestEnd, RequestEndReason } from '../evidence/requestEnd.ts';
import { REGIONS, type RegionDefinition } from '../regions/regionRegistry.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { checkpointErasure, type SqliteDatabase } from '../store/openDatabase.ts';
import { todayInChina, type LocalDate } from '../time/localDate.ts';
import { identityOfSubject } from '../subjects/subjectIdentity.ts';
import { licenceStatusOn, type LicenceStatus } from './licenceStatus.ts';
import type {
  CaseAgent,
  CaseAuthorisation,
  CaseChannel,
  CaseDecision,
  CaseEvent,
  CaseEvidence,
  CaseFile,
  CaseStatus,
  Commitment,
  EvidenceResponse,
  EvidenceStatus,
  FormField,
  IssuedLicence,
  IssuedRequest,
  PostCheckStatus,
} from './caseModel.ts';
import { requestEndReasonOf, SYSTEM } from './caseModel.ts';
import { BUNDLE_OWN_STATES, bundleItemsSummary, bundleStatusOf } from './bundleStatus.ts';
import { caseStatusLabel } from './enumLabels.ts';
import { deferralTermination } from './deferralTermination.ts';
import type { CasePassOn, PassedOnItem, PassOnStatus } from './passedOn.ts';
import { StatementCache } from '../store/statementCache.ts';

export type { CaseEvidence, CaseFile, IssuedRequest } from './caseModel.ts';

/**
 * The cases filed in a province, their history, the evidence requests issued for them, the
 * evidence and answers received, the commitments signed and the licences issued. Every
 * change of state is one transaction that first checks the state it changes from, so two
 * concurrent submissions decide once, and an acknowledged change survives a crash.
 */
export interface OpenCaseInput {
  readonly itemCode: string;
  readonly subjectId: string;
  readonly subjectKind: SubjectKind;
  /** The name the applicant declared (trimmed), or null; a bundle's cases share the bundle's. */
  readonly applicantName: string | null;
  readonly channel: CaseChannel;
  readonly openedBy: CaseActor;
  /** Chosen by the caller; the same key from the same actor returns the same case. */
  readonly idempotencyKey: string;
  /**
   * One application at a time (a policy, 政策兑现): refused while the subject has a case for the
   * item not yet decided (AlreadyApplying) — a retry with the same key still returns its case.
   */
  readonly oneAtATime?: boolean;
}

/** A page of a subject's own cases (我的办件): how many, and before which case (none: from the newest). */
export interface CaseListPage {
  readonly first: number;
  readonly before?: string | undefined;
}

/**
 * Which of the province's cases a list is limited to (a clerk's review queue: caseDivision.ts
 * decides whose a case is): those opened at a window of one of `windowDivisions` (the opener's
 * division, as stored), and those opened online except single cases (not part of a bundle) of
 * one of `onlineItemsExcluded`.
 */
export interface CaseListScope {
  readonly windowDivisions: readonly string[];
  readonly onlineItemsExcluded: readonly string[];
}

/** A case within a CaseListScope (or any case, its first parameter NULL); parameters: scopeParameters. */
const IN_SCOPE = `(? IS NULL
  OR (channel = 'WINDOW' AND json_extract(opened_by, '$.division') IN (SELECT value FROM json_each(?)))
  OR (channel = 'ONLINE' AND (parent_id IS NOT NULL OR item_code NOT IN (SELECT value FROM json_each(?)))))`;

function scopeParameters(scope: CaseListScope | undefined): [string | null, string, string] {
  return scope === undefined ? [null, '[]', '[]'] : ['scoped', JSON.stringify(scope.windowDivisions), JSON.stringify(scope.onlineItemsExcluded)];
}

/** Statuses of a case not yet decided: an application that is still one. */
const UNDECIDED: readonly CaseStatus[] = ['OPEN', 'AWAITING_EVIDENCE', 'DEFERRED_MATERIALS', 'IN_REVIEW'];

/** The subject already has an undecided case for the item, and the item takes one application at a time. */
export class AlreadyApplying extends Error {
  constructor(readonly existingCaseId: string) {
    super(`an undecided case ${existingCaseId} for the same item and subject exists`);
  }
}

/** The same idempotency key was used before for a different case. */
export class IdempotencyConflict extends Error {
  constructor(readonly existingCaseId: string) {
    super(`idempotency key already used for case ${existingCaseId} with other details`);
  }
}

/** A change of a case's state, applied only if the case is still in one of `from`. */
export interface Transition {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly actor: CaseAgent;
  readonly note?: string | null;
  readonly reasons?: readonly string[];
  /** Recorded with the transition so a retried submission finds it. */
  readonly submissionKey?: string;
  readonly submittedAt?: string;
  readonly providedMaterials?: readonly string[];
  readonly providedDocuments?: readonly string[];
  /** What the submission sent (see submissionDigest), kept with its key. */
  readonly submissionDigest?: string;
  /** Who made the submission, kept with its key (the transition's actor is the rules' when they decide). */
  readonly submittedBy?: CaseActor;
  /** The applicant's name declared with the submission: the case's declared name from now on (replaces one declared at opening). */
  readonly applicantName?: string;
  readonly decision?: CaseDecision;
  readonly form?: readonly FormField[];
  readonly deadline?: string | null;
  readonly postCheck?: PostCheckStatus | null;
  /** Moves the case only if its post-check is in this state (a post-check is completed once). */
  readonly postCheckFrom?: PostCheckStatus;
  readonly commitments?: readonly Commitment[];
  readonly licence?: IssuedLicence;
  /** Runs inside the same transaction (e.g. writing a credit record). */
  readonly alsoDo?: () => void;
}

interface CaseRow {
  id: string;
  item_code: string;
  subject_id: string;
  subject_kind: string;
  applicant_name: string | null;
  status: string;
  channel: string;
  opened_by: string;
  opened_at: string;
  request_digest: string;
  parent_id: string | null;
  is_bundle: number;
  submitted_at: string | null;
  provided_materials: string;
  provided_documents: string;
  decision: string | null;
  form: string | null;
  deadline: string | null;
  post_check: string | null;
  authorised_by: string | null;
  authorised_at: string | null;
}

interface EvidenceRow {
  id: string;
  case_id: string;
  request_id: string;
  issuer: string;
  kind: string;
  record: string;
  token: string;
  received_at: string;
  expires_at: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
}

interface RequestRow {
  id: string;
  case_id: string;
  holder: string;
  kinds: string;
  token: string;
  issued_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

interface ResponseRow {
  request_id: string;
  case_id: string;
  holder: string;
  kinds: string;
  record_ids: string;
  token: string;
  received_at: string;
}

interface PassOnRow {
  bundle_id: string;
  item_code: string;
  seq: number;
  receiver: string;
  after_item_code: string;
  after_case_id: string;
  notice: string;
  status: string;
  passed_on_at: string | null;
  cancelled_at: string | null;
  recalled_at: string | null;
}

const toPassOn = (row: PassOnRow): CasePassOn => ({
  bundleId: row.bundle_id,
  itemCode: row.item_code,
  receiver: row.receiver,
  afterItemCode: row.after_item_code,
  afterCaseId: row.after_case_id,
  notice: row.notice,
  status: row.status as PassOnStatus,
  passedOnAt: row.passed_on_at,
  cancelledAt: row.cancelled_at,
  recalledAt: row.recalled_at,
});

/** How the case a pass-on follows can end without being granted: the pass-on is cancelled with it. */
const CANCELS_PASS_ONS: readonly CaseStatus[] = ['REJECTED', 'TERMINATED', 'REVOKED', 'WITHDRAWN'];

/** The pass-ons of a move in words: 吴江华衍水务有限公司（200901001000）、… */
const receiversInWords = (passOns: readonly CasePassOn[]) => passOns.map((passOn) => `${passOn.receiver}（${passOn.itemCode}）`).join('、');

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** A form as stored: one written before declared names were kept says nothing about `declared` (none was). */
type StoredFormField = Omit<FormField, 'declared'> & { readonly declared?: boolean };
const toForm = (json: string | null): FormField[] | null => parse<StoredFormField[]>(json)?.map((field) => ({ ...field, declared: field.declared ?? false })) ?? null;

const toCase = (row: CaseRow): CaseFile => ({
  id: row.id,
  itemCode: row.item_code,
  subjectId: row.subject_id,
  subjectKind: row.subject_kind as SubjectKind,
  applicantName: row.applicant_name,
  status: row.status as CaseStatus,
  channel: row.channel as CaseChannel,
  openedBy: JSON.parse(row.opened_by) as CaseActor,
  openedAt: row.opened_at,
  parentId: row.parent_id,
  isBundle: row.is_bundle === 1,
  submittedAt: row.submitted_at,
  providedMaterials: JSON.parse(row.provided_materials) as string[],
  providedDocuments: JSON.parse(row.provided_documents) as string[],
  decision: parse<CaseDecision>(row.decision),
  form: toForm(row.form),
  deadline: row.deadline,
  postCheck: row.post_check as PostCheckStatus | null,
  authorisation:
    row.authorised_by === null || row.authorised_at === null
      ? null
      : { by: JSON.parse(row.authorised_by) as CaseAuthorisation['by'], at: row.authorised_at },
});

const toEvidence = (row: EvidenceRow): CaseEvidence => ({
  id: row.id,
  caseId: row.case_id,
  requestId: row.request_id,
  issuer: row.issuer,
  kind: row.kind as EvidenceKind,
  record: JSON.parse(row.record) as HeldRecord,
  token: row.token,
  receivedAt: row.received_at,
  expiresAt: row.expires_at,
  status: row.status as EvidenceStatus,
  decidedBy: parse<CaseActor>(row.decided_by),
  decidedAt: row.decided_at,
});

const toRequest = (row: RequestRow): IssuedRequest => ({
  id: row.id,
  caseId: row.case_id,
  holder: row.holder,
  kinds: JSON.parse(row.kinds) as EvidenceKind[],
  token: row.token,
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
  endedAt: row.ended_at,
  endReason: row.end_reason as RequestEndReason | null,
});

const toResponse = (row: ResponseRow): EvidenceResponse => ({
  requestId: row.request_id,
  caseId: row.case_id,
  holder: row.holder,
  kinds: JSON.parse(row.kinds) as EvidenceKind[],
  recordIds: JSON.parse(row.record_ids) as string[],
  token: row.token,
  receivedAt: row.received_at,
});

/**
 * Whose idempotency keys a case's key is among: a clerk's (the whole window identity, division
 * included — the same window code and operator id in another division is another clerk), or an
 * applicant's as the kind of subject she opens for (a person and an enterprise can share a
 * number: two applicants). Keys stored before kinds and divisions were in it are rewritten into
 * this form by migration 17.
 */
function actorKey(actor: CaseActor, subjectKind: SubjectKind): string {
  return actor.kind === 'OPERATOR'
    ? `operator:${actor.region}:${actor.division}:${actor.window}:${actor.operatorId}`
    : `applicant:${subjectKind}:${actor.subjectId}`;
}

/** An ended request waiting to be told to the hub, with what it takes to tell it. */
export interface PendingRequestEnd extends RequestEnd {
  readonly requestId: string;
  readonly expiresAt: string;
  readonly attempts: number;
}

export class CaseStore {
  private readonly statements: StatementCache;
  /** Told (inside the transaction) whenever requests end: the delivery sends them once it has committed. */
  private requestsEndedListener: (() => void) | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly region: RegionDefinition,
  ) {
    this.statements = new StatementCache(db);
  }

  /**
   * Opens a case, or returns the one this actor already opened with this idempotency key.
   * Case numbers carry the filing province (division prefix), the CST date and a daily
   * sequence: 32 20261126 000017.
   */
  openCase(input: OpenCaseInput, now = new Date(), parentId: string | null = null, isBundle = false): { caseFile: CaseFile; created: boolean } {
    const key = `${actorKey(input.openedBy, input.subjectKind)}:${input.idempotencyKey}`;
    // The declared name is part of what was asked for: the key sent again with another name is not a retry.
    // (Without one the digest is what it was before names were declared, so older cases' retries still match.)
    // So is the kind of a number valid both as a person's and as a credit code (a case for the person and
    // one for the enterprise are two cases); any other number says its kind, and its digest is unchanged.
    const requested = [
      input.itemCode,
      input.subjectId,
      input.channel,
      parentId,
      ...(input.applicantName === null ? [] : [input.applicantName]),
      ...(identityOfSubject(input.subjectId) === 'EITHER' ? [{ subjectKind: input.subjectKind }] : []),
    ];
    const digest = createHash('sha256').update(JSON.stringify(requested)).digest('hex');
    return this.db.transaction(() => {
      const existing = this.statements.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE idempotency_key = ?').get(key);
      if (existing) {
        if (existing.request_digest !== digest) throw new IdempotencyConflict(existing.id);
        return { caseFile: toCase(existing), created: false };
      }
      if (input.oneAtATime) {
        // In the same transaction as the insert: two windows at once cannot both open one.
        const undecided = this.statements
          .prepare<string[], { id: string }>(
            `SELECT id FROM case_file WHERE subject_id = ? AND subject_kind = ? AND item_code = ? AND status IN (${UNDECIDED.map(() => '?').join(', ')}) ORDER BY id LIMIT 1`,
          )
          .get(input.subjectId, input.subjectKind, input.itemCode, ...UNDECIDED);
        if (undecided) throw new AlreadyApplying(undecided.id);
      }
      const day = todayInChina(now).replaceAll('-', '');
      const { last } = this.statements
        .prepare<[string], { last: number }>(
          'INSERT INTO case_sequence (day, last) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last',
        )
        .get(day) as { last: number };
      const id = `${this.region.divisionPrefix}${day}${String(last).padStart(6, '0')}`;
      this.statements
        .prepare(
          `INSERT INTO case_file (id, item_code, subject_id, subject_kind, applicant_name, status, channel, opened_by, opened_at, idempotency_key, request_digest, parent_id, is_bundle)
           VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, input.itemCode, input.subjectId, input.subjectKind, input.applicantName, input.channel, JSON.stringify(input.openedBy), now.toISOString(), key, digest, parentId, isBundle ? 1 : 0);
      this.appendEvent(id, 'OPEN', input.openedBy, null, [], now);
      return { caseFile: this.caseById(id) as CaseFile, created: true };
    })();
  }

  /**
   * A bundle (一件事) and its sub-cases, opened together in one transaction — with the items the
   * province passes on to an enterprise (联动过户, passedOn.ts) recorded as the bundle's pass-ons,
   * each waiting (AWAITING) for the bundle's case of the item it follows. A retry with the
   * bundle's idempotency key writes nothing and returns the bundle, its cases and its pass-ons as
   * they are.
   */
  openBundle(
    bundle: OpenCaseInput,
    itemCodes: readonly string[],
    passOns: readonly PassedOnItem[] = [],
    now = new Date(),
  ): { bundle: CaseFile; cases: CaseFile[]; passOns: CasePassOn[]; created: boolean } {
    return this.db.transaction(() => {
      const opened = this.openCase(bundle, now, null, true);
      const cases = itemCodes.map(
        (itemCode) => this.openCase({ ...bundle, itemCode, idempotencyKey: `${bundle.idempotencyKey}:${itemCode}` }, now, opened.caseFile.id).caseFile,
      );
      if (opened.created) {
        for (const [seq, passOn] of passOns.entries()) {
          const after = cases.find((caseFile) => caseFile.itemCode === passOn.afterApprovalOf);
          // The desk passes an item on only after an item of the same bundle (caseDesk.openBundle).
          if (!after) throw new Error(`the pass-on of ${passOn.itemCode} follows ${passOn.afterApprovalOf}, which is not among the bundle's cases`);
          this.statements
            .prepare(
              `INSERT INTO case_pass_on (bundle_id, item_code, seq, receiver, after_item_code, after_case_id, notice, status)
               VALUES (?, ?, ?, ?, ?, ?, ?, 'AWAITING')`,
            )
            .run(opened.caseFile.id, passOn.itemCode, seq, passOn.receiver, passOn.afterApprovalOf, after.id, passOn.notice);
        }
      }
      return { bundle: opened.caseFile, cases, passOns: this.passOnsOf(opened.caseFile.id), created: opened.created };
    })();
  }

  /** The bundle's pass-ons (联动过户), in the order of its items; none for a single case. */
  passOnsOf(bundleId: string): CasePassOn[] {
    return this.passOnsOfBundles([bundleId]).get(bundleId) ?? [];
  }

  /** The pass-ons of several bundles, each bundle's in the order of its items. */
  passOnsOfBundles(bundleIds: readonly string[]): Map<string, CasePassOn[]> {
    const rows = this.statements
      .prepare<[string], PassOnRow>('SELECT * FROM case_pass_on WHERE bundle_id IN (SELECT value FROM json_each(?)) ORDER BY bundle_id, seq')
      .all(JSON.stringify(bundleIds));
    return groupBy(rows, (row) => row.bundle_id, toPassOn);
  }

  caseById(id: string): CaseFile | undefined {
    const row = this.statements.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE id = ?').get(id);
    return row ? toCase(row) : undefined;
  }

  casesByIds(ids: readonly string[]): Map<string, CaseFile> {
    const rows = this.statements.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, toCase(row)]));
  }

  childrenOf(parentId: string): CaseFile[] {
    return this.childrenOfBundles([parentId]).get(parentId) ?? [];
  }

  /** The cases of several bundles, each bundle's in id order. */
  childrenOfBundles(parentIds: readonly string[]): Map<string, CaseFile[]> {
    const rows = this.statements
      .prepare<[string], CaseRow>('SELECT * FROM case_file WHERE parent_id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(parentIds));
    return groupBy(rows, (row) => row.parent_id ?? '', toCase);
  }

  /**
   * A page of each subject's own cases here as `kind` (bundles and standalone cases; sub-cases
   * come with their bundle), newest first: at most `page.first` each, filed before case
   * `page.before` when given (a case number orders as its filing: day, then the day's sequence).
   */
  casesOfSubjects(subjectIds: readonly string[], kind: SubjectKind, page: CaseListPage): Map<string, CaseFile[]> {
    // One subject at a time, each read backwards along the index (subject_id, id) and stopped
    // after `first`: a page costs its own size, however many cases the subject has.
    const newest = this.statements.prepare<[string, string, number], CaseRow>(
      'SELECT * FROM case_file WHERE subject_id = ? AND subject_kind = ? AND parent_id IS NULL ORDER BY id DESC LIMIT ?',
    );
    const older = this.statements.prepare<[string, string, string, number], CaseRow>(
      'SELECT * FROM case_file WHERE subject_id = ? AND subject_kind = ? AND parent_id IS NULL AND id < ? ORDER BY id DESC LIMIT ?',
    );
    const bySubject = new Map<string, CaseFile[]>();
    for (const subjectId of new Set(subjectIds)) {
      const rows = page.before === undefined ? newest.all(subjectId, kind, page.first) : older.all(subjectId, kind, page.before, page.first);
      if (rows.length > 0) bySubject.set(subjectId, rows.map(toCase));
    }
    return bySubject;
  }

  /** Cases in a status, oldest first, after case `afterId`; only those within `scope` if one is given. */
  casesInStatus(statuses: readonly CaseStatus[], limit: number, afterId = '', scope?: CaseListScope): CaseFile[] {
    return this.statements
      .prepare<[string, string, string | null, string, string, number], CaseRow>(
        `SELECT * FROM case_file WHERE status IN (SELECT value FROM json_each(?)) AND id > ? AND is_bundle = 0 AND ${IN_SCOPE} ORDER BY id LIMIT ?`,
      )
      .all(JSON.stringify(statuses), afterId, ...scopeParameters(scope), limit)
      .map(toCase);
  }

  /** Approvals given on a commitment whose post-check is still to be done, oldest first (within `scope`, if given). */
  casesPendingPostCheck(limit: number, afterId = '', scope?: CaseListScope): CaseFile[] {
    return this.statements
      .prepare<[string, string | null, string, string, number], CaseRow>(
        `SELECT * FROM case_file WHERE status = 'APPROVED' AND post_check = 'PENDING' AND id > ? AND ${IN_SCOPE} ORDER BY id LIMIT ?`,
      )
      .all(afterId, ...scopeParameters(scope), limit)
      .map(toCase);
  }

  eventsOf(caseId: string): CaseEvent[] {
    return this.statements
      .prepare<[string], { seq: number; at: string; status: string; actor: string; note: string | null; reasons: string }>(
        'SELECT seq, at, status, actor, note, reasons FROM case_event WHERE case_id = ? ORDER BY seq',
      )
      .all(caseId)
      .map((row) => ({
        seq: row.seq,
        at: row.at,
        status: row.status as CaseStatus,
        actor: JSON.parse(row.actor) as CaseAgent,
        note: row.note,
        reasons: JSON.parse(row.reasons) as string[],
      }));
  }

  commitmentsOf(caseId: string): Commitment[] {
    return this.commitmentsOfCases([caseId]).get(caseId) ?? [];
  }

  /** The commitments of several cases, each case's by material code. */
  commitmentsOfCases(caseIds: readonly string[]): Map<string, Commitment[]> {
    const rows = this.statements
      .prepare<
        [string],
        { case_id: string; material_code: string; material_name: string | null; type: string; text: string; signed_by: string; signed_at: string; supplied_at: string | null }
      >(
        'SELECT * FROM case_commitment WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, material_code',
      )
      .all(JSON.stringify(caseIds));
    return groupBy(
      rows,
      (row) => row.case_id,
      (row) => ({
        materialCode: row.material_code,
        materialName: row.material_name,
        type: row.type as Commitment['type'],
        text: row.text,
        signedBy: JSON.parse(row.signed_by) as CaseActor,
        signedAt: row.signed_at,
        suppliedAt: row.supplied_at,
      }),
    );
  }

  hasSubmission(caseId: string, idempotencyKey: string): boolean {
    return this.submission(caseId, idempotencyKey) !== undefined;
  }

  /** The submission a key made on a case: what it sent (null for one recorded before digests were kept). */
  submission(caseId: string, idempotencyKey: string): { digest: string | null } | undefined {
    return this.statements
      .prepare<[string, string], { digest: string | null }>('SELECT digest FROM case_submission WHERE case_id = ? AND idempotency_key = ?')
      .get(caseId, idempotencyKey);
  }

  /** Who submitted the case, each submission once (none recorded for submissions made before this was kept). */
  submittersOf(caseId: string): CaseActor[] {
    return this.submittersOfCases([caseId]).get(caseId) ?? [];
  }

  /** Who submitted each of several cases (a review queue reads them for every case it lists). */
  submittersOfCases(caseIds: readonly string[]): Map<string, CaseActor[]> {
    const rows = this.statements
      .prepare<[string], { case_id: string; submitted_by: string }>(
        'SELECT case_id, submitted_by FROM case_submission WHERE case_id IN (SELECT value FROM json_each(?)) AND submitted_by IS NOT NULL ORDER BY case_id, at',
      )
      .all(JSON.stringify(caseIds));
    return groupBy(
      rows,
      (row) => row.case_id,
      (row) => JSON.parse(row.submitted_by) as CaseActor,
    );
  }

  /** Runs `work` — several transitions, say — as one transaction: all of it is written, or none. */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Applies a transition if the case is still in one of its `from` states; returns false
   * (and changes nothing) when someone else moved it first.
   */
  transition(caseId: string, change: Transition, now = new Date()): boolean {
    return this.db.transaction(() => {
      if (change.submissionKey && this.hasSubmission(caseId, change.submissionKey)) return false;
      const sets = ['status = ?'];
      const values: (string | number | null)[] = [change.to];
      const set = (column: string, value: string | number | null) => {
        sets.push(`${column} = ?`);
        values.push(value);
      };
      if (change.submittedAt !== undefined) set('submitted_at', change.submittedAt);
      if (change.applicantName !== undefined) set('applicant_name', change.applicantName);
      if (change.providedMaterials !== undefined) set('provided_materials', JSON.stringify(change.providedMaterials));
      if (change.providedDocuments !== undefined) set('provided_documents', JSON.stringify(change.providedDocuments));
      if (change.decision !== undefined) set('decision', JSON.stringify(change.decision));
      if (change.form !== undefined) set('form', JSON.stringify(change.form));
      if (change.deadline !== undefined) set('deadline', change.deadline);
      if (change.postCheck !== undefined) set('post_check', change.postCheck);
      const postCheckGuard = change.postCheckFrom === undefined ? '' : ' AND post_check = ?';
      const moved = this.statements
        .prepare(`UPDATE case_file SET ${sets.join(', ')} WHERE id = ? AND status IN (SELECT value FROM json_each(?))${postCheckGuard}`)
        .run(...values, caseId, JSON.stringify(change.from), ...(change.postCheckFrom === undefined ? [] : [change.postCheckFrom])).changes;
      if (moved === 0) return false;
      this.appendEvent(caseId, change.to, change.actor, change.note ?? null, change.reasons ?? [], now);
      if (change.submissionKey) {
        this.statements
          .prepare('INSERT INTO case_submission (case_id, idempotency_key, at, digest, submitted_by) VALUES (?, ?, ?, ?, ?)')
          .run(caseId, change.submissionKey, now.toISOString(), change.submissionDigest ?? null, change.submittedBy ? JSON.stringify(change.submittedBy) : null);
      }
      for (const commitment of change.commitments ?? []) {
        this.statements
          .prepare(
            `INSERT INTO case_commitment (case_id, material_code, material_name, type, text, signed_by, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (case_id, material_code) DO UPDATE SET material_name = excluded.material_name, type = excluded.type, text = excluded.text,
               signed_by = excluded.signed_by, signed_at = excluded.signed_at`,
          )
          .run(caseId, commitment.materialCode, commitment.materialName, commitment.type, commitment.text, JSON.stringify(commitment.signedBy), commitment.signedAt);
      }
      if (change.licence) {
        const { licence } = change;
        this.statements
          .prepare('INSERT INTO licence (id, case_id, holder_id, record, token, status, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(licence.id, caseId, licence.record.subjectId, JSON.stringify(licence.record), licence.token, 'VALID', now.toISOString());
      }
      change.alsoDo?.();
      // Leaving the states that gather evidence, the case can use none of its requests again.
      const endReason = requestEndReasonOf(change.to);
      if (endReason) this.endRequests('case_id', caseId, endReason, now);
      this.followBundle(caseId, now);
      this.followPassOns(caseId, change.to, now);
      return true;
    })();
  }

  /**
   * 联动过户: the pass-ons waiting for a case move with it, inside its transaction — passed on
   * (with the time) when it is approved, cancelled when it is refused, ended or withdrawn; a
   * bundle withdrawn cancels all of its own. Those already passed on are recalled when the case
   * they followed is revoked (its approval was given on a commitment the post-check found
   * untrue): the receiver is told to undo what it did on it. Each move is noted by the system in
   * the bundle's history, under the status the bundle then has (the pass-ons never make it).
   */
  private followPassOns(caseId: string, status: CaseStatus, now: Date): void {
    const at = now.toISOString();
    if (status === 'REVOKED') this.recallPassOns(caseId, now);
    let moved: PassOnRow[];
    if (status === 'APPROVED') {
      moved = this.statements
        .prepare<[string, string], PassOnRow>("UPDATE case_pass_on SET status = 'PASSED_ON', passed_on_at = ? WHERE after_case_id = ? AND status = 'AWAITING' RETURNING *")
        .all(at, caseId);
    } else if (CANCELS_PASS_ONS.includes(status)) {
      moved = this.statements
        .prepare<[string, string, string], PassOnRow>(
          "UPDATE case_pass_on SET status = 'CANCELLED', cancelled_at = ? WHERE (after_case_id = ? OR bundle_id = ?) AND status = 'AWAITING' RETURNING *",
        )
        .all(at, caseId, caseId);
    } else {
      return;
    }
    const first = moved[0];
    if (!first) return;
    const passOns = moved.sort((a, b) => a.seq - b.seq).map(toPassOn);
    const bundle = this.statements.prepare<[string], { status: string }>('SELECT status FROM case_file WHERE id = ?').get(first.bundle_id);
    if (!bundle) return;
    const note =
      status === 'APPROVED'
        ? `联动过户：事项 ${first.after_item_code} 已准予，已推送至${receiversInWords(passOns)}办理，申请人无需另行申请`
        : first.bundle_id === caseId
          ? `联动过户已取消：“一件事”${caseStatusLabel(status)}，不再推送至${receiversInWords(passOns)}`
          : `联动过户已取消：事项 ${first.after_item_code} ${caseStatusLabel(status)}，不再推送至${receiversInWords(passOns)}`;
    this.appendEvent(first.bundle_id, bundle.status as CaseStatus, SYSTEM, note, [], now);
  }

  /** The pass-ons a revoked case had passed on, recalled (RECALLED, with the time), and said in its bundle's history. */
  private recallPassOns(caseId: string, now: Date): void {
    const recalled = this.statements
      .prepare<[string, string], PassOnRow>("UPDATE case_pass_on SET status = 'RECALLED', recalled_at = ? WHERE after_case_id = ? AND status = 'PASSED_ON' RETURNING *")
      .all(now.toISOString(), caseId);
    const first = recalled[0];
    if (!first) return;
    const bundle = this.statements.prepare<[string], { status: string }>('SELECT status FROM case_file WHERE id = ?').get(first.bundle_id);
    if (!bundle) return;
    const note = `联动过户已撤回：事项 ${first.after_item_code} 的准予决定已撤销，已通知${receiversInWords(recalled.sort((a, b) => a.seq - b.seq).map(toPassOn))}撤回据此办理的过户`;
    this.appendEvent(first.bundle_id, bundle.status as CaseStatus, SYSTEM, note, [], now);
  }

  /**
   * A submitted bundle follows its items: when an item's move changes where the bundle stands
   * (bundleStatus.ts), the bundle's status moves too, with an entry in its history saying where
   * its items are — so that the history of a bundle ends where its status does, not at its
   * submission. Inside the item's transaction.
   */
  private followBundle(itemId: string, now: Date): void {
    const bundle = this.statements
      .prepare<[string], { id: string; status: string }>('SELECT bundle.id, bundle.status FROM case_file item JOIN case_file bundle ON bundle.id = item.parent_id WHERE item.id = ?')
      .get(itemId);
    if (!bundle || BUNDLE_OWN_STATES.includes(bundle.status as CaseStatus)) return;
    const items = this.childrenOf(bundle.id);
    // The bundle's submission moves its items one by one in its transaction: follow once all have moved.
    if (items.some((item) => BUNDLE_OWN_STATES.includes(item.status))) return;
    const status = bundleStatusOf(items);
    if (status === bundle.status) return;
    this.statements.prepare('UPDATE case_file SET status = ? WHERE id = ?').run(status, bundle.id);
    this.appendEvent(bundle.id, status, SYSTEM, bundleItemsSummary(items), [], now);
  }

  /**
   * The applicant's name declared with a submission, for a case it does not move: a bundle's
   * items while the bundle waits for a province (their next submission, or its 容缺 completion,
   * plans with it). Called inside the bundle's transaction, so a refused submission keeps none.
   */
  declareApplicantName(caseId: string, applicantName: string): void {
    this.statements.prepare('UPDATE case_file SET applicant_name = ? WHERE id = ?').run(applicantName, caseId);
  }

  /**
   * 数据调取授权: records the applicant's authorisation of a case's evidence requests — a bundle's
   * for its items too — with her request that gave it (`proof`, kept for the case it names). Given
   * again, her latest word stands (a retry; or anew after the gateway key that signed the first
   * was retired too long ago for holders to verify it). The case as it now stands.
   */
  authorise(caseId: string, by: CaseAuthorisation['by'], proof: AuthorisationProof, now = new Date()): CaseFile | undefined {
    this.db.transaction(() => {
      this.statements
        .prepare('UPDATE case_file SET authorised_by = ?, authorised_at = ? WHERE id = ? OR parent_id = ?')
        .run(JSON.stringify(by), now.toISOString(), caseId, caseId);
      this.statements
        .prepare(
          `INSERT INTO case_authorisation_proof (case_id, assertion, body) VALUES (?, ?, ?)
           ON CONFLICT (case_id) DO UPDATE SET assertion = excluded.assertion, body = excluded.body`,
        )
        .run(caseId, proof.assertion, proof.body);
    })();
    return this.caseById(caseId);
  }

  /** The applicant's request that authorised the case (authorise), for its evidence requests to carry; undefined until she has. */
  authorisationProofOf(caseId: string): AuthorisationProof | undefined {
    return this.statements
      .prepare<[string], AuthorisationProof>('SELECT assertion, body FROM case_authorisation_proof WHERE case_id = ?')
      .get(caseId);
  }

  /** 容缺: marks a deferred material supplied; the case's commitments as they now stand, and those still open. */
  supplyMaterial(caseId: string, materialCode: string, now = new Date()): { commitments: Commitment[]; stillOpen: Commitment[] } {
    // Recorded once: confirming a material already supplied keeps its first time.
    this.statements
      .prepare("UPDATE case_commitment SET supplied_at = ? WHERE case_id = ? AND material_code = ? AND type = 'SUPPLY_LATER' AND supplied_at IS NULL")
      .run(now.toISOString(), caseId, materialCode);
    const commitments = this.commitmentsOf(caseId);
    return { commitments, stillOpen: commitments.filter((c) => c.type === 'SUPPLY_LATER' && c.suppliedAt === null) };
  }

  /**
   * 容缺: terminates every case whose deferred materials were due before `now` and are not all
   * in, each with a decision that names what was missing (deferralTermination.ts); returns their
   * ids. (A case with every material supplied waits on its decision, not on the applicant.)
   * `ids`: only those cases, and the item cases of those that are bundles (a bundle follows its
   * items: read by its number, it reads as they stand).
   */
  terminateOverdue(now = new Date(), ids?: readonly string[]): string[] {
    const only = ' AND (id IN (SELECT value FROM json_each(@ids)) OR parent_id IN (SELECT value FROM json_each(@ids)))';
    const overdue = this.statements
      .prepare<[{ now: string; ids?: string }], { id: string; deadline: string }>(
        `SELECT id, deadline FROM case_file WHERE status = 'DEFERRED_MATERIALS' AND deadline < @now${ids ? only : ''}
           AND EXISTS (SELECT 1 FROM case_commitment WHERE case_id = case_file.id AND type = 'SUPPLY_LATER' AND supplied_at IS NULL)`,
      )
      .all(ids ? { now: now.toISOString(), ids: JSON.stringify(ids) } : { now: now.toISOString() });
    const commitments = this.commitmentsOfCases(overdue.map((row) => row.id));
    return overdue
      .filter(({ id, deadline }) => {
        const decision = deferralTermination(commitments.get(id) ?? [], deadline, now);
        return this.transition(id, { from: ['DEFERRED_MATERIALS'], to: 'TERMINATED', actor: SYSTEM, reasons: decision.reasons, decision }, now);
      })
      .map((row) => row.id);
  }

  private appendEvent(caseId: string, status: CaseStatus, actor: CaseAgent, note: string | null, reasons: readonly string[], now: Date): void {
    this.statements
      .prepare(
        `INSERT INTO case_event (case_id, seq, at, status, actor, note, reasons)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM case_event WHERE case_id = ?), ?, ?, ?, ?, ?)`,
      )
      .run(caseId, caseId, now.toISOString(), status, JSON.stringify(actor), note, JSON.stringify(reasons));
  }

  // ── evidence requests, answers and evidence ──────────────────────────────────────────

  recordRequest(request: Omit<IssuedRequest, 'endedAt' | 'endReason'>): IssuedRequest {
    this.statements
      .prepare('INSERT INTO evidence_request (id, case_id, holder, kinds, token, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(request.id, request.caseId, request.holder, JSON.stringify(request.kinds), request.token, request.issuedAt, request.expiresAt);
    return { ...request, endedAt: null, endReason: null };
  }

  /**
   * Ends the live requests of a case (`case_id`) or one request (`id`), inside the transaction of
   * what ended them, and queues each one not yet expired for the hub (the outbox): no holding
   * province answers an ended request again.
   */
  private endRequests(column: 'case_id' | 'id', value: string, reason: RequestEndReason, now: Date): void {
    const at = now.toISOString();
    const ended = this.statements
      .prepare<[string, string, string], { id: string; expires_at: string }>(
        `UPDATE evidence_request SET ended_at = ?, end_reason = ? WHERE ${column} = ? AND ended_at IS NULL RETURNING id, expires_at`,
      )
      .all(at, reason, value);
    let queued = 0;
    for (const request of ended) {
      if (request.expires_at <= at) continue;
      this.statements.prepare('INSERT OR IGNORE INTO evidence_request_end_outbox (request_id, queued_at) VALUES (?, ?)').run(request.id, at);
      queued++;
    }
    if (queued > 0) this.requestsEndedListener?.();
  }

  /** Called whenever requests end (inside the transaction that ended them: act after it, e.g. setImmediate). */
  onRequestsEnded(listener: () => void): void {
    this.requestsEndedListener = listener;
  }

  /**
   * Ended requests still to be told to the hub, oldest first. Those expired meanwhile are dropped
   * from the outbox first: no holder answers an expired request, and the hub would forget it.
   */
  pendingRequestEnds(now = new Date(), limit = 100): PendingRequestEnd[] {
    this.statements
      .prepare('DELETE FROM evidence_request_end_outbox WHERE request_id IN (SELECT id FROM evidence_request WHERE expires_at <= ?)')
      .run(now.toISOString());
    return this.statements
      .prepare<[number], { request_id: string; token: string; end_reason: string; ended_at: string; expires_at: string; attempts: number }>(
        `SELECT outbox.request_id, request.token, request.end_reason, request.ended_at, request.expires_at, outbox.attempts
           FROM evidence_request_end_outbox outbox JOIN evidence_request request ON request.id = outbox.request_id
          ORDER BY outbox.queued_at, outbox.request_id LIMIT ?`,
      )
      .all(limit)
      .map((row) => ({
        requestId: row.request_id,
        token: row.token,
        reason: row.end_reason as RequestEndReason,
        endedAt: row.ended_at,
        expiresAt: row.expires_at,
        attempts: row.attempts,
      }));
  }

  /** The hub acknowledged these ends: out of the outbox. */
  requestEndsDelivered(requestIds: readonly string[]): void {
    this.statements.prepare('DELETE FROM evidence_request_end_outbox WHERE request_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(requestIds));
  }

  /** An attempt to tell the hub failed: kept, counted. */
  requestEndsFailed(requestIds: readonly string[], now = new Date()): void {
    this.statements
      .prepare('UPDATE evidence_request_end_outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE request_id IN (SELECT value FROM json_each(?))')
      .run(now.toISOString(), JSON.stringify(requestIds));
  }

  requestById(id: string): IssuedRequest | undefined {
    const row = this.statements.prepare<[string], RequestRow>('SELECT * FROM evidence_request WHERE id = ?').get(id);
    return row ? toRequest(row) : undefined;
  }

  /** In the order issued; one batch in the registry's order of provinces. */
  requestsOf(caseId: string): IssuedRequest[] {
    const order = (holder: string) => REGIONS.findIndex((region) => region.subgraphName === holder);
    return this.statements
      .prepare<[string], RequestRow>('SELECT * FROM evidence_request WHERE case_id = ?')
      .all(caseId)
      .map(toRequest)
      .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || order(a.holder) - order(b.holder));
  }

  recordResponse(response: EvidenceResponse): void {
    this.statements
      .prepare(
        `INSERT OR REPLACE INTO evidence_response (request_id, case_id, holder, kinds, record_ids, token, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(response.requestId, response.caseId, response.holder, JSON.stringify(response.kinds), JSON.stringify(response.recordIds), response.token, response.receivedAt);
  }

  /** In the registry's order of provinces. */
  responsesOf(caseId: string): EvidenceResponse[] {
    const order = (holder: string) => REGIONS.findIndex((region) => region.subgraphName === holder);
    return this.statements
      .prepare<[string], ResponseRow>('SELECT * FROM evidence_response WHERE case_id = ?')
      .all(caseId)
      .map(toResponse)
      .sort((a, b) => order(a.holder) - order(b.holder) || a.receivedAt.localeCompare(b.receivedAt));
  }

  /**
   * Stores verified evidence awaiting the applicant's preview. The same record handed in again
   * changes nothing, unless it was released later (a request made again once the first had
   * expired): then the fresher release replaces it — keeping the applicant's decision if the
   * record reads the same, asking her again if it changed.
   */
  addEvidence(evidence: Omit<CaseEvidence, 'id' | 'status' | 'decidedBy' | 'decidedAt'>): CaseEvidence {
    // In an upsert's SET, case_evidence.* are the stored values, so `record` is compared before it is replaced.
    this.statements
      .prepare(
        `INSERT INTO case_evidence (id, case_id, request_id, issuer, kind, record_id, record, token, received_at, expires_at, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING_PREVIEW')
         ON CONFLICT (case_id, issuer, record_id) DO UPDATE SET
           request_id = excluded.request_id,
           token = excluded.token,
           received_at = excluded.received_at,
           expires_at = excluded.expires_at,
           status = CASE WHEN case_evidence.record = excluded.record THEN case_evidence.status ELSE 'PENDING_PREVIEW' END,
           decided_by = CASE WHEN case_evidence.record = excluded.record THEN case_evidence.decided_by END,
           decided_at = CASE WHEN case_evidence.record = excluded.record THEN case_evidence.decided_at END,
           record = excluded.record
         WHERE excluded.expires_at > case_evidence.expires_at`,
      )
      .run(
        randomUUID(),
        evidence.caseId,
        evidence.requestId,
        evidence.issuer,
        evidence.kind,
        evidence.record.recordId,
        JSON.stringify(evidence.record),
        evidence.token,
        evidence.receivedAt,
        evidence.expiresAt,
      );
    return toEvidence(
      this.statements
        .prepare<[string, string, string], EvidenceRow>('SELECT * FROM case_evidence WHERE case_id = ? AND issuer = ? AND record_id = ?')
        .get(evidence.caseId, evidence.issuer, evidence.record.recordId) as EvidenceRow,
    );
  }

  evidenceOf(caseId: string): CaseEvidence[] {
    return this.statements
      .prepare<[string], EvidenceRow>('SELECT * FROM case_evidence WHERE case_id = ? ORDER BY issuer, kind, record_id')
      .all(caseId)
      .map(toEvidence);
  }

  /**
   * Evidence a decision may use: accepted by the applicant and not expired at `now`. None once
   * the case is withdrawn: the purpose it was released for is gone (and its contents erased).
   */
  usableEvidenceOf(caseId: string, now = new Date()): CaseEvidence[] {
    if (this.caseById(caseId)?.status === 'WITHDRAWN') return [];
    return this.evidenceOf(caseId).filter((evidence) => evidence.status === 'ACCEPTED' && Date.parse(evidence.expiresAt) > now.getTime());
  }

  /**
   * Purpose limitation, inside a withdrawal's transition: the records released for the case are
   * erased — their contents and the sealed release token that carries them — keeping only what
   * was released, by whom and when (provenance, record id, the applicant's decision), as the
   * subject's access history also keeps it. Nothing reads a withdrawn case's records again.
   */
  eraseEvidenceOf(caseId: string): void {
    this.statements.prepare("UPDATE case_evidence SET record = json_set(record, '$.content', json('{}')), token = '' WHERE case_id = ?").run(caseId);
  }

  /** Once an erasure is committed: no copy of what was erased stays in the database's files (openDatabase.ts). */
  checkpointErasure(): void {
    checkpointErasure(this.db);
  }

  /** Records the applicant's decision on one piece of evidence (before the case is submitted). */
  decideEvidence(caseId: string, evidenceId: string, accept: boolean, by: CaseActor, now = new Date()): CaseEvidence | undefined {
    return this.db.transaction(() => {
      const changed = this.statements
        .prepare('UPDATE case_evidence SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND case_id = ?')
        .run(accept ? 'ACCEPTED' : 'REJECTED', JSON.stringify(by), now.toISOString(), evidenceId, caseId).changes;
      if (changed === 0) return undefined;
      const decided = toEvidence(this.statements.prepare<[string], EvidenceRow>('SELECT * FROM case_evidence WHERE id = ?').get(evidenceId) as EvidenceRow);
      // Her “no” ends the request that released it: presented again, it would release the record again.
      // (She may still be asked anew: requestedKinds.ts says when.)
      if (!accept) this.endRequests('id', decided.requestId, 'APPLICANT_REFUSED', now);
      return decided;
    })();
  }

  // ── licences ─────────────────────────────────────────────────────────────────────────

  /** The licences issued to holders, each with its status as of `now` (see licenceStatusOn). */
  licencesOfHolders(holderIds: readonly string[], now = new Date()): Map<string, HeldRecord<'E_LICENCE'>[]> {
    const today = todayInChina(now);
    const rows = this.statements
      .prepare<[string], LicenceRow>(
        `SELECT licence.holder_id, licence.case_id, licence.record, licence.status, licence.token, case_file.subject_kind
           FROM licence JOIN case_file ON case_file.id = licence.case_id
          WHERE licence.holder_id IN (SELECT value FROM json_each(?)) ORDER BY licence.issued_at`,
      )
      .all(JSON.stringify(holderIds));
    return groupBy(rows, (row) => row.holder_id, (row) => licenceRecordOf(row, today));
  }

  licenceOfCase(caseId: string): CaseLicence | undefined {
    return this.licencesOfCases([caseId]).get(caseId);
  }

  /** The licences several cases ended with (a case has at most one). */
  licencesOfCases(caseIds: readonly string[], now = new Date()): Map<string, CaseLicence> {
    const today = todayInChina(now);
    const rows = this.statements
      .prepare<[string], LicenceRow>(
        `SELECT licence.holder_id, licence.case_id, licence.record, licence.status, licence.token, case_file.subject_kind
           FROM licence JOIN case_file ON case_file.id = licence.case_id
          WHERE licence.case_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(caseIds));
    return new Map(rows.map((row) => [row.case_id, { ...licenceRecordOf(row, today), token: row.token }]));
  }

  /** Inside a transition: the licence of a revoked decision is revoked with it. */
  revokeLicenceOf(caseId: string): void {
    this.statements.prepare("UPDATE licence SET status = 'REVOKED' WHERE case_id = ?").run(caseId);
  }
}

/** A licence as its case holds it: the record with its current status, and the signed token. */
export type CaseLicence = HeldRecord<'E_LICENCE'> & { token: string };

interface LicenceRow {
  holder_id: string;
  case_id: string;
  record: string;
  status: string;
  token: string;
  subject_kind: string;
}

/**
 * A stored licence with its status as of today. Licences issued before they named the holder's
 * kind take it from their case, which was opened for that kind of subject.
 */
function licenceRecordOf(row: LicenceRow, today: LocalDate): HeldRecord<'E_LICENCE'> {
  const record = JSON.parse(row.record) as HeldRecord<'E_LICENCE'>;
  const licenceStatus = licenceStatusOn(row.status as LicenceStatus, record.content.validUntil, today);
  const holderKind = (record.content.holderKind as SubjectKind | undefined) ?? (row.subject_kind as SubjectKind);
  return { ...record, content: { ...record.content, licenceStatus, holderKind } };
}

/** Rows grouped by a key, each made into a value, in row order. */
function groupBy<R, V>(rows: readonly R[], keyOf: (row: R) => string, valueOf: (row: R) => V): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const values = grouped.get(key);
    if (values) values.push(valueOf(row));
    else grouped.set(key, [valueOf(row)]);
  }
  return grouped;
}
