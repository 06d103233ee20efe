import { randomUUID } from 'node:crypto';
import { forbidden } from '../identity/authErrors.ts';
import { isHolder } from '../identity/caller.ts';
import { badUserInput, notFound } from '../graphql/errorCodes.ts';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '../evidence/evidenceMessages.ts';
import { evidencePlan } from '../regions/holdingRegions.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { identifySubject } from '../subjects/identifySubject.ts';
import { signMessage } from '../trust/signedMessage.ts';
import { caseAudience, requireCaseAccess } from './caseAccess.ts';
import { IdempotencyConflict, type IssuedRequest } from './caseStore.ts';
import { takeInEvidence } from './evidenceIntake.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { provinceTypeNames } from './provinceTypeDefs.ts';
import { callerAsActor, caseEvidenceView, regionOfMember } from './recordViews.ts';
import { REGIONS } from '../regions/regionRegistry.ts';

/**
 * The writes of a province's case desk: open a case, request its evidence from the holding
 * provinces, take in the evidence they released, and record the applicant's decisions.
 */
const MAX_TOKENS = 50;
const PERSON_AUDIENCES = new Set(['NATURAL_PERSON']);

export function requestView(request: IssuedRequest) {
  return {
    id: request.id,
    holder: regionOfMember(request.holder),
    kinds: request.kinds,
    issuedAt: request.issuedAt,
    expiresAt: request.expiresAt,
    token: request.token,
  };
}

async function loadCase(caseId: string, context: ProvinceContext) {
  return requireCaseAccess(context.caller, caseId, await context.loaders.casesById.load(caseId), context.services.config.region);
}

