/**
 * The address a per-address limit counts: `request.ip` (Fastify takes it from `X-Forwarded-For` only when
 * the sender is a trusted proxy, TRUST_PROXY). An IPv4 address stands for itself; an IPv6 client is
 * counted by its /64, because a single home or phone is routinely given a whole /64 and could otherwise
 * take a fresh address for every attempt.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** `2001:db8:1:2:aaaa::1` → `2001:db8:1:2::/64`; `::ffff:10.0.0.1` → `10.0.0.1`; IPv4 unchanged. */
export function clientAddressKey(ip: string): string {
  const address = ip.split('%')[0]!; // a zone index (fe80::1%eth0) names the interface, not the client
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    // An IPv4 client seen through a dual-stack socket is the same client as over IPv4.
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 part converted). */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::') as [string, string?];
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((piece) => {
          if (!isIPv4(piece)) return [parseInt(piece, 16)];
          const [a, b, c, d] = piece.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
