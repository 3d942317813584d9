import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultPortalDir, loadConfig } from '../config.js';

describe('PORTAL_DIST_DIR', () => {
  it('defaults to the portal build beside this package (apps/portal/dist)', () => {
    const appsDir = fileURLToPath(new URL('../../../', import.meta.url));
    expect(defaultPortalDir).toBe(join(appsDir, 'portal', 'dist'));
    expect(loadConfig({}, '/srv').portalDir).toBe(defaultPortalDir);
  });

  it('resolves a given folder against the working directory', () => {
    expect(loadConfig({ PORTAL_DIST_DIR: 'web/dist' }, '/srv/fawang').portalDir).toBe('/srv/fawang/web/dist');
    expect(loadConfig({ PORTAL_DIST_DIR: '/opt/portal' }, '/srv').portalDir).toBe('/opt/portal');
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDR ranges and proxy-addr names, and trusts nobody by default', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses "true" (any sender could choose its own address) and malformed entries, naming them', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*"true".*any client/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/"10.0.0.0\/33"/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1,proxy.local' })).toThrow(/"proxy.local"/);
  });
});

describe('WORKERS and DATABASE_POOL_MAX', () => {
  it('runs several processes only on PostgreSQL', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '3', DATABASE_URL: 'postgres://db/fawang' }).workers).toBe(3);
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS=2 needs DATABASE_URL.*PGlite/);
    expect(() => loadConfig({ WORKERS: '0', DATABASE_URL: 'postgres://db/fawang' })).toThrow(/WORKERS must be an integer from 1/);
  });

  it('sizes the pool', () => {
    expect(loadConfig({}).databasePoolMax).toBe(10);
    expect(loadConfig({ DATABASE_POOL_MAX: '40' }).databasePoolMax).toBe(40);
    expect(() => loadConfig({ DATABASE_POOL_MAX: 'many' })).toThrow(/DATABASE_POOL_MAX/);
  });
});

describe('session idle timeouts', () => {
  it('default to 30 minutes for staff and 2 hours for citizens', () => {
    expect(loadConfig({}).sessionIdleMs).toEqual({ staff: 30 * 60_000, citizen: 120 * 60_000 });
    expect(loadConfig({ SESSION_IDLE_MINUTES_STAFF: '15', SESSION_IDLE_MINUTES_CITIZEN: '60' }).sessionIdleMs).toEqual({
      staff: 15 * 60_000,
      citizen: 60 * 60_000,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES_STAFF: '0' })).toThrow(/SESSION_IDLE_MINUTES_STAFF/);
  });
});

describe('NOTICE_OUTBOX_CHANNELS', () => {
  it('queues notices for SMS by default, for the channels named, or for none', () => {
    expect(loadConfig({}).noticeOutboxChannels).toEqual(['sms']);
    expect(loadConfig({ NOTICE_OUTBOX_CHANNELS: 'sms, wechat,sms' }).noticeOutboxChannels).toEqual(['sms', 'wechat']);
    expect(loadConfig({ NOTICE_OUTBOX_CHANNELS: '' }).noticeOutboxChannels).toEqual([]);
  });

  it('refuses a name that is not a channel name, naming it', () => {
    expect(() => loadConfig({ NOTICE_OUTBOX_CHANNELS: 'sms,We Chat' })).toThrow(/NOTICE_OUTBOX_CHANNELS: "We Chat"/);
  });
});
