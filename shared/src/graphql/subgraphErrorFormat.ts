import type { GraphQLFormattedError } from 'graphql';
import { TRUST_LIST_UNAVAILABLE_CODES, TRUST_LIST_UNAVAILABLE_WORDS, TrustListUnavailable } from '../trust/trustListUnavailable.ts';
import { wrappedErrors } from './wrappedErrors.ts';
import { clientValueErrorOf } from './scalars.ts';

/**
 * Variable "$d" got invalid value …( at "d.birthDate"); — how graphql-js names the variable in
 * front of the scalar's message. Only the name (and path into an input object) is read from it.
 */
const VARIABLE_PREFIX = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value [\s\S]*?(?: at "([^"]+)")?$/;

/**
 * Apollo Server's and graphql-js's own words for what a subgraph does not offer, which name
 * their configuration ("pass introspection: true to ApolloServer in production", "Schema is not
 * configured to execute subscription operation"): said plainly instead, with a stable code.
 */
const PLAIN_WORDS: readonly { readonly apollo: RegExp; readonly message: string; readonly code: string }[] = [
  { apollo: /^GraphQL introspection is not allowed/, message: '本服务不提供内省查询（__schema、__type）', code: 'GRAPHQL_VALIDATION_FAILED' },
  { apollo: /^Schema is not configured to execute subscription operation/, message: '本服务不提供订阅（subscription）', code: 'BAD_REQUEST' },
];

/**
 * A signature a resolver checks (a presented evidence request, handed-in evidence) while no valid
 * trust list can be had: the province's unavailability, as its admission answers it
 * (provinceAdmission.ts) — not an internal error. Admission sees it first unless the caller's
 * assertion was verified shortly before the list ran out (verified assertions are kept until
 * they expire).
 */
const trustListUnavailableIn = (error: unknown) => wrappedErrors(error).some((wrapped) => wrapped instanceof TrustListUnavailable);

/**
 * The subgraphs' formatError. A value one of our scalars refuses (shared/src/graphql/scalars.ts)
 * is the client's input, wherever it was written: in the query text graphql-js reports it while
 * validating, so Apollo Server codes it GRAPHQL_VALIDATION_FAILED (and graphql-js may prefix
 * "Expected value of type …"); in a variable Apollo Server codes it BAD_USER_INPUT, after
 * graphql-js's prefix 'Variable "$d" got invalid value …'. Both are given the scalar's code,
 * reason and message — the same answer, as the README promises — and a variable's name (with its
 * path into an input object) moves from the message to `extensions.variable`.
 */
export function subgraphErrorFormat(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  if (trustListUnavailableIn(original)) return { ...formatted, message: `暂时无法核验签名：${TRUST_LIST_UNAVAILABLE_WORDS}`, extensions: { ...TRUST_LIST_UNAVAILABLE_CODES } };
  const plain = PLAIN_WORDS.find(({ apollo }) => apollo.test(formatted.message));
  if (plain) return { message: plain.message, extensions: { code: plain.code } };
  const refusal = clientValueErrorOf(original);
  if (!refusal || formatted.message === refusal.message && formatted.extensions?.code === refusal.extensions.code) return formatted;
  const prefix = formatted.message.endsWith(`; ${refusal.message}`) ? formatted.message.slice(0, -(refusal.message.length + 2)) : undefined;
  const named = prefix === undefined ? null : VARIABLE_PREFIX.exec(prefix);
  const variable = named ? (named[2] ?? named[1]) : undefined;
  return {
    ...formatted,
    message: refusal.message,
    extensions: { ...formatted.extensions, ...refusal.extensions, ...(variable ? { variable } : {}) },
  };
}
