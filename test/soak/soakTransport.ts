import { fetch } from 'undici';

/**
 * One GraphQL request to the gateway as a window's or a phone's client sends it, observed:
 * when it left and was answered, what came back, and every error reduced to its code (and
 * reason, and the subgraph or region it names). Transport failures, client time-outs and
 * answers that are not GraphQL become errors with codes of their own, so nothing is lost.
 */
export type OperationKind = 'open' | 'gather' | 'decide' | 'submit' | 'read';
export const OPERATION_KINDS: readonly OperationKind[] = ['open', 'gather', 'decide', 'submit', 'read'];

export interface ObservedError {
  readonly code: string;
  readonly reason: string | undefined;
  readonly message: string;
  readonly serviceName: string | undefined;
  readonly region: string | undefined;
}

export interface Attempt<TData> {
  readonly kind: OperationKind;
  /** The GraphQL operation name. */
  readonly operation: string;
  /** Which story (or read) sent it. */
  readonly label: string;
  /** performance.now() when sent and when answered. */
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly httpStatus: number | null;
  readonly data: TData | null;
  readonly errors: readonly ObservedError[];
  /** 1 for the first try, 2 for the first retry, … */
  readonly attempt: number;
}

/** Codes the soak gives failures that never reached GraphQL. */
export const CLIENT_TIMEOUT = 'CLIENT_TIMEOUT';
export const TRANSPORT_ERROR = 'TRANSPORT_ERROR';

const MESSAGE_LIMIT = 300;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function observed(code: string, message: string, extensions: Record<string, unknown> = {}): ObservedError {
  return {
    code,
    reason: text(extensions.reason),
    message: message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT)}…` : message,
    serviceName: text(extensions.serviceName),
    region: text(extensions.region),
  };
}

interface WireError {
  readonly message?: unknown;
  readonly extensions?: Record<string, unknown>;
}

export interface Request {
  readonly kind: OperationKind;
  readonly operation: string;
  readonly label: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly attempt: number;
}

export async function send<TData>(gatewayUrl: string, request: Request, timeoutMs: number): Promise<Attempt<TData>> {
  const sentAt = performance.now();
  const finish = (httpStatus: number | null, data: TData | null, errors: ObservedError[]): Attempt<TData> => ({
    kind: request.kind,
    operation: request.operation,
    label: request.label,
    sentAt,
    answeredAt: performance.now(),
    httpStatus,
    data,
    errors,
    attempt: request.attempt,
  });
  let status: number;
  let body: string;
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operation }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    const failure = error as Error & { cause?: { code?: string; message?: string } };
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
      return finish(null, null, [observed(CLIENT_TIMEOUT, `no answer from the gateway within ${timeoutMs} ms`)]);
    }
    return finish(null, null, [observed(TRANSPORT_ERROR, `${failure.message}${failure.cause ? `: ${failure.cause.code ?? ''} ${failure.cause.message ?? ''}` : ''}`)]);
  }
  let parsed: { data?: TData | null; errors?: WireError[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return finish(status, null, [observed(`HTTP_${status}`, `not a GraphQL answer: ${body.slice(0, 120)}`)]);
  }
  const errors = (parsed.errors ?? []).map((error) =>
    observed(text(error.extensions?.code) ?? 'NO_CODE', text(error.message) ?? JSON.stringify(error), error.extensions ?? {}),
  );
  if (errors.length === 0 && status >= 400) errors.push(observed(`HTTP_${status}`, `HTTP ${status} without GraphQL errors`));
  return finish(status, parsed.data ?? null, errors);
}
