import type { Caller } from '../identity/caller.ts';
import type { SignedRequest } from '../identity/signedRequestType.ts';
import type { Arrival } from './provinceAdmission.ts';
import type { ProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * What a province's resolvers work with for one request: its caller, established by the
 * gateway's assertion, and loaders made fresh for it. Made only for a request the province
 * admits (provinceAdmission.ts: calls around the gateway are refused and audited there).
 */
export interface ProvinceContext {
  readonly caller: Caller;
  /**
   * How the request arrived, and whether its caller assertion was bound to its body (a write must
   * be: unboundWriteRefusal.ts) — then the request as the gateway signed it, which an
   * authorisation keeps (caseAuthorisation.ts).
   */
  readonly admission: Arrival & { readonly boundToBody: boolean; readonly signedRequest?: SignedRequest };
  readonly loaders: ProvinceLoaders;
  readonly services: ProvinceServices;
}
