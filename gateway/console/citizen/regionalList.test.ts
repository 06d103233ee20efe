import { describe, expect, it } from 'vitest';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { AccessLogEntry, MyCase } from '../graphql/resultTypes.ts';
import { readOn, RegionalList, type RegionalAnswer } from './regionalList.ts';

/** An entry of `region`'s log, number `n`, written at minute `minute`. */
const entry = (region: RegionCode, n: number, minute: number): AccessLogEntry => ({
  id: `${region}-${n}`,
  at: new Date(Date.UTC(2026, 10, 25, 2, minute)).toISOString(),
  repeats: 0,
  lastAt: new Date(Date.UTC(2026, 10, 25, 2, minute)).toISOString(),
  item: null,
  bundle: null,
  event: 'EVIDENCE_RELEASED',
  outcome: 'RELEASED',
  reason: null,
  caseId: null,
  itemCode: null,
  kinds: [],
  recordIds: [],
  actor: { kind: 'OPERATOR' },
});

/** A province's log, newest first, as `accessLog(first, before)` pages it. */
function page(log: readonly AccessLogEntry[], first: number, before?: string): AccessLogEntry[] {
  const start = before ? log.findIndex((logged) => logged.id === before) + 1 : 0;
  return log.slice(start, start + first);
}

describe('the access history read page by page from four provinces', () => {
  // Shanghai has a busy log (every other minute from 59 down to 41), Jiangsu two entries, the others none.
  const shanghai = Array.from({ length: 10 }, (_, index) => entry('SHANGHAI', 10 - index, 59 - 2 * index));
  const jiangsu = [entry('JIANGSU', 2, 52), entry('JIANGSU', 1, 10)];
  const answer = (first: number, cursor?: string): RegionalAnswer<AccessLogEntry> =>
    (['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI'] as const).map((region) => {
      const log = region === 'SHANGHAI' ? shanghai : region === 'JIANGSU' ? jiangsu : [];
      if (!cursor) return { region, entries: page(log, first) };
      const own = cursor.split(',').find((part) => part.startsWith(`${region}-`));
      return { region, entries: own ? page(log, first, own) : [] };
    });

  it('shows only as far as every province still being read, and pages on until all of it is shown, in order', () => {
    const history = new RegionalList<AccessLogEntry>(4, (shown) => shown.at);
    history.add(answer(4));
    // Shanghai's page ends at minute 53: Jiangsu's entry of minute 52 waits below it, where Shanghai's unread ones may belong.
    expect(history.shown().map((shown) => shown.id)).toEqual(['SHANGHAI-10', 'SHANGHAI-9', 'SHANGHAI-8', 'SHANGHAI-7']);
    expect(history.nextCursor()).toBe('SHANGHAI-7');
    let guard = 0;
    while (history.nextCursor() && guard++ < 10) {
      const cursor = history.nextCursor() as string;
      history.add(answer(4, cursor), history.pagedRegions());
    }
    expect(history.shown().map((shown) => shown.id)).toEqual([...shanghai.slice(0, 4), jiangsu[0], ...shanghai.slice(4), jiangsu[1]].map((shown) => shown?.id));
    expect(history.nextCursor()).toBeNull();
  });

  it('keeps what a province had when it does not answer a later page, and asks it again', () => {
    const history = new RegionalList<AccessLogEntry>(4, (shown) => shown.at);
    history.add(answer(4));
    history.add([null, { region: 'JIANGSU', entries: [] }, null, null], history.pagedRegions());
    expect(history.nextCursor()).toBe('SHANGHAI-7');
    expect(history.shown()).toHaveLength(4);
  });
});

