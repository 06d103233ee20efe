import { currentDivisionOf, isPlausibleDivisionCode, lookupDivision } from '../identifiers/divisionCodes.ts';
import { REGIONS } from '../regions/regionRegistry.ts';

/**
 * The one reading of a GB/T 2260 division code found in a province's native record, shared by
 * the four adapters (each checks its own syntax first, then asks this what the code means).
 *
 * The standard record carries current codes only: a retired code a province still writes
 * (310108 闸北区, 310230 崇明县, 320584 吴江市) reads as the current division that took the area
 * over (310106, 310151, 320509). Retired codes stay only where they were issued, inside old
 * identity numbers. What the province wrote is not kept beside it: the record's address text,
 * which the adapters pass on as written, already names the place in the province's words.
 *
 * How strict the reading is depends on what the code says:
 * - REGISTRATION: where the province's own registry registers the subject (户籍所在地, 住所).
 *   It is a division of the provinces this gateway serves, so it must be in the division list
 *   (divisionCodes.ts); any other code is bad data.
 * - ORIGIN: a place elsewhere the record refers to (迁出地). A code of a served province must
 *   be in the list too; a code of another province (the list does not hold those) is taken as
 *   written if its province prefix exists, since it cannot be checked here. A code of no
 *   province at all is bad data.
 */
export type NativeDivisionCodeUse = 'REGISTRATION' | 'ORIGIN';

export type NativeDivisionCodeReading = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: string };

const SERVED_PREFIXES: ReadonlySet<string> = new Set(REGIONS.map((region) => region.divisionPrefix));
const SERVED_NAMES = REGIONS.map((region) => region.name).join('、');

/** What a province's native division code means in the standard, or what is wrong with it. */
export function readNativeDivisionCode(written: string, use: NativeDivisionCodeUse): NativeDivisionCodeReading {
  if (!/^[0-9]{6}$/.test(written)) return { ok: false, problem: `expected a six-digit division code, got ${JSON.stringify(written)}` };
  const known = lookupDivision(written);
  if (known !== undefined) {
    const current = currentDivisionOf(written);
    if (current === undefined) return { ok: false, problem: `division code ${written} (${known.name}) was retired and has no current successor in the division list` };
    return { ok: true, code: current.code };
  }
  if (!isPlausibleDivisionCode(written)) {
    return { ok: false, problem: `division code ${written} does not exist: there is no province-level division ${written.slice(0, 2)}` };
  }
  const prefix = written.slice(0, 2);
  if (SERVED_PREFIXES.has(prefix)) {
    return { ok: false, problem: `division code ${written} does not exist: it is neither a current nor a retired division in the division list` };
  }
  if (use === 'REGISTRATION') {
    return { ok: false, problem: `division code ${written} is not a division of ${SERVED_NAMES}, where every registration this gateway reads is held` };
  }
  return { ok: true, code: written };
}
