import { describe, expect, it } from 'vitest';
import { ExpiringCache } from './expiringCache.ts';

describe('ExpiringCache', () => {
  it('forgets an entry when it expires', () => {
    let now = 0;
    const cache = new ExpiringCache<string>(10, () => now);
    cache.set('a', 'A', 100);
    expect(cache.get('a')).toBe('A');
    now = 100;
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most its size, dropping the least recently used', () => {
    const cache = new ExpiringCache<number>(2, () => 0);
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    cache.get('a');
    cache.set('c', 3, 10);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('forgets everything on clear', () => {
    const cache = new ExpiringCache<number>(5, () => 0);
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    cache.clear();
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([undefined, undefined, 0]);
  });

  it('holds at most its budget by weight, dropping the least recently used, and counts what it forgets', () => {
    let now = 0;
    const cache = new ExpiringCache<string>(100, () => now, { maxWeight: 10, weigh: (_, value) => value.length });
    cache.set('a', 'xxxx', 10);
    cache.set('b', 'xxxx', 20);
    cache.get('a');
    cache.set('c', 'xxxx', 10);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.weight]).toEqual(['xxxx', undefined, 'xxxx', 8]);
    cache.delete('c');
    expect(cache.weight).toBe(4);
    now = 10;
    expect([cache.get('a'), cache.size, cache.weight]).toEqual([undefined, 0, 0]);
  });
});