describe('我的办件 read page by page from four provinces', () => {
  /** A case filed in `region` (its number's first two digits) on 25 November 2026 at `hour`:00 China time, its day's `n`th. */
  const filed = (prefix: string, region: RegionCode, n: number, hour: number) =>
    ({ id: `${prefix}20261125${String(n).padStart(6, '0')}`, region, openedAt: new Date(Date.UTC(2026, 10, 25, hour - 8)).toISOString() }) as MyCase;
  // Zhejiang's three cases were filed at 9, 11 and 13; Shanghai's one at 12. Pages of two.
  const zhejiang = [filed('33', 'ZHEJIANG', 3, 13), filed('33', 'ZHEJIANG', 2, 11), filed('33', 'ZHEJIANG', 1, 9)];
  const shanghai = [filed('31', 'SHANGHAI', 1, 12)];

  it('shows them newest first by when they were filed, across provinces, and asks on from the oldest number shown', () => {
    const cases = new RegionalList<MyCase>(2, (own) => own.openedAt);
    cases.add([{ region: 'SHANGHAI', entries: shanghai }, { region: 'JIANGSU', entries: [] }, { region: 'ZHEJIANG', entries: zhejiang.slice(0, 2) }, null]);
    // Zhejiang's page ends at 11:00: nothing of it older than that is shown before its next page.
    expect(cases.shown().map((own) => [own.id, own.holder])).toEqual([
      ['3320261125000003', 'ZHEJIANG'],
      ['3120261125000001', 'SHANGHAI'],
      ['3320261125000002', 'ZHEJIANG'],
    ]);
    expect(cases.nextCursor()).toBe('3320261125000002');
    expect([...cases.pagedRegions()]).toEqual(['ZHEJIANG']);
    cases.add([{ region: 'SHANGHAI', entries: [] }, { region: 'JIANGSU', entries: [] }, { region: 'ZHEJIANG', entries: zhejiang.slice(2) }, null], cases.pagedRegions());
    expect(cases.shown().map((own) => own.id)).toEqual(['3320261125000003', '3120261125000001', '3320261125000002', '3320261125000001']);
    expect(cases.nextCursor()).toBeNull();
  });
});

describe('a province that has not answered', () => {
  const log = (region: RegionCode, n: number) => entry(region, n, 30 - n);

  it('is not read to its end: it is asked for its first page again, and only then is the list whole', async () => {
    const history = new RegionalList<AccessLogEntry>(4, (shown) => shown.at);
    // Anhui (the fourth province) did not answer the first page; the others hold one entry each.
    history.add([{ region: 'SHANGHAI', entries: [log('SHANGHAI', 1)] }, { region: 'JIANGSU', entries: [] }, { region: 'ZHEJIANG', entries: [] }, null]);
    expect([...history.unanswered()]).toEqual(['ANHUI']);
    expect(history.nextCursor()).toBeNull();
    expect(history.complete()).toBe(false);
    const asked: (string | undefined)[] = [];
    const problems = await readOn(history, async (before) => {
      asked.push(before);
      // A first page: every province answers its newest again; only Anhui's is taken in.
      return { pages: [{ region: 'SHANGHAI', entries: [log('SHANGHAI', 1)] }, { region: 'JIANGSU', entries: [] }, { region: 'ZHEJIANG', entries: [] }, { region: 'ANHUI', entries: [log('ANHUI', 2)] }], errors: ['none'] };
    });
    expect(asked).toEqual([undefined]);
    expect(problems).toEqual(['none']);
    expect(history.shown().map((shown) => shown.id)).toEqual(['SHANGHAI-1', 'ANHUI-2']);
    expect(history.unanswered().size).toBe(0);
    expect(history.complete()).toBe(true);
  });

  it('is asked for its first page beside the older page of another, and stays unanswered while it still does not answer', async () => {
    const history = new RegionalList<AccessLogEntry>(1, (shown) => shown.at);
    history.add([{ region: 'SHANGHAI', entries: [log('SHANGHAI', 1)] }, null, { region: 'ZHEJIANG', entries: [] }, { region: 'ANHUI', entries: [] }]);
    const asked: (string | undefined)[] = [];
    await readOn(history, async (before) => {
      asked.push(before);
      return { pages: before ? [{ region: 'SHANGHAI', entries: [] }, { region: 'JIANGSU', entries: [] }, { region: 'ZHEJIANG', entries: [] }, { region: 'ANHUI', entries: [] }] : [{ region: 'SHANGHAI', entries: [] }, null, null, null], errors: [] };
    });
    expect(asked.sort()).toEqual(['SHANGHAI-1', undefined].sort());
    // Shanghai is read to its end; Jiangsu still has not answered (the first-page request's null), Zhejiang and Anhui keep theirs.
    expect(history.nextCursor()).toBeNull();
    expect([...history.unanswered()]).toEqual(['JIANGSU']);
    expect(history.complete()).toBe(false);
  });
});
