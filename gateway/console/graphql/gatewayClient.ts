import type { SessionSlot, SessionStore } from '../session/sessionStore.ts';
import { operationIdOf, type OperationName } from './operationNames.ts';
import type { GraphQLErrorShape } from './resultTypes.ts';

export interface OperationResult<TData> {
  /** What the gateway answered, possibly partial (one province down nulls its part only). */
  readonly data: TData | null;
  readonly errors: readonly GraphQLErrorShape[];
}

/** Errors the console makes itself, shaped like the gateway's, so one renderer shows both. */
export function localError(code: string, message: string): GraphQLErrorShape {
  return { message, extensions: { code } };
}

/**
 * Sends a published operation to the gateway by its manifest id alone (automatic persisted
 * query form: `extensions.persistedQuery.sha256Hash`), with the bearer token of a seat. An
 * UNAUTHENTICATED answer (expired or refused token) signs that seat out with the gateway's
 * message, so the page can say so and offer to sign in again.
 */
export class GatewayClient {
  constructor(
    private readonly sessions: SessionStore,
    private readonly endpoint = '/graphql',
  ) {}

  async run<TData>(name: OperationName, variables: Readonly<Record<string, unknown>>, slot?: SessionSlot): Promise<OperationResult<TData>> {
    const id = operationIdOf(name);
    if (!id) return { data: null, errors: [localError('OPERATION_NOT_PUBLISHED', `网关未发布操作 ${name}（gateway/persisted-operations.json），请联系管理员`)] };
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (slot) {
      const session = this.sessions.session(slot);
      if (!session) return { data: null, errors: [localError('SIGN_IN_REQUIRED', '请先登录')] };
      headers.authorization = `Bearer ${session.token}`;
    }
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return { data: null, errors: [localError('NETWORK', '无法连接网关，请检查网络后重试')] };
    }
    let body: { data?: TData | null; errors?: GraphQLErrorShape[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return { data: null, errors: [localError('BAD_RESPONSE', `网关返回了无法识别的应答（HTTP ${response.status}）`)] };
    }
    const errors = body.errors ?? [];
    const refusal = errors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
    if (slot && refusal) this.sessions.refuse(slot, refusal.message);
    return { data: body.data ?? null, errors };
  }
}
