import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@yrd/shared/identity/caller';
import { RateLimiter } from '@yrd/shared/protection/rateLimiter';
import { rateLimitKey } from './rateLimitKey.ts';

/** A request whose client address is `address` (the ClientAddress below reads it from the socket). */
const from = (address: string) => ({ socket: { remoteAddress: address } }) as unknown as IncomingMessage;
const socketAddress = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

describe('rateLimitKey', () => {
  it('keys a caller with a token by its identity, wherever it comes from', () => {
    const citizen = { kind: 'CITIZEN', residentId: '310118198804123021' } as const;
    expect(rateLimitKey(citizen, from('2001:db8:1:2::1'), socketAddress)).toBe('CITIZEN:310118198804123021');
    expect(rateLimitKey(citizen, from('203.0.113.7'), socketAddress)).toBe('CITIZEN:310118198804123021');
  });

  it('keys an anonymous IPv6 client by its /64, an IPv4 one by its address', () => {
    expect(rateLimitKey(ANONYMOUS, from('2001:db8:1:2:a9f3:11ff:fe42:7c01'), socketAddress)).toBe('ANONYMOUS:2001:db8:1:2::/64');
    expect(rateLimitKey(ANONYMOUS, from('::ffff:203.0.113.7'), socketAddress)).toBe('ANONYMOUS:203.0.113.7');
    expect(rateLimitKey(ANONYMOUS, from('203.0.113.7'), socketAddress)).toBe('ANONYMOUS:203.0.113.7');
  });

  it('gives an anonymous client rotating through its /64 no fresh bucket, and its neighbour its own', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => 0);
    const take = (address: string) => limiter.take(rateLimitKey(ANONYMOUS, from(address), socketAddress)).allowed;
    const rotated = [1, 2, 3, 4].map((host) => take(`2001:db8:1:2::${host.toString(16)}`));
    expect(rotated).toEqual([true, true, true, false]);
    expect(take('2001:db8:1:3::1')).toBe(true);
  });
});
