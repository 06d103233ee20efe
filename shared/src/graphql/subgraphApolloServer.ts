import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { subgraphErrorFormat } from './subgraphErrorFormat.ts';

/**
 * The Apollo Server every subgraph runs: no stack traces in responses; no inline (ftv1)
 * tracing — nothing here reports usage to Apollo, so the traces would be built and thrown away
 * on every request; and no cache-control hints, computed for every field, unless the subgraph
 * declares some (`cacheHints`: the hub's routing, cacheControlTypeDefs.ts) — a province's answers
 * are per caller, often personal, and never reused. With hints, an answer every resolved field
 * allows to be kept is sent with its Cache-Control header, any other with none. No introspection either:
 * clients introspect the supergraph at the gateway (where production mode turns it off), and the
 * gateway composes from `_service { sdl }` (or is given the supergraph file). That is no secrecy
 * — the schema is published with the code (gateway/supergraph.graphql), and `_service` answers
 * it to any member's assertion — but one less machinery a direct caller can exercise, refused in
 * plain words (subgraphErrorFormat.ts). `plugins`: the subgraph's own.
 */
export function createSubgraphApolloServer<TContext extends BaseContext>(
  schema: GraphQLSchema,
  plugins: readonly ApolloServerPlugin<TContext>[] = [],
  { cacheHints = false }: { readonly cacheHints?: boolean } = {},
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: false,
    // A value our scalars refuse is BAD_USER_INPUT with their message, in the query text as in a variable.
    formatError: subgraphErrorFormat,
    // The process's own signal handling (runService) stops the server; Apollo's would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      cacheHints ? ApolloServerPluginCacheControl({ calculateHttpHeaders: 'if-cacheable' }) : ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
}
