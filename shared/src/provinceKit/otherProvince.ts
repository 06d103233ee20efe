import type { GraphQLError } from 'graphql';
import { badUserInput } from '../graphql/errorCodes.ts';
import { caseNumberProblem } from '../identifiers/caseNumber.ts';
import { regionOfDivision, type RegionDefinition } from '../regions/regionRegistry.ts';

/**
 * Numbers that say which province they belong to by the division prefix they start with — a case
 * (3220261126000017), a place (33-HALL-00001), a queue ticket (33Q20261125…) — sent to another
 * province's namespace. The answer names the owner and where to send it, and is the same whether
 * or not the thing exists there: it follows from the number alone.
 */

/** The province whose division prefix `id` starts with, when that is another province of the federation. */
export function otherProvinceByPrefix(id: string, here: RegionDefinition): RegionDefinition | undefined {
  const region = regionOfDivision(id.slice(0, 2));
  return region && region.code !== here.code ? region : undefined;
}

/**
 * BAD_USER_INPUT `OTHER_PROVINCE`, for the queue mutations (queueChecks.ts) and the case desks alike: whose
 * it is, by its prefix, and the namespace (and mutation, where known) to send it to instead.
 */
export function sentToAnotherProvince(field: string, id: string, what: string, owner: RegionDefinition, here: RegionDefinition, mutation?: string): GraphQLError {
  const where = mutation ? `${owner.subgraphName} { ${mutation} }` : `${owner.subgraphName} { … }`;
  return badUserInput(
    field,
    `${id} 是${owner.name}的${what}（编号以 ${owner.divisionPrefix} 开头），不是${here.name}的；请向${owner.name}提交：${where}`,
    { reason: 'OTHER_PROVINCE', region: owner.code, mutationField: owner.subgraphName },
  );
}

/**
 * What a case number sent to this province's namespace as `field` is refused for before the case
 * is looked up, from the number alone — so the same whether or not the case exists, whoever asks
 * and whichever mutation it came with: a number no province could have given (typed in 全角, not
 * 16 digits, a province outside the delta, a day no calendar has: BAD_USER_INPUT FORMAT,
 * UNKNOWN_REGION or DATE, as case(id:) refuses it at the hub, caseNumber.ts), or one of another
 * province (OTHER_PROVINCE, with the mutation to send there instead). Undefined for a number of
 * this province.
 */
export function caseNumberRefusal(caseId: string, here: RegionDefinition, mutation?: string, field = 'caseId'): GraphQLError | undefined {
  const problem = caseNumberProblem(caseId, field);
  if (problem) return problem;
  const owner = otherProvinceByPrefix(caseId, here);
  return owner ? sentToAnotherProvince(field, caseId, '办件', owner, here, mutation) : undefined;
}
