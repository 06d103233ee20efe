import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { QueueStore, type QueueTicket, type TakenNumber } from './queueStore.ts';

const JIANGSU = requireRegion('JIANGSU');
const MORNING = new Date('2026-11-26T01:00:00Z');
const NEXT_DAY = new Date('2026-11-27T01:00:00Z');
const dirs: string[] = [];

function ticketOf(taken: TakenNumber): QueueTicket {
  if (taken.outcome === 'PLACE_CLOSED') throw new Error('no number: the place is closed');
  return taken.ticket;
}

function open(dir = mkdtempSync(join(tmpdir(), 'queue-'))) {
  dirs.push(dir);
  const db = openProvinceDatabase(join(dir, 'province.sqlite'));
  return { dir, db, queue: new QueueStore(db, JIANGSU) };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('QueueStore', () => {
  it('gives numbers in order per place and day, and the place in the queue', () => {
    const { queue } = open();
    const a = ticketOf(queue.take('P1', 'I', 'alice', 'k1', MORNING, true));
    const b = ticketOf(queue.take('P1', 'I', 'bob', 'k1', MORNING, true));
    const other = ticketOf(queue.take('P2', 'I', 'carol', 'k1', MORNING, true));
    const tomorrow = ticketOf(queue.take('P1', 'I', 'dave', 'k1', NEXT_DAY, true));
    expect([a.number, b.number, other.number, tomorrow.number]).toEqual(['A001', 'A002', 'A001', 'A001']);
    expect(a.id.startsWith('32Q20261126')).toBe(true);
    expect([queue.ahead(a), queue.ahead(b)]).toEqual([0, 1]);
  });

  it('returns the same ticket for the same holder and key, a new one for another holder', () => {
    const { queue } = open();
    const first = queue.take('P1', 'I', 'alice', 'same', MORNING, true);
    expect(first.outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', 'alice', 'same', MORNING, true)).toEqual({ outcome: 'RETRIED', ticket: ticketOf(first) });
    expect(ticketOf(queue.take('P1', 'I', 'bob', 'same', MORNING, true)).number).toBe('A002');
  });

  it('gives a holder one waiting number per place and item a day, however many keys they try', () => {
    const { queue } = open();
    const first = ticketOf(queue.take('P1', 'I', 'alice', 'k1', MORNING, true));
    expect(queue.take('P1', 'I', 'alice', 'k2', MORNING, true)).toEqual({ outcome: 'ALREADY_WAITING', ticket: first });
    // Another item, another place, another day: numbers of their own.
    expect(queue.take('P1', 'J', 'alice', 'k3', MORNING, true).outcome).toBe('TAKEN');
    expect(queue.take('P2', 'I', 'alice', 'k4', MORNING, true).outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', 'alice', 'k5', NEXT_DAY, true).outcome).toBe('TAKEN');
    // Once the number is cancelled (or called), she may take another.
    queue.cancel(first.id);
    const again = queue.take('P1', 'I', 'alice', 'k6', MORNING, true);
    expect(again).toMatchObject({ outcome: 'TAKEN', ticket: { number: 'A003' } });
    const againTicket = ticketOf(again);
    expect(queue.callNext('P1', 'clerk', 'call-1', MORNING).ticket?.itemCode).toBe('J');
    expect(queue.take('P1', 'I', 'alice', 'k7', MORNING, true).outcome).toBe('ALREADY_WAITING');
    expect(queue.callNext('P1', 'clerk', 'call-2', MORNING).ticket?.id).toBe(againTicket.id);
    expect(queue.take('P1', 'I', 'alice', 'k8', MORNING, true).outcome).toBe('TAKEN');
  });

  it('moves people up when someone ahead cancels, and calls the waiting in order', () => {
    const { queue } = open();
    const [a, b, c] = ['a', 'b', 'c'].map((holder) => ticketOf(queue.take('P1', 'I', holder, 'k', MORNING, true)));
    if (!a || !b || !c) throw new Error('tickets missing');
    expect(queue.cancel(b.id)).toBe(true);
    expect(queue.cancel(b.id)).toBe(false);
    expect(queue.ahead(c)).toBe(1);
    expect(queue.callNext('P1', 'clerk', 'call-1', MORNING).ticket?.number).toBe('A001');
    expect(queue.callNext('P1', 'clerk', 'call-2', MORNING).ticket?.number).toBe('A003');
    expect(queue.callNext('P1', 'clerk', 'call-3', MORNING)).toEqual({ placeId: 'P1', ticket: null, retried: false });
    expect(queue.cancel(c.id)).toBe(false);
  });

  it('answers a retried call with the number it called, not the next person, and says who called it when', () => {
    const { queue } = open();
    for (const holder of ['a', 'b', 'c']) queue.take('P1', 'I', holder, 'k', MORNING, true);
    const called = queue.callNext('P1', 'clerk-1', 'call', MORNING);
    expect(called).toMatchObject({ placeId: 'P1', retried: false, ticket: { number: 'A001', status: 'CALLED', calledBy: 'clerk-1', calledAt: MORNING.toISOString() } });
    expect(queue.callNext('P1', 'clerk-2', 'other', MORNING).ticket?.number).toBe('A002');
    // The first clerk's retry, after another window has called meanwhile: still A001.
    expect(queue.callNext('P1', 'clerk-1', 'call', MORNING)).toEqual({ ...called, retried: true });
    // The same key is another clerk's own.
    expect(queue.callNext('P1', 'clerk-2', 'call', MORNING).ticket?.number).toBe('A003');
    expect(queue.ticket(called.ticket?.id ?? '')?.status).toBe('CALLED');
  });

  it('answers a retried call that found nobody with nobody, not with whoever took a number since', () => {
    const { queue } = open();
    // The queue is empty when the window calls; then someone takes A001.
    expect(queue.callNext('P1', 'clerk-1', 'call-4', MORNING)).toEqual({ placeId: 'P1', ticket: null, retried: false });
    const waiting = ticketOf(queue.take('P1', 'I', 'alice', 'k1', MORNING, true));
    // The retry of that call (its answer lost) calls nobody: she still waits, first in line.
    expect(queue.callNext('P1', 'clerk-1', 'call-4', MORNING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    expect(queue.ticket(waiting.id)?.status).toBe('WAITING');
    expect(queue.ahead(waiting)).toBe(0);
    // The key stands for that call wherever it is sent again; another clerk's same key is theirs.
    expect(queue.callNext('P2', 'clerk-1', 'call-4', MORNING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    // A new key calls her.
    expect(queue.callNext('P1', 'clerk-1', 'call-5', MORNING)).toMatchObject({ placeId: 'P1', retried: false, ticket: { id: waiting.id, status: 'CALLED' } });
  });

  it('gives no new number while the place is closed, but answers a retry and a holder who already waits', () => {
    const { queue } = open();
    const taken = ticketOf(queue.take('P1', 'I', 'alice', 'k1', MORNING, true));
    // Closing time: her retried request still gets her ticket, another key tells her she waits, a newcomer gets nothing.
    expect(queue.take('P1', 'I', 'alice', 'k1', MORNING, false)).toEqual({ outcome: 'RETRIED', ticket: taken });
    expect(queue.take('P1', 'I', 'alice', 'k2', MORNING, false)).toEqual({ outcome: 'ALREADY_WAITING', ticket: taken });
    expect(queue.take('P1', 'I', 'bob', 'k1', MORNING, false)).toEqual({ outcome: 'PLACE_CLOSED' });
    expect(ticketOf(queue.take('P1', 'I', 'bob', 'k1', MORNING, true)).number).toBe('A002');
  });

  it('keeps tickets and the numbering after the database is reopened', () => {
    const first = open();
    const taken = ticketOf(first.queue.take('P1', 'I', 'alice', 'k', MORNING, true));
    first.db.close();
    const again = open(first.dir);
    expect(again.queue.ticket(taken.id)).toEqual(taken);
    expect(ticketOf(again.queue.take('P1', 'I', 'bob', 'k', MORNING, true)).number).toBe('A002');
    again.db.close();
  });

  it('keeps what a call came to after the database is reopened, an empty call too', () => {
    const first = open();
    const waiting = ticketOf(first.queue.take('P1', 'I', 'alice', 'k', MORNING, true));
    const called = first.queue.callNext('P1', 'clerk', 'call-1', MORNING);
    expect(first.queue.callNext('P1', 'clerk', 'call-2', MORNING).ticket).toBeNull();
    first.db.close();
    const again = open(first.dir);
    // Someone takes a number after the restart: neither retry calls her.
    const newcomer = ticketOf(again.queue.take('P1', 'I', 'bob', 'k', MORNING, true));
    expect(again.queue.callNext('P1', 'clerk', 'call-1', MORNING)).toEqual({ ...called, retried: true });
    expect(called.ticket?.id).toBe(waiting.id);
    expect(again.queue.callNext('P1', 'clerk', 'call-2', MORNING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    expect(again.queue.ticket(newcomer.id)?.status).toBe('WAITING');
    again.db.close();
  });
});
