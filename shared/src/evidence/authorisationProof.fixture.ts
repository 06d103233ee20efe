import type { Caller } from '../identity/caller.ts';
import { signCallerAssertion } from '../identity/callerAssertion.ts';
import type { SigningKey } from '../trust/memberKeys.ts';
import type { AuthorisationProof } from './authorisationProof.ts';

/** How a test's applicant writes her request: which mutation of hers, and how the plan wrote it. */
export interface AuthorisingRequest {
  /** authoriseEvidence (her authorisation), by default; requestEvidence (her own 调取), which authorises nothing. */
  readonly field?: 'authoriseEvidence' | 'requestEvidence';
  /** The arguments as literals in the query rather than variables. */
  readonly literal?: boolean;
  /** When the gateway signed it; now unless the test says. */
  readonly signedAt?: Date;
}

/** The body the gateway's plan sends the filing province for her mutation on a case of an item. */
export function authorisingBody(filingMember: string, caseId: string, itemCode: string, request: AuthorisingRequest = {}): string {
  if (request.field === 'requestEvidence') {
    return JSON.stringify({ query: `mutation ($caseId: ID!) { ${filingMember} { requestEvidence(caseId: $caseId) { caseId } } }`, variables: { caseId } });
  }
  if (request.literal) {
    return JSON.stringify({ query: `mutation { ${filingMember} { authoriseEvidence(caseId: ${JSON.stringify(caseId)}, itemCode: ${JSON.stringify(itemCode)}) { id } } }` });
  }
  return JSON.stringify({
    query: `mutation AuthoriseEvidence__${filingMember}__0($caseId: ID!, $itemCode: ID!) { ${filingMember} { authoriseEvidence(caseId: $caseId, itemCode: $itemCode) { id authorisation { authorisedAt } } } }`,
    variables: { caseId, itemCode },
    operationName: `AuthoriseEvidence__${filingMember}__0`,
  });
}

/** Her authorisation of a case of an item as the gateway (key `gateway`) signed it for the filing province. */
export async function signedAuthorisation(
  gateway: SigningKey,
  applicant: Caller,
  filingMember: string,
  caseId: string,
  itemCode: string,
  request: AuthorisingRequest = {},
): Promise<AuthorisationProof> {
  const body = authorisingBody(filingMember, caseId, itemCode, request);
  return { assertion: await signCallerAssertion(applicant, filingMember, gateway, body, request.signedAt), body };
}

/**
 * A kept request standing in for her authorisation where a test only stores and carries it (the
 * case desk's own tests): no holder verifies it there.
 */
export const STORED_AUTHORISATION: AuthorisationProof = {
  assertion: 'eyJhbGciOiJFZERTQSJ9.test.unverified',
  body: authorisingBody('jiangsu', 'stored-in-test', '000000000000'),
};
