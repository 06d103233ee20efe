import { describe, expect, it } from 'vitest';
import { clientNetwork } from './clientNetwork.ts';

describe('clientNetwork', () => {
  it('keeps an IPv4 address as it is: clients behind one NAT share it, neighbours do not', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('203.0.113.8')).toBe('203.0.113.8');
  });

  it('counts every address of one IPv6 /64 as one client, and the next /64 as another', () => {
    const rotating = ['2001:db8:1:2::1', '2001:db8:1:2:a9f3:11ff:fe42:7c01', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2:0:0:0:0'];
    expect(new Set(rotating.map(clientNetwork))).toEqual(new Set(['2001:db8:1:2::/64']));
    expect(clientNetwork('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('writes one network one way, however the address is written', () => {
    for (const address of ['2001:0DB8:0001:0002:0000:0000:0000:0001', '2001:db8:1:2:0:0:0:1', '2001:db8:1:2::1', '2001:DB8:1:2::1']) {
      expect(clientNetwork(address), address).toBe('2001:db8:1:2::/64');
    }
    // `::` in the prefix, at either end, or standing for the whole prefix.
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('::')).toBe('0:0:0:0::/64');
    // A dotted IPv4 tail is only the interface part of an IPv6 address.
    expect(clientNetwork('64:ff9b:1:2::192.0.2.33')).toBe('64:ff9b:1:2::/64');
    expect(clientNetwork('2001:db8:1:2:3:4:192.0.2.33')).toBe('2001:db8:1:2::/64');
  });

  it('reads an IPv4-mapped address (as a dual-stack socket reports an IPv4 client) as that IPv4 address', () => {
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(clientNetwork('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
    // Not every IPv4 client in one bucket: two mapped addresses are two clients.
    expect(clientNetwork('::ffff:203.0.113.8')).toBe('203.0.113.8');
  });

  it('leaves out a zone, which names an interface of this host and not the client', () => {
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetwork('fe80::2%2')).toBe(clientNetwork('fe80::1'));
  });

  it('keeps what is not an address as it is', () => {
    for (const text of ['unknown', '', '[2001:db8::1]', '2001:db8::1::2', '203.0.113.256']) expect(clientNetwork(text), text).toBe(text);
  });
});
