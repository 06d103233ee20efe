import type { GraphQLError } from 'graphql';
import { forbidden, type ForbiddenReason } from '../identity/authErrors.ts';
import { isHolderAs, type Caller } from '../identity/caller.ts';
import { notFound } from '../graphql/errorCodes.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { AuditLog, FoldOptions } from './auditLog.ts';
import { caseDivision, divisionCovers, divisionInWords } from './caseDivision.ts';
import type { CaseFile } from './caseStore.ts';
import type { LocalImplementation } from './localImplementation.ts';
import { caseNumberRefusal } from './otherProvince.ts';
import type { ProvinceContext } from './provinceContext.ts';

/**
 * Who may see and act on a case: the clerks of the division handling it in the filing province
 * (they handle it, and see its evidence whole; caseDivision.ts says whose it is) and the applicant
 * (who sees their own data). Anyone else is refused — a clerk of another province or someone
 * else's applicant without learning whether the case exists, a clerk of another division of the
 * province told whose it is.
 *
 * `implementations` (the province's implementation list) place a case the applicant opened
 * online in its implementing body's division; without them such a case is the province's.
 */
export function caseAudience(
  caller: Caller,
  caseFile: CaseFile,
  region: RegionDefinition,
  implementations: readonly LocalImplementation[],
): RecordAudience | undefined {
  if (caller.kind === 'OPERATOR' && caller.region === region.code && divisionCovers(caseDivision(caseFile, region, implementations), caller.division)) {
    return 'CASE_OFFICER';
  }
  if (isHolderAs(caller, caseFile.subjectId, caseFile.subjectKind)) return 'HOLDER';
  return undefined;
}

/**
 * What the caller is doing with the case, as a refusal says it: reading it (case(id:), 查看) or
 * acting on it (requestEvidence, decideEvidence, submitCase, supplyMaterial…, 办理).
 */
export type CaseUse = 'VIEW' | 'ACT';

const USE_WORDS: Readonly<Record<CaseUse | 'EITHER', string>> = { VIEW: '查看', ACT: '办理', EITHER: '查看或办理' };

export interface CaseAccessOptions {
  /** What the caller is doing; unsaid, a refusal names both (查看或办理). */
  readonly use?: CaseUse;
  /** The mutation the case was sent with, named in the answer when it went to the wrong province. */
  readonly mutation?: string;
  /**
   * The filing province's audit log: a refused attempt on an existing case goes into the
   * access history of the case's subject (folded as refused record reads are).
   */
  readonly audit?: AuditLog;
  /** The filing province's implementation list: where a case opened online is handled (caseDivision.ts). */
  readonly implementations?: readonly LocalImplementation[];
}

/** Like refusals within a minute are one entry with a count, as refused record reads are (subjectResolvers.ts). */
export const CASE_REFUSAL_FOLD: FoldOptions = { withinSeconds: 60 };

/** The case, if the caller may act on it; otherwise the refusal to throw. */
export function requireCaseAccess(
  caller: Caller,
  caseId: string,
  caseFile: CaseFile | undefined,
  region: RegionDefinition,
  options: CaseAccessOptions = {},
): { caseFile: CaseFile; audience: RecordAudience } {
  const isClerkHere = caller.kind === 'OPERATOR' && caller.region === region.code;
  if (!caseFile) {
    // A number no province could have given (a day no calendar has …), or one naming another
    // filing province, is answered from the number alone (so the answer tells nothing of whether
    // it exists): what is wrong with it, or where to send it (otherProvince.ts).
    const refused = caseNumberRefusal(caseId, region, options.mutation);
    if (refused) throw refused;
    if (isClerkHere) throw notFound('办件', caseId, 'caseId');
    throw refusal(caller, options.use).error;
  }
  const implementations = options.implementations ?? [];
  const audience = caseAudience(caller, caseFile, region, implementations);
  if (!audience) {
    // The same answer as for a number never used (a clerk of another division of the province,
    // who is told a number is not found, is told whose it is instead); only the person whose case
    // it is learns of the attempt, in her access history.
    const refused = isClerkHere
      ? otherDivisionRefusal(caseFile, caseDivision(caseFile, region, implementations), caller.division, options.use)
      : refusal(caller, options.use);
    options.audit?.appendFolded(
      {
        event: 'CASE_REFUSED',
        outcome: 'REFUSED',
        reason: refused.reason,
        subjectId: caseFile.subjectId,
        subjectKind: caseFile.subjectKind,
        actor: caller,
        caseId: caseFile.id,
        itemCode: caseFile.itemCode,
        kinds: [],
      },
      CASE_REFUSAL_FOLD,
    );
    throw refused.error;
  }
  return { caseFile, audience };
}

/**
 * The case `caseId` as the caller may use it, loaded for this request, with every refusal of an
 * existing case written to the subject's access history: what a resolver that reads or acts on
 * one case calls (`mutation` naming itself, for the answer to a case of another province).
 */
export async function accessCase(context: ProvinceContext, caseId: string, use: CaseUse, mutation?: string): Promise<{ caseFile: CaseFile; audience: RecordAudience }> {
  const { caller, loaders, services } = context;
  return requireCaseAccess(caller, caseId, await loaders.casesById.load(caseId), services.config.region, {
    use,
    audit: services.audit,
    implementations: services.config.implementations,
    ...(mutation === undefined ? {} : { mutation }),
  });
}

/**
 * A clerk of the province whose division does not handle the case: refused as a clerk of another
 * province is (FORBIDDEN, in the applicant's access history), told which division handles it so
 * that the applicant can be sent there.
 */
function otherDivisionRefusal(caseFile: CaseFile, division: string, clerkDivision: string, use: CaseUse | undefined): { reason: ForbiddenReason; error: GraphQLError } {
  const doing = USE_WORDS[use ?? 'EITHER'];
  const handledBy = divisionInWords(division);
  const message = `办件 ${caseFile.id} 由${handledBy}受理，不属于您所在的${divisionInWords(clerkDivision)}，无权${doing}；请由${handledBy}的工作人员办理`;
  return { reason: 'WRONG_DIVISION', error: forbidden('WRONG_DIVISION', message, { division }) };
}

function refusal(caller: Caller, use: CaseUse | undefined): { reason: ForbiddenReason; error: GraphQLError } {
  const doing = USE_WORDS[use ?? 'EITHER'];
  const refuse = (reason: ForbiddenReason, message: string) => ({ reason, error: forbidden(reason, message) });
  if (caller.kind === 'ANONYMOUS') return refuse('SIGN_IN_REQUIRED', '请先登录');
  if (caller.kind === 'OPERATOR') return refuse('WRONG_REGION', `该办件不在您所在省份受理，无权${doing}`);
  return refuse('NOT_THE_SUBJECT', `只能${doing}本人（本企业）的办件`);
}
