import type { Caller } from '../identity/caller.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { releasedEvidenceView } from './recordViews.ts';

/**
 * This province answering an evidence request (the request token is the entity key). The
 * answer is worked out lazily from the key, so it is the same whether the gateway asks
 * through `_entities` or the source was produced in this very subgraph.
 */
function audienceOf(caller: Caller, requester: CaseActor): RecordAudience {
  return requester.kind === 'OPERATOR' && caller.kind === 'OPERATOR' ? 'CASE_OFFICER' : 'HOLDER';
}

export const evidenceSourceResolvers = {
  __resolveReference: (reference: { request: string }) => reference,
  region: (_: unknown, __: unknown, context: ProvinceContext) => context.services.config.region.code,
  receipt: async (source: { request: string }, _: unknown, context: ProvinceContext) => (await context.loaders.release(source.request)).receipt,
  released: async (source: { request: string }, _: unknown, context: ProvinceContext) => {
    const release = await context.loaders.release(source.request);
    const audience = audienceOf(context.caller, release.request.requester);
    // The applicant previews what was released; a clerk carrying her request sees only what identifies it.
    return release.released.map((evidence) => releasedEvidenceView(evidence, audience, context.services.config.region.code));
  },
};
