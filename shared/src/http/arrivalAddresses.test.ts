import { createServer, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ArrivalAddresses } from './arrivalAddresses.ts';
import { clientAddressFromEnvironment, type ClientAddress } from './clientAddress.ts';
import { listenOn } from './listenOn.ts';

const address = clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: 'loopback' });

/** A request sent through a proxy on loopback for 203.0.113.9, which hangs up at once: its address as `of` names it once the socket is gone. */
async function addressOnceGone(of: (server: ReturnType<typeof createServer>) => ClientAddress): Promise<string> {
  let arrived: IncomingMessage | undefined;
  const server = createServer((request) => (arrived = request));
  const addressOf = of(server);
  const port = await listenOn(server, 0, '127.0.0.1');
  try {
    const socket = connect(port, '127.0.0.1', () => socket.end('GET / HTTP/1.1\r\nhost: x\r\nx-forwarded-for: 203.0.113.9\r\n\r\n'));
    while (!arrived?.socket.destroyed) await new Promise((resolve) => setTimeout(resolve, 5));
    return addressOf(arrived);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe('ArrivalAddresses', () => {
  it('names where a request came from as read on arrival, after its client has gone', async () => {
    expect(
      await addressOnceGone((server) => {
        const arrivals = new ArrivalAddresses(address);
        arrivals.watch(server);
        return arrivals.of;
      }),
    ).toBe('203.0.113.9');
    // Read only then, the request names nobody.
    expect(await addressOnceGone(() => address)).toBe('unknown');
  });
});
