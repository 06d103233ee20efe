import { decodeJwt } from 'jose';
import type { CaseActor, EvidenceRequestBody } from '../evidence/evidenceMessages.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { IssuedRequest } from './caseModel.ts';

/**
 * A request the case already holds that asking again may be answered with, instead of signing
 * another: to the same holder, for the same kinds, by the same requester, and valid for at least
 * half its lifetime still (time to present it). A window pressing 调取 twice, or sending it again
 * after a lost answer, so reaches each holder with one request, and the person's access history
 * shows one access instead of two. Never one that has ended (caseStore.endRequests), nor one
 * without the applicant's authorisation in it as holders verify it (signed before it was written into requests). Our own signed tokens, read back from our own store: decoding
 * without verifying is safe here.
 */
export function reusableRequest(
  issued: readonly IssuedRequest[],
  holder: string,
  kinds: readonly EvidenceKind[],
  requester: CaseActor,
  now: Date,
): IssuedRequest | undefined {
  const wanted = JSON.stringify([...kinds].sort());
  return issued.find((request) => {
    // An ended request is answered by no holder (its case can no longer use it, or she refused what it released).
    if (request.endedAt !== null) return false;
    if (request.holder !== holder || JSON.stringify([...request.kinds].sort()) !== wanted) return false;
    const issuedAt = Date.parse(request.issuedAt);
    const expiresAt = Date.parse(request.expiresAt);
    if (now.getTime() > issuedAt + (expiresAt - issuedAt) / 2) return false;
    const body = decodeJwt(request.token) as unknown as Partial<EvidenceRequestBody>;
    // One signed before authorisations were written (migration 25), or before they carried her signed
    // request (migration 26), carries none a holder can verify: holders refuse it, so it is signed anew.
    return body.authorisation?.proof !== undefined && JSON.stringify(body.requester) === JSON.stringify(requester);
  });
}
