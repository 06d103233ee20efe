import { deadlineInWords } from '../decision/supplyDeadline.ts';
import { SYSTEM, type CaseDecision, type Commitment } from './caseModel.ts';

/**
 * 容缺 终止办理: the decision a case accepted without some materials is given when their deadline
 * passes with any still missing. The province, not a clerk, ends it (SYSTEM), in writing as any
 * decision against the applicant: what was missing, by name, and by when it was due — so that
 * she knows what to bring if she applies again — and, as for a refusal, where she may challenge
 * it (decisionRemedy.ts: 《行政复议法》第十一条 admits a challenge to "有关行政许可的其他决定").
 *
 * It decides nothing on the merits: no rule ran and no material was weighed, so the decision
 * carries no rule results and no materials table, only its reasons.
 */
export function deferralTermination(commitments: readonly Commitment[], deadline: string, now: Date): CaseDecision {
  const missing = commitments.filter((commitment) => commitment.type === 'SUPPLY_LATER' && commitment.suppliedAt === null);
  const named = missing.map((commitment) => `${commitment.materialName ?? '材料'}（${commitment.materialCode}）`).join('、');
  return {
    outcome: 'TERMINATED',
    ruleResults: [],
    reasons: [`容缺材料未在承诺期限（${deadlineInWords(deadline)}前）内补齐：${named}；本次申请终止办理，材料齐全后可重新申请`],
    materials: [],
    decidedBy: SYSTEM,
    decidedAt: now.toISOString(),
  };
}
