import { describe, expect, it } from 'vitest';
import { SeenOnce } from './seenOnce.ts';

describe('names seen once', () => {
  it('says a name is new once, and again only after its expiry', () => {
    let now = 1_000;
    const seen = new SeenOnce(10, () => now);
    expect(seen.first('a', 2_000)).toBe(true);
    expect(seen.first('a', 2_000)).toBe(false);
    expect(seen.first('b', 5_000)).toBe(true);
    now = 2_000;
    expect(seen.first('a', 3_000)).toBe(true);
    expect(seen.first('b', 5_000)).toBe(false);
    expect(seen.size).toBe(2);
  });

  it('forgets nothing unexpired to make room: full, a new name is refused until one expires', () => {
    let now = 0;
    const seen = new SeenOnce(2, () => now);
    expect(seen.first('a', 100)).toBe(true);
    expect(seen.first('b', 200)).toBe(true);
    expect(seen.first('c', 300)).toBe('FULL');
    expect(seen.first('a', 100)).toBe(false);
    now = 100;
    expect(seen.first('c', 300)).toBe(true);
    expect(seen.first('b', 200)).toBe(false);
  });
});
