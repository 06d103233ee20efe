import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { SYSTEM, type CaseEvidence, type CaseStatus } from './caseModel.ts';
import { AlreadyApplying, CaseStore, IdempotencyConflict } from './caseStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { WINDOW_CLERK, windowCaseInput } from './windowCase.fixture.ts';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';

const clerk = WINDOW_CLERK;
const input = windowCaseInput();

describe('CaseStore', () => {
  it('numbers cases by province, CST date and a daily sequence', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const lateEvening = new Date('2026-11-26T15:59:00Z'); // 23:59 in Suzhou
    const nextMorning = new Date('2026-11-26T16:01:00Z'); // 00:01 the next day
    expect(store.openCase(input, lateEvening).caseFile.id).toBe('3220261126000001');
    expect(store.openCase({ ...input, idempotencyKey: 'k-2' }, lateEvening).caseFile.id).toBe('3220261126000002');
    expect(store.openCase({ ...input, idempotencyKey: 'k-3' }, nextMorning).caseFile.id).toBe('3220261127000001');
  });

  it('returns the same case for a retried key, and refuses the key for a different case', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const first = store.openCase(input);
    const retry = store.openCase(input);
    expect(retry).toEqual({ caseFile: first.caseFile, created: false });
    expect(() => store.openCase({ ...input, subjectId: '330421198611030011' })).toThrow(IdempotencyConflict);
    // Another window's identical key is its own.
    const otherWindow = store.openCase({ ...input, openedBy: { ...clerk, window: 'WJ-02' } });
    expect(otherWindow.created).toBe(true);
    expect(otherWindow.caseFile.id).not.toBe(first.caseFile.id);
  });

  it('opens one application at a time where asked (a policy): a second key is refused while the first is undecided, a retry is not', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const policy = { ...input, itemCode: '053201001000', oneAtATime: true };
    const first = store.openCase({ ...policy, idempotencyKey: 'apply-1' }).caseFile;
    expect(store.openCase({ ...policy, idempotencyKey: 'apply-1' })).toEqual({ caseFile: first, created: false });
    expect(() => store.openCase({ ...policy, idempotencyKey: 'apply-2' })).toThrow(AlreadyApplying);
    // Another clerk's window, the same applicant: still the one application.
    expect(() => store.openCase({ ...policy, idempotencyKey: 'apply-3', openedBy: { ...clerk, window: 'WJ-02' } })).toThrow(AlreadyApplying);
    // Another subject, or an item without the rule, is not held up.
    expect(store.openCase({ ...policy, subjectId: '330421198611030011', idempotencyKey: 'apply-4' }).created).toBe(true);
    expect(store.openCase({ ...input, itemCode: '053201001000', idempotencyKey: 'apply-5' }).created).toBe(true);
    // Once decided (or withdrawn), she may apply again; the claim rule judges a second grant.
    expect(store.transition(first.id, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk })).toBe(true);
    expect(() => store.openCase({ ...policy, idempotencyKey: 'apply-5b' })).toThrow(AlreadyApplying); // apply-5's case is still undecided
    store.transition(store.openCase({ ...input, itemCode: '053201001000', idempotencyKey: 'apply-5' }).caseFile.id, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk });
    expect(store.openCase({ ...policy, idempotencyKey: 'apply-6' }).created).toBe(true);
  });

  it('keeps the applicant’s authorisation (数据调取授权) with her request that gave it: a window case’s once she gives it, a bundle’s for its items', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const applicant = { kind: 'APPLICANT', subjectId: input.subjectId } as const;
    const atWindow = store.openCase(input).caseFile;
    expect(atWindow.authorisation).toBeNull();
    // Opening a case online authorises nothing: her authorisation (authoriseEvidence) does.
    const online = store.openCase({ ...input, channel: 'ONLINE', openedBy: applicant, idempotencyKey: 'k-online' }).caseFile;
    expect(online.authorisation).toBeNull();
    const given = new Date('2026-11-27T02:00:00Z');
    expect(store.authorise(atWindow.id, applicant, STORED_AUTHORISATION, given)?.authorisation).toEqual({ by: applicant, at: given.toISOString() });
    expect(store.authorisationProofOf(atWindow.id)).toEqual(STORED_AUTHORISATION);
    expect(store.authorisationProofOf(online.id)).toBeUndefined();
    // Given again, her latest word stands.
    const again = { ...STORED_AUTHORISATION, assertion: 'eyJhbGciOiJFZERTQSJ9.again.unverified' };
    const later = new Date('2026-11-27T03:00:00Z');
    expect(store.authorise(atWindow.id, applicant, again, later)?.authorisation?.at).toBe(later.toISOString());
    expect(store.authorisationProofOf(atWindow.id)).toEqual(again);
    const { bundle, cases } = store.openBundle({ ...input, idempotencyKey: 'k-bundle' }, ['200047001000', '200502001000']);
    store.authorise(bundle.id, applicant, STORED_AUTHORISATION, given);
    expect(cases.map((item) => store.caseById(item.id)?.authorisation?.at)).toEqual([given.toISOString(), given.toISOString()]);
    // Another case of hers is not authorised by it.
    expect(store.caseById(store.openCase({ ...input, idempotencyKey: 'k-other' }).caseFile.id)?.authorisation).toBeNull();
  });

  it('keeps the name the applicant declared, and takes the key sent again with another name for another case', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const named = { ...input, applicantName: '顾晓梅' };
    const first = store.openCase(named);
    expect(first.caseFile.applicantName).toBe('顾晓梅');
    expect(store.caseById(first.caseFile.id)?.applicantName).toBe('顾晓梅');
    expect(store.openCase(named)).toEqual({ caseFile: first.caseFile, created: false });
    for (const applicantName of ['顾小梅', null]) expect(() => store.openCase({ ...named, applicantName })).toThrow(IdempotencyConflict);
    // Without a name, a case is asked for as it was before names were declared: its retry still matches.
    const unnamed = store.openCase({ ...input, idempotencyKey: 'k-unnamed' });
    expect(unnamed.caseFile.applicantName).toBeNull();
    expect(() => store.openCase({ ...input, idempotencyKey: 'k-unnamed', applicantName: '顾晓梅' })).toThrow(IdempotencyConflict);
    // A bundle's cases carry its name.
    const { bundle, cases } = store.openBundle({ ...named, idempotencyKey: 'k-bundle' }, ['200047001000', '200502001000']);
    expect([bundle, ...cases].map((opened) => opened.applicantName)).toEqual(['顾晓梅', '顾晓梅', '顾晓梅']);
  });

  it('takes the kind of a number valid both ways as part of the request, and leaves any other number\'s digest as it was', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const both = { ...input, subjectId: numberValidAsBoth(), idempotencyKey: 'k-both' };
    const first = store.openCase(both);
    expect(store.openCase(both)).toEqual({ caseFile: first.caseFile, created: false });
    expect(() => store.openCase({ ...both, subjectKind: 'ENTERPRISE' })).toThrow(IdempotencyConflict);
    // A number that says its kind is digested as before kinds were told apart: older retries still match.
    const plain = store.openCase(input).caseFile;
    const digest = db.prepare('SELECT request_digest AS digest FROM case_file WHERE id = ?').get(plain.id) as { digest: string };
    expect(digest.digest).toBe(createHash('sha256').update(JSON.stringify([input.itemCode, input.subjectId, input.channel, null])).digest('hex'));
  });

  it('keeps a name declared at submission with the transition that moves the case, and none with one that does not', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { caseFile } = store.openCase({ ...input, applicantName: '顾小梅' });
    // Someone else moved it first: nothing of this submission is kept.
    expect(store.transition(caseFile.id, { from: ['AWAITING_EVIDENCE'], to: 'IN_REVIEW', actor: clerk, submissionKey: 's-1', applicantName: '顾晓梅' })).toBe(false);
    expect(store.caseById(caseFile.id)?.applicantName).toBe('顾小梅');
    expect(store.transition(caseFile.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: clerk, submissionKey: 's-1', applicantName: '顾晓梅' })).toBe(true);
    expect(store.caseById(caseFile.id)?.applicantName).toBe('顾晓梅');
    // A transition that declares nothing leaves the name as it is.
    store.transition(caseFile.id, { from: ['IN_REVIEW'], to: 'APPROVED', actor: clerk });
    expect(store.caseById(caseFile.id)?.applicantName).toBe('顾晓梅');
  });

  it('declares the name on a case a submission leaves where it was, only if its transaction is kept', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { cases } = store.openBundle({ ...input, idempotencyKey: 'k-bundle' }, ['200047001000', '200502001000']);
    const [first, second] = cases.map((opened) => opened.id) as [string, string];
    expect(() =>
      store.atomically(() => {
        store.declareApplicantName(first, '顾晓梅');
        throw new Error('refused half-way');
      }),
    ).toThrow('refused half-way');
    expect(store.caseById(first)?.applicantName).toBeNull();
    store.atomically(() => store.declareApplicantName(second, '顾晓梅'));
    expect(store.caseById(second)).toMatchObject({ status: 'OPEN', applicantName: '顾晓梅' });
  });

  it('reads a form stored before declared names were kept as read from records', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const { caseFile } = store.openCase(input);
    const stored = [{ name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: 'SHANGHAI', sourceRecordId: 'SAMPLE-PF-0001' }];
    db.prepare('UPDATE case_file SET form = ? WHERE id = ?').run(JSON.stringify(stored), caseFile.id);
    expect(store.caseById(caseFile.id)?.form).toEqual([{ ...stored[0], declared: false }]);
  });

  it('terminates an overdue 容缺 case only while a deferred material is still missing', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const accepted = new Date('2026-11-26T02:00:00Z');
    const deferOne = (key: string) => {
      const { caseFile } = store.openCase({ ...input, idempotencyKey: key }, accepted);
      const commitment = { materialCode: 'M03', materialName: '结婚证', type: 'SUPPLY_LATER', text: '承诺补齐', signedBy: clerk, signedAt: accepted.toISOString(), suppliedAt: null } as const;
      store.transition(caseFile.id, { from: ['OPEN'], to: 'DEFERRED_MATERIALS', actor: clerk, deadline: '2026-11-30T16:00:00.000Z', commitments: [commitment] }, accepted);
      return caseFile.id;
    };
    const missing = deferOne('k-missing');
    const supplied = deferOne('k-supplied');
    store.supplyMaterial(supplied, 'M03', accepted);
    const afterDeadline = new Date('2026-12-01T01:00:00Z');
    expect(store.terminateOverdue(afterDeadline)).toEqual([missing]);
    // Ended in writing, as any decision against her: what was missing by name, and by when it was due.
    const reason = '容缺材料未在承诺期限（2026年11月30日（周一）24时前）内补齐：结婚证（M03）；本次申请终止办理，材料齐全后可重新申请';
    expect(store.caseById(missing)).toMatchObject({
      status: 'TERMINATED',
      decision: { outcome: 'TERMINATED', reasons: [reason], ruleResults: [], materials: [], decidedBy: SYSTEM, decidedAt: afterDeadline.toISOString() },
    });
    expect(store.eventsOf(missing).at(-1)).toMatchObject({ status: 'TERMINATED', actor: SYSTEM, reasons: [reason] });
    // Everything was handed in: the case waits for its decision, not for the applicant.
    expect(store.caseById(supplied)?.status).toBe('DEFERRED_MATERIALS');
    expect(store.caseById(supplied)?.decision).toBeNull();
    // Run again (the next sweep): nothing more to end, the decision kept as it was.
    expect(store.terminateOverdue(new Date('2026-12-02T01:00:00Z'))).toEqual([]);
    expect(store.caseById(missing)?.decision?.decidedAt).toBe(afterDeadline.toISOString());
  });

  it('terminates an overdue item of a bundle when the bundle is asked for by its number, and only the cases asked for', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const accepted = new Date('2026-11-26T02:00:00Z');
    const { bundle, cases } = store.openBundle(input, ['200047001000', '200502001000'], [], accepted);
    const [approved, deferred] = cases.map((item) => item.id) as [string, string];
    const { caseFile: elsewhere } = store.openCase({ ...input, idempotencyKey: 'k-elsewhere' }, accepted);
    const commitment = { materialCode: 'M03', materialName: '结婚证', type: 'SUPPLY_LATER', text: '承诺补齐', signedBy: clerk, signedAt: accepted.toISOString(), suppliedAt: null } as const;
    const defer = { to: 'DEFERRED_MATERIALS', actor: clerk, deadline: '2026-11-30T16:00:00.000Z', commitments: [commitment] } as const;
    store.atomically(() => {
      store.transition(bundle.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: clerk }, accepted);
      store.transition(approved, { from: ['OPEN'], to: 'APPROVED', actor: clerk }, accepted);
      store.transition(deferred, { from: ['OPEN'], ...defer }, accepted);
    });
    store.transition(elsewhere.id, { from: ['OPEN'], ...defer }, accepted);
    const afterDeadline = new Date('2026-12-01T01:00:00Z');
    expect(store.terminateOverdue(afterDeadline, [bundle.id])).toEqual([deferred]);
    // The bundle follows its items, in the same transaction: read next, it stands as they do.
    expect(store.caseById(bundle.id)?.status).toBe('PARTLY_APPROVED');
    // Another overdue case, not asked for, waits for its own read or the sweep.
    expect(store.caseById(elsewhere.id)?.status).toBe('DEFERRED_MATERIALS');
    expect(store.terminateOverdue(afterDeadline)).toEqual([elsewhere.id]);
  });

  it('names a material promised before names were kept by its code when it terminates the case', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const accepted = new Date('2026-11-26T02:00:00Z');
    const { caseFile } = store.openCase(input, accepted);
    const commitment = { materialCode: 'M03', materialName: '结婚证', type: 'SUPPLY_LATER', text: '承诺补齐', signedBy: clerk, signedAt: accepted.toISOString(), suppliedAt: null } as const;
    store.transition(caseFile.id, { from: ['OPEN'], to: 'DEFERRED_MATERIALS', actor: clerk, deadline: '2026-11-30T16:00:00.000Z', commitments: [commitment] }, accepted);
    // As a commitment signed before migration 22 reads: no name.
    db.prepare('UPDATE case_commitment SET material_name = NULL WHERE case_id = ?').run(caseFile.id);
    expect(store.commitmentsOf(caseFile.id)).toEqual([expect.objectContaining({ materialCode: 'M03', materialName: null })]);
    store.terminateOverdue(new Date('2026-12-01T01:00:00Z'));
    expect(store.caseById(caseFile.id)?.decision?.reasons[0]).toContain('内补齐：材料（M03）；本次申请终止办理');
  });

  it('takes a fresher release of a record handed in before, asking the applicant again only if the record changed', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { caseFile } = store.openCase(input);
    const record = { recordId: 'SH-PF-1', kind: 'PROVIDENT_FUND', subjectId: input.subjectId, content: { balance: 1000 } } as unknown as CaseEvidence['record'];
    const release = (requestId: string, expiresAt: string, content = record) =>
      store.addEvidence({ caseId: caseFile.id, requestId, issuer: 'shanghai', kind: 'PROVIDENT_FUND', record: content, token: `token-${requestId}`, receivedAt: '2026-11-26T02:00:00.000Z', expiresAt });
    const first = release('r1', '2026-12-03T02:00:00.000Z');
    store.decideEvidence(caseFile.id, first.id, true, clerk);
    // The same release again, or an older one: nothing changes.
    expect(release('r1', '2026-12-03T02:00:00.000Z')).toMatchObject({ id: first.id, token: 'token-r1', status: 'ACCEPTED' });
    expect(release('r0', '2026-12-01T02:00:00.000Z')).toMatchObject({ token: 'token-r1', expiresAt: '2026-12-03T02:00:00.000Z' });
    // Requested again after it expired: the fresh release, still accepted — it reads the same.
    expect(release('r2', '2026-12-10T02:00:00.000Z')).toMatchObject({ id: first.id, token: 'token-r2', expiresAt: '2026-12-10T02:00:00.000Z', status: 'ACCEPTED' });
    // The record changed since (a loan taken): the applicant previews it again.
    const changed = { ...record, content: { balance: 0 } } as unknown as CaseEvidence['record'];
    expect(release('r3', '2026-12-17T02:00:00.000Z', changed)).toMatchObject({ id: first.id, token: 'token-r3', status: 'PENDING_PREVIEW', decidedBy: null, record: changed });
    expect(store.evidenceOf(caseFile.id)).toHaveLength(1);
  });

  it('moves several cases at once or none: a bundle and its items', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { bundle, cases } = store.openBundle(input, ['200047001000', '200502001000']);
    const [first, second] = cases.map((item) => item.id) as [string, string];
    const submit = (id: string) => store.transition(id, { from: ['OPEN'], to: 'IN_REVIEW', actor: clerk, submissionKey: 's-1' });
    // The second item was moved meanwhile: the bundle and the first item are not left moved either.
    store.transition(second, { from: ['OPEN'], to: 'AWAITING_EVIDENCE', actor: clerk });
    expect(() =>
      store.atomically(() => {
        submit(bundle.id);
        submit(first);
        if (!submit(second)) throw new Error('item moved by another submission');
      }),
    ).toThrow('item moved');
    expect([bundle.id, first].map((id) => store.caseById(id)?.status)).toEqual(['OPEN', 'OPEN']);
    expect(store.hasSubmission(bundle.id, 's-1')).toBe(false);
    expect(store.atomically(() => submit(bundle.id) && submit(first))).toBe(true);
    expect([bundle.id, first].map((id) => store.caseById(id)?.status)).toEqual(['IN_REVIEW', 'IN_REVIEW']);
  });

  it('moves a submitted bundle with its items, and writes where they stand into its history', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { bundle, cases } = store.openBundle(input, ['200047001000', '200502001000', '200503001000']);
    const [first, second, third] = cases.map((item) => item.id) as [string, string, string];
    const move = (id: string, from: CaseStatus, to: CaseStatus) => expect(store.transition(id, { from: [from], to, actor: clerk })).toBe(true);
    const history = () => store.eventsOf(bundle.id).map((event) => [event.status, event.note]);
    store.atomically(() => {
      move(bundle.id, 'OPEN', 'IN_REVIEW');
      // Half-way through the submission (an item still OPEN) the bundle does not follow.
      move(first, 'OPEN', 'APPROVED');
      expect(store.caseById(bundle.id)?.status).toBe('IN_REVIEW');
      move(second, 'OPEN', 'DEFERRED_MATERIALS');
      move(third, 'OPEN', 'IN_REVIEW');
    });
    expect(history()).toEqual([
      ['OPEN', null],
      ['IN_REVIEW', null],
      ['DEFERRED_MATERIALS', '各事项：容缺受理，待补齐材料 1 项、人工审核中 1 项、已办结（准予） 1 项'],
    ]);
    move(second, 'DEFERRED_MATERIALS', 'IN_REVIEW');
    move(third, 'IN_REVIEW', 'REJECTED');
    expect(store.caseById(bundle.id)?.status).toBe('IN_REVIEW');
    move(second, 'IN_REVIEW', 'APPROVED');
    expect(store.caseById(bundle.id)?.status).toBe('PARTLY_APPROVED');
    expect(history().slice(3)).toEqual([
      ['IN_REVIEW', '各事项：人工审核中 2 项、已办结（准予） 1 项'],
      ['PARTLY_APPROVED', '各事项：已办结（准予） 2 项、不予批准 1 项'],
    ]);
    // A case outside any bundle has no bundle to move.
    const { caseFile } = store.openCase({ ...input, idempotencyKey: 'k-alone' });
    move(caseFile.id, 'OPEN', 'APPROVED');
    expect(store.eventsOf(caseFile.id).map((event) => event.status)).toEqual(['OPEN', 'APPROVED']);
  });

  it('reads a licence past its last valid day as expired, for its case and among its holder\'s records', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const { caseFile } = store.openCase(input, new Date('2026-01-05T02:00:00Z'));
    const record = {
      kind: 'E_LICENCE',
      recordId: 'L-1',
      subjectId: input.subjectId,
      updatedOn: '2026-01-05',
      region: 'JIANGSU',
      holdingAuthority: 'x',
      content: { licenceId: 'L-1', licenceStatus: 'VALID', issuedOn: '2026-01-05', validUntil: '2026-04-04', caseId: caseFile.id },
    } as unknown as HeldRecord<'E_LICENCE'>;
    store.transition(caseFile.id, { from: ['OPEN'], to: 'APPROVED', actor: clerk, licence: { id: 'L-1', caseId: caseFile.id, record, token: 't' } });
    const on = (day: string) => new Date(`${day}T02:00:00Z`);
    expect(store.licencesOfCases([caseFile.id], on('2026-04-04')).get(caseFile.id)?.content.licenceStatus).toBe('VALID');
    expect(store.licencesOfCases([caseFile.id], on('2026-04-05')).get(caseFile.id)?.content.licenceStatus).toBe('EXPIRED');
    expect(store.licencesOfHolders([input.subjectId], on('2026-11-26')).get(input.subjectId)?.[0]?.content.licenceStatus).toBe('EXPIRED');
  });
});
