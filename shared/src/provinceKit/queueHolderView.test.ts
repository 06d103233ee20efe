import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { CAST } from '../fixtures/storyCast.ts';
import { ANONYMOUS, type Caller } from '../identity/caller.ts';
import { queueHolderView } from './queueHolderView.ts';
import type { QueueTicket } from './queueStore.ts';

const WUJIANG = '320509';

const ticket = (holder: string, holderKind: QueueTicket['holderKind']): QueueTicket => ({
  id: '3220261125000001',
  placeId: '32-HALL-00003',
  itemCode: '011001001000',
  day: '2026-11-25',
  number: 'A001',
  status: 'WAITING',
  holder,
  holderKind,
  cancelCode: 'c0ffee',
  takenAt: '2026-11-25T02:00:00.000Z',
  calledBy: null,
  calledAt: null,
  calledWindow: null,
});

const clerk = (region: 'JIANGSU' | 'ZHEJIANG', division: string): Caller => ({ kind: 'OPERATOR', region, division, window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' });

describe('who holds a queue number, as the answer shows it', () => {
  const hers = ticket(CAST.liJun, 'PERSON');

  it('shows the holder her own number whole, and a window of the place\'s division a person\'s number masked', () => {
    expect(queueHolderView(hers, { kind: 'CITIZEN', residentId: CAST.liJun }, 'JIANGSU', WUJIANG)).toEqual({ kind: 'PERSON', id: CAST.liJun });
    expect(queueHolderView(hers, clerk('JIANGSU', WUJIANG), 'JIANGSU', WUJIANG)).toEqual({ kind: 'PERSON', id: '3401**********1337' });
  });

  it('shows nobody else who holds it: another citizen, anyone anonymous, a window of another division or province', () => {
    const others: Caller[] = [
      ANONYMOUS,
      { kind: 'CITIZEN', residentId: CAST.zhaoMin },
      // Her number signed in as an enterprise is not her.
      { kind: 'ENTERPRISE', creditCode: CAST.liJun },
      clerk('JIANGSU', '320100'),
      clerk('ZHEJIANG', WUJIANG),
      { kind: 'SERVICE', member: 'jiangsu' },
    ];
    for (const caller of others) expect(queueHolderView(hers, caller, 'JIANGSU', WUJIANG), JSON.stringify(caller)).toBeNull();
    // A place the map no longer knows has no division: no window calls there.
    expect(queueHolderView(hers, clerk('JIANGSU', WUJIANG), 'JIANGSU', undefined)).toBeNull();
  });

  it("shows the window an enterprise's credit code whole, unless it is also a person's number; nothing for a number kept without its kind", () => {
    expect(queueHolderView(ticket(CAST.kunshanQicheng, 'ENTERPRISE'), clerk('JIANGSU', WUJIANG), 'JIANGSU', WUJIANG)).toEqual({ kind: 'ENTERPRISE', id: CAST.kunshanQicheng });
    const both = numberValidAsBoth();
    expect(queueHolderView(ticket(both, 'ENTERPRISE'), clerk('JIANGSU', WUJIANG), 'JIANGSU', WUJIANG)?.id).not.toBe(both);
    expect(queueHolderView(ticket(both, 'ENTERPRISE'), { kind: 'ENTERPRISE', creditCode: both }, 'JIANGSU', WUJIANG)).toEqual({ kind: 'ENTERPRISE', id: both });
    expect(queueHolderView(ticket(both, null), clerk('JIANGSU', WUJIANG), 'JIANGSU', WUJIANG)).toBeNull();
  });
});
