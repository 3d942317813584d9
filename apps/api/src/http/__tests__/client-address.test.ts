import { describe, expect, it } from 'vitest';
import { clientAddressKey } from '../client-address.js';

describe('clientAddressKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client', () => {
    const key = clientAddressKey('2001:db8:1:2:aaaa:bbbb:cccc:1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8:1:2::ffff')).toBe(key);
    expect(clientAddressKey('2001:0db8:0001:0002:0:0:0:9')).toBe(key);
    expect(clientAddressKey('2001:db8:1:3::1')).not.toBe(key);
  });

  it('expands :: wherever it stands', () => {
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 client it is', () => {
    expect(clientAddressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddressKey('::ffff:c000:0201')).toBe('192.0.2.1');
  });

  it('reads a dotted IPv4 tail of another IPv6 address as its last two groups', () => {
    expect(clientAddressKey('64:ff9b:1:2::192.0.2.1')).toBe('64:ff9b:1:2::/64');
  });
});
