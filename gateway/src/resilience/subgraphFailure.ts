import { GraphQLError } from 'graphql';
import { CATALOG_SUBGRAPH, regionBySubgraphName } from '@yrd/shared/regions/regionRegistry';

/**
 * Why a subgraph did not answer, as clients see it: always code SUBGRAPH_UNAVAILABLE, naming the
 * subgraph and its region, with a stable reason.
 */
export type FailureReason = 'TIMEOUT' | 'HTTP_ERROR' | 'BAD_RESPONSE' | 'CONNECTION_FAILED' | 'CIRCUIT_OPEN';

/**
 * Who did not answer, in the client's words: a province by its name (浙江省的服务), the hub as the
 * item catalog. "Subgraph" and the service names are the federation's own terms; they stay in
 * `serviceName` and `region` for programs and in the log.
 */
function describeSubgraph(subgraphName: string): { where: string; region?: string } {
  const region = regionBySubgraphName(subgraphName);
  if (region) return { where: `${region.name}的服务`, region: region.code };
  return { where: subgraphName === CATALOG_SUBGRAPH.subgraphName ? '事项目录服务' : '部分服务' };
}

/**
 * The client's error. `detail` is a fixed description (an error code, "HTTP 503", "timeout"):
 * the causes' own messages name internal hosts, addresses and ports ("connect ECONNREFUSED
 * 10.0.3.7:4004"), which stay off the public port. The cause is kept as the error's
 * originalError, which Apollo Server never serializes, for the gateway's log.
 */
export function subgraphFailure(subgraphName: string, reason: FailureReason, detail: string, extra: Record<string, unknown> = {}, cause?: unknown): GraphQLError {
  const { where, region } = describeSubgraph(subgraphName);
  const what: Record<FailureReason, string> = {
    TIMEOUT: '响应超时',
    HTTP_ERROR: '返回错误',
    BAD_RESPONSE: '返回了无法识别的内容',
    CONNECTION_FAILED: '无法连接',
    CIRCUIT_OPEN: '近期连续失败，暂停访问',
  };
  return new GraphQLError(`${where}暂时无法访问：${what[reason]}（${detail}）`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason, serviceName: subgraphName, ...(region ? { region } : {}), ...extra },
    ...(cause === undefined ? {} : { originalError: cause instanceof Error ? cause : new Error(String(cause)) }),
  });
}

/**
 * Why a subgraph said it could not answer, for the reasons the members give (extensions.reason
 * of its error status), in the client's words: a province without a valid trust list cannot
 * verify the gateway's signature, for anyone, until the hub answers it again.
 */
const STATED_REASONS: Readonly<Record<string, string>> = {
  TRUST_LIST_UNAVAILABLE: '无法核验网关的签名：未能从事项标准库取得有效的联盟成员信任列表',
};

/** A failure's detail with the subgraph's stated reason added, when it is one of the members' own: in words, and as `subgraphReason`. */
function withStatedReason(detail: string, separator: string, extra: Record<string, unknown>, statedReason: string | undefined) {
  const words = statedReason === undefined ? undefined : STATED_REASONS[statedReason];
  return words ? { detail: `${detail}${separator}${words}`, extra: { ...extra, subgraphReason: statedReason } } : { detail, extra };
}

/** A subgraph's error status as the client is told it: the status, and the reason it gave when it is one of the members' own. */
export function httpFailure(subgraphName: string, status: number, statedReason: string | undefined, cause: Error): GraphQLError {
  const { detail, extra } = withStatedReason(`HTTP ${status}`, '，', { status }, statedReason);
  return subgraphFailure(subgraphName, 'HTTP_ERROR', detail, extra, cause);
}

/**
 * The breaker open: no request reaches the subgraph for a while. When its last failure said why
 * (a reason of the members' own), that stays said — the cause has not gone away by itself.
 */
export function circuitOpenFailure(subgraphName: string, retryAfterSeconds: number, lastStatedReason: string | undefined): GraphQLError {
  const { detail, extra } = withStatedReason(`约 ${retryAfterSeconds} 秒后重试`, '；', { retryAfterSeconds }, lastStatedReason);
  return subgraphFailure(subgraphName, 'CIRCUIT_OPEN', detail, extra);
}

/** A system or undici error code (ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET): fixed words, never an address. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/** The error and its causes, outermost first (an AggregateError's errors after it: a connection tried on several addresses). */
export function causesOf(error: unknown): unknown[] {
  const causes: unknown[] = [];
  const visit = (current: unknown) => {
    if (!(current instanceof Error) || causes.length >= 8 || causes.includes(current)) return;
    causes.push(current);
    if (current instanceof AggregateError) for (const inner of current.errors) visit(inner);
    visit(current.cause);
  };
  visit(error);
  return causes;
}

export const codeOf = (cause: unknown) => String((cause as { code?: unknown }).code ?? '');

/**
 * The reason behind an error the data source met while fetching (an HTTP error status it reports
 * itself), with a fixed detail for the client: the innermost cause's error code, never its message.
 */
export function failureReasonOf(error: unknown): { reason: Exclude<FailureReason, 'CIRCUIT_OPEN' | 'HTTP_ERROR'>; detail: string } {
  const causes = causesOf(error);
  const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
  if (causes.some((cause) => cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError' || timeoutCodes.has(codeOf(cause))))) {
    return { reason: 'TIMEOUT', detail: 'timeout' };
  }
  // A body past the size limit (boundedBody.ts, or undici's own maxResponseSize): not an answer the gateway can use.
  if (causes.some((cause) => codeOf(cause) === 'UND_ERR_RES_EXCEEDED_MAX_SIZE')) {
    return { reason: 'BAD_RESPONSE', detail: 'response too large' };
  }
  if (causes.some((cause) => cause instanceof SyntaxError)) {
    return { reason: 'BAD_RESPONSE', detail: 'not a GraphQL response' };
  }
  const code = causes.map(codeOf).findLast((candidate) => ERROR_CODE.test(candidate));
  return { reason: 'CONNECTION_FAILED', detail: code ?? 'connection failed' };
}
