import type { SigningKey } from '../trust/memberKeys.ts';
import { signMessage, VerificationError, verifyMessage, type TrustListSource } from '../trust/signedMessage.ts';
import type { Caller } from './caller.ts';

/**
 * How a subgraph knows a request came through the gateway, and for whom: the gateway signs
 * a short-lived assertion of the caller for one subgraph (audience) and sends it in the
 * `x-yrd-caller` header. Members may also call the hub for themselves (caller SERVICE).
 */
export const CALLER_HEADER = 'x-yrd-caller';
export const CALLER_ASSERTION_TYPE = 'yrd-caller+jws';
const LIFETIME_SECONDS = 60;

interface CallerAssertion {
  readonly aud: string;
  readonly caller: Caller;
}

export function signCallerAssertion(caller: Caller, audience: string, key: SigningKey): Promise<string> {
  return signMessage<CallerAssertion>(CALLER_ASSERTION_TYPE, { aud: audience, caller }, key, LIFETIME_SECONDS);
}

/**
 * The caller a request carries, verified: signed by the gateway (any caller) or by another
 * member speaking for itself, for this subgraph, not expired.
 */
export async function verifyCallerAssertion(token: string, audience: string, trust: TrustListSource): Promise<Caller> {
  const { payload, signer } = await verifyMessage<CallerAssertion>(token, CALLER_ASSERTION_TYPE, trust, {
    roles: ['GATEWAY', 'PROVINCE', 'HUB'],
  });
  if (payload.aud !== audience) throw new VerificationError('UNTRUSTED_ISSUER', `为 ${payload.aud} 签发，不是 ${audience}`);
  if (signer.member.role !== 'GATEWAY' && !(payload.caller.kind === 'SERVICE' && payload.caller.member === signer.member.member)) {
    throw new VerificationError('UNTRUSTED_ISSUER', `${signer.member.member} 只能以自己的名义调用`);
  }
  return payload.caller;
}
