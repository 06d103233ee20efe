import { forbidden } from '../identity/authErrors.ts';
import { isHolderAs, type Caller } from '../identity/caller.ts';
import { notFound } from '../graphql/errorCodes.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { CaseFile } from './caseStore.ts';

/**
 * Who may see and act on a case: the filing province's clerks (they handle it, and see its
 * evidence whole) and the applicant (who sees their own data). Anyone else is refused
 * without learning whether the case exists.
 */
export function caseAudience(caller: Caller, caseFile: CaseFile, region: RegionDefinition): RecordAudience | undefined {
  if (caller.kind === 'OPERATOR' && caller.region === region.code) return 'CASE_OFFICER';
  if (isHolderAs(caller, caseFile.subjectId, caseFile.subjectKind)) return 'HOLDER';
  return undefined;
}

/** The case, if the caller may act on it; otherwise the refusal to throw. */
export function requireCaseAccess(caller: Caller, caseId: string, caseFile: CaseFile | undefined, region: RegionDefinition): { caseFile: CaseFile; audience: RecordAudience } {
  const isClerkHere = caller.kind === 'OPERATOR' && caller.region === region.code;
  if (!caseFile) {
    if (isClerkHere) throw notFound('办件', caseId, 'caseId');
    throw refusal(caller);
  }
  const audience = caseAudience(caller, caseFile, region);
  if (!audience) throw refusal(caller);
  return { caseFile, audience };
}

function refusal(caller: Caller) {
  if (caller.kind === 'ANONYMOUS') return forbidden('SIGN_IN_REQUIRED', '请先登录');
  if (caller.kind === 'OPERATOR') return forbidden('WRONG_REGION', '该办件不在您所在省份受理，无权查看');
  return forbidden('NOT_THE_SUBJECT', '只能查看本人（本企业）的办件');
}
