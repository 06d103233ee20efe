import { currentDivisionOf, type DivisionRecord } from '../identifiers/divisionCodes.ts';

/**
 * The division of an implementing body, read from its unified social credit code (characters
 * 3–8, a retired code mapped to the current one); undefined for a code that is not one, or a
 * division the table does not hold. Where an online case is handled (caseDivision.ts) and whose
 * government hears a reconsideration (decisionRemedy.ts) both go by it.
 */
export function implementingBodyDivision(implementingBodyCode: string): DivisionRecord | undefined {
  return /^[0-9A-Z]{18}$/.test(implementingBodyCode) ? currentDivisionOf(implementingBodyCode.slice(2, 8)) : undefined;
}
