import { describe, expect, it } from 'vitest';
import { CAST } from '../fixtures/storyCast.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { migrate, openDatabase } from '../store/openDatabase.ts';
import { PROVINCE_MIGRATIONS } from './provinceDatabase.ts';
import { QueueStore } from './queueStore.ts';

const JIANGSU = requireRegion('JIANGSU');
/** Migration 15 keeps a ticket's holder by kind. */
const BEFORE_HOLDER_KINDS = PROVINCE_MIGRATIONS.findIndex((migration) => migration.includes('holder_kind'));
const MORNING = new Date('2026-11-26T02:00:00Z');

describe('queue tickets taken before holders were kept by kind', () => {
  it('get the one kind their number names, keys their holder’s retry finds; a number valid as both is nobody’s', () => {
    const db = openDatabase(':memory:');
    migrate(db, PROVINCE_MIGRATIONS.slice(0, BEFORE_HOLDER_KINDS));
    const insert = db.prepare(
      `INSERT INTO queue_ticket (id, place_id, item_code, day, number, status, holder, cancel_code, taken_at, idempotency_key)
       VALUES (?, 'P1', 'I', '20261126', ?, 'WAITING', ?, 'c0ffee000000', '2026-11-26T01:30:00.000Z', ?)`,
    );
    insert.run('32Q20261126A', 1, CAST.wangLijuan, `${CAST.wangLijuan}:k`);
    insert.run('32Q20261126B', 2, CAST.kunshanQicheng, `${CAST.kunshanQicheng}:k`);
    insert.run('32Q20261126C', 3, CAST.zhenjiangShared, `${CAST.zhenjiangShared}:k`);
    migrate(db, PROVINCE_MIGRATIONS);
    const queue = new QueueStore(db, JIANGSU);

    expect(queue.ticket('32Q20261126A')?.holderKind).toBe('PERSON');
    expect(queue.ticket('32Q20261126B')?.holderKind).toBe('ENTERPRISE');
    expect(queue.ticket('32Q20261126C')?.holderKind).toBeNull();
    const open = { open: true, closesAt: new Date('2026-11-26T09:00:00Z'), minutesLeft: 420 };
    // Her retry with the key she used finds her ticket; the enterprise's too.
    expect(queue.take('P1', 'I', { kind: 'PERSON', id: CAST.wangLijuan }, 'k', MORNING, open)).toMatchObject({ outcome: 'RETRIED', ticket: { id: '32Q20261126A' } });
    expect(queue.take('P1', 'I', { kind: 'ENTERPRISE', id: CAST.kunshanQicheng }, 'k', MORNING, open)).toMatchObject({ outcome: 'RETRIED', ticket: { id: '32Q20261126B' } });
    // The ticket under a number valid as both is handed to neither holder.
    for (const kind of ['PERSON', 'ENTERPRISE'] as const) {
      const taken = queue.take('P1', 'I', { kind, id: CAST.zhenjiangShared }, 'k', MORNING, open);
      expect(taken.outcome, kind).toBe('TAKEN');
    }
    // Opening the store again changes nothing.
    new QueueStore(db, JIANGSU);
    expect(queue.ticket('32Q20261126A')?.holderKind).toBe('PERSON');
    expect(queue.ticket('32Q20261126C')?.holderKind).toBeNull();
    db.close();
  });
});
