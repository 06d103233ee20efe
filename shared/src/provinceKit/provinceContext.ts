import type { IncomingMessage } from 'node:http';
import type { Caller } from '../identity/caller.ts';
import { unauthenticated } from '../identity/authErrors.ts';
import { CallerNotEstablished, callerOfRequest } from '../identity/callerAssertion.ts';
import { rateLimitedError } from '../protection/rateLimitedError.ts';
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
  const { region } = services.config;
  let caller: Caller;
  try {
    caller = await callerOfRequest(request.headers, region.subgraphName, services.trust);
  } catch (error) {
    if (!(error instanceof CallerNotEstablished)) throw error;
    const message = error.detail === undefined ? `${region.name}只接受经网关转发的请求` : `${region.name}无法确认调用方身份：${error.detail}`;
    const decision = services.refusals.refuse(services.clientAddress(request), error.reason);
    if (decision.throttled) {
      throw rateLimitedError(`${message}（来自该地址的拒绝过多，请 ${decision.retryAfterSeconds} 秒后再试）`, decision.retryAfterSeconds, { reason: error.reason });
    }
    throw unauthenticated(error.reason, message);
  }
  return { caller, services, loaders: createProvinceLoaders(services, caller) };
}
