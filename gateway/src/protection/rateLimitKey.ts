import type { IncomingMessage } from 'node:http';
import type { Caller } from '@yrd/shared/identity/caller';
import type { ClientAddress } from '@yrd/shared/http/clientAddress';
import { clientNetwork } from './clientNetwork.ts';

/**
 * Whose bucket a request takes from: the identity the token proves, else the client's network —
 * its IPv4 address, or the /64 of its IPv6 address, which one client can rotate through at will.
 */
export function rateLimitKey(caller: Caller, request: IncomingMessage, clientAddress: ClientAddress): string {
  switch (caller.kind) {
    case 'CITIZEN':
      return `CITIZEN:${caller.residentId}`;
    case 'ENTERPRISE':
      return `ENTERPRISE:${caller.creditCode}`;
    case 'OPERATOR':
      return `OPERATOR:${caller.region}:${caller.operatorId}`;
    case 'SERVICE':
      return `SERVICE:${caller.member}`;
    case 'ANONYMOUS':
      return `ANONYMOUS:${clientNetwork(clientAddress(request))}`;
  }
}
