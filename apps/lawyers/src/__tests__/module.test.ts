import { describe, expect, it } from 'vitest';
import { missingMessageKeys, openLandingPage } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import lawyers from '../index.js';
import { messages } from '../messages/index.js';

describe('lawyers module (律师服务)', () => {
  it('opens on the law firm directory of the region', async () => {
    const landing = await openLandingPage(lawyers);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=law_firm&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(lawyers)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });
});
