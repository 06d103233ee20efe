import { describe, expect, it } from 'vitest';
import type { Caller } from '@yrd/shared/identity/caller';
import { answerCacheBytesFromEnvironment, answerPolicyOf, MAX_KEPT_SECONDS, SubgraphAnswerCache } from './subgraphAnswerCache.ts';

const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const OTHER_CLERK: Caller = { ...CLERK, operatorId: 'js-wj-0002' };
const CITIZEN: Caller = { kind: 'CITIZEN', residentId: '341602199203052464' };
const ROUTING = 'query Q__catalog__0($id:ID!){subject(id:$id){__typename id regions{__typename id}}}';
const answerText = (id: string) => JSON.stringify({ data: { subject: { __typename: 'Subject', id, regions: [{ __typename: 'JiangsuSubject', id }] } } });
const FIVE_MINUTES = { maxAgeSeconds: 300 } as const;

describe('answerPolicyOf', () => {
  it("reads the form Apollo Server writes from a subgraph's hints", () => {
    expect(answerPolicyOf('max-age=300, private')).toEqual({ maxAgeSeconds: 300 });
    expect(answerPolicyOf('max-age=60, public')).toEqual({ maxAgeSeconds: 60 });
    expect(answerPolicyOf('Max-Age=5, Private')).toEqual({ maxAgeSeconds: 5 });
  });

  it('keeps nothing for any other header: no max-age, no scope, a qualified or extra directive, a header sent twice', () => {
    for (const header of [
      undefined,
      '',
      'private',
      'no-store',
      'max-age=0, private',
      'max-age=-5, private',
      'max-age=1e3, private',
      // What a proxy or an ingress in front of a subgraph might add.
      'max-age=60',
      'max-age=60, private="set-cookie"',
      'max-age=60, no-cache="set-cookie"',
      'max-age=300, no-store',
      'no-cache, max-age=300, private',
      'private, max-age=5',
      ['max-age=5, private', 'max-age=5, private'],
    ]) {
      expect(answerPolicyOf(header), String(header)).toBeUndefined();
    }
  });
});

describe('SubgraphAnswerCache', () => {
  it('gives a private answer back to its caller only, as a fresh object each time', () => {
    const cache = new SubgraphAnswerCache(1024 * 1024);
    cache.keep('catalog', CLERK, ROUTING, { id: 'A' }, answerText('A'), FIVE_MINUTES);
    const first = cache.recall('catalog', CLERK, ROUTING, { id: 'A' });
    expect(first).toEqual(JSON.parse(answerText('A')));
    // Apollo Gateway merges later fetches into what it is given: a second request must not see that.
    (first as { data: { subject: { records?: unknown } } }).data.subject.records = ['merged'];
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'A' })).toEqual(JSON.parse(answerText('A')));
    expect(cache.recall('catalog', OTHER_CLERK, ROUTING, { id: 'A' })).toBeUndefined();
    expect(cache.recall('catalog', CITIZEN, ROUTING, { id: 'A' })).toBeUndefined();
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'B' })).toBeUndefined();
    expect(cache.recall('shanghai', CLERK, ROUTING, { id: 'A' })).toBeUndefined();
    expect(cache.recall('catalog', CLERK, `${ROUTING} `, { id: 'A' })).toBeUndefined();
  });

  it('forgets what was kept under a key when an answer too large to keep comes for it', () => {
    const cache = new SubgraphAnswerCache(16 * 1024);
    cache.keep('catalog', CLERK, ROUTING, { id: 'A' }, answerText('A'), FIVE_MINUTES);
    cache.keep('catalog', CLERK, ROUTING, { id: 'A' }, JSON.stringify({ data: { big: 'x'.repeat(600) } }), FIVE_MINUTES);
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'A' })).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('forgets an answer at its max-age, and never keeps one longer than MAX_KEPT_SECONDS', () => {
    let now = 1_000_000;
    const cache = new SubgraphAnswerCache(1024 * 1024, () => now);
    cache.keep('catalog', CLERK, ROUTING, { id: 'A' }, answerText('A'), FIVE_MINUTES);
    cache.keep('catalog', CLERK, ROUTING, { id: 'B' }, answerText('B'), { maxAgeSeconds: 86_400 });
    now += 299_999;
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'A' })).toBeDefined();
    now += 1;
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'A' })).toBeUndefined();
    now += (MAX_KEPT_SECONDS - 300) * 1000 - 1;
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'B' })).toBeDefined();
    now += 1;
    expect(cache.recall('catalog', CLERK, ROUTING, { id: 'B' })).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('holds no more bytes than it may, letting the least recently used go first', () => {
    const id = (index: number) => `A${String(index).padStart(2, '0')}`;
    const one = 2 * (`${JSON.stringify(CLERK)}\ncatalog\n${ROUTING}\n${JSON.stringify({ id: id(0) })}`.length + answerText(id(0)).length);
    const cache = new SubgraphAnswerCache(one * 20);
    for (let index = 0; index < 20; index++) cache.keep('catalog', CLERK, ROUTING, { id: id(index) }, answerText(id(index)), FIVE_MINUTES);
    expect(cache.size).toBe(20);
    expect(cache.bytes).toBe(one * 20);
    expect(cache.recall('catalog', CLERK, ROUTING, { id: id(0) })).toBeDefined();
    cache.keep('catalog', CLERK, ROUTING, { id: id(20) }, answerText(id(20)), FIVE_MINUTES);
    expect(cache.bytes).toBe(one * 20);
    // A01 was the least recently used (A00 was just read).
    expect(cache.recall('catalog', CLERK, ROUTING, { id: id(1) })).toBeUndefined();
    expect(cache.recall('catalog', CLERK, ROUTING, { id: id(0) })).toBeDefined();
    expect(cache.recall('catalog', CLERK, ROUTING, { id: id(20) })).toBeDefined();
  });

  it('keeps nothing when given no memory, and no answer taking more than a sixteenth of it', () => {
    const none = new SubgraphAnswerCache(0);
    none.keep('catalog', CLERK, ROUTING, { id: 'A' }, answerText('A'), FIVE_MINUTES);
    expect(none.recall('catalog', CLERK, ROUTING, { id: 'A' })).toBeUndefined();
    const small = new SubgraphAnswerCache(16 * 1024);
    small.keep('catalog', CLERK, ROUTING, { id: 'A' }, JSON.stringify({ data: { big: 'x'.repeat(600) } }), FIVE_MINUTES);
    expect(small.size).toBe(0);
  });

  it('is sized by YRD_SUBGRAPH_ANSWER_CACHE_MB, refused naming it when out of range', () => {
    expect(answerCacheBytesFromEnvironment({})).toBe(32 * 1024 * 1024);
    expect(answerCacheBytesFromEnvironment({ YRD_SUBGRAPH_ANSWER_CACHE_MB: '0' })).toBe(0);
    expect(() => answerCacheBytesFromEnvironment({ YRD_SUBGRAPH_ANSWER_CACHE_MB: '-1' })).toThrow(/YRD_SUBGRAPH_ANSWER_CACHE_MB/);
    expect(() => answerCacheBytesFromEnvironment({ YRD_SUBGRAPH_ANSWER_CACHE_MB: 'lots' })).toThrow(/YRD_SUBGRAPH_ANSWER_CACHE_MB/);
  });
});
