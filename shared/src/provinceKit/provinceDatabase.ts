import { migrate, openDatabase, type SqliteDatabase } from '../store/openDatabase.ts';

/**
 * A province's embedded database: its native records, the cases filed there, the evidence
 * requests it issued and the evidence it received, and its audit log. Migrations only ever
 * append.
 */
export const PROVINCE_MIGRATIONS: readonly string[] = [
  // 1: native records, exactly as the province's systems wrote them.
  `CREATE TABLE native_record (
     record_id  TEXT PRIMARY KEY,
     subject_id TEXT NOT NULL,
     kind       TEXT NOT NULL,
     payload    TEXT NOT NULL
   ) STRICT;
   CREATE INDEX native_record_by_subject ON native_record (subject_id, kind);
   CREATE TABLE seed_info (
     id        INTEGER PRIMARY KEY CHECK (id = 1),
     scale     TEXT NOT NULL,
     seeded_at TEXT NOT NULL
   ) STRICT;`,
  // 2: cases, evidence exchange, audit.
  `CREATE TABLE case_file (
     id              TEXT PRIMARY KEY,
     item_code       TEXT NOT NULL,
     subject_id      TEXT NOT NULL,
     subject_kind    TEXT NOT NULL,
     status          TEXT NOT NULL,
     channel         TEXT NOT NULL,
     opened_by       TEXT NOT NULL,
     opened_at       TEXT NOT NULL,
     idempotency_key TEXT NOT NULL UNIQUE,
     request_digest  TEXT NOT NULL
   ) STRICT;
   CREATE INDEX case_file_by_subject ON case_file (subject_id);
   CREATE TABLE case_sequence (
     day  TEXT PRIMARY KEY,
     last INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE evidence_request (
     id         TEXT PRIMARY KEY,
     case_id    TEXT NOT NULL REFERENCES case_file (id),
     holder     TEXT NOT NULL,
     kinds      TEXT NOT NULL,
     token      TEXT NOT NULL,
     issued_at  TEXT NOT NULL,
     expires_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX evidence_request_by_case ON evidence_request (case_id);
   CREATE TABLE case_evidence (
     id          TEXT PRIMARY KEY,
     case_id     TEXT NOT NULL REFERENCES case_file (id),
     request_id  TEXT NOT NULL,
     issuer      TEXT NOT NULL,
     kind        TEXT NOT NULL,
     record_id   TEXT NOT NULL,
     record      TEXT NOT NULL,
     token       TEXT NOT NULL,
     received_at TEXT NOT NULL,
     expires_at  TEXT NOT NULL,
     status      TEXT NOT NULL,
     decided_by  TEXT,
     decided_at  TEXT,
     UNIQUE (case_id, issuer, record_id)
   ) STRICT;
   CREATE TABLE audit_entry (
     id          INTEGER PRIMARY KEY AUTOINCREMENT,
     at          TEXT NOT NULL,
     event       TEXT NOT NULL,
     outcome     TEXT NOT NULL,
     reason      TEXT,
     subject_id  TEXT,
     caller      TEXT NOT NULL,
     case_id     TEXT,
     item_code   TEXT,
     request_id  TEXT,
     kinds       TEXT NOT NULL,
     record_ids  TEXT NOT NULL
   ) STRICT;
   CREATE INDEX audit_entry_by_subject ON audit_entry (subject_id, id);
   CREATE UNIQUE INDEX audit_entry_once_per_request ON audit_entry (request_id, event) WHERE request_id IS NOT NULL;`,
  // 3: the case lifecycle — submission, decision, 容缺 and 告知承诺, bundles, licences.
  `ALTER TABLE case_file ADD COLUMN parent_id TEXT REFERENCES case_file (id);
   ALTER TABLE case_file ADD COLUMN is_bundle INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE case_file ADD COLUMN submitted_at TEXT;
   ALTER TABLE case_file ADD COLUMN provided_materials TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE case_file ADD COLUMN decision TEXT;
   ALTER TABLE case_file ADD COLUMN form TEXT;
   ALTER TABLE case_file ADD COLUMN deadline TEXT;
   ALTER TABLE case_file ADD COLUMN post_check TEXT;
   CREATE INDEX case_file_by_status ON case_file (status, id);
   CREATE INDEX case_file_by_parent ON case_file (parent_id);
   CREATE TABLE case_event (
     case_id TEXT NOT NULL REFERENCES case_file (id),
     seq     INTEGER NOT NULL,
     at      TEXT NOT NULL,
     status  TEXT NOT NULL,
     actor   TEXT NOT NULL,
     note    TEXT,
     reasons TEXT NOT NULL,
     PRIMARY KEY (case_id, seq)
   ) STRICT;
   CREATE TABLE case_commitment (
     case_id       TEXT NOT NULL REFERENCES case_file (id),
     material_code TEXT NOT NULL,
     type          TEXT NOT NULL,
     text          TEXT NOT NULL,
     signed_by     TEXT NOT NULL,
     signed_at     TEXT NOT NULL,
     supplied_at   TEXT,
     PRIMARY KEY (case_id, material_code)
   ) STRICT;
   CREATE TABLE case_submission (
     case_id         TEXT NOT NULL REFERENCES case_file (id),
     idempotency_key TEXT NOT NULL,
     at              TEXT NOT NULL,
     PRIMARY KEY (case_id, idempotency_key)
   ) STRICT;
   CREATE TABLE evidence_response (
     request_id  TEXT PRIMARY KEY,
     case_id     TEXT NOT NULL REFERENCES case_file (id),
     holder      TEXT NOT NULL,
     kinds       TEXT NOT NULL,
     record_ids  TEXT NOT NULL,
     token       TEXT NOT NULL,
     received_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE licence (
     id        TEXT PRIMARY KEY,
     case_id   TEXT NOT NULL UNIQUE REFERENCES case_file (id),
     holder_id TEXT NOT NULL,
     record    TEXT NOT NULL,
     token     TEXT NOT NULL,
     status    TEXT NOT NULL,
     issued_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX licence_by_holder ON licence (holder_id);`,
  // 4: public services — the 7×24 service map and online queue numbers.
  `CREATE TABLE map_place (
     seq           INTEGER PRIMARY KEY,
     id            TEXT NOT NULL UNIQUE,
     kind          TEXT NOT NULL,
     name          TEXT NOT NULL,
     address       TEXT NOT NULL,
     division_code TEXT NOT NULL,
     latitude      REAL NOT NULL,
     longitude     REAL NOT NULL,
     open24h       INTEGER NOT NULL,
     lunch_service INTEGER NOT NULL,
     hours         TEXT NOT NULL,
     phone         TEXT
   ) STRICT;
   -- The box is stored in 32-bit floats (rounded outwards); the exact point rides along.
   CREATE VIRTUAL TABLE map_place_location USING rtree (seq, min_lat, max_lat, min_lng, max_lng, +latitude REAL, +longitude REAL);
   CREATE TABLE map_offering (
     item_code TEXT NOT NULL,
     place_seq INTEGER NOT NULL,
     PRIMARY KEY (item_code, place_seq)
   ) STRICT, WITHOUT ROWID;
   -- What a place offers (a hit's items, whether a queue number may be taken there).
   CREATE INDEX map_offering_by_place ON map_offering (place_seq, item_code);
   CREATE TABLE queue_ticket (
     id          TEXT PRIMARY KEY,
     place_id    TEXT NOT NULL,
     item_code   TEXT NOT NULL,
     day         TEXT NOT NULL,
     number      INTEGER NOT NULL,
     status      TEXT NOT NULL,
     holder      TEXT NOT NULL,
     cancel_code TEXT NOT NULL,
     taken_at    TEXT NOT NULL,
     idempotency_key TEXT NOT NULL UNIQUE,
     UNIQUE (place_id, day, number)
   ) STRICT;
   CREATE INDEX queue_ticket_waiting ON queue_ticket (place_id, day, status, number);`,
  // 5: where a refused direct call came from, and how many like it one entry stands for.
  `ALTER TABLE audit_entry ADD COLUMN source_address TEXT;
   ALTER TABLE audit_entry ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;`,
  // 6: a case's answers are read on every submission and every read of its requirements.
  `CREATE INDEX evidence_response_by_case ON evidence_response (case_id);`,
  // 7: who called a number and when, and the key of the call, so that a window retrying its
  // call gets the same number instead of calling (and skipping) the next person.
  `ALTER TABLE queue_ticket ADD COLUMN called_by TEXT;
   ALTER TABLE queue_ticket ADD COLUMN called_at TEXT;
   ALTER TABLE queue_ticket ADD COLUMN call_key TEXT;
   CREATE UNIQUE INDEX queue_ticket_by_call_key ON queue_ticket (call_key);`,
  // 8: the documents a submission handed in for several items (a 容缺 case completed later is
  // decided on them too), and what a submission sent, so that its key cannot stand for another.
  `ALTER TABLE case_file ADD COLUMN provided_documents TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE case_submission ADD COLUMN digest TEXT;`,
  // 9: an evidence request is logged once per retry, not once for good. Under (request_id,
  // event) a second clerk presenting someone else's request, or a release of other records
  // when the request was presented again, was silently not logged. Alike now means the same
  // request, event, caller, outcome, reason and records. (reason is often NULL, and NULLs are
  // never equal in a unique index: hence ifnull.) Entries without a request are never folded.
  `DROP INDEX audit_entry_once_per_request;
   CREATE UNIQUE INDEX audit_entry_once_per_retry
     ON audit_entry (request_id, event, caller, outcome, ifnull(reason, ''), record_ids)
     WHERE request_id IS NOT NULL;`,
  // 10: the applicant's name as declared when the case was opened (申请人填报): the licence's
  // holder where no record of the case names the applicant.
  `ALTER TABLE case_file ADD COLUMN applicant_name TEXT;`,
  // 11: who made a submission (a clerk at a window, or the applicant online): the clerk who
  // accepts a case by submitting it does not decide it (受审分离), whoever opened it.
  `ALTER TABLE case_submission ADD COLUMN submitted_by TEXT;`,
  // 12: which holder of a number an audit entry concerns, a person or an enterprise (a number
  // can be valid as both): each sees only its own access history. Earlier entries take it from
  // this province's case they name, or else from kinds of evidence that concern one kind of
  // subject only; the rest stay NULL, shown to either holder as before.
  `ALTER TABLE audit_entry ADD COLUMN subject_kind TEXT CHECK (subject_kind IN ('PERSON', 'ENTERPRISE'));
   UPDATE audit_entry SET subject_kind = (
       SELECT case_file.subject_kind FROM case_file
        WHERE case_file.id = audit_entry.case_id AND case_file.subject_id = audit_entry.subject_id)
    WHERE subject_id IS NOT NULL AND case_id IS NOT NULL;
   UPDATE audit_entry SET subject_kind = 'PERSON'
    WHERE subject_kind IS NULL AND subject_id IS NOT NULL AND kinds <> '[]'
      AND NOT EXISTS (SELECT 1 FROM json_each(audit_entry.kinds)
                       WHERE value NOT IN ('SOCIAL_INSURANCE', 'PROVIDENT_FUND', 'HOUSEHOLD_REGISTRATION', 'MARRIAGE'));
   UPDATE audit_entry SET subject_kind = 'ENTERPRISE'
    WHERE subject_kind IS NULL AND subject_id IS NOT NULL AND kinds <> '[]'
      AND NOT EXISTS (SELECT 1 FROM json_each(audit_entry.kinds) WHERE value NOT IN ('BUSINESS_REGISTRATION'));`,
  // 13: a call of the next number that found nobody waiting, by its clerk's idempotency key: a
  // retry answers "nobody" again, and never calls whoever took a number since.
  `CREATE TABLE queue_empty_call (
     call_key  TEXT PRIMARY KEY,
     place_id  TEXT NOT NULL,
     called_at TEXT NOT NULL
   ) STRICT;`,
  // 14: an audit entry that stands for several like events (a request answered again, refusals
  // or views folded) says when the last of them happened; NULL for the entries before, which
  // stood for one event (or for refusals counted when written). A release that released no
  // record gets its own outcome: the person's history said 已提供 where nothing was sent.
  `ALTER TABLE audit_entry ADD COLUMN last_at TEXT;
   UPDATE audit_entry SET outcome = 'NO_RECORDS' WHERE event = 'EVIDENCE_RELEASED' AND record_ids = '[]';`,
  // 15: whose a queue number is, by kind as well as number: a number valid both as a resident
  // identity number and as a credit code names a person and an enterprise, two holders. New
  // tickets key their idempotency key by kind too. Earlier tickets get the one kind their number
  // can name when the queue store opens (legacyQueueHolders.ts: SQL cannot check the numbers);
  // one valid as both stays NULL, held by neither (cancelled only with its code).
  `ALTER TABLE queue_ticket ADD COLUMN holder_kind TEXT CHECK (holder_kind IN ('PERSON', 'ENTERPRISE'));
   CREATE INDEX queue_ticket_by_holder ON queue_ticket (holder, holder_kind, place_id, day, status);`,
  // 16: an evidence request ends when its case can no longer use it (withdrawn, submitted for a
  // decision, decided) or the applicant refused a record it released; the hub is told, through an
  // outbox written in the same transaction and emptied once the hub acknowledges
  // (requestEndDelivery.ts), so that no holder answers it again. Requests of cases already past
  // gathering, or that released a record she refused, end now; those not yet expired are queued.
  `ALTER TABLE evidence_request ADD COLUMN ended_at TEXT;
   ALTER TABLE evidence_request ADD COLUMN end_reason TEXT CHECK (end_reason IN ('WITHDRAWN', 'SUBMITTED', 'DECIDED', 'APPLICANT_REFUSED'));
   CREATE TABLE evidence_request_end_outbox (
     request_id      TEXT PRIMARY KEY REFERENCES evidence_request (id),
     queued_at       TEXT NOT NULL,
     attempts        INTEGER NOT NULL DEFAULT 0,
     last_attempt_at TEXT
   ) STRICT;
   UPDATE evidence_request SET
       ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       end_reason = CASE (SELECT status FROM case_file WHERE case_file.id = evidence_request.case_id)
         WHEN 'WITHDRAWN' THEN 'WITHDRAWN'
         WHEN 'IN_REVIEW' THEN 'SUBMITTED'
         WHEN 'DEFERRED_MATERIALS' THEN 'SUBMITTED'
         ELSE 'DECIDED' END
    WHERE (SELECT status FROM case_file WHERE case_file.id = evidence_request.case_id) NOT IN ('OPEN', 'AWAITING_EVIDENCE');
   UPDATE evidence_request SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), end_reason = 'APPLICANT_REFUSED'
    WHERE ended_at IS NULL
      AND EXISTS (SELECT 1 FROM case_evidence WHERE case_evidence.request_id = evidence_request.id AND case_evidence.status = 'REJECTED');
   INSERT INTO evidence_request_end_outbox (request_id, queued_at)
     SELECT id, ended_at FROM evidence_request WHERE ended_at IS NOT NULL AND expires_at > ended_at;`,
  // 17: idempotency keys of openCase/openBundle are scoped by the kind of applicant (a person and
  // an enterprise can share a number) and by the clerk's division (the same window code and
  // operator id in another division is another clerk). Keys stored before are rewritten into
  // that form from their case: an applicant opens only for herself, as the kind the case is for.
  `UPDATE case_file SET idempotency_key = 'applicant:' || subject_kind || ':' || substr(idempotency_key, 11)
    WHERE substr(idempotency_key, 1, 10) = 'applicant:';
   UPDATE case_file SET idempotency_key =
       'operator:' || json_extract(opened_by, '$.region') || ':' || json_extract(opened_by, '$.division') || ':'
       || substr(idempotency_key, length('operator:' || json_extract(opened_by, '$.region') || ':') + 1)
    WHERE substr(idempotency_key, 1, 9) = 'operator:';`,
  // 18: 联动过户 — a bundle item the province does not implement but passes on to the enterprise
  // that carries it out (passedOn.ts): no case of its own, a pass-on of the bundle, written with
  // the bundle, that waits for the bundle's case of the item it follows (after_case_id) and is
  // passed on when that case is approved, or cancelled, in the transaction that moves it.
  `CREATE TABLE case_pass_on (
     bundle_id       TEXT NOT NULL REFERENCES case_file (id),
     item_code       TEXT NOT NULL,
     seq             INTEGER NOT NULL,
     receiver        TEXT NOT NULL,
     after_item_code TEXT NOT NULL,
     after_case_id   TEXT NOT NULL REFERENCES case_file (id),
     notice          TEXT NOT NULL,
     status          TEXT NOT NULL CHECK (status IN ('AWAITING', 'PASSED_ON', 'CANCELLED')),
     passed_on_at    TEXT,
     cancelled_at    TEXT,
     PRIMARY KEY (bundle_id, item_code)
   ) STRICT;
   CREATE INDEX case_pass_on_by_after_case ON case_pass_on (after_case_id);`,
  // 19: the window (窗口) that called a number, as its clerk's sign-in names it: whoever follows
  // the number is told where to go (never which clerk). NULL until called, and for numbers
  // called before it was kept.
  `ALTER TABLE queue_ticket ADD COLUMN called_window TEXT;`,
  // 20: 联动过户 recalled — a pass-on already passed on whose item was revoked afterwards (a 告知承诺
  // post-check that failed): the receiver is told to undo it. SQLite cannot widen a CHECK in
  // place, so the table is rebuilt, every row kept.
  `CREATE TABLE case_pass_on_v20 (
     bundle_id       TEXT NOT NULL REFERENCES case_file (id),
     item_code       TEXT NOT NULL,
     seq             INTEGER NOT NULL,
     receiver        TEXT NOT NULL,
     after_item_code TEXT NOT NULL,
     after_case_id   TEXT NOT NULL REFERENCES case_file (id),
     notice          TEXT NOT NULL,
     status          TEXT NOT NULL CHECK (status IN ('AWAITING', 'PASSED_ON', 'CANCELLED', 'RECALLED')),
     passed_on_at    TEXT,
     cancelled_at    TEXT,
     recalled_at     TEXT,
     PRIMARY KEY (bundle_id, item_code)
   ) STRICT;
   INSERT INTO case_pass_on_v20 (bundle_id, item_code, seq, receiver, after_item_code, after_case_id, notice, status, passed_on_at, cancelled_at)
     SELECT bundle_id, item_code, seq, receiver, after_item_code, after_case_id, notice, status, passed_on_at, cancelled_at FROM case_pass_on;
   DROP TABLE case_pass_on;
   ALTER TABLE case_pass_on_v20 RENAME TO case_pass_on;
   CREATE INDEX case_pass_on_by_after_case ON case_pass_on (after_case_id);`,
  // 21: bound caller assertions taken up (a write's, each for one request), by id until they
  // expire: a replay is refused after a restart too (boundAssertionUses.ts).
  `CREATE TABLE bound_assertion_use (
     id         TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX bound_assertion_use_by_expiry ON bound_assertion_use (expires_at);`,
  // 22: the material a commitment promises, by the name the item gave it when it was signed, so
  // that a 容缺 case terminated without the clerk (deferralTermination.ts) names what was missing.
  // NULL for commitments signed before (named by code).
  `ALTER TABLE case_commitment ADD COLUMN material_name TEXT;`,
  // 23: 我的办件 paged (caseStore.casesOfSubjects): a subject's cases read newest first from a
  // case number, by one index rather than every case of the subject sorted.
  `DROP INDEX IF EXISTS case_file_by_subject;
   CREATE INDEX case_file_by_subject_newest ON case_file (subject_id, id);`,
  // 24: the hub's answers about the item standard, as last given (hubAnswerStore.ts): they stand
  // in while the hub cannot be asked, after a restart of the province too.
  `CREATE TABLE hub_answer (
     question    TEXT PRIMARY KEY,
     answer      TEXT NOT NULL,
     received_at INTEGER NOT NULL
   ) STRICT;`,
  // 25: 数据调取授权 — the applicant's authorisation to ask the holding provinces for her records
  // for a case (caseAuthorisation.ts): who gave it (always the applicant) and when. A case she
  // opened online is authorised from its opening, those opened before this migration included;
  // one opened at a window before it waits for her, as a new one does.
  `ALTER TABLE case_file ADD COLUMN authorised_by TEXT;
   ALTER TABLE case_file ADD COLUMN authorised_at TEXT;
   UPDATE case_file SET authorised_by = opened_by, authorised_at = opened_at WHERE channel = 'ONLINE';`,
  // 26: her authorisation as the holding provinces can verify it — her authoriseEvidence of the
  // case and its item, as the gateway signed it (authorisationProof.ts), kept for the case it
  // names (a bundle's for the bundle). Those recorded before carry none a holder could check: on a
  // case still gathering evidence (a bundle's items with it) they are withdrawn — she authorises
  // again (a case opened online included: opening one, or her own 调取, no longer authorises it)
  // and no request signed under one is reused; on a case past gathering they stay, as its history.
  `CREATE TABLE case_authorisation_proof (
     case_id   TEXT PRIMARY KEY REFERENCES case_file (id),
     assertion TEXT NOT NULL,
     body      TEXT NOT NULL
   ) STRICT;
   UPDATE case_file SET authorised_by = NULL, authorised_at = NULL
    WHERE authorised_at IS NOT NULL AND status IN ('OPEN', 'AWAITING_EVIDENCE');`,
];

export function openProvinceDatabase(file: string): SqliteDatabase {
  const db = openDatabase(file);
  migrate(db, PROVINCE_MIGRATIONS);
  return db;
}
