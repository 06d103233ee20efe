import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_DIVISIONS, HISTORICAL_DIVISIONS, lookupDivision } from '../identifiers/divisionCodes.ts';
import { readNativeDivisionCode, type NativeDivisionCodeUse } from './nativeDivisionCode.ts';

const USES: readonly NativeDivisionCodeUse[] = ['REGISTRATION', 'ORIGIN'];

describe('reading a native division code', () => {
  it.each(USES)('passes a current code as it is (%s)', (use) => {
    expect(readNativeDivisionCode('310118', use)).toEqual({ ok: true, code: '310118' });
    expect(readNativeDivisionCode('341623', use)).toEqual({ ok: true, code: '341623' });
  });

  it.each(USES)('reads a retired code as its current successor (%s)', (use) => {
    expect(readNativeDivisionCode('310108', use)).toEqual({ ok: true, code: '310106' }); // 闸北区 → 静安区
    expect(readNativeDivisionCode('310230', use)).toEqual({ ok: true, code: '310151' }); // 崇明县 → 崇明区
    expect(readNativeDivisionCode('320584', use)).toEqual({ ok: true, code: '320509' }); // 吴江市 → 吴江区
  });

  it.each(USES)('refuses a code of no province, and an unknown code of a served province (%s)', (use) => {
    expect(readNativeDivisionCode('999999', use)).toMatchObject({ ok: false, problem: expect.stringMatching(/999999 does not exist.*province-level division 99/) });
    expect(readNativeDivisionCode('310199', use)).toMatchObject({ ok: false, problem: expect.stringMatching(/310199 does not exist/) });
    expect(readNativeDivisionCode('3101', use)).toMatchObject({ ok: false, problem: expect.stringMatching(/six-digit/) });
  });

  it('refuses a place of registration outside the provinces served, but takes it as a place moved from', () => {
    expect(readNativeDivisionCode('440305', 'REGISTRATION')).toMatchObject({ ok: false, problem: expect.stringMatching(/440305 is not a division of 上海市/) });
    expect(readNativeDivisionCode('440305', 'ORIGIN')).toEqual({ ok: true, code: '440305' });
  });
});

describe('reading a native division code, for any six digits', () => {
  const sixDigits = fc.oneof(
    fc.stringMatching(/^[0-9]{6}$/),
    fc.constantFrom(...ALL_DIVISIONS.map((division) => division.code)),
    fc.constantFrom('310199', '320599', '440305', '110105', '830000', '999999'),
  );

  it('gives a current code of the list, or (only for a place elsewhere) an unlisted code of another province as written, or names the code it refuses', () => {
    fc.assert(
      fc.property(sixDigits, fc.constantFrom(...USES), (written, use) => {
        const reading = readNativeDivisionCode(written, use);
        if (!reading.ok) {
          expect(reading.problem).toContain(written);
          return;
        }
        const listed = lookupDivision(reading.code);
        if (listed !== undefined) {
          expect(listed.status).toBe('CURRENT');
          // Same area: the code itself, or the successor it was retired into.
          const retired = HISTORICAL_DIVISIONS.find((division) => division.code === written);
          expect(reading.code).toBe(retired?.successor ?? written);
        } else {
          expect(use).toBe('ORIGIN');
          expect(reading.code).toBe(written);
          expect(['31', '32', '33', '34']).not.toContain(written.slice(0, 2));
        }
        // Reading what was read changes nothing: the standard holds codes that read as themselves.
        expect(readNativeDivisionCode(reading.code, use)).toEqual(reading);
      }),
      { numRuns: 2000 },
    );
  });
});
