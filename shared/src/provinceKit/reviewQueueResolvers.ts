import { forbidden } from '../identity/authErrors.ts';
import { pageSize } from '../graphql/pageSize.ts';
import { regionByCode } from '../regions/regionRegistry.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { asEntity } from './caseResolvers.ts';
import { caseListScope } from './caseDivision.ts';
import type { CaseListScope } from './caseStore.ts';

/**
 * A province's work queue for its window staff: cases waiting for a person (rules failed,
 * not an instant item, evidence refused), approvals given on a commitment waiting for
 * their post-check, and 容缺 cases waiting for their materials. Only this province's clerks see it, each the cases of his own division
 * (caseDivision.ts: those he may open with case(id:) — 受审分离 is the back office of the same
 * authority, not any window of the province).
 */
const MAX_PAGE = 200;

function page(args: { first?: number | null; after?: string | null }): { first: number; after: string } {
  const first = pageSize(args.first, 50, MAX_PAGE);
  return { first, after: args.after ?? '' };
}

/**
 * A clerk of this province, and the cases of the queue that are his division's; an applicant is
 * told the queue is window staff's (as the hub tells them), a clerk elsewhere that it is this province's.
 */
function clerkScope(context: ProvinceContext): CaseListScope {
  const { caller, services } = context;
  const { region } = services.config;
  if (caller.kind === 'ANONYMOUS') throw forbidden('SIGN_IN_REQUIRED', '请先登录');
  if (caller.kind !== 'OPERATOR') throw forbidden('OPERATORS_ONLY', '审核队列只对窗口工作人员开放');
  if (caller.region !== region.code) {
    throw forbidden('WRONG_REGION', `您是${regionByCode(caller.region)?.name ?? caller.region}的窗口人员，只有${region.name}的窗口工作人员可以查看本省的审核队列`);
  }
  return caseListScope(caller.division, region, services.config.implementations);
}

export const reviewQueueResolvers = {
  __resolveReference: (reference: { region: string }) => reference,
  inReview: (_: unknown, args: { first?: number | null; after?: string | null }, context: ProvinceContext) => {
    const scope = clerkScope(context);
    const { first, after } = page(args);
    return context.services.cases.casesInStatus(['IN_REVIEW'], first, after, scope).map((caseFile) => asEntity(caseFile, 'CASE_OFFICER'));
  },
  pendingPostChecks: (_: unknown, args: { first?: number | null; after?: string | null }, context: ProvinceContext) => {
    const scope = clerkScope(context);
    const { first, after } = page(args);
    return context.services.cases.casesPendingPostCheck(first, after, scope).map((caseFile) => asEntity(caseFile, 'CASE_OFFICER'));
  },
  awaitingMaterials: (_: unknown, args: { first?: number | null; after?: string | null }, context: ProvinceContext) => {
    const scope = clerkScope(context);
    const { first, after } = page(args);
    // The deadlines first: a case past its own is terminated (deferralTermination.ts), not offered for a material it can no longer take.
    context.services.cases.terminateOverdue();
    return context.services.cases.casesInStatus(['DEFERRED_MATERIALS'], first, after, scope).map((caseFile) => asEntity(caseFile, 'CASE_OFFICER'));
  },
};
