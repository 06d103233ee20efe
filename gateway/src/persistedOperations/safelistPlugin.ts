import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { normaliseOperation, operationId, type OperationManifest } from './operationManifest.ts';

export const NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';

/**
 * What a refused client is told: the rule, not where the list lives or how it is built (that is
 * for the developers, in the README: a named operation in gateway/operations/, `npm run persist`).
 */
export const NOT_IN_LIST_MESSAGE =
  'This gateway runs only its published operations: send one of them, by its hash or its text. 本网关只运行已发布的操作，请使用客户端发布版本中的操作。';

export interface SafelistOptions {
  /** Refuse every operation that is not in the manifest (production); otherwise only serve the manifest by hash. */
  readonly enforce: boolean;
}

/** How many verdicts on texts that are not byte-for-byte a manifest body are remembered. */
const VERDICT_CACHE_SIZE = 1_000;

/**
 * Persisted operations on top of Apollo Server's own APQ.
 *
 * - A request carrying only `extensions.persistedQuery.sha256Hash` whose hash is a manifest
 *   id gets the manifest's body as its query in `requestDidStart` — before Apollo's APQ
 *   lookup, which then sees a query and a matching hash — so published operations run by
 *   hash alone even on a gateway that has never seen them (APQ must stay enabled, as it is
 *   by default: Apollo refuses any `persistedQuery` extension when it is off).
 * - With `enforce`, any operation whose normal form (`print(parse(text))`) is not a manifest
 *   body is refused with `PERSISTED_QUERY_NOT_IN_LIST` (HTTP 400). The verdict is taken in
 *   `didResolveSource` and the refusal thrown in `didResolveOperation` (the first hook whose
 *   errors Apollo turns into a response; an error thrown earlier is an internal server error).
 *   A text that fails to parse or validate fails before `didResolveOperation`; its syntax or
 *   validation errors are replaced with the same refusal in `willSendResponse`, so the gateway
 *   never describes its schema to an operation it would not run. A refused text never reaches
 *   Apollo's APQ cache (Apollo registers it only after `didResolveOperation`).
 * - Without `enforce` nothing is refused: unknown hashes get Apollo's own
 *   `PERSISTED_QUERY_NOT_FOUND`, and any text runs and registers as usual.
 *
 * List it first in `plugins`: Apollo calls every plugin's `requestDidStart` in order before
 * reading the query, and one listed earlier sees a hash-only request without its text.
 * (`didEncounterErrors` listeners see the syntax or validation errors of a refused text that
 * `willSendResponse` then replaces.)
 */
export function safelistPlugin<TContext extends BaseContext = BaseContext>(manifest: OperationManifest, options: SafelistOptions): ApolloServerPlugin<TContext> {
  const bodyById = new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
  // The hash of each body as sent, and of its normal form (the same for manifests `npm run persist` writes).
  const listed = new Set(manifest.operations.flatMap((operation) => [operation.id, operationId(normaliseOperation(operation.body))]));
  const verdicts = new Map<string, boolean>();

  /** `hash` is Apollo's queryHash of the source: the same hex SHA-256 as a manifest id, so not computed twice. */
  const isListed = (source: string, hash: string): boolean => {
    if (listed.has(hash)) return true;
    const known = verdicts.get(hash);
    if (known !== undefined) return known;
    let verdict: boolean;
    try {
      verdict = listed.has(operationId(normaliseOperation(source)));
    } catch {
      verdict = false; // not even GraphQL
    }
    if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
    verdicts.set(hash, verdict);
    return verdict;
  };

  return {
    async requestDidStart({ request }) {
      const hash = persistedQueryHash(request);
      if (request.query === undefined && hash !== undefined) {
        const body = bodyById.get(hash);
        if (body !== undefined) request.query = body;
      }
      if (!options.enforce) return;

      let refused = false;
      let refusalSent = false;
      return {
        async didResolveSource({ source, queryHash }) {
          refused = !isListed(source, queryHash);
        },
        async didResolveOperation() {
          if (!refused) return;
          refusalSent = true;
          throw notInListError();
        },
        async willSendResponse({ response }) {
          if (!refused || refusalSent) return;
          const error = notInListError();
          response.body = { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: { code: NOT_IN_LIST } }] } };
          response.http.status = 400;
        },
      };
    },
  };
}

export function notInListError(): GraphQLError {
  return new GraphQLError(NOT_IN_LIST_MESSAGE, { extensions: { code: NOT_IN_LIST, http: { status: 400 } } });
}

/** `extensions.persistedQuery.sha256Hash`, when the request carries one. */
function persistedQueryHash(request: GraphQLRequest): string | undefined {
  const persisted: unknown = request.extensions?.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null || !('sha256Hash' in persisted)) return undefined;
  return typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}
