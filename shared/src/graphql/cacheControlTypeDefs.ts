/**
 * Apollo's cache hints (`@cacheControl`), declared in a subgraph's schema as the federation docs
 * ask: the subgraph's Apollo Server then computes each answer's policy from the fields it
 * resolved and, when every one of them allows it and the answer has no error, sends it as
 * `Cache-Control: max-age=N, private|public` (createSubgraphApolloServer's `cacheHints`). A field
 * without a hint is never cacheable (root fields and fields of object type default to 0), so a
 * hint is an explicit promise by the subgraph: the answer depends on nothing but the operation,
 * its variables and — for PRIVATE — the caller, for N seconds. The gateway keeps such answers
 * (subgraphAnswerCache.ts).
 *
 * The scope enum is @inaccessible: composition carries it into the supergraph, and it is no
 * client's business.
 */
export function cacheControlTypeDefs(): string {
  return `
enum CacheControlScope @inaccessible {
  PUBLIC
  PRIVATE
}

directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;
}
