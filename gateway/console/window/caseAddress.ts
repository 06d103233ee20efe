import { caseNumberProblem as serverCaseNumberProblem } from '@yrd/shared/identifiers/caseNumber';
import { regionOfDivision, type Region } from '@yrd/shared/regions/regionRegistry';

/**
 * 办件编号: the filing province's two digits, the day (8) and the day's sequence (6) —
 * 3220261127000003 is a case filed in Jiangsu. The window keeps its open case in the address
 * (#/window/3220261127000003), so a reload, or the address sent to a new tab, opens it again.
 */
const WINDOW_CASE = /^#\/window\/(\d{16})$/;

/** The field a case number is checked as: the server's words name it as `id: …`, the page says them without it. */
const FIELD = 'id';

/**
 * What is wrong with a case number as typed, in words a clerk can act on; null when it may be
 * looked up. The page says what the server would (shared/src/identifiers/caseNumber.ts, the same
 * check case(id:) makes): 全角 digits and invisible characters by where they are (typingSlip.ts),
 * then its layout, its province and its date — never "16 digits" to a number of 16 full-width ones.
 * Spaces around a pasted number are no slip here: the page sends it trimmed.
 */
export function caseNumberProblem(typed: string): string | null {
  const id = typed.trim();
  if (id === '') return '请输入办件编号（16 位数字）';
  const problem = serverCaseNumberProblem(id, FIELD);
  if (!problem) return null;
  const prefix = `${FIELD}: `;
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

/** The province that filed the case (its number's first two digits), where the hub sends the look-up. */
export function caseRegion(id: string): Region | undefined {
  return regionOfDivision(id.trim());
}

/** The case the address names (#/window/<number>), or null. */
export function caseInAddress(): string | null {
  return WINDOW_CASE.exec(location.hash)?.[1] ?? null;
}

/** Puts the open case in the address without a new history entry (a reload returns to it); null takes it out. */
export function keepCaseInAddress(id: string | null): void {
  const wanted = id ? `#/window/${id}` : '#/window';
  if (location.hash !== wanted) history.replaceState(history.state, '', wanted);
}
