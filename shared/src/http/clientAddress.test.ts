import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressFromEnvironment } from './clientAddress.ts';

function requestFrom(socketAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  const socket = { remoteAddress: socketAddress };
  return { socket, connection: socket, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} } as unknown as IncomingMessage;
}

describe('clientAddressFromEnvironment', () => {
  it('believes no header without trusted proxies: the socket is the client', () => {
    const address = clientAddressFromEnvironment({});
    expect(address(requestFrom('198.51.100.4', '203.0.113.7'))).toBe('198.51.100.4');
  });

  it('takes the client from X-Forwarded-For through the trusted proxies only, hop by hop', () => {
    const address = clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: ' 10.0.0.0/8 , loopback' });
    // The balancer (10.0.0.2) says the client is 203.0.113.7.
    expect(address(requestFrom('10.0.0.2', '203.0.113.7'))).toBe('203.0.113.7');
    // A client that writes its own header in front of the balancer's gets no further than itself.
    expect(address(requestFrom('10.0.0.2', '192.0.2.1, 203.0.113.7'))).toBe('203.0.113.7');
    // Two trusted hops (a local sidecar, then the balancer).
    expect(address(requestFrom('127.0.0.1', '203.0.113.7, 10.0.0.2'))).toBe('203.0.113.7');
    // A request straight from an untrusted address: its header is ignored.
    expect(address(requestFrom('198.51.100.4', '203.0.113.7'))).toBe('198.51.100.4');
  });

  it('names "unknown" for a socket already gone (no address left), trusted proxies or not', () => {
    expect(clientAddressFromEnvironment({})(requestFrom(undefined))).toBe('unknown');
    expect(clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: 'loopback' })(requestFrom(undefined, '203.0.113.7'))).toBe('unknown');
  });

  it('refuses a malformed list at start, saying what it expects', () => {
    expect(() => clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/YRD_TRUSTED_PROXIES: .*expected addresses or subnets/);
    expect(() => clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: 'balancer.internal' })).toThrow(/YRD_TRUSTED_PROXIES/);
  });
});
