import { requireCaseAccess } from './caseAccess.ts';
import type { CaseFile } from './caseStore.ts';
import { requestView } from './caseDesk.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { actorView, caseEvidenceView } from './recordViews.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import { isHolder } from '../identity/caller.ts';
import { maskNumber } from '../privacy/masking.ts';

/** A case as its clerks and its applicant see it. */
interface CaseEntity extends CaseFile {
  readonly audience: RecordAudience;
}

export const caseEntityResolvers = {
  __resolveReference: async (reference: { id: string }, context: ProvinceContext): Promise<CaseEntity> => {
    const { caseFile, audience } = requireCaseAccess(
      context.caller,
      reference.id,
      await context.loaders.casesById.load(reference.id),
      context.services.config.region,
    );
    return { ...caseFile, audience };
  },
  region: (_: CaseEntity, __: unknown, context: ProvinceContext) => context.services.config.region.code,
  item: (caseFile: CaseEntity) => ({ __typename: 'StandardItem', code: caseFile.itemCode }),
  subjectId: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    caseFile.audience === 'CASE_OFFICER' || isHolder(context.caller, caseFile.subjectId) ? caseFile.subjectId : maskNumber(caseFile.subjectId),
  openedBy: (caseFile: CaseEntity) => actorView(caseFile.openedBy),
  evidenceRequests: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    context.services.cases.requestsOf(caseFile.id).map(requestView),
  evidence: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    context.services.cases.evidenceOf(caseFile.id).map((evidence) => caseEvidenceView(evidence, caseFile.audience)),
  usableEvidence: (caseFile: CaseEntity, _: unknown, context: ProvinceContext) =>
    context.services.cases.usableEvidenceOf(caseFile.id).map((evidence) => caseEvidenceView(evidence, caseFile.audience)),
};
