import { describe, expect, it } from 'vitest';
import { missingMessageKeys, openLandingPage } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import arbitration from '../index.js';
import { messages } from '../messages/index.js';

describe('arbitration module (仲裁服务)', () => {
  it('opens on the arbitration commission directory of the region', async () => {
    const landing = await openLandingPage(arbitration);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=arbitration_commission&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(arbitration)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });
});
