import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from './auditLog.ts';
import { DirectCallRefusals } from './directCallRefusals.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

describe('DirectCallRefusals', () => {
  const db = openProvinceDatabase(':memory:');
  afterEach(() => db.exec('DELETE FROM audit_entry'));

  const entries = (audit: AuditLog) =>
    audit.all().map(({ reason, sourceAddress, requestId, repeats }) => ({ reason, sourceAddress, requestId, repeats }));
  let sent = 0;
  /** A refused call from `sourceAddress`, with a request id of its own (r1, r2, …). */
  const call = (sourceAddress: string, reason = 'NOT_VIA_GATEWAY') => ({ sourceAddress, reason, requestId: `r${++sent}` });

  it('names whose assertion was misused (replayed, on another body, a read’s on a write), folding each caller’s apart', () => {
    sent = 0;
    let now = 0;
    const audit = new AuditLog(db);
    const refusals = new DirectCallRefusals(audit, { perMinute: 60, burst: 1 }, () => now);
    const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
    const citizen = { kind: 'CITIZEN', residentId: '310118198804123021' } as const;
    refusals.refuse({ ...call('10.0.0.9', 'CALLER_REPLAYED'), assertedCaller: clerk });
    refusals.refuse({ ...call('10.0.0.9', 'CALLER_REPLAYED'), assertedCaller: clerk });
    refusals.refuse({ ...call('10.0.0.9', 'CALLER_REPLAYED'), assertedCaller: citizen });
    refusals.refuse(call('10.0.0.9', 'CALLER_REPLAYED'));
    now = 1_000;
    refusals.flush();
    expect(audit.all().filter((entry) => entry.sourceAddress !== null).map(({ reason, actor, repeats }) => ({ reason, actor, repeats }))).toEqual([
      { reason: 'CALLER_REPLAYED', actor: clerk, repeats: 1 },
      { reason: 'CALLER_REPLAYED', actor: clerk, repeats: 1 },
      { reason: 'CALLER_REPLAYED', actor: citizen, repeats: 1 },
      { reason: 'CALLER_REPLAYED', actor: { kind: 'ANONYMOUS' }, repeats: 1 },
    ]);
    // The citizen is told in her access history, without the address; nobody else's shows anything of it.
    expect(audit.entriesFor(citizen.residentId, 'PERSON', 10).map(({ event, reason, actor, sourceAddress, repeats }) => ({ event, reason, actor, sourceAddress, repeats }))).toEqual([
      { event: 'DIRECT_CALL_REFUSED', reason: 'CALLER_REPLAYED', actor: citizen, sourceAddress: null, repeats: 1 },
    ]);
    expect(audit.entriesFor(citizen.residentId, 'ENTERPRISE', 10)).toEqual([]);
  });

  it('tells her of replays in her name as one counted entry an hour, however many addresses they come from', () => {
    sent = 0;
    const audit = new AuditLog(db);
    const refusals = new DirectCallRefusals(audit, { perMinute: 600, burst: 100 });
    const citizen = { kind: 'CITIZEN', residentId: '310118198804123021' } as const;
    for (let address = 1; address <= 60; address++) refusals.refuse({ ...call(`10.0.1.${address}`, 'CALLER_REPLAYED'), assertedCaller: citizen });
    refusals.refuse({ ...call('10.0.1.1', 'CALLER_BODY_MISMATCH'), assertedCaller: citizen });
    // The province's audit keeps each address's; hers is one entry a reason.
    expect(audit.all().filter((entry) => entry.sourceAddress !== null)).toHaveLength(61);
    expect(audit.entriesFor(citizen.residentId, 'PERSON', 50).map(({ reason, repeats }) => [reason, repeats])).toEqual([
      ['CALLER_BODY_MISMATCH', 1],
      ['CALLER_REPLAYED', 60],
    ]);
  });

  it('writes each refusal within the rate, folds the flood into counted entries, and loses none', () => {
    sent = 0;
    let now = 0;
    const audit = new AuditLog(db);
    const refusals = new DirectCallRefusals(audit, { perMinute: 60, burst: 2 }, () => now);
    expect(refusals.refuse(call('10.0.0.9'))).toEqual({ throttled: false });
    expect(refusals.refuse(call('10.0.0.9'))).toEqual({ throttled: false });
    for (let i = 0; i < 50; i++) expect(refusals.refuse(call('10.0.0.9'))).toMatchObject({ throttled: true, retryAfterSeconds: 1 });
    refusals.refuse(call('10.0.0.9', 'CALLER_BAD_SIGNATURE'));
    // Another address has its own allowance.
    expect(refusals.refuse(call('10.0.0.7'))).toEqual({ throttled: false });
    expect(audit.all()).toHaveLength(3);

    // A second later the address may write again: that entry carries the 50 like it, then the
    // other reason's; each names the first request it counts.
    now = 1_000;
    expect(refusals.refuse(call('10.0.0.9'))).toEqual({ throttled: false });
    expect(entries(audit)).toEqual([
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.9', requestId: 'r1', repeats: 1 },
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.9', requestId: 'r2', repeats: 1 },
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.7', requestId: 'r54', repeats: 1 },
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.9', requestId: 'r3', repeats: 51 },
      { reason: 'CALLER_BAD_SIGNATURE', sourceAddress: '10.0.0.9', requestId: 'r53', repeats: 1 },
    ]);
    const total = audit.all().reduce((sum, entry) => sum + entry.repeats, 0);
    expect(total).toBe(2 + 50 + 1 + 1 + 1);
  });

  it('flush writes what an address that went quiet left counted', () => {
    sent = 0;
    const audit = new AuditLog(db);
    const refusals = new DirectCallRefusals(audit, { perMinute: 1, burst: 1 }, () => 0);
    for (let i = 0; i < 5; i++) refusals.refuse(call('10.0.0.9'));
    expect(audit.all()).toHaveLength(1);
    refusals.flush();
    expect(entries(audit)).toEqual([
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.9', requestId: 'r1', repeats: 1 },
      { reason: 'NOT_VIA_GATEWAY', sourceAddress: '10.0.0.9', requestId: 'r2', repeats: 4 },
    ]);
    refusals.flush();
    expect(audit.all()).toHaveLength(2);
  });

  describe('late requests (the gateway\'s assertion, only expired)', () => {
    const late = (sourceAddress: string, assertionId: string) => ({ ...call(sourceAddress, 'CALLER_EXPIRED'), assertionId });

    it('excuses the first arrival of each assertion, a few a minute per address, and audits nothing for them', () => {
      sent = 0;
      let now = 0;
      const audit = new AuditLog(db);
      const refusals = new DirectCallRefusals(audit, { perMinute: 30, burst: 20 }, () => now, { perMinute: 5, burst: 5 });
      for (let i = 0; i < 5; i++) expect(refusals.late(late('10.0.0.9', `a${i}`))).toEqual({ excused: true });
      // The sixth within the minute is one too many: refused as a direct call, audited.
      expect(refusals.late(late('10.0.0.9', 'a5'))).toEqual({ excused: false, throttled: false });
      // Another address has its own allowance.
      expect(refusals.late(late('10.0.0.7', 'b0'))).toEqual({ excused: true });
      expect(entries(audit)).toEqual([{ reason: 'CALLER_EXPIRED', sourceAddress: '10.0.0.9', requestId: 'r6', repeats: 1 }]);
      // A minute on, the address may be late again.
      now = 60_000;
      expect(refusals.late(late('10.0.0.9', 'a6'))).toEqual({ excused: true });
    });

    it('refuses an assertion arriving a second time as a replay, from any address, and folds a flood of them', () => {
      sent = 0;
      const audit = new AuditLog(db);
      const refusals = new DirectCallRefusals(audit, { perMinute: 60, burst: 2 }, () => 0);
      expect(refusals.late(late('10.0.0.9', 'kept'))).toEqual({ excused: true });
      expect(refusals.late(late('10.0.0.9', 'kept'))).toEqual({ excused: false, throttled: false });
      expect(refusals.late(late('10.0.0.8', 'kept'))).toEqual({ excused: false, throttled: false });
      expect(refusals.late(late('10.0.0.9', 'kept'))).toEqual({ excused: false, throttled: false });
      for (let i = 0; i < 10; i++) expect(refusals.late(late('10.0.0.9', 'kept'))).toMatchObject({ excused: false, throttled: true, retryAfterSeconds: 1 });
      refusals.flush();
      expect(entries(audit)).toEqual([
        { reason: 'CALLER_EXPIRED', sourceAddress: '10.0.0.9', requestId: 'r2', repeats: 1 },
        { reason: 'CALLER_EXPIRED', sourceAddress: '10.0.0.8', requestId: 'r3', repeats: 1 },
        { reason: 'CALLER_EXPIRED', sourceAddress: '10.0.0.9', requestId: 'r4', repeats: 1 },
        { reason: 'CALLER_EXPIRED', sourceAddress: '10.0.0.9', requestId: 'r5', repeats: 10 },
      ]);
    });
  });
});
