import type { ApolloServerPlugin } from '@apollo/server';
import { CallerNotEstablished } from '../identity/callerAssertion.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { refusal } from './provinceAdmission.ts';

/**
 * A province runs a mutation only under a caller assertion bound to that request's body
 * (callerAssertion.ts): the gateway binds every fetch of a client's write, and reuses assertions
 * only for reads. An unbound one on a mutation is an assertion kept from a read and replayed
 * with a write — by whoever reads the link between gateway and province — and is refused
 * UNAUTHENTICATED CALLER_NOT_BOUND, audited and throttled as a direct call, before anything runs.
 * Checked once the operation is known (the assertion was verified at admission, before parsing).
 */
export function unboundWriteRefusal(): ApolloServerPlugin<ProvinceContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.admission.boundToBody) return;
          const { services, admission, caller } = contextValue;
          const refused = new CallerNotEstablished('CALLER_NOT_BOUND', '写操作须附带为该请求签发的身份断言（与请求内容绑定）；此断言是为读取签发的', caller);
          const call = { sourceAddress: admission.sourceAddress, reason: refused.reason, requestId: admission.requestId, assertedCaller: caller };
          throw refusal(refused, services.refusals.refuse(call), services.config.region.name);
        },
      };
    },
  };
}
