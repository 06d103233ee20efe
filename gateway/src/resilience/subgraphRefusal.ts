import type { GraphQLFormattedError } from 'graphql';

/**
 * A subgraph's 400 answer that is a GraphQL response with errors: the subgraph is up and refused
 * this request as written — a variable its own scalars reject (Apollo Server answers 400
 * BAD_USER_INPUT). That is the subgraph's answer about the client's input, not a sign that it is
 * down: it goes to the client like the errors of a 200 (their codes kept), it is not retried
 * (the same request gets the same refusal) and it does not count against the circuit breaker (or
 * a few bad requests from anybody would cut the subgraph off for everybody).
 *
 * Other 4xx stay failures of the subgraph: a 401 (it cannot verify the gateway's assertion — a
 * broken trust link, the same for every caller) and a 429 (it throttles the gateway, which the
 * breaker should back off from) are about the gateway, not about the client's request; and a 4xx
 * that is not GraphQL (a proxy's HTML 404, an empty 413) says nothing about the request.
 */
export interface SubgraphRefusal {
  readonly errors: readonly GraphQLFormattedError[];
  readonly data?: Record<string, unknown> | null;
  readonly extensions?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A subgraph's answer as a JSON object, when it is one (a GraphQL content type, parsable); else undefined. */
function jsonAnswer(contentType: string, text: string): Record<string, unknown> | undefined {
  if (!/^application\/(graphql-response\+)?json/.test(contentType)) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    return isRecord(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** The refusal in a subgraph's answer, or undefined when the answer is not a 400 GraphQL response with errors. */
export function subgraphRefusal(status: number, contentType: string, text: string): SubgraphRefusal | undefined {
  if (status !== 400) return undefined;
  const body = jsonAnswer(contentType, text);
  if (!body) return undefined;
  const { errors, data, extensions } = body;
  // Every error must look like a GraphQL error: a JSON body of some other API is not a refusal.
  if (!Array.isArray(errors) || errors.length === 0 || !errors.every((error) => isRecord(error) && typeof error.message === 'string')) return undefined;
  if (data !== undefined && data !== null && !isRecord(data)) return undefined;
  if (extensions !== undefined && !isRecord(extensions)) return undefined;
  return body as unknown as SubgraphRefusal;
}

/**
 * The reason a subgraph gave for refusing a request it answered with GraphQL errors (any status):
 * the first error's `extensions.reason`, or undefined when the answer says none.
 */
export function refusalReasonOf(contentType: string, text: string): string | undefined {
  const errors = jsonAnswer(contentType, text)?.errors;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const reason = isRecord(first) && isRecord(first.extensions) ? first.extensions.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}
