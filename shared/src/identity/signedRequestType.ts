/**
 * A write as the gateway signed it for its caller: the bound assertion and the exact body (UTF-8)
 * it was bound to. Kept by the subgraph that took it up, it is the caller's signed word of what
 * she asked — one that anyone holding the trust list can check later without trusting whoever
 * kept it (verifySignedRequest in signedRequest.ts). The applicant's 数据调取授权 travels to the
 * holding provinces so (authorisationProof.ts). A file of its own, free of Node's modules: the
 * evidence messages that carry it are read by the browser console too.
 */
export interface SignedRequest {
  readonly assertion: string;
  readonly body: string;
}
