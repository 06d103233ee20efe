import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network an anonymous client is counted as, for its rate limit: an IPv4 address as it is,
 * an IPv6 address by its /64 prefix (`2001:db8:1:2::/64`).
 *
 * An IPv6 subscriber gets a whole /64 (SLAAC and privacy extensions pick the last 64 bits, and
 * change them as they like), so a client keyed by its full address took a fresh bucket with each
 * address it rotated to. The /64 is the smallest block a subscriber is assigned: keying by it
 * makes one client one bucket, without putting different subscribers together.
 *
 * One network has one spelling, whatever the address's: `::` expanded, hexadecimal in lower case
 * without leading zeros, and a zone (`fe80::1%eth0`, which names an interface of this host, not
 * another client) left out. An IPv4 client a dual-stack socket reports as `::ffff:203.0.113.7` is
 * that IPv4 address, so it shares its bucket with the same client reaching an IPv4 socket (or
 * reported by a proxy as 203.0.113.7) — and is not put into `::ffff:0:0/64` with every IPv4 client.
 * Anything that is not an address (`unknown` when the socket has gone) is kept as it is.
 */
export function clientNetwork(address: string): string {
  const zone = address.indexOf('%');
  const bare = zone === -1 ? address : address.slice(0, zone);
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (without zone), `::` and a dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const [a, b, c, d] = text.slice(lastColon + 1).split('.').map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    // Keep a `::` that ends at the IPv4 part (`::ffff:1.2.3.4` keeps `::ffff`, `::1.2.3.4` keeps `::`).
    text = text.endsWith('::', lastColon + 1) ? text.slice(0, lastColon + 1) : text.slice(0, lastColon);
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const gap = text.indexOf('::');
  if (gap === -1) return [...parse(text), ...tail];
  const head = parse(text.slice(0, gap));
  const rest = [...parse(text.slice(gap + 2)), ...tail];
  return [...head, ...Array<number>(8 - head.length - rest.length).fill(0), ...rest];
}
