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
