import { currentDivisionOf, HISTORICAL_DIVISIONS, lookupDivision } from '../identifiers/divisionCodes.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { CaseFile } from './caseModel.ts';
import type { CaseListScope } from './caseStore.ts';
import { implementingBodyDivision } from './implementingBodyDivision.ts';
import type { LocalImplementation } from './localImplementation.ts';

/**
 * The division a case belongs to (purpose binding: PIPL Art. 6, minimum necessary; X-Road binds a
 * request to the service handling the case; 受审分离 is the back office of the same authority, not
 * any window of the province). Only clerks of that division — or of a division within it — read
 * the case, act on it and see it in their review queue.
 *
 * - A case opened at a window belongs to the opening clerk's division: that office accepted it
 *   and its back office decides it. A one-thing bundle's item cases are opened with the bundle's
 *   opener, so they follow the bundle.
 * - A case the applicant opened online belongs to the division of the item's implementing body
 *   (实施主体) in this province's implementation list: its unified social credit code carries the
 *   registering authority's division (GB 32100, characters 3–8), which for a 机关 or 事业单位 is
 *   the level it sits at (320509 苏州市吴江区民政局, 320500 苏州市住房公积金管理中心, 320000 江苏省
 *   市场监督管理局). The body is the authority that decides the case whichever window takes it in,
 *   and the list says it already, so no division is guessed. It is read when the case is used:
 *   when a province moves an item to another body, its open online cases go with it.
 * - Anything the list does not place in a division of this province — an item without an
 *   implementation, a body whose code names no division of the province — and every online
 *   bundle with its items (a bundle spans several bodies, none of which decides it alone) is
 *   handled at the province level, where any clerk of the province may act, as before.
 *
 * A division covers itself and the divisions within it: a case of 苏州市 (320500) is open to
 * 苏州市's clerks and those of its districts (a city body works through its districts' windows),
 * one of 吴江区 (320509) to 吴江区's alone — not to 昆山市 beside it, nor to 苏州市 above it.
 * Retired codes are read as their successors (a clerk of 320584 吴江市 is one of 320509 吴江区).
 */
export function caseDivision(
  caseFile: Pick<CaseFile, 'channel' | 'openedBy' | 'parentId' | 'isBundle' | 'itemCode'>,
  region: RegionDefinition,
  implementations: readonly LocalImplementation[],
): string {
  const opener = caseFile.openedBy;
  if (caseFile.channel === 'WINDOW' && opener.kind === 'OPERATOR') return currentCode(opener.division);
  if (caseFile.parentId !== null || caseFile.isBundle) return region.divisionCode;
  return onlineDivision(caseFile.itemCode, region, implementations);
}

/** Whether a clerk of `clerkDivision` may handle a case of `division`: the same division, or one within it. */
export function divisionCovers(division: string, clerkDivision: string): boolean {
  return divisionsCovering(clerkDivision).includes(division);
}

/** 江苏省苏州市吴江区（320509）: a division as a clerk reads it. */
export function divisionInWords(code: string): string {
  const name = lookupDivision(code)?.name;
  return name === undefined ? `行政区划 ${code}` : `${name}（${code}）`;
}

/**
 * Which cases of the province a clerk of `clerkDivision` may list (the review queue): window
 * cases opened in a division covering hers (by current and retired code, as stored), and online
 * cases except single ones of items handled by a division that does not.
 */
export function caseListScope(clerkDivision: string, region: RegionDefinition, implementations: readonly LocalImplementation[]): CaseListScope {
  const covering = divisionsCovering(clerkDivision);
  const retired = HISTORICAL_DIVISIONS.filter((record) => covering.includes(currentCode(record.code))).map((record) => record.code);
  const itemCodes = [...new Set(implementations.map((implementation) => implementation.standardCode))];
  return {
    windowDivisions: [...covering, ...retired],
    onlineItemsExcluded: itemCodes.filter((itemCode) => !covering.includes(onlineDivision(itemCode, region, implementations))),
  };
}

/** The implementing body's division, if it is one of this province; else the province (a list implements an item once: validateImplementationList.ts). */
function onlineDivision(itemCode: string, region: RegionDefinition, implementations: readonly LocalImplementation[]): string {
  const implementation = implementations.find((candidate) => candidate.standardCode === itemCode);
  const bodyDivision = implementation === undefined ? undefined : implementingBodyDivision(implementation.implementingBodyCode);
  return bodyDivision !== undefined && bodyDivision.provincePrefix === region.divisionPrefix ? bodyDivision.code : region.divisionCode;
}

/** The division itself, its city (XXYY00) and its province (XX0000): every division whose cases its clerk may handle. */
function divisionsCovering(clerkDivision: string): string[] {
  const own = currentCode(clerkDivision);
  return [...new Set([own, `${own.slice(0, 4)}00`, `${own.slice(0, 2)}0000`])];
}

function currentCode(code: string): string {
  return currentDivisionOf(code)?.code ?? code;
}
