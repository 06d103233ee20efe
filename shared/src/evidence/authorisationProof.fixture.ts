import type { Caller } from '../identity/caller.ts';
import { signCallerAssertion } from '../identity/callerAssertion.ts';
import type { SigningKey } from '../trust/memberKeys.ts';
import type { AuthorisationProof } from './authorisationProof.ts';

/** How a test gives an applicant's authorisation: which mutation of hers, and how the plan wrote it. */
export interface AuthorisingRequest {
  /** authoriseEvidence (on her phone at the window) or her own requestEvidence; by default the first. */
  readonly field?: 'authoriseEvidence' | 'requestEvidence';
  /** The case id as a literal in the query rather than a variable. */
  readonly literal?: boolean;
}

/** The body the gateway's plan sends the filing province for her mutation on a case. */
export function authorisingBody(filingMember: string, caseId: string, request: AuthorisingRequest = {}): string {
  const field = request.field ?? 'authoriseEvidence';
  const selection = field === 'authoriseEvidence' ? '{ id authorisation { authorisedAt } }' : '{ caseId }';
  if (request.literal) return JSON.stringify({ query: `mutation { ${filingMember} { ${field}(caseId: ${JSON.stringify(caseId)}) ${selection} } }` });
  return JSON.stringify({
    query: `mutation Authorise__${filingMember}__0($caseId: ID!) { ${filingMember} { ${field}(caseId: $caseId) ${selection} } }`,
    variables: { caseId },
    operationName: `Authorise__${filingMember}__0`,
  });
}

/** Her authorisation of a case as the gateway (key `gateway`) signed it for the filing province. */
export async function signedAuthorisation(gateway: SigningKey, applicant: Caller, filingMember: string, caseId: string, request: AuthorisingRequest = {}): Promise<AuthorisationProof> {
  const body = authorisingBody(filingMember, caseId, request);
  return { assertion: await signCallerAssertion(applicant, filingMember, gateway, body), body };
}

/**
 * A kept request standing in for her authorisation where a test only stores and carries it (the
 * case desk's own tests): no holder verifies it there.
 */
export const STORED_AUTHORISATION: AuthorisationProof = {
  assertion: 'eyJhbGciOiJFZERTQSJ9.test.unverified',
  body: authorisingBody('jiangsu', 'stored-in-test'),
};
