import { sendJson, type PlainRoute } from '../http/graphqlHttpServer.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { TrustListSource } from '../trust/signedMessage.ts';
import { callersUncheckable, TRUST_LIST_RETRY_AFTER_SECONDS, TRUST_LIST_UNAVAILABLE_CODES, TrustListUnavailable } from '../trust/trustListUnavailable.ts';

/**
 * A province's readiness (/ready), for a load balancer in front of its instances: ready while it
 * holds a valid trust list (or gets one now), so that it can check who calls; 503 with the reason
 * and Retry-After while it cannot — the hub away longer than a list lives — when every signed
 * call would be answered 503 anyway. /health stays the liveness check: restarting the process
 * would not bring the hub back.
 */
export function provinceReadiness(trust: TrustListSource, region: RegionDefinition): PlainRoute {
  return async (_request, response) => {
    try {
      await trust.current();
      sendJson(response, 200, { status: 'ready', region: region.code });
    } catch (error) {
      if (!(error instanceof TrustListUnavailable)) throw error;
      response.setHeader('retry-after', String(TRUST_LIST_RETRY_AFTER_SECONDS));
      sendJson(response, 503, { status: 'unavailable', region: region.code, ...TRUST_LIST_UNAVAILABLE_CODES, message: callersUncheckable(region.name) });
    }
  };
}
