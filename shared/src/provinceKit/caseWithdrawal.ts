import type { GraphQLError } from 'graphql';
import { conflict } from '../graphql/errorCodes.ts';
import { forbidden } from '../identity/authErrors.ts';
import { accessCase } from './caseAccess.ts';
import { WITHDRAWABLE, type CaseFile } from './caseModel.ts';
import { asEntity, type CaseEntity } from './caseResolvers.ts';
import { clerkNoteOf } from './clerkNote.ts';
import { freshCase } from './freshCase.ts';
import { caseStatusLabel } from './enumLabels.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { callerAsActor } from './recordViews.ts';

/**
 * Withdrawal (撤回) of an application nothing has been decided on yet: by the applicant herself
 * (online), or by a clerk of the filing province when she asks at the window — then with the
 * reason, as the applicant is not the one acting. The case ends WITHDRAWN, its history saying who
 * withdrew it and why, and the evidence gathered for it is erased in the same transaction: it was
 * released for this case alone, which has no purpose left (purpose limitation). Each piece then
 * reads ERASED (recordViews.ts); the case's evidence requests end with it, and no holding province
 * answers them again (caseStore.endRequests, evidenceRelease.ts).
 */

/** What a case already withdrawn answers to anything but reading it or withdrawing it again. */
export function caseWithdrawn(caseFile: CaseFile): GraphQLError {
  return conflict('CASE_WITHDRAWN', `办件 ${caseFile.id} 已撤回，不能再办理；如需办理请重新申请`, { status: caseFile.status });
}

function notWithdrawable(caseFile: CaseFile): GraphQLError {
  return conflict(
    'NOT_WITHDRAWABLE',
    `办件 ${caseFile.id} 不能撤回（当前状态：${caseStatusLabel(caseFile.status)}）：只有收集材料中或等待数据答复、尚未进入审批的办件可以撤回`,
    { status: caseFile.status },
  );
}

export const caseWithdrawalResolvers = {
  withdrawCase: async (_: unknown, args: { caseId: string; reason?: string | null }, context: ProvinceContext): Promise<CaseEntity> => {
    // Refused exactly as any other act on someone else's case, and written to her access history.
    const { caseFile, audience } = await accessCase(context, args.caseId, 'ACT', 'withdrawCase');
    const actor = callerAsActor(context.caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
    // The clerk acts on the applicant's word: the file must say what she asked, checked before anything changes.
    const reason = clerkNoteOf(
      args.reason,
      'reason',
      audience === 'CASE_OFFICER' ? { reason: 'EMPTY', message: '窗口代为撤回须写明申请人的撤回请求（如：申请人当面申请撤回）' } : null,
    );
    const note = audience === 'CASE_OFFICER' ? `应申请人要求撤回：${reason}` : reason || null;
    // A retried withdrawal (its answer lost) finds the case as it left it.
    if (caseFile.status === 'WITHDRAWN') return asEntity(caseFile, audience);
    if (caseFile.parentId) throw conflict('PART_OF_BUNDLE', `该办件属于“一件事”${caseFile.parentId}，请撤回整件`, { bundleId: caseFile.parentId });
    if (!WITHDRAWABLE.includes(caseFile.status)) throw notWithdrawable(caseFile);
    const { cases } = context.services;
    const change = { from: WITHDRAWABLE, to: 'WITHDRAWN' as const, actor, note };
    // The bundle and every item in one transaction, so none is left open beside a withdrawn bundle;
    // items move only with their bundle, so they are still where it left them.
    const moved = cases.atomically(() => {
      if (!cases.transition(caseFile.id, { ...change, alsoDo: () => cases.eraseEvidenceOf(caseFile.id) })) return false;
      for (const child of caseFile.isBundle ? cases.childrenOf(caseFile.id) : []) {
        if (!cases.transition(child.id, { ...change, note: `随“一件事”${caseFile.id}一并撤回${note ? `：${note}` : ''}` })) {
          throw notWithdrawable(child);
        }
      }
      return true;
    });
    // Its evidence requests ended with it (caseStore.transition): tell the hub before answering, so
    // that no holder answers them once the applicant is told her case is withdrawn. Should the hub
    // be away, the outbox keeps telling it; the withdrawal stands either way.
    if (moved) {
      cases.checkpointErasure();
      await context.services.requestEnds.deliver();
    }
    const now = await freshCase(caseFile.id, context);
    if (!now) throw notWithdrawable(caseFile);
    // Lost to a concurrent move: withdrawn by another call is this one's answer, submitted is a refusal.
    if (!moved && now.status !== 'WITHDRAWN') throw notWithdrawable(now);
    return asEntity(now, audience);
  },
};
