import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { authenticateRequest, callerContext, type identityProviderKeys, type GatewayContext } from '@yrd/gateway/callerAuthentication';
import { ANONYMOUS, type Caller } from '@yrd/shared/identity/caller';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import type { SigningKey } from '@yrd/shared/trust/memberKeys';
import { closeServer, joinFederation, listen, withAuthorization, type PeerGatewayOptions, type RunningPeerGateway } from './peerGateways.ts';

/** Marks a subgraph fetch (by its subgraph's name) whose assertion onFetch binds to the serialised body; never sent. */
const BIND_FOR_HEADER = 'x-yrd-bind-assertion-for';

/** What the plugin adds to Hive's per-request context. */
interface HiveCallerContext {
  yrd: GatewayContext;
}

/** A refusal `authenticateRequest` throws (a GraphQLError with code UNAUTHENTICATED), recognised by shape. */
function refusalOf(error: unknown): { message: string; extensions: Record<string, unknown> } | undefined {
  if (!(error instanceof Error) || !('extensions' in error)) return undefined;
  const extensions = error.extensions as Record<string, unknown> | undefined;
  return extensions?.code === 'UNAUTHENTICATED' ? { message: error.message, extensions } : undefined;
}

/**
 * The Hive Gateway plugin that makes it a gateway of this federation. On each request the caller
 * is established from the bearer token; a missing one is anonymous, a bad one is answered at once
 * with HTTP 401 and the same UNAUTHENTICATED error our gateway gives (the answer is written here
 * rather than thrown: Yoga recognises a thrown GraphQLError by `instanceof`, which fails when the
 * error comes from another copy of graphql-js — as under Vitest, which loads our sources with
 * graphql's ESM build and Hive with its CommonJS one). Before each subgraph fetch the plugin adds a
 * signed assertion of that caller addressed to that subgraph, in `x-yrd-caller`, made (or reused
 * while fresh) exactly as our gateway makes it: callerContext from callerAuthentication.ts. A
 * mutation's assertion must be bound to its request's exact body (a province refuses any other),
 * which exists only once Hive has serialised the request: the subgraph step marks the fetch
 * (BIND_FOR_HEADER, naming the subgraph) and onFetch signs the bound assertion over the body.
 */
export function hiveCallerAssertionPlugin(tokenKeys: ReturnType<typeof identityProviderKeys>, signingKey: SigningKey): GatewayPlugin<HiveCallerContext> {
  const callers = new WeakMap<Request, Caller>();
  let sequence = 0;
  return {
    async onRequest({ request, fetchAPI, endResponse }) {
      try {
        callers.set(request, await authenticateRequest(withAuthorization(request.headers.get('authorization')), tokenKeys));
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        const { http: _http, ...extensions } = refusal.extensions;
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: refusal.message, extensions }] }), {
            status: 401,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      }
    },
    onContextBuilding({ context, extendContext }) {
      const requestId = context.request.headers.get('x-request-id') ?? `hive-${process.pid}-${++sequence}`;
      extendContext({ yrd: callerContext(callers.get(context.request) ?? ANONYMOUS, signingKey, requestId) });
    },
    async onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      const yrd = (executionRequest.context as Partial<HiveCallerContext> | undefined)?.yrd;
      // No per-request context: Hive's own work (none with a static supergraph); let the subgraph refuse it.
      if (!yrd) return;
      const extensions = executionRequest.extensions ?? {};
      const caller = executionRequest.operationType === 'mutation' ? { [BIND_FOR_HEADER]: subgraphName } : { [CALLER_HEADER]: await yrd.assertionFor(subgraphName) };
      // @graphql-tools/executor-http sends `extensions.headers` as HTTP headers of the subgraph fetch.
      const headers = { ...(extensions.headers as Record<string, string> | undefined), ...caller, 'x-request-id': yrd.requestId };
      setExecutionRequest({ ...executionRequest, extensions: { ...extensions, headers } });
    },
    async onFetch({ options, setOptions, context }) {
      const headers = { ...(options.headers as Record<string, string> | undefined) };
      const subgraph = headers[BIND_FOR_HEADER];
      const yrd = (context as Partial<HiveCallerContext> | undefined)?.yrd;
      if (subgraph === undefined || !yrd || typeof options.body !== 'string') return;
      delete headers[BIND_FOR_HEADER];
      headers[CALLER_HEADER] = await yrd.boundAssertionFor(subgraph, options.body);
      setOptions({ ...options, headers });
    },
  };
}

/** Hive Gateway (createGatewayRuntime) on `node:http`, in this process. */
export async function startHiveGateway(options: PeerGatewayOptions): Promise<RunningPeerGateway> {
  const { signingKey, tokenKeys, leave } = await joinFederation(options);
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphFile,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    plugins: () => [hiveCallerAssertionPlugin(tokenKeys, signingKey)],
  });
  const server = createServer(runtime);
  const url = await listen(server, options);
  return {
    url: `${url}/graphql`,
    close: async () => {
      leave();
      await closeServer(server);
      await runtime.dispose();
    },
  };
}
