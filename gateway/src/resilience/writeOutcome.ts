import {
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { causesOf, codeOf } from './subgraphFailure.ts';

/**
 * What a client whose write failed at a subgraph can know about it. A fetch refused before it was
 * sent was NOT_APPLIED: the breaker refused it, no connection could be made or came free, or the
 * subgraph (or a proxy before it) refused it with a 4xx before acting on it. One that was sent and
 * then got no usable answer — it timed out, its connection was lost, a 5xx (a proxy's 502 or 504
 * may come after the subgraph acted), an answer the gateway cannot use — may have been applied:
 * its outcome is UNKNOWN, and retrying it blindly could apply it twice, which is why such a fetch
 * is never retried by the gateway either. One 4xx is no such refusal: a province that answers
 * 401 CALLER_REPLAYED has taken up a request with this very body and assertion already — a copy
 * sent on the link before the gateway's own (a proxy or sidecar retrying, or someone replaying
 * it): the write may well have been applied, so its outcome is UNKNOWN.
 */
export type WriteOutcome = 'NOT_APPLIED' | 'UNKNOWN';

/** The cause's code of a fetch a subgraph refused as a replay of a request it had taken up (subgraphDataSource.ts). */
export const ALREADY_TAKEN_UP = 'YRD_ALREADY_TAKEN_UP';

/** Causes that mean the request never left the gateway: no connection could be made, or none came free. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT', 'YRD_NO_CONNECTION']);

/** The outcome of the write whose fetch failed with `failure` (a subgraphFailure, its cause as originalError). */
export function writeOutcomeOf(failure: GraphQLError): WriteOutcome {
  const { reason, status } = failure.extensions;
  if (reason === 'CIRCUIT_OPEN') return 'NOT_APPLIED';
  const causes = causesOf(failure.originalError);
  if (causes.some((cause) => codeOf(cause) === ALREADY_TAKEN_UP)) return 'UNKNOWN';
  if (reason === 'HTTP_ERROR' && typeof status === 'number' && status >= 400 && status < 500) return 'NOT_APPLIED';
  // A province without a valid trust list refuses before it reads the body (provinceAdmission.ts): nothing ran.
  if (failure.extensions.subgraphReason === 'TRUST_LIST_UNAVAILABLE') return 'NOT_APPLIED';
  if (causes.some((cause) => NEVER_SENT.has(codeOf(cause)))) return 'NOT_APPLIED';
  return 'UNKNOWN';
}

/**
 * The mutation fields a client's operation calls (in `jiangsu { … }` and the other provinces'
 * namespaces, or at the root), by whether each takes an idempotency key — as an argument
 * (takeQueueNumber, callNextNumber) or a field of its input (openCase, submitCase): what the client
 * can do once a write's outcome is UNKNOWN. Read from the schema, not from names.
 */
export interface OperationWrites {
  /** Sent again with the same key, each answers with what the first did. */
  readonly keyed: readonly string[];
  /** No key to send (requestEvidence, withdrawCase, reviewCase …): each is sent again as it was, by the same caller. */
  readonly unkeyed: readonly string[];
}

const IDEMPOTENCY_KEY = 'idempotencyKey';

function takesKey(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((argument) => {
    if (argument.name === IDEMPOTENCY_KEY) return true;
    const type = getNamedType(argument.type);
    return isInputObjectType(type) && IDEMPOTENCY_KEY in type.getFields();
  });
}

/**
 * The writes of the client's operation, by `schema` (the API schema it was validated against);
 * undefined for an operation that is no mutation, or without what to read it by. A field of the
 * mutation root without arguments whose type is an object is a namespace (`jiangsu`): the fields
 * selected in it are the writes. Fragments, named or inline, are followed.
 */
export function writesOf(
  schema: GraphQLSchema | undefined,
  operation: OperationDefinitionNode | undefined,
  document: DocumentNode | undefined,
): OperationWrites | undefined {
  const root = schema?.getMutationType();
  if (!root || operation?.operation !== 'mutation' || !operation.selectionSet) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document?.definitions ?? []) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const keyed = new Set<string>();
  const unkeyed = new Set<string>();
  const visit = (type: GraphQLObjectType, selectionSet: SelectionSetNode, atRoot: boolean, seen: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(type, selection.selectionSet, atRoot, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) visit(type, fragment.selectionSet, atRoot, new Set([...seen, fragment.name.value]));
      } else {
        const field = type.getFields()[selection.name.value];
        // __typename, or a field the schema does not have (validation refused it before any fetch).
        if (!field) continue;
        const named = getNamedType(field.type);
        if (atRoot && field.args.length === 0 && isObjectType(named) && selection.selectionSet) visit(named, selection.selectionSet, false, seen);
        else (takesKey(field) ? keyed : unkeyed).add(field.name);
      }
    }
  };
  visit(root, operation.selectionSet, true, new Set());
  return { keyed: [...keyed], unkeyed: [...unkeyed] };
}

/** What a client whose write may have been applied is told to do to learn what became of it. */
function mayHaveBeenApplied(writes: OperationWrites | undefined): string {
  if (!writes) return '；该操作可能已执行，请原样重新提交以获知结果（带幂等键的，请沿用同一幂等键）';
  if (writes.unkeyed.length === 0) return '；该操作可能已执行，请用同一幂等键重试以获知结果';
  // requestEvidence, withdrawCase, reviewCase …: sent again by the same caller, each answers with
  // what was done (a repeated requestEvidence reuses the case's pending request to each holder).
  const keyed = writes.keyed.length > 0 ? `；带幂等键的 ${writes.keyed.join('、')} 请用同一幂等键重试` : '';
  return `；该操作可能已执行：${writes.unkeyed.join('、')} 不带幂等键，请以同一身份原样再次提交以获知结果（重复提交不会重复办理）${keyed}`;
}

/**
 * The failure of a fetch made for a client's mutation, saying whether it may have been applied:
 * extensions `outcome` and a message that ends with what to do — for one that may have been, by
 * what the operation's mutations take (`writes`): the same idempotency key, or the same request again.
 * The cause stays originalError.
 */
export function withWriteOutcome(failure: GraphQLError, writes?: OperationWrites): GraphQLError {
  const outcome = writeOutcomeOf(failure);
  const told = outcome === 'NOT_APPLIED' ? '；该操作未执行' : mayHaveBeenApplied(writes);
  return new GraphQLError(`${failure.message}${told}`, {
    extensions: { ...failure.extensions, outcome },
    ...(failure.originalError ? { originalError: failure.originalError } : {}),
  });
}
