import { GraphQLError } from 'graphql';
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
 * (who sees their own data). Anyone else is refused without learning whether the case exists —
 * a clerk of another province, someone else's applicant, and a clerk of another division of the
 * province too, who is answered as for a number never used (not which division handles it: that
 * a person has a case, and where, is hers to tell).
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
  // The argument that carried the number: a mutation's caseId, case(id:)'s id.
  const field = options.mutation === undefined ? 'id' : 'caseId';
  if (!caseFile) {
    // A number no province could have given (a day no calendar has …), or one naming another
    // filing province, is answered from the number alone (so the answer tells nothing of whether
    // it exists): what is wrong with it, or where to send it (otherProvince.ts).
    const refused = caseNumberRefusal(caseId, region, options.mutation, field);
    if (refused) throw refused;
    if (isClerkHere) throw clerkNotFound(caseId, caller.division, region, field);
    throw refusal(caller, options.use).error;
  }
  const implementations = options.implementations ?? [];
  const audience = caseAudience(caller, caseFile, region, implementations);
  if (!audience) {
    // The same answer as for a number never used — a clerk of another division of the province is
    // told it is not found within his division's reach, whether or not it exists elsewhere; only the
    // person whose case it is learns of the attempt (and why it was refused), in her access history.
    const refused = isClerkHere ? otherDivisionRefusal(caseFile.id, caller.division, region, field) : refusal(caller, options.use);
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
 * A clerk of the province whose division does not cover the case: refused as for a number never
 * used (clerkNotFound), so that walking the day's sequence tells him neither which cases exist nor
 * which division handles each; the applicant's history names the reason (WRONG_DIVISION).
 */
function otherDivisionRefusal(caseId: string, clerkDivision: string, region: RegionDefinition, field: string): { reason: ForbiddenReason; error: GraphQLError } {
  return { reason: 'WRONG_DIVISION', error: clerkNotFound(caseId, clerkDivision, region, field) };
}

/**
 * What a clerk of the province is told of a case number he cannot reach — from his own division
 * alone, never from the case, so the same whether it is unused or another division's case. To a
 * clerk whose division covers the whole province it is simply not found (he reaches every case);
 * to any other, honestly, not found within his division's reach, and how the applicant finds
 * where her case is handled (her case shows who opened it, or the item's implementing body).
 */
function clerkNotFound(caseId: string, clerkDivision: string, region: RegionDefinition, field: string): GraphQLError {
  const error = notFound('办件', caseId, field);
  if (clerkDivision === region.divisionCode) return error;
  return new GraphQLError(
    `${error.message}，或不在您所在的${divisionInWords(clerkDivision)}的办理范围内（窗口只能查看和办理本区划及上级区划受理的办件）；如申请人已有办件，请其登录后在办件中查看受理地，到受理地办理`,
    { extensions: error.extensions },
  );
}

function refusal(caller: Caller, use: CaseUse | undefined): { reason: ForbiddenReason; error: GraphQLError } {
  const doing = USE_WORDS[use ?? 'EITHER'];
  const refuse = (reason: ForbiddenReason, message: string) => ({ reason, error: forbidden(reason, message) });
  if (caller.kind === 'ANONYMOUS') return refuse('SIGN_IN_REQUIRED', '请先登录');
  if (caller.kind === 'OPERATOR') return refuse('WRONG_REGION', `该办件不在您所在省份受理，无权${doing}`);
  // The same words whether the number is another's case or none at all (so they tell nothing of
  // which), written for the likelier of the two: the applicant mistyped her own number.
  const whose = caller.kind === 'CITIZEN' ? { own: '本人', holder: '您' } : caller.kind === 'ENTERPRISE' ? { own: '本企业', holder: '本企业' } : undefined;
  if (!whose) return refuse('NOT_THE_SUBJECT', `只能${doing}本人（本企业）的办件`);
  return refuse('NOT_THE_SUBJECT', `只能${doing}${whose.own}的办件：${whose.holder}名下没有这个编号的办件，请核对办件编号（可在“我的办件”中查到）`);
}
