import type { IncomingMessage } from 'node:http';
import type { Caller } from '../identity/caller.ts';
import { unauthenticated } from '../identity/authErrors.ts';
import { CALLER_HEADER, verifyCallerAssertion } from '../identity/callerAssertion.ts';
import { rateLimitedError } from '../protection/rateLimitedError.ts';
import { VerificationError } from '../trust/signedMessage.ts';
import { createProvinceLoaders, type ProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';

export interface ProvinceContext {
  readonly caller: Caller;
  readonly loaders: ProvinceLoaders;
  readonly services: ProvinceServices;
}

/**
 * A province answers only requests that came through the gateway (or from another member
 * speaking for itself): the caller assertion must verify against the trust list. Anything
 * else is refused — and the refusal is audited, with the address it came from; an address
 * that keeps trying is answered 429 and its refusals folded into counted entries
 * (directCallRefusals.ts), so it cannot flood the audit log.
 */
export async function createProvinceContext(request: IncomingMessage, services: ProvinceServices): Promise<ProvinceContext> {
  const header = request.headers[CALLER_HEADER];
  const token = Array.isArray(header) ? header[0] : header;
  const refuse = (reason: string, message: string) => {
    const decision = services.refusals.refuse(request.socket.remoteAddress ?? 'unknown', reason);
    if (decision.throttled) {
      return rateLimitedError(`${message}（来自该地址的拒绝过多，请 ${decision.retryAfterSeconds} 秒后再试）`, decision.retryAfterSeconds, { reason });
    }
    return unauthenticated(reason, message);
  };
  if (!token) throw refuse('NOT_VIA_GATEWAY', `${services.config.region.name}只接受经网关转发的请求`);
  let caller: Caller;
  try {
    caller = await verifyCallerAssertion(token, services.config.region.subgraphName, services.trust);
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    throw refuse(`CALLER_${error.reason}`, `${services.config.region.name}无法确认调用方身份：${error.message}`);
  }
  return { caller, services, loaders: createProvinceLoaders(services, caller) };
}
