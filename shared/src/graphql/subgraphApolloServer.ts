import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/**
 * The Apollo Server every subgraph runs: no stack traces in responses, and no inline
 * (ftv1) tracing — nothing here reports usage to Apollo, so the traces would be built and
 * thrown away on every request.
 */
export function createSubgraphApolloServer<TContext extends BaseContext>(schema: GraphQLSchema): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process's own signal handling (runService) stops the server; Apollo's would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}
