import { GraphQLError } from 'graphql';
import { regionBySubgraphName } from '@yrd/shared/regions/regionRegistry';

/**
 * Why a subgraph did not answer, as clients see it: always code SUBGRAPH_UNAVAILABLE, naming the
 * subgraph and its region, with a stable reason.
 */
export type FailureReason = 'TIMEOUT' | 'HTTP_ERROR' | 'BAD_RESPONSE' | 'CONNECTION_FAILED' | 'CIRCUIT_OPEN';

function describeSubgraph(subgraphName: string): { where: string; region?: string } {
  const region = regionBySubgraphName(subgraphName);
  return region ? { where: `${region.name}（${subgraphName}）`, region: region.code } : { where: subgraphName };
}

export function subgraphFailure(subgraphName: string, reason: FailureReason, detail: string, extra: Record<string, unknown> = {}): GraphQLError {
  const { where, region } = describeSubgraph(subgraphName);
  const what: Record<FailureReason, string> = {
    TIMEOUT: '响应超时',
    HTTP_ERROR: '返回错误',
    BAD_RESPONSE: '返回了无法识别的内容',
    CONNECTION_FAILED: '无法连接',
    CIRCUIT_OPEN: '连续失败，已暂停访问（熔断）',
  };
  return new GraphQLError(`${where} 子图暂时无法访问：${what[reason]}（${detail}）`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason, serviceName: subgraphName, ...(region ? { region } : {}), ...extra },
  });
}

/** The reason behind an error the data source met while fetching (an HTTP error status it reports itself). */
export function failureReasonOf(error: unknown): { reason: Exclude<FailureReason, 'CIRCUIT_OPEN' | 'HTTP_ERROR'>; detail: string } {
  const causes: unknown[] = [];
  for (let current: unknown = error; current instanceof Error && causes.length < 5; current = current.cause) causes.push(current);
  const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
  if (
    causes.some(
      (cause) => cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError' || timeoutCodes.has(String((cause as { code?: unknown }).code))),
    )
  ) {
    return { reason: 'TIMEOUT', detail: 'timeout' };
  }
  if (causes.some((cause) => cause instanceof SyntaxError)) {
    return { reason: 'BAD_RESPONSE', detail: 'not a GraphQL response' };
  }
  const last = causes.at(-1);
  return { reason: 'CONNECTION_FAILED', detail: last instanceof Error ? last.message : String(error) };
}
