import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from '@yrd/shared/observability/logger';
import type { GatewayContext } from '../callerAuthentication.ts';
import { OPERATION_LIMIT_CODES } from '../limits/operationLimitsPlugin.ts';
import { NOT_IN_LIST } from '../persistedOperations/safelistPlugin.ts';
import { isWarmUp } from '../queryPlans/queryPlanWarmUp.ts';
import type { GatewayMetrics } from './gatewayMetrics.ts';

/** Codes of requests refused before they ran (they count as refusals, not as errors of the federation). */
const REFUSAL_CODES = new Set<string>([
  ...Object.values(OPERATION_LIMIT_CODES),
  NOT_IN_LIST,
  'PERSISTED_QUERY_NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
]);

/**
 * The codes of a request's errors. An error without a code is a server fault once an operation
 * ran; before one was resolved it is Apollo refusing what the client sent (a persisted-query hash
 * that does not match its text, an unsupported version), which must not count as a server bug.
 */
function codesOf(errors: readonly { readonly extensions?: Record<string, unknown> }[] | undefined, resolved: boolean): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? (resolved ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST')));
}

/**
 * The errors the client was sent: a plugin before this one may have replaced the answer (the
 * safelist refuses an unparseable text as PERSISTED_QUERY_NOT_IN_LIST, not as the parse error
 * Apollo met), and the metrics and the log must say what the client got.
 */
function sentErrors(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
  const { body } = requestContext.response;
  return body.kind === 'single' && body.singleResult.errors ? body.singleResult.errors : requestContext.errors;
}

/**
 * One log line and the metrics of every GraphQL request: operation, caller kind, outcome, error
 * codes (with the failing subgraph's region), duration — keyed by the request id that every
 * subgraph logs too.
 */
export function observabilityPlugin(metrics: GatewayMetrics, logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async contextCreationDidFail({ error }) {
      const code = String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      metrics.errors.inc({ code });
      if (REFUSAL_CODES.has(code)) metrics.refusals.inc({ code });
      if (code === 'SERVICE_UNAVAILABLE') {
        // Not the caller's doing: something the gateway depends on (the identity provider's keys) is down.
        logger.error({ code, err: (error as GraphQLError).originalError ?? error }, 'request failed before execution: a dependency is unavailable');
      } else {
        logger.info({ code, message: error.message }, 'request refused before execution');
      }
    },
    async requestDidStart({ contextValue }) {
      // The gateway planning its published operations at start is not a client's request.
      if (isWarmUp(contextValue)) return;
      const started = performance.now();
      return {
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
          const seconds = (performance.now() - started) / 1000;
          const codes = codesOf(sentErrors(requestContext), requestContext.operation !== undefined);
          const executed = requestContext.operation !== undefined && !codes.some((code) => REFUSAL_CODES.has(code));
          // Only an operation of the persisted list is named, in metrics and in the log alike
          // (GatewayMetrics.operationLabel): any other name is the client's to choose, and may
          // hold a person's number. The metrics label a refusal as such whatever its name.
          const named = requestContext.operationName ? metrics.operationLabel(requestContext.operationName) : null;
          const operation = executed ? (named ?? metrics.operationLabel(null)) : 'refused';
          const outcome = !executed ? 'refused' : codes.length > 0 ? 'error' : 'ok';
          metrics.requests.inc({ operation, outcome });
          metrics.requestSeconds.observe({ operation }, seconds);
          for (const code of codes) {
            metrics.errors.inc({ code });
            if (REFUSAL_CODES.has(code)) metrics.refusals.inc({ code });
          }
          // The operation's log line, built only when it is written (info is off under load, often in production).
          if (!logger.isLevelEnabled('info')) return;
          const unavailable = (requestContext.errors ?? [])
            .filter((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')
            .map((error) => ({ subgraph: error.extensions.serviceName, region: error.extensions.region, reason: error.extensions.reason }));
          logger.info(
            {
              requestId: requestContext.contextValue.requestId,
              operation: named,
              type: requestContext.operation?.operation ?? null,
              caller: requestContext.contextValue.caller?.kind,
              outcome,
              ...(codes.length > 0 ? { errors: codes } : {}),
              ...(unavailable.length > 0 ? { unavailable } : {}),
              ms: Math.round(seconds * 1000),
            },
            'operation',
          );
        },
      };
    },
  };
}
