import { GraphQLError } from 'graphql';

/**
 * Refusals. UNAUTHENTICATED: the caller could not be established (no, bad or expired
 * token; a request that did not come through the gateway). FORBIDDEN: the caller is known
 * but has no right to this; the reason says why, never whether the data exists.
 */
export type ForbiddenReason =
  | 'SIGN_IN_REQUIRED'
  | 'NOT_THE_SUBJECT'
  | 'CASE_REQUIRED'
  | 'NOT_THE_CASE_OFFICER'
  | 'WRONG_REGION'
  /** A clerk acting on a place outside their window's division. */
  | 'WRONG_DIVISION'
  | 'OPERATORS_ONLY'
  /** 受审分离: the clerk who accepted a case does not decide it, nor its approver post-check it. */
  | 'SEPARATION_OF_DUTIES'
  /** 数据调取授权: a clerk asked for a case's evidence before the applicant authorised it. */
  | 'AUTHORISATION_REQUIRED'
  // Refusals of an evidence request, named after what was wrong with it.
  | 'KIND_NOT_NEEDED'
  | 'WRONG_AUDIENCE'
  | 'UNTRUSTED_ISSUER'
  | 'RECORDS_UNREADABLE'
  | 'NOT_AUTHORISED'
  | `REQUEST_${string}`;

export function unauthenticated(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

export function forbidden(reason: ForbiddenReason, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason, ...details } });
}