export const caseDeskResolvers = {
  openCase: async (_: unknown, args: { input: { itemCode: string; subjectId: string; idempotencyKey: string } }, context: ProvinceContext) => {
    const { caller, services } = context;
    const { region } = services.config;
    const { itemCode, subjectId, idempotencyKey } = args.input;
    if (caller.kind === 'ANONYMOUS') throw forbidden('SIGN_IN_REQUIRED', '办件需要先登录');
    if (caller.kind === 'SERVICE') throw forbidden('NOT_THE_SUBJECT', '联盟成员系统不能代为办件');
    if (caller.kind === 'OPERATOR' && caller.region !== region.code) {
      throw forbidden('WRONG_REGION', `您是${caller.region}的窗口人员，不能在${region.name}受理办件`);
    }
    if ((caller.kind === 'CITIZEN' || caller.kind === 'ENTERPRISE') && !isHolder(caller, subjectId)) {
      throw forbidden('NOT_THE_SUBJECT', '网上只能为本人（本企业）申请');
    }
    if (!/^[\w-]{1,64}$/.test(idempotencyKey)) {
      throw badUserInput('input.idempotencyKey', '幂等键应为 1–64 位字母、数字、下划线或连字符', { reason: 'FORMAT' });
    }
    if (!/^\d{12}$/.test(itemCode)) throw badUserInput('input.itemCode', `事项基本编码应为12位数字，收到“${itemCode}”`, { reason: 'FORMAT' });
    const subject = identifySubject(subjectId, 'input.subjectId', undefined);
    const item = await services.hub.item(itemCode);
    if (!item) throw notFound('标准事项', itemCode, 'input.itemCode');
    const local = services.config.implementations.find((implementation) => implementation.standardCode === itemCode);
    if (!local?.crossRegion) {
      throw badUserInput('input.itemCode', `${region.name}未开通“${item.name}”的跨省通办，请到开通该事项的省份办理`, {
        reason: 'ITEM_NOT_HANDLED_CROSS_REGION',
      });
    }
    const forPerson = item.audiences.some((audience) => PERSON_AUDIENCES.has(audience));
    const forOrganisation = item.audiences.some((audience) => !PERSON_AUDIENCES.has(audience));
    if ((subject.kind === 'PERSON' && !forPerson) || (subject.kind === 'ENTERPRISE' && !forOrganisation)) {
      throw badUserInput('input.subjectId', `“${item.name}”的服务对象不包括${subject.kind === 'PERSON' ? '自然人' : '企业'}`, {
        reason: 'AUDIENCE_MISMATCH',
      });
    }
    const actor = callerAsActor(caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '办件需要先登录');
    try {
      const { caseFile } = services.cases.openCase({
        itemCode,
        subjectId,
        subjectKind: subject.kind,
        channel: caller.kind === 'OPERATOR' ? 'WINDOW' : 'ONLINE',
        openedBy: actor,
        idempotencyKey,
      });
      return { ...caseFile, audience: caseAudience(caller, caseFile, region) };
    } catch (error) {
      if (error instanceof IdempotencyConflict) {
        throw badUserInput('input.idempotencyKey', `该幂等键已用于办件 ${error.existingCaseId}（事项或申请人不同），请使用新的幂等键`, {
          reason: 'IDEMPOTENCY_KEY_REUSED',
        });
      }
      throw error;
    }
  },

  requestEvidence: async (_: unknown, args: { caseId: string; kinds?: EvidenceKind[] | null }, context: ProvinceContext) => {
    const { services, caller } = context;
    const { caseFile } = await loadCase(args.caseId, context);
    const actor = callerAsActor(caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
    const item = await services.hub.item(caseFile.itemCode);
    if (!item) throw notFound('标准事项', caseFile.itemCode);
    // Purpose limitation is enforced where the data is: the holding province checks the
    // kinds against the item standard and refuses (and audits) what the item does not need.
    const kinds = args.kinds ?? item.evidenceKinds;
    const requests: IssuedRequest[] = [];
    const now = new Date();
    for (const [region, regionKinds] of evidencePlan(caseFile.subjectKind, caseFile.subjectId, kinds)) {
      const body: EvidenceRequestBody = {
        aud: region.subgraphName,
        caseId: caseFile.id,
        itemCode: caseFile.itemCode,
        filingRegion: services.config.region.code,
        subject: { id: caseFile.subjectId, kind: caseFile.subjectKind },
        kinds: regionKinds,
        requester: actor,
      };
      const seconds = services.settings.evidenceRequestSeconds;
      const id = randomUUID();
      const token = await signMessage(EVIDENCE_REQUEST_TYPE, body, services.keys.signingKey, seconds, now, id);
      const request: IssuedRequest = {
        id,
        caseId: caseFile.id,
        holder: region.subgraphName,
        kinds: regionKinds,
        token,
        issuedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
      };
      services.cases.recordRequest(request);
      requests.push(request);
    }
    return {
      caseId: caseFile.id,
      requests: requests.map(requestView),
      sources: requests.map((request) => {
        const region = REGIONS.find((candidate) => candidate.subgraphName === request.holder);
        return { __typename: provinceTypeNames(region ?? services.config.region).evidenceSource, request: request.token };
      }),
    };
  },

  collectEvidence: async (_: unknown, args: { caseId: string; tokens: string[] }, context: ProvinceContext) => {
    if (args.tokens.length > MAX_TOKENS) {
      throw badUserInput('tokens', `一次最多提交 ${MAX_TOKENS} 份材料，收到 ${args.tokens.length} 份`, { reason: 'TOO_MANY', max: MAX_TOKENS });
    }
    const { caseFile, audience } = await loadCase(args.caseId, context);
    const results = [];
    for (const token of args.tokens) {
      const verification = await takeInEvidence(token, caseFile, context.caller, context.services);
      results.push(
        verification.accepted
          ? { accepted: true, evidence: caseEvidenceView(verification.evidence, audience), rejection: null }
          : { accepted: false, evidence: null, rejection: { reason: verification.reason, message: verification.message } },
      );
    }
    return results;
  },

  decideEvidence: async (
    _: unknown,
    args: { caseId: string; evidenceId: string; decision: 'ACCEPT' | 'REJECT' },
    context: ProvinceContext,
  ) => {
    const { caseFile, audience } = await loadCase(args.caseId, context);
    const actor = callerAsActor(context.caller);
    if (!actor) throw forbidden('SIGN_IN_REQUIRED', '请先登录');
    const decided = context.services.cases.decideEvidence(caseFile.id, args.evidenceId, args.decision === 'ACCEPT', actor);
    if (!decided) throw notFound('材料', args.evidenceId, 'evidenceId');
    return caseEvidenceView(decided, audience);
  },
};
