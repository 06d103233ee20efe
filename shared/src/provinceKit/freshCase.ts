import type { CaseFile } from './caseModel.ts';
import type { ProvinceContext } from './provinceContext.ts';

/** The case as it stands now, after a mutation moved it: the request's loader forgets what it had read of it first. */
export function freshCase(caseId: string, context: ProvinceContext): Promise<CaseFile | undefined> {
  context.loaders.forgetCase(caseId);
  return context.loaders.casesById.load(caseId);
}
