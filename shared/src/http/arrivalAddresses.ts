import type { IncomingMessage, Server } from 'node:http';
import type { ClientAddress } from './clientAddress.ts';

/**
 * Each request's client address as it was when the request arrived. Read later — after its body
 * and a signature check were awaited — a request whose client has gone meanwhile has a socket
 * without an address: a refusal audited then named "unknown". So it is read on the server's
 * 'request' event, while the socket is certainly open, and remembered as long as the request.
 */
export class ArrivalAddresses {
  private readonly seen = new WeakMap<IncomingMessage, string>();

  constructor(private readonly clientAddress: ClientAddress) {}

  /** From now on, the address of every request `server` takes, read before any other handler runs. */
  watch(server: Server): void {
    server.prependListener('request', (request: IncomingMessage) => this.seen.set(request, this.clientAddress(request)));
  }

  /** Where `request` came from, as read when it arrived (read now for a request no watched server took). */
  readonly of: ClientAddress = (request) => this.seen.get(request) ?? this.clientAddress(request);
}
