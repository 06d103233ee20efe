import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstGap, signingKeyAt, withoutGaps, type ScheduledKey } from './signingSchedule.ts';

const T0 = Date.parse('2026-11-28T08:00:00Z');
const HANDOVER_MS = 10_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The keys after rotations made at `T0 + at` seconds, each activating `delay` seconds later (as MemberKeys.rotate writes them), newest first. */
function rotated(rotations: readonly { readonly at: number; readonly delay: number }[]): ScheduledKey[] {
  let keys: ScheduledKey[] = [{ kid: 'k0', createdAt: iso(T0), retiredAt: null }];
  [...rotations]
    .sort((a, b) => a.at - b.at)
    .forEach(({ at, delay }, index) => {
      const made = T0 + at * 1000;
      const activatesAt = made + delay * 1000;
      const retiredAt = iso(activatesAt + HANDOVER_MS);
      keys = [
        { kid: `k${index + 1}`, createdAt: iso(made), ...(delay > 0 ? { activatesAt: iso(activatesAt) } : {}), retiredAt: null },
        ...keys.map((key) => (key.retiredAt === null ? { ...key, retiredAt } : key)),
      ];
    });
  return keys;
}

const rotations = fc.array(fc.record({ at: fc.integer({ min: 0, max: 3600 }), delay: fc.integer({ min: 0, max: 7200 }) }), { maxLength: 5 });

describe('the signing schedule', () => {
  it('rotations alone never leave an instant without a key to sign', () => {
    fc.assert(fc.property(rotations, (made) => firstGap(rotated(made), T0) === undefined));
  });

  it('closed over any key removed that is not signing at the time, leaves none either, and never lets a removed key sign', () => {
    fc.assert(
      fc.property(rotations, fc.integer({ min: 0, max: 11_000 }), fc.nat(), (made, secondsLater, pick) => {
        const keys = rotated(made);
        const now = T0 + secondsLater * 1000;
        const removable = keys.filter((key) => signingKeyAt(keys, now)?.kid !== key.kid);
        fc.pre(removable.length > 0);
        const removed = removable[pick % removable.length] as ScheduledKey;
        const closed = withoutGaps(
          keys.filter((key) => key.kid !== removed.kid),
          now,
          HANDOVER_MS,
        );
        expect(firstGap(closed, now)).toBeUndefined();
        expect(closed.map((key) => key.kid)).not.toContain(removed.kid);
      }),
    );
  });

  it('extends the key before a gap to the next activation and a handover, or for good when none follows', () => {
    const keys: ScheduledKey[] = [
      { kid: 'later', createdAt: iso(T0), activatesAt: iso(T0 + 7_200_000), retiredAt: null },
      { kid: 'now', createdAt: iso(T0 - 1000), retiredAt: iso(T0 + 3_610_000) },
    ];
    expect(firstGap(keys, T0)).toBe(T0 + 3_610_000);
    expect(withoutGaps(keys, T0, HANDOVER_MS).find((key) => key.kid === 'now')?.retiredAt).toBe(iso(T0 + 7_210_000));
    expect(withoutGaps(keys.slice(1), T0, HANDOVER_MS)[0]?.retiredAt).toBeNull();
  });
});
