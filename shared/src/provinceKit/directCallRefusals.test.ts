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
});
