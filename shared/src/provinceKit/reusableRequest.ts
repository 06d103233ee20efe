import { decodeJwt } from 'jose';
import type { CaseActor, EvidenceRequestBody } from '../evidence/evidenceMessages.ts';
import type { SignedRequest } from '../identity/signedRequestType.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { IssuedRequest } from './caseModel.ts';

/** What a request is asked for: the holder, the kinds, by whom, under which authorisation of hers. */
export interface WantedRequest {
  readonly holder: string;
  readonly kinds: readonly EvidenceKind[];
  readonly requester: CaseActor;
  readonly proof: SignedRequest;
}

/**
 * A request the case already holds that asking again may be answered with, instead of signing
 * another: to the same holder, for the same kinds, by the same requester, and valid for at least
 * half its lifetime still (time to present it). A window pressing 调取 twice, or sending it again
 * after a lost answer, so reaches each holder with one request, and the person's access history
 * shows one access instead of two. Never one that has ended (caseStore.endRequests), nor one
 * without the applicant's authorisation as it now stands in it. Our own signed tokens, read back
 * from our own store: decoding without verifying is safe here.
 */
export function reusableRequest(issued: readonly IssuedRequest[], wanted: WantedRequest, now: Date): IssuedRequest | undefined {
  const kinds = JSON.stringify([...wanted.kinds].sort());
  return issued.find((request) => {
    // An ended request is answered by no holder (its case can no longer use it, or she refused what it released).
    if (request.endedAt !== null) return false;
    if (request.holder !== wanted.holder || JSON.stringify([...request.kinds].sort()) !== kinds) return false;
    const issuedAt = Date.parse(request.issuedAt);
    const expiresAt = Date.parse(request.expiresAt);
    if (now.getTime() > issuedAt + (expiresAt - issuedAt) / 2) return false;
    const body = decodeJwt(request.token) as unknown as Partial<EvidenceRequestBody>;
    // Only one carrying her authorisation as it now stands: one signed before authorisations were
    // written (migration 25), before they carried her signed request (migration 26), or under an
    // authorisation she has given again since (the old one lapsed, or its key no longer verifies)
    // is refused by the holders, or would be — so it is signed anew.
    return body.authorisation?.proof?.assertion === wanted.proof.assertion && JSON.stringify(body.requester) === JSON.stringify(wanted.requester);
  });
}
