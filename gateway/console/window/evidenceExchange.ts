import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { EvidenceGathering, EvidenceSource, EvidenceVerification, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';

/**
 * The window's side of the evidence exchange (无证明), as calls to the gateway: ask every
 * holding province at once (requestEvidence, signed by the filing province), hand each
 * province's answer — its signed receipt and released records — to the case
 * (collectEvidence), and present one province's request again when it was down
 * (evidenceSources). Every call is made from the seat working the case: the clerk's
 * (`operator`) at a window, the applicant's own (`citizen`) online.
 */
export interface ProvinceAnswer {
  readonly source: EvidenceSource;
  /**
   * How the filing province took in each token — or null when it took in none: the hand-in
   * itself failed (a timeout, CASE_ALREADY_SUBMITTED, TOO_MANY), and `errors` says why.
   */
  readonly verifications: readonly EvidenceVerification[] | null;
  /** Why the hand-in failed; beside verifications, what another service could not fill in. */
  readonly errors: readonly GraphQLErrorShape[];
}

/**
 * Asks every holding province for the case's evidence: the kinds the item's decision reads, or
 * the `kinds` named — the applicant's credit records, read only when she uses 容缺 or 告知承诺
 * (leniencyEvidence.ts). Asked again (重新调取) it is the same
 * call: the filing province reuses a request it issued to the same requester that is still
 * good for a while, and signs a fresh one otherwise — when the first has expired, or was made
 * by the clerk and the applicant now carries the case on online — so each holder answers anew.
 */
export async function requestEvidence(context: ConsoleContext, caseRegion: string, caseId: string, slot: SessionSlot, kinds?: readonly string[]) {
  const region = requireRegion(caseRegion);
  const { data, errors } = await context.client.run<Record<string, { requestEvidence: EvidenceGathering | null } | null>>(
    provinceOperation('RequestEvidence', region),
    { caseId, ...(kinds ? { kinds } : {}) },
    slot,
  );
  return { gathering: data?.[region.subgraphName]?.requestEvidence ?? null, errors };
}

/** Hands one province's answer to the case; each piece is verified there, and a rejection says why. */
export async function collectAnswer(context: ConsoleContext, caseRegion: string, caseId: string, source: EvidenceSource, slot: SessionSlot): Promise<ProvinceAnswer> {
  const region = requireRegion(caseRegion);
  const tokens = [source.receipt, ...source.released.map((piece) => piece.token)];
  const { data, errors } = await context.client.run<Record<string, { collectEvidence: EvidenceVerification[] } | null>>(
    provinceOperation('CollectEvidence', region),
    { caseId, tokens },
    slot,
  );
  return { source, verifications: data?.[region.subgraphName]?.collectEvidence ?? null, errors };
}

/** Presents one signed request again (the province was down): its answer, or the errors saying why not. */
export async function presentAgain(context: ConsoleContext, requestToken: string, slot: SessionSlot) {
  const { data, errors } = await context.client.run<{ evidenceSources: (EvidenceSource | null)[] }>('EvidenceSources', { requests: [requestToken] }, slot);
  return { source: data?.evidenceSources[0] ?? null, errors };
}
