import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { CaseAgent } from './caseModel.ts';

/**
 * Whether an agent recorded on a case is this clerk: the same person, known by their
 * province and operator id — not by the window or division they happen to sit at, which
 * change from shift to shift while the person does not.
 */
export function isSameClerk(agent: CaseAgent | null | undefined, clerk: CaseActor): boolean {
  return agent?.kind === 'OPERATOR' && clerk.kind === 'OPERATOR' && agent.region === clerk.region && agent.operatorId === clerk.operatorId;
}
