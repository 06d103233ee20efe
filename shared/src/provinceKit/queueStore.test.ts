import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { QueueStore, type HallToday, type QueueHolder, type QueueTicket, type TakenNumber } from './queueStore.ts';

const JIANGSU = requireRegion('JIANGSU');
const MORNING = new Date('2026-11-26T01:00:00Z');
const NEXT_DAY = new Date('2026-11-27T01:00:00Z');
/** 17:00 on MORNING's day: the halls' closing. */
const CLOSING = new Date('2026-11-26T09:00:00Z');
const dirs: string[] = [];

const person = (id: string): QueueHolder => ({ kind: 'PERSON', id });
/** A weekday hall (09:00–17:00) as the clock reads it at `now`. */
function hall(now: Date, open = true): HallToday {
  const closesAt = new Date(now.getTime() - (now.getTime() % 86_400_000) + 9 * 3_600_000);
  return { open, closesAt, minutesLeft: Math.max(0, (closesAt.getTime() - now.getTime()) / 60_000) };
}

function ticketOf(taken: TakenNumber): QueueTicket {
  if (!('ticket' in taken)) throw new Error(`no number: ${taken.outcome}`);
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
    const a = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    const b = ticketOf(queue.take('P1', 'I', person('bob'), 'k1', MORNING, hall(MORNING)));
    const other = ticketOf(queue.take('P2', 'I', person('carol'), 'k1', MORNING, hall(MORNING)));
    const tomorrow = ticketOf(queue.take('P1', 'I', person('dave'), 'k1', NEXT_DAY, hall(NEXT_DAY)));
    expect([a.number, b.number, other.number, tomorrow.number]).toEqual(['A001', 'A002', 'A001', 'A001']);
    expect(a.id.startsWith('32Q20261126')).toBe(true);
    expect([queue.ahead(a), queue.ahead(b)]).toEqual([0, 1]);
  });

  it('returns the same ticket for the same holder and key, a new one for another holder', () => {
    const { queue } = open();
    const first = queue.take('P1', 'I', person('alice'), 'same', MORNING, hall(MORNING));
    expect(first.outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', person('alice'), 'same', MORNING, hall(MORNING))).toEqual({ outcome: 'RETRIED', ticket: ticketOf(first) });
    expect(ticketOf(queue.take('P1', 'I', person('bob'), 'same', MORNING, hall(MORNING))).number).toBe('A002');
  });

  it('gives a holder one waiting number per place and item a day, however many keys they try', () => {
    const { queue } = open();
    const first = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    expect(queue.take('P1', 'I', person('alice'), 'k2', MORNING, hall(MORNING))).toEqual({ outcome: 'ALREADY_WAITING', ticket: first });
    // Another item, another place, another day: numbers of their own.
    expect(queue.take('P1', 'J', person('alice'), 'k3', MORNING, hall(MORNING)).outcome).toBe('TAKEN');
    expect(queue.take('P2', 'I', person('alice'), 'k4', MORNING, hall(MORNING)).outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', person('alice'), 'k5', NEXT_DAY, hall(NEXT_DAY)).outcome).toBe('TAKEN');
    // Once the number is cancelled (or called), she may take another.
    queue.cancel(first.id);
    const again = queue.take('P1', 'I', person('alice'), 'k6', MORNING, hall(MORNING));
    expect(again).toMatchObject({ outcome: 'TAKEN', ticket: { number: 'A003' } });
    const againTicket = ticketOf(again);
    expect(queue.callNext('P1', 'clerk', 'call-1', MORNING, CLOSING).ticket?.itemCode).toBe('J');
    expect(queue.take('P1', 'I', person('alice'), 'k7', MORNING, hall(MORNING)).outcome).toBe('ALREADY_WAITING');
    expect(queue.callNext('P1', 'clerk', 'call-2', MORNING, CLOSING).ticket?.id).toBe(againTicket.id);
    expect(queue.take('P1', 'I', person('alice'), 'k8', MORNING, hall(MORNING)).outcome).toBe('TAKEN');
  });

  it('moves people up when someone ahead cancels, and calls the waiting in order', () => {
    const { queue } = open();
    const [a, b, c] = ['a', 'b', 'c'].map((holder) => ticketOf(queue.take('P1', 'I', person(holder), 'k', MORNING, hall(MORNING))));
    if (!a || !b || !c) throw new Error('tickets missing');
    expect(queue.cancel(b.id)).toBe(true);
    expect(queue.cancel(b.id)).toBe(false);
    expect(queue.ahead(c)).toBe(1);
    expect(queue.callNext('P1', 'clerk', 'call-1', MORNING, CLOSING).ticket?.number).toBe('A001');
    expect(queue.callNext('P1', 'clerk', 'call-2', MORNING, CLOSING).ticket?.number).toBe('A003');
    expect(queue.callNext('P1', 'clerk', 'call-3', MORNING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: false });
    expect(queue.cancel(c.id)).toBe(false);
  });

  it('answers a retried call with the number it called, not the next person, and says who called it when', () => {
    const { queue } = open();
    for (const holder of ['a', 'b', 'c']) queue.take('P1', 'I', person(holder), 'k', MORNING, hall(MORNING));
    const called = queue.callNext('P1', 'clerk-1', 'call', MORNING, CLOSING);
    expect(called).toMatchObject({ placeId: 'P1', retried: false, ticket: { number: 'A001', status: 'CALLED', calledBy: 'clerk-1', calledAt: MORNING.toISOString() } });
    expect(queue.callNext('P1', 'clerk-2', 'other', MORNING, CLOSING).ticket?.number).toBe('A002');
    // The first clerk's retry, after another window has called meanwhile: still A001.
    expect(queue.callNext('P1', 'clerk-1', 'call', MORNING, CLOSING)).toEqual({ ...called, retried: true });
    // The same key is another clerk's own.
    expect(queue.callNext('P1', 'clerk-2', 'call', MORNING, CLOSING).ticket?.number).toBe('A003');
    expect(queue.ticket(called.ticket?.id ?? '')?.status).toBe('CALLED');
  });

  it('answers a retried call that found nobody with nobody, not with whoever took a number since', () => {
    const { queue } = open();
    // The queue is empty when the window calls; then someone takes A001.
    expect(queue.callNext('P1', 'clerk-1', 'call-4', MORNING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: false });
    const waiting = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    // The retry of that call (its answer lost) calls nobody: she still waits, first in line.
    expect(queue.callNext('P1', 'clerk-1', 'call-4', MORNING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    expect(queue.ticket(waiting.id)?.status).toBe('WAITING');
    expect(queue.ahead(waiting)).toBe(0);
    // The key stands for that call wherever it is sent again; another clerk's same key is theirs.
    expect(queue.callNext('P2', 'clerk-1', 'call-4', MORNING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    // A new key calls her.
    expect(queue.callNext('P1', 'clerk-1', 'call-5', MORNING, CLOSING)).toMatchObject({ placeId: 'P1', retried: false, ticket: { id: waiting.id, status: 'CALLED' } });
  });

  it('gives no new number while the place is closed, but answers a retry and a holder who already waits', () => {
    const { queue } = open();
    const taken = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    // Closing time: her retried request still gets her ticket, another key tells her she waits, a newcomer gets nothing.
    expect(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING, false))).toEqual({ outcome: 'RETRIED', ticket: taken });
    expect(queue.take('P1', 'I', person('alice'), 'k2', MORNING, hall(MORNING, false))).toEqual({ outcome: 'ALREADY_WAITING', ticket: taken });
    expect(queue.take('P1', 'I', person('bob'), 'k1', MORNING, hall(MORNING, false))).toEqual({ outcome: 'PLACE_CLOSED' });
    expect(ticketOf(queue.take('P1', 'I', person('bob'), 'k1', MORNING, hall(MORNING))).number).toBe('A002');
  });

  it('keeps tickets and the numbering after the database is reopened', () => {
    const first = open();
    const taken = ticketOf(first.queue.take('P1', 'I', person('alice'), 'k', MORNING, hall(MORNING)));
    first.db.close();
    const again = open(first.dir);
    expect(again.queue.ticket(taken.id)).toEqual(taken);
    expect(ticketOf(again.queue.take('P1', 'I', person('bob'), 'k', MORNING, hall(MORNING))).number).toBe('A002');
    again.db.close();
  });

  it('keeps what a call came to after the database is reopened, an empty call too', () => {
    const first = open();
    const waiting = ticketOf(first.queue.take('P1', 'I', person('alice'), 'k', MORNING, hall(MORNING)));
    const called = first.queue.callNext('P1', 'clerk', 'call-1', MORNING, CLOSING);
    expect(first.queue.callNext('P1', 'clerk', 'call-2', MORNING, CLOSING).ticket).toBeNull();
    first.db.close();
    const again = open(first.dir);
    // Someone takes a number after the restart: neither retry calls her.
    const newcomer = ticketOf(again.queue.take('P1', 'I', person('bob'), 'k', MORNING, hall(MORNING)));
    expect(again.queue.callNext('P1', 'clerk', 'call-1', MORNING, CLOSING)).toEqual({ ...called, retried: true });
    expect(called.ticket?.id).toBe(waiting.id);
    expect(again.queue.callNext('P1', 'clerk', 'call-2', MORNING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: true });
    expect(again.queue.ticket(newcomer.id)?.status).toBe('WAITING');
    again.db.close();
  });

  it('keeps a person’s and an enterprise’s numbers apart when they share one number', () => {
    const { queue } = open();
    const shared = '321102199001120085';
    const hers = ticketOf(queue.take('P1', 'I', { kind: 'PERSON', id: shared }, 'k', MORNING, hall(MORNING)));
    const taken = queue.take('P1', 'I', { kind: 'ENTERPRISE', id: shared }, 'k', MORNING, hall(MORNING));
    expect(taken).toMatchObject({ outcome: 'TAKEN', ticket: { number: 'A002', holder: shared, holderKind: 'ENTERPRISE' } });
    expect(ticketOf(taken).cancelCode).not.toBe(hers.cancelCode);
    expect(queue.take('P1', 'I', { kind: 'PERSON', id: shared }, 'k', MORNING, hall(MORNING))).toEqual({ outcome: 'RETRIED', ticket: hers });
  });

  it('limits the numbers one holder holds waiting at one place, naming them', () => {
    const { queue } = open();
    const held = ['I', 'J', 'K'].map((item) => ticketOf(queue.take('P1', item, person('alice'), `k-${item}`, MORNING, hall(MORNING))));
    expect(queue.take('P1', 'L', person('alice'), 'k-L', MORNING, hall(MORNING))).toEqual({ outcome: 'HOLDING_LIMIT', held });
    // Her retry still answers, and another holder is not held back.
    expect(queue.take('P1', 'I', person('alice'), 'k-I', MORNING, hall(MORNING)).outcome).toBe('RETRIED');
    expect(ticketOf(queue.take('P1', 'L', person('bob'), 'k-L', MORNING, hall(MORNING))).number).toBe('A004');
    queue.cancel(held[1]?.id ?? '');
    expect(ticketOf(queue.take('P1', 'L', person('alice'), 'k-L', MORNING, hall(MORNING))).number).toBe('A005');
  });

  it('gives no number that would not be called before closing', () => {
    const { queue } = open();
    // 16:50: ten minutes left; each applicant takes six.
    const tenToFive = new Date('2026-11-26T08:50:00Z');
    expect(queue.take('P1', 'I', person('a'), 'k', tenToFive, hall(tenToFive)).outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', person('b'), 'k', tenToFive, hall(tenToFive)).outcome).toBe('TAKEN');
    expect(queue.take('P1', 'I', person('c'), 'k', tenToFive, hall(tenToFive))).toEqual({ outcome: 'FULL_TODAY', waiting: 2 });
    // One called: room again.
    queue.callNext('P1', 'clerk', 'call-1', tenToFive, CLOSING);
    expect(ticketOf(queue.take('P1', 'I', person('c'), 'k', tenToFive, hall(tenToFive))).number).toBe('A003');
  });

  it('counts nobody as waiting once the place has closed for the day', () => {
    const { queue } = open();
    const waiting = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    // 17:00: her number has expired; it is not in the way of another, and no window calls it.
    expect(queue.take('P1', 'I', person('alice'), 'k2', CLOSING, hall(CLOSING, false))).toEqual({ outcome: 'PLACE_CLOSED' });
    expect(queue.callNext('P1', 'clerk', 'call-1', CLOSING, CLOSING)).toEqual({ placeId: 'P1', ticket: null, retried: false });
    expect(queue.ticket(waiting.id)?.status).toBe('WAITING');
  });

  it('keeps nothing against the key of a call that finds nobody at a place not open, and still calls whoever waits there', () => {
    const { queue } = open();
    // 17:00, closed: nobody, because it is closed — and the key stands for no call.
    expect(queue.callNext('P1', 'clerk', 'call-1', CLOSING, CLOSING, false)).toEqual({ placeId: 'P1', ticket: null, retried: false, closed: true });
    expect(queue.callNext('P1', 'clerk', 'call-1', NEXT_DAY, new Date(CLOSING.getTime() + 86_400_000))).toEqual({ placeId: 'P1', ticket: null, retried: false });
    // Someone waiting at a place not open (its lunch break) is called.
    const waiting = ticketOf(queue.take('P1', 'I', person('alice'), 'k1', MORNING, hall(MORNING)));
    expect(queue.callNext('P1', 'clerk', 'call-2', MORNING, CLOSING, false)).toMatchObject({ retried: false, ticket: { id: waiting.id, status: 'CALLED' } });
  });
});
